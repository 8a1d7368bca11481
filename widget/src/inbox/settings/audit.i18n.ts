import type { Lang } from '../../i18n.js';

/** The words of the audit log, besides those all screens share. */
export interface AuditStrings {
  auditHint: string;
  noAudit: string;
  olderChanges: string;
  actions: Record<string, string>;
  /** The names of the fields a change names, in words; a field without one is shown as it is. */
  fields: Record<string, string>;
  /** Words for values: on and off, roles, what happened to a secret. */
  values: Record<string, string>;
  minutes: (n: number) => string;
  seconds: (n: number) => string;
  /** What changed in a list: added, changed, removed; and that a list was reordered. */
  added: string;
  changedItems: string;
  removed: string;
  reordered: string;
  /** A value too rich for one line (business hours, a design) changed. */
  changedValue: string;
}

export const auditI18n: Record<Lang, AuditStrings> = {
  en: {
    auditHint:
      'Every change to the settings, the team, saved replies and API keys: who, what and when. Secrets are never recorded.',
    noAudit: 'No changes recorded yet.',
    olderChanges: 'Older changes',
    actions: {
      'settings.updated': 'changed the settings',
      'team.member_added': 'added a team member',
      'team.role_changed': 'changed a role',
      'team.member_removed': 'removed a team member',
      'team.password_changed': 'changed their password',
      'macro.added': 'added a saved reply',
      'macro.revised': 'changed a saved reply',
      'macro.deleted': 'deleted a saved reply',
      'api_key.created': 'created an API key',
      'api_key.revoked': 'revoked an API key',
    },
    fields: {
      chatEnabled: 'Online chat',
      onsiteWidgetEnabled: 'Widget on the site',
      appearance: 'Design',
      customerHub: 'Customer hub',
      colour: 'colour',
      icon: 'icon',
      position: 'position',
      launcherLabel: 'launcher label',
      welcomeMessage: 'Welcome message',
      privacyPolicyUrl: 'Privacy policy link',
      termsUrl: 'Terms link',
      businessHours: 'Business hours',
      awayMessage: 'Away message',
      waitingThresholdSeconds: 'Waiting threshold',
      emailNotifications: 'Email notifications',
      enabled: 'switched',
      recipients: 'recipients',
      alwaysOpen: 'always open',
      timeZone: 'time zone',
      weeklySchedule: 'weekly hours',
      closures: 'closed days',
      delaySeconds: 'send after',
      faqs: 'FAQs',
      allowedOrigins: 'Embedding sites',
      identityVerification: 'Identity verification',
      enforced: 'required',
      secret: 'secret',
      previousSecretUntil: 'old secret valid until',
      name: 'Name',
      email: 'Email',
      role: 'Role',
      title: 'Title',
      bodyChanged: 'text changed',
      prefix: 'key',
    },
    values: {
      true: 'on',
      false: 'off',
      agent: 'Agent',
      admin: 'Admin',
      set: 'set',
      rotated: 'rotated',
      removed: 'removed',
      left: 'left',
      right: 'right',
    },
    minutes: (n) => `${n} min`,
    seconds: (n) => `${n} s`,
    added: 'added',
    changedItems: 'changed',
    removed: 'removed',
    reordered: 'reordered',
    changedValue: 'changed',
  },
  pl: {
    auditHint:
      'Każda zmiana ustawień, zespołu, gotowych odpowiedzi i kluczy API: kto, co i kiedy. Sekrety nigdy nie są zapisywane.',
    noAudit: 'Nie zapisano jeszcze żadnych zmian.',
    olderChanges: 'Starsze zmiany',
    fields: {
      chatEnabled: 'Czat online',
      onsiteWidgetEnabled: 'Widżet na stronie',
      appearance: 'Wygląd',
      customerHub: 'Centrum klienta',
      colour: 'kolor',
      icon: 'ikona',
      position: 'położenie',
      launcherLabel: 'napis na przycisku',
      welcomeMessage: 'Wiadomość powitalna',
      privacyPolicyUrl: 'Link do polityki prywatności',
      termsUrl: 'Link do regulaminu',
      businessHours: 'Godziny pracy',
      awayMessage: 'Wiadomość poza godzinami pracy',
      waitingThresholdSeconds: 'Próg oczekiwania',
      emailNotifications: 'Powiadomienia e-mail',
      enabled: 'stan',
      recipients: 'odbiorcy',
      alwaysOpen: 'zawsze otwarte',
      timeZone: 'strefa czasowa',
      weeklySchedule: 'godziny w tygodniu',
      closures: 'dni nieczynne',
      delaySeconds: 'wysyłka po',
      faqs: 'FAQ',
      allowedOrigins: 'Strony z widżetem',
      identityVerification: 'Weryfikacja tożsamości',
      enforced: 'wymagana',
      secret: 'sekret',
      previousSecretUntil: 'stary sekret ważny do',
      name: 'Imię i nazwisko',
      email: 'E-mail',
      role: 'Rola',
      title: 'Tytuł',
      bodyChanged: 'zmieniona treść',
      prefix: 'klucz',
    },
    values: {
      true: 'wł.',
      false: 'wył.',
      agent: 'Agent',
      admin: 'Administrator',
      set: 'ustawiony',
      rotated: 'wymieniony',
      removed: 'usunięty',
      left: 'po lewej',
      right: 'po prawej',
    },
    minutes: (n) => `${n} min`,
    seconds: (n) => `${n} s`,
    added: 'dodane',
    changedItems: 'zmienione',
    removed: 'usunięte',
    reordered: 'nowa kolejność',
    changedValue: 'zmienione',
    actions: {
      'settings.updated': 'zmienił(a) ustawienia',
      'team.member_added': 'dodał(a) osobę do zespołu',
      'team.role_changed': 'zmienił(a) rolę',
      'team.member_removed': 'usunął/usunęła osobę z zespołu',
      'team.password_changed': 'zmienił(a) swoje hasło',
      'macro.added': 'dodał(a) gotową odpowiedź',
      'macro.revised': 'zmienił(a) gotową odpowiedź',
      'macro.deleted': 'usunął/usunęła gotową odpowiedź',
      'api_key.created': 'utworzył(a) klucz API',
      'api_key.revoked': 'unieważnił(a) klucz API',
    },
  },
};
