import type { Lang } from '../../i18n.js';

export type SectionId =
  | 'chat'
  | 'design'
  | 'hub'
  | 'behaviour'
  | 'faqs'
  | 'assistant'
  | 'handoff'
  | 'sms'
  | 'hours'
  | 'macros'
  | 'tags'
  | 'team'
  | 'notifications'
  | 'security'
  | 'webhooks'
  | 'audit';

/** The words all settings screens share (each screen has its own besides, in `<screen>.i18n.ts`). */
export interface SettingsStrings {
  title: string;
  sections: Record<SectionId, string>;
  save: string;
  saving: string;
  saved: string;
  failed: string;
  loading: string;
  remove: string;
  /** The languages visitors may read the store's texts in, by their tag. */
  languageNames: Record<Lang, string>;
  /** Beside the store's own language's field. */
  storeLanguageNote: string;
  /** Under another language's field: what its visitors read while it is empty. */
  otherLanguageHint: (language: string, storeLanguage: string) => string;
}

const en: SettingsStrings = {
  title: 'Settings',
  sections: {
    chat: 'Online chat',
    design: 'Design',
    hub: 'Customer hub',
    behaviour: 'Behaviour',
    faqs: 'FAQs',
    assistant: 'AI agent',
    handoff: 'Handoff',
    sms: 'SMS',
    hours: 'Business hours',
    macros: 'Saved replies',
    tags: 'Tags',
    team: 'Team',
    notifications: 'Email notifications',
    security: 'Security',
    webhooks: 'Webhooks',
    audit: 'Audit log',
  },
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved. Open widgets and inboxes follow at once.',
  failed: 'Could not save. Try again.',
  loading: 'Loading…',
  remove: 'Remove',
  languageNames: { en: 'English', pl: 'Polish' },
  storeLanguageNote: 'your store’s language',
  otherLanguageHint: (language, store) => `Leave empty and ${language}-speaking visitors read the ${store} text.`,
};

const pl: SettingsStrings = {
  title: 'Ustawienia',
  sections: {
    chat: 'Czat online',
    design: 'Wygląd',
    hub: 'Centrum klienta',
    behaviour: 'Zachowanie',
    faqs: 'Częste pytania',
    assistant: 'Asystent AI',
    handoff: 'Przekazywanie rozmów',
    sms: 'SMS',
    hours: 'Godziny pracy',
    macros: 'Gotowe odpowiedzi',
    tags: 'Tagi',
    team: 'Zespół',
    notifications: 'Powiadomienia e-mail',
    security: 'Bezpieczeństwo',
    webhooks: 'Webhooki',
    audit: 'Dziennik zmian',
  },
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  saved: 'Zapisano. Otwarte widżety i skrzynki zmieniają się od razu.',
  failed: 'Nie udało się zapisać. Spróbuj ponownie.',
  loading: 'Ładowanie…',
  remove: 'Usuń',
  languageNames: { en: 'angielski', pl: 'polski' },
  storeLanguageNote: 'język sklepu',
  otherLanguageHint: (language, store) =>
    `Jeśli zostawisz to pole puste, klienci mówiący po ${language === 'angielski' ? 'angielsku' : 'polsku'} zobaczą tekst w języku sklepu (${store}).`,
};

export const settingsI18n: Record<Lang, SettingsStrings> = { en, pl };
