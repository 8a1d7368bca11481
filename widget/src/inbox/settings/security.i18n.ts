import type { Lang } from '../../i18n.js';

/** The words of the security screen, besides those all screens share. */
export interface SecurityStrings {
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
  graceHours: string;
  previousUntil: (when: string) => string;
}

export const securityI18n: Record<Lang, SecurityStrings> = {
  en: {
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
    apiKeysHint:
      'For your store’s server: profiles and events (docs/events-api.md). A key is shown once, when created.',
    keyName: 'Key name',
    createKey: 'Create a key',
    revoke: 'Revoke',
    revoked: 'revoked',
    lastUsed: 'last used',
    never: 'never used',
    noKeys: 'No API keys yet.',
    keyShownOnce: 'The new key, shown this once: copy it to your store’s server now.',
    graceHours: 'Old secret keeps working for (hours)',
    previousUntil: (when) => `The previous secret still verifies until ${when}.`,
  },
  pl: {
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
    apiKeysHint:
      'Dla serwera sklepu: profile i zdarzenia (docs/events-api.md). Klucz jest widoczny tylko raz, przy tworzeniu.',
    keyName: 'Nazwa klucza',
    createKey: 'Utwórz klucz',
    revoke: 'Unieważnij',
    revoked: 'unieważniony',
    lastUsed: 'ostatnio użyty',
    never: 'nieużywany',
    noKeys: 'Nie ma jeszcze kluczy API.',
    keyShownOnce: 'Nowy klucz, pokazany tylko teraz: skopiuj go od razu na serwer sklepu.',
    graceHours: 'Jak długo działa jeszcze stary sekret (w godzinach)',
    previousUntil: (when) => `Poprzedni sekret działa jeszcze do ${when}.`,
  },
};
