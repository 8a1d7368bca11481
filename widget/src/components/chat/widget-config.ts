import type { Lang } from '../../i18n.js';
import { parseLimits, type Limits } from '../../protocol/limits.js';

/** What `GET /api/v1/widget/config` tells the storefront widget (docs/rest-settings.md). */
export interface Faq {
  id: string;
  question: string;
  answer: string;
}

export interface WidgetConfig {
  enabled: boolean;
  /** The language the store's texts below are in: the visitor's when the store wrote them in it, else the store's. */
  language?: Lang;
  colour?: string;
  position?: 'left' | 'right';
  launcherLabel?: string;
  /** The launcher's icon: `chat`, `help`, `message` or `smile`. */
  icon?: string;
  welcomeMessage?: string;
  /** The name the store speaks under: the panel's title and the name above its messages. */
  storeName?: string;
  faqs: Faq[];
  privacyPolicyUrl?: string;
  termsUrl?: string;
  openNow: boolean;
  /** Whether an agent is online now; an older server that does not say counts as yes. */
  teamOnline: boolean;
  nextOpeningAt?: Date;
  /** What the server accepts; absent from a server that does not say, and then the widget checks nothing itself. */
  limits?: Limits;
  /**
   * The store's AI agent, present while it is on: it answers a visitor who writes first, with its greeting (the
   * widget's own when the store wrote none).
   */
  assistant?: { greeting?: string };
}

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const url = (v: unknown): string | undefined =>
  str(v) && /^https?:\/\//i.test(v as string) ? (v as string) : undefined;

/** Validates the config document; anything missing or mistyped falls back to "enabled, nothing configured". */
export function parseConfig(o: unknown): WidgetConfig {
  const c = (o && typeof o === 'object' ? o : {}) as Json;
  const a = (c.appearance && typeof c.appearance === 'object' ? c.appearance : {}) as Json;
  const next = str(c.nextOpeningAt) ? new Date(c.nextOpeningAt as string) : undefined;
  return {
    enabled: c.enabled !== false,
    language: c.language === 'en' || c.language === 'pl' ? c.language : undefined,
    colour: /^#[0-9a-f]{6}$/i.test(String(a.colour)) ? (a.colour as string) : undefined,
    position: a.position === 'left' || a.position === 'right' ? a.position : undefined,
    launcherLabel: str(a.launcherLabel),
    icon: ['chat', 'help', 'message', 'smile'].includes(a.icon as string) ? (a.icon as string) : undefined,
    welcomeMessage: str(c.welcomeMessage),
    storeName: str(c.storeName),
    faqs: Array.isArray(c.faqs)
      ? c.faqs.filter((f): f is Faq => !!f && !!str(f.id) && !!str(f.question) && typeof f.answer === 'string')
      : [],
    privacyPolicyUrl: url(c.privacyPolicyUrl),
    termsUrl: url(c.termsUrl),
    openNow: c.openNow !== false,
    teamOnline: c.teamOnline !== false,
    nextOpeningAt: next && !isNaN(+next) ? next : undefined,
    limits: parseLimits(c.limits),
    assistant: (c.assistant as Json)?.enabled === true ? { greeting: str((c.assistant as Json).greeting) } : undefined,
  };
}

/** Fetches the widget's configuration without credentials; null when the server cannot be asked. */
export async function fetchConfig(server: string, language = ''): Promise<WidgetConfig | null> {
  try {
    const lang = language && language.length <= 35 ? `?lang=${encodeURIComponent(language)}` : '';
    const res = await fetch(`${server}/api/v1/widget/config${lang}`, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    return res.ok ? parseConfig(await res.json()) : null;
  } catch {
    return null;
  }
}
