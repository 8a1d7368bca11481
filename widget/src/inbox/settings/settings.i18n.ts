import type { Lang } from '../../i18n.js';

export type SectionId = 'chat' | 'design' | 'behaviour' | 'faqs' | 'hours' | 'macros' | 'team' | 'notifications' | 'security' | 'audit';

export interface SettingsStrings {
  title: string;
  sections: Record<SectionId, string>;
  save: string;
  saving: string;
  saved: string;
  failed: string;
  loading: string;
  cancel: string;
  remove: string;
  add: string;
  edit: string;
  chatEnabled: string;
  chatEnabledHint: string;
  widgetEnabled: string;
  widgetEnabledHint: string;
  hubActive: string;
  colour: string;
  icon: string;
  icons: Record<string, string>;
  position: string;
  left: string;
  right: string;
  launcherLabel: string;
  launcherLabelHint: string;
  preview: string;
  welcomeMessage: string;
  privacyUrl: string;
  termsUrl: string;
  waitingThreshold: string;
  waitingThresholdHint: string;
  question: string;
  answer: string;
  published: string;
  moveUp: string;
  moveDown: string;
  addFaq: string;
  noFaqs: string;
  visitorsSee: string;
  dragHint: string;
  timeZone: string;
  alwaysOpen: string;
  days: Record<string, string>;
  closedDay: string;
  addRange: string;
  from: string;
  to: string;
  closures: string;
  addClosure: string;
  awayMessage: string;
  openNow: string;
  closedNow: (next?: string) => string;
  macroTitle: string;
  macroBody: string;
  variables: string;
  insertVariable: (name: string) => string;
  newMacro: string;
  noMacros: string;
  macroPreview: string;
  sampleVisitor: string;
  name: string;
  email: string;
  password: string;
  role: string;
  roles: Record<string, string>;
  addMember: string;
  you: string;
  deactivate: string;
  deactivated: string;
  confirmDeactivate: (name: string) => string;
  origins: string;
  originsHint: string;
  identity: string;
  identityHint: string;
  enforced: string;
  secretSet: string;
  noSecret: string;
  newSecret: string;
  secretShownOnce: string;
  apiKeys: string;
  apiKeysHint: string;
  keyName: string;
  createKey: string;
  revoke: string;
  revoked: string;
  lastUsed: string;
  never: string;
  noKeys: string;
  keyShownOnce: string;
  emailEnabled: string;
  emailEnabledHint: string;
  recipients: string;
  recipientsHint: string;
  delay: string;
  delayHint: string;
  graceHours: string;
  previousUntil: (when: string) => string;
  auditHint: string;
  noAudit: string;
  olderChanges: string;
  actions: Record<string, string>;
}

const en: SettingsStrings = {
  title: 'Settings',
  sections: {
    chat: 'Online chat',
    design: 'Design',
    behaviour: 'Behaviour',
    faqs: 'FAQs',
    hours: 'Business hours',
    macros: 'Saved replies',
    team: 'Team',
    notifications: 'Email notifications',
    security: 'Security',
    audit: 'Audit log',
  },
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved. Open widgets and inboxes follow at once.',
  failed: 'Could not save. Try again.',
  loading: 'Loading…',
  cancel: 'Cancel',
  remove: 'Remove',
  add: 'Add',
  edit: 'Edit',
  chatEnabled: 'Online chat',
  chatEnabledHint: 'Visitors can write to your team. Turning it on turns the widget on too.',
  widgetEnabled: 'Widget on the store',
  widgetEnabledHint: 'Shows the launcher on your store’s pages.',
  hubActive: 'The customer hub is active: it decides the widget’s look, so these fields are locked. The chat’s behaviour settings still apply.',
  colour: 'Colour',
  icon: 'Icon',
  icons: { chat: 'Chat bubble', help: 'Question mark', message: 'Message', smile: 'Smile' },
  position: 'Position',
  left: 'Bottom left',
  right: 'Bottom right',
  launcherLabel: 'Launcher label',
  launcherLabelHint: 'Optional text beside the icon, such as “Ask us”.',
  preview: 'Preview',
  welcomeMessage: 'Welcome message',
  privacyUrl: 'Privacy policy link',
  termsUrl: 'Terms link',
  waitingThreshold: 'Highlight a waiting visitor after (minutes)',
  waitingThresholdHint: '1 to 1,440 minutes.',
  question: 'Question',
  answer: 'Answer',
  published: 'Published',
  moveUp: 'Move up',
  moveDown: 'Move down',
  addFaq: 'Add an FAQ',
  noFaqs: 'No FAQs yet.',
  visitorsSee: 'Visitors see',
  dragHint: 'Drag to reorder, or use the arrows.',
  timeZone: 'Time zone',
  alwaysOpen: 'Always open',
  days: { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' },
  closedDay: 'Closed',
  addRange: 'Add hours',
  from: 'From',
  to: 'To',
  closures: 'Closed on (holidays)',
  addClosure: 'Add a date',
  awayMessage: 'Away message',
  openNow: 'Open now.',
  closedNow: (next) => `Closed now.${next ? ` Opens ${next}.` : ''}`,
  macroTitle: 'Title',
  macroBody: 'Text',
  variables: 'Variables',
  insertVariable: (name) => `Insert ${name}`,
  newMacro: 'New saved reply',
  noMacros: 'No saved replies yet.',
  macroPreview: 'Preview',
  sampleVisitor: 'Anna Nowak',
  name: 'Name',
  email: 'Email',
  password: 'Initial password',
  role: 'Role',
  roles: { agent: 'Agent', admin: 'Admin' },
  addMember: 'Add to the team',
  you: 'you',
  deactivate: 'Remove',
  deactivated: 'Removed',
  confirmDeactivate: (name) => `Remove ${name} from the team? They are signed out at once.`,
  origins: 'Sites that embed the widget',
  originsHint: 'One origin per line, such as https://shop.example.com. Parley’s own site is always allowed.',
  identity: 'Identity verification',
  identityHint: 'Your store’s server signs the ids of signed-in customers with this secret (HMAC-SHA256).',
  enforced: 'Require a signature for every store user id',
  secretSet: 'A secret is set.',
  noSecret: 'No secret is set.',
  newSecret: 'Generate a new secret',
  secretShownOnce: 'The new secret, shown this once: copy it to your store’s server now.',
  apiKeys: 'API keys',
  apiKeysHint: 'For your store’s server: profiles and events (docs/events-api.md). A key is shown once, when created.',
  keyName: 'Key name',
  createKey: 'Create a key',
  revoke: 'Revoke',
  revoked: 'revoked',
  lastUsed: 'last used',
  never: 'never used',
  noKeys: 'No API keys yet.',
  keyShownOnce: 'The new key, shown this once: copy it to your store’s server now.',
  emailEnabled: 'Email the team about new conversations',
  emailEnabledHint: 'Sent once, unless someone has opened the conversation by then.',
  recipients: 'Recipients',
  recipientsHint: 'One address per line, up to 20.',
  delay: 'Send after (minutes)',
  delayHint: '0 sends at once; a few minutes spares the team emails about conversations someone is already answering.',
  graceHours: 'Old secret keeps working for (hours)',
  previousUntil: (when) => `The previous secret still verifies until ${when}.`,
  auditHint: 'Every change to the settings, the team, saved replies and API keys: who, what and when. Secrets are never recorded.',
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
};

const pl: SettingsStrings = {
  title: 'Ustawienia',
  sections: {
    chat: 'Czat online',
    design: 'Wygląd',
    behaviour: 'Zachowanie',
    faqs: 'Częste pytania',
    hours: 'Godziny pracy',
    macros: 'Gotowe odpowiedzi',
    team: 'Zespół',
    notifications: 'Powiadomienia e-mail',
    security: 'Bezpieczeństwo',
    audit: 'Dziennik zmian',
  },
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  saved: 'Zapisano. Otwarte widżety i skrzynki zmieniają się od razu.',
  failed: 'Nie udało się zapisać. Spróbuj ponownie.',
  loading: 'Ładowanie…',
  cancel: 'Anuluj',
  remove: 'Usuń',
  add: 'Dodaj',
  edit: 'Edytuj',
  chatEnabled: 'Czat online',
  chatEnabledHint: 'Klienci mogą pisać do zespołu. Włączenie czatu włącza też widżet.',
  widgetEnabled: 'Widżet w sklepie',
  widgetEnabledHint: 'Pokazuje przycisk czatu na stronach sklepu.',
  hubActive: 'Centrum klienta jest aktywne: to ono decyduje o wyglądzie widżetu, więc te pola są zablokowane. Ustawienia zachowania czatu nadal działają.',
  colour: 'Kolor',
  icon: 'Ikona',
  icons: { chat: 'Dymek', help: 'Znak zapytania', message: 'Wiadomość', smile: 'Uśmiech' },
  position: 'Położenie',
  left: 'Lewy dolny róg',
  right: 'Prawy dolny róg',
  launcherLabel: 'Etykieta przycisku',
  launcherLabelHint: 'Opcjonalny tekst obok ikony, np. „Zapytaj nas”.',
  preview: 'Podgląd',
  welcomeMessage: 'Wiadomość powitalna',
  privacyUrl: 'Link do polityki prywatności',
  termsUrl: 'Link do regulaminu',
  waitingThreshold: 'Wyróżnij czekającego klienta po (minutach)',
  waitingThresholdHint: 'Od 1 do 1440 minut.',
  question: 'Pytanie',
  answer: 'Odpowiedź',
  published: 'Opublikowane',
  moveUp: 'Przesuń w górę',
  moveDown: 'Przesuń w dół',
  addFaq: 'Dodaj pytanie',
  noFaqs: 'Nie ma jeszcze pytań.',
  visitorsSee: 'Klienci widzą',
  dragHint: 'Przeciągnij, aby zmienić kolejność, albo użyj strzałek.',
  timeZone: 'Strefa czasowa',
  alwaysOpen: 'Zawsze otwarte',
  days: { monday: 'Poniedziałek', tuesday: 'Wtorek', wednesday: 'Środa', thursday: 'Czwartek', friday: 'Piątek', saturday: 'Sobota', sunday: 'Niedziela' },
  closedDay: 'Nieczynne',
  addRange: 'Dodaj godziny',
  from: 'Od',
  to: 'Do',
  closures: 'Nieczynne w dni (święta)',
  addClosure: 'Dodaj dzień',
  awayMessage: 'Wiadomość poza godzinami pracy',
  openNow: 'Teraz otwarte.',
  closedNow: (next) => `Teraz nieczynne.${next ? ` Otwieramy: ${next}.` : ''}`,
  macroTitle: 'Tytuł',
  macroBody: 'Treść',
  variables: 'Zmienne',
  insertVariable: (name) => `Wstaw ${name}`,
  newMacro: 'Nowa gotowa odpowiedź',
  noMacros: 'Nie ma jeszcze gotowych odpowiedzi.',
  macroPreview: 'Podgląd',
  sampleVisitor: 'Anna Nowak',
  name: 'Imię i nazwisko',
  email: 'E-mail',
  password: 'Hasło początkowe',
  role: 'Rola',
  roles: { agent: 'Konsultant', admin: 'Administrator' },
  addMember: 'Dodaj do zespołu',
  you: 'ty',
  deactivate: 'Usuń',
  deactivated: 'Usunięty',
  confirmDeactivate: (name) => `Usunąć ${name} z zespołu? Zostanie od razu wylogowany.`,
  origins: 'Strony osadzające widżet',
  originsHint: 'Jeden adres w wierszu, np. https://sklep.example.com. Strona Parley jest zawsze dozwolona.',
  identity: 'Weryfikacja tożsamości',
  identityHint: 'Serwer sklepu podpisuje tym sekretem identyfikatory zalogowanych klientów (HMAC-SHA256).',
  enforced: 'Wymagaj podpisu dla każdego identyfikatora klienta',
  secretSet: 'Sekret jest ustawiony.',
  noSecret: 'Sekret nie jest ustawiony.',
  newSecret: 'Wygeneruj nowy sekret',
  secretShownOnce: 'Nowy sekret, pokazany tylko teraz: skopiuj go od razu na serwer sklepu.',
  apiKeys: 'Klucze API',
  apiKeysHint: 'Dla serwera sklepu: profile i zdarzenia (docs/events-api.md). Klucz widać raz, przy tworzeniu.',
  keyName: 'Nazwa klucza',
  createKey: 'Utwórz klucz',
  revoke: 'Unieważnij',
  revoked: 'unieważniony',
  lastUsed: 'ostatnio użyty',
  never: 'nieużywany',
  noKeys: 'Nie ma jeszcze kluczy API.',
  keyShownOnce: 'Nowy klucz, pokazany tylko teraz: skopiuj go od razu na serwer sklepu.',
  emailEnabled: 'Wysyłaj zespołowi e-mail o nowych rozmowach',
  emailEnabledHint: 'Wysyłany raz, chyba że ktoś zdążył już otworzyć rozmowę.',
  recipients: 'Odbiorcy',
  recipientsHint: 'Jeden adres w wierszu, najwyżej 20.',
  delay: 'Wyślij po (minutach)',
  delayHint: '0 wysyła od razu; kilka minut oszczędza e-maili o rozmowach, na które ktoś już odpowiada.',
  graceHours: 'Stary sekret działa jeszcze (godzin)',
  previousUntil: (when) => `Poprzedni sekret działa jeszcze do ${when}.`,
  auditHint: 'Każda zmiana ustawień, zespołu, gotowych odpowiedzi i kluczy API: kto, co i kiedy. Sekrety nigdy nie są zapisywane.',
  noAudit: 'Nie zapisano jeszcze żadnych zmian.',
  olderChanges: 'Starsze zmiany',
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
};

export const settingsI18n: Record<Lang, SettingsStrings> = { en, pl };
