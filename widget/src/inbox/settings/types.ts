/** The shapes the settings screens read and write (docs/rest-settings.md), one interface per settings section. */

export interface Design {
  colour: string;
  icon: string;
  position: 'left' | 'right';
  launcherLabel?: string;
  /** The label in other languages than the store's, by language tag. */
  launcherLabelTranslations?: Record<string, string>;
}
export interface Faq {
  id?: string;
  question: string;
  answer: string;
  published: boolean;
  /** Shown to visitors reading this language only; to everyone when absent. */
  language?: 'en' | 'pl' | null;
  /** Other ways to ask the question, which the AI agent finds the FAQ by; visitors never see them. */
  phrasings?: string[];
}
export interface Range {
  start: string;
  end: string;
}
export interface Hours {
  timeZone: string;
  alwaysOpen: boolean;
  weeklySchedule: Record<string, Range[]>;
  closures: string[];
}
export interface EmailNotifications {
  enabled: boolean;
  recipients: string[];
  delaySeconds: number;
}

/** `GET /api/v1/settings/chat`. */
export interface ChatSection {
  chatEnabled: boolean;
  onsiteWidgetEnabled: boolean;
}
/** `GET /api/v1/settings/design`: `appearanceLocked` and `effectiveAppearance` are read-only. */
export interface DesignSection {
  appearance: Design;
  appearanceLocked: boolean;
  customerHub?: { active: boolean; appearance?: Design };
  effectiveAppearance?: Design;
}
/** `GET /api/v1/settings/behaviour`. */
export interface BehaviourSection {
  welcomeMessage: string;
  links: { privacyPolicyUrl: string | null; termsUrl: string | null };
  waitingThresholdSeconds: number;
  /** The store's own language: its texts are written in it. */
  language?: 'en' | 'pl';
  welcomeMessageTranslations?: Record<string, string>;
  /** The name the store speaks under in the widget; empty for none. */
  storeName?: string;
}
/** `GET /api/v1/settings/faqs`. */
export interface FaqsSection {
  faqs: Faq[];
}
/** `GET /api/v1/settings/availability`. */
export interface AvailabilitySection {
  businessHours: Hours;
  awayMessage: string;
  awayMessageTranslations?: Record<string, string>;
}
/** `GET /api/v1/settings/embedding`; a rotation's answer carries `newSecret` once. */
export interface EmbeddingSection {
  allowedOrigins: string[];
  identityVerification: { enforced: boolean; secretSet: boolean; previousSecretUntil?: string; newSecret?: string };
}
/** `GET /api/v1/settings/email-notifications`. */
export interface EmailNotificationsSection {
  emailNotifications?: EmailNotifications;
}

export interface Macro {
  id?: string;
  title: string;
  body: string;
}
export interface Variable {
  name: string;
  placeholder: string;
  description: string;
  fallback?: string;
}
export interface Member {
  id: string;
  email: string;
  name: string;
  role: string;
  deactivated?: boolean;
}
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}
/** One recorded change (`GET /api/v1/audit`). */
export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string };
  action: string;
  summary: Record<string, unknown>;
}
