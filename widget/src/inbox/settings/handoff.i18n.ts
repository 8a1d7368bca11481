import type { Lang } from '../../i18n.js';
import type { HelpdeskConnectionTest } from '../../wire/index.js';

/** The external helpdesks the AI agent may hand conversations to. */
export type Helpdesk = 'zendesk' | 'gorgias';

/** The words of the handoff screen, besides those all screens share. */
export interface HandoffStrings {
  intro: string;
  /** Why a visitor is asked for their email address before a handoff to an external helpdesk. */
  emailNote: string;
  /** Where the AI agent's handoff target is chosen: the words around the link to the AI agent's screen. */
  targetHint: { before: string; link: string; after: string };
  secretsKeyMissing: string;
  names: Record<Helpdesk, string>;
  connectedBadge: string;
  notConnectedBadge: string;
  /** How to make the credentials in the helpdesk, above its form. */
  howTo: Record<Helpdesk, string>;
  account: Record<Helpdesk, string>;
  accountHint: Record<Helpdesk, string>;
  user: Record<Helpdesk, string>;
  userHint: Record<Helpdesk, string>;
  secret: Record<Helpdesk, string>;
  secretHint: string;
  /** Under the secret's field when a secret is stored. */
  keepSecretHint: string;
  /** In place of the secret, which is never shown. */
  secretStored: string;
  /** The labels of the connected account's details. */
  details: { account: string; user: Record<Helpdesk, string>; secret: string; updated: string };
  connect: string;
  connecting: string;
  cancel: string;
  test: string;
  testing: string;
  /** The Test button's accessible name (its visible words and the helpdesk). */
  testLabel: (name: string) => string;
  change: string;
  changeLabel: (name: string) => string;
  disconnect: string;
  disconnectLabel: (name: string) => string;
  disconnectConfirm: (name: string, account: string) => string;
  connectedNow: (name: string) => string;
  disconnectedNow: (name: string) => string;
  /** What a test of the connection found, as a sentence. */
  outcome: (name: string, account: string, result: HelpdeskConnectionTest) => string;
  /** Why a form's field is refused, checked before anything is sent (and the server's refusals of the same). */
  invalid: {
    accountRequired: Record<Helpdesk, string>;
    account: Record<Helpdesk, string>;
    /** The whole host name was written: only its first part is wanted. */
    accountWithSuffix: (helpdesk: Helpdesk, account: string) => string;
    clientIdRequired: string;
    clientId: string;
    emailRequired: string;
    email: string;
    secretRequired: Record<Helpdesk, string>;
    secret: string;
  };
  /** The server's other refusals, by code, in the admin's language. */
  problems: (name: string) => Record<string, string>;
}

export const handoffI18n: Record<Lang, HandoffStrings> = {
  en: {
    intro:
      'When the AI agent cannot resolve a conversation, it can hand it to your Zendesk or Gorgias: Parley creates a ticket there with the conversation so far and why it was handed off.',
    emailNote:
      'External helpdesks reply by email, so a visitor who has not given their email address is asked for it before the handoff.',
    targetHint: {
      before: 'Connecting a helpdesk does not change where the AI agent hands off: choose that on the ',
      link: 'AI agent',
      after: ' screen.',
    },
    secretsKeyMissing:
      'No helpdesk can be connected: Parley keeps each helpdesk’s secret encrypted and needs a key for that. Ask whoever runs Parley to set PARLEY_SECRETS_KEY (32 random bytes in base64) and restart.',
    names: { zendesk: 'Zendesk', gorgias: 'Gorgias' },
    connectedBadge: 'Connected',
    notConnectedBadge: 'Not connected',
    howTo: {
      zendesk:
        'Parley signs in with an OAuth client (client credentials). To make one: in Zendesk, Admin Center → Apps and integrations → APIs → OAuth clients → Add OAuth client, with the client kind “Confidential”. Copy its unique identifier and its secret here.',
      gorgias:
        'Parley signs in with a REST API key. To make one: in Gorgias, Settings → REST API → Create API key. Copy the user name (an email address) and the API key here.',
    },
    account: { zendesk: 'Subdomain', gorgias: 'Domain' },
    accountHint: {
      zendesk: 'The first part of your Zendesk address: northwind for northwind.zendesk.com.',
      gorgias: 'The first part of your Gorgias address: northwind for northwind.gorgias.com.',
    },
    user: { zendesk: 'Client ID', gorgias: 'User email' },
    userHint: {
      zendesk: 'The OAuth client’s unique identifier.',
      gorgias: 'The email address of the Gorgias user the API key belongs to.',
    },
    secret: { zendesk: 'Client secret', gorgias: 'API key' },
    secretHint: 'Stored encrypted and never shown again.',
    keepSecretHint: 'Leave empty to keep the stored secret.',
    secretStored: 'Secret stored — never shown again',
    details: {
      account: 'Account',
      user: { zendesk: 'Client ID', gorgias: 'User email' },
      secret: 'Secret',
      updated: 'Updated',
    },
    connect: 'Connect',
    connecting: 'Connecting…',
    cancel: 'Cancel',
    test: 'Test connection',
    testing: 'Testing…',
    testLabel: (name) => `Test connection to ${name}`,
    change: 'Change',
    changeLabel: (name) => `Change the ${name} connection`,
    disconnect: 'Disconnect',
    disconnectLabel: (name) => `Disconnect ${name}`,
    disconnectConfirm: (name, account) =>
      `Disconnect ${name} (${account})? Parley forgets its credentials, and the AI agent can no longer hand off to it.`,
    connectedNow: (name) => `${name} is connected. Test the connection to make sure it works.`,
    disconnectedNow: (name) => `${name} is disconnected.`,
    outcome: (name, account, r) => {
      switch (r.outcome) {
        case 'connected':
          return `Connected: ${name} accepted the credentials in ${r.tookMs} ms.`;
        case 'unauthorized':
          return `${name} refused the credentials${r.status ? ` (HTTP ${r.status})` : ''}. Check them, or make new ones and change the connection.`;
        case 'not_found':
          return `${name} has no account ${account}. Check the ${name === 'Zendesk' ? 'subdomain' : 'domain'}.`;
        case 'rate_limited':
          return `${name} asked Parley to wait: too many requests. Try again in a minute.`;
        case 'unreachable':
          return `${name} could not be reached: no answer within ${r.tookMs} ms. Try again later.`;
        default:
          return r.status
            ? `The test failed: ${name} answered with HTTP status ${r.status}.`
            : `The test failed: ${name} gave no usable answer.`;
      }
    },
    invalid: {
      accountRequired: {
        zendesk: 'Write your Zendesk subdomain.',
        gorgias: 'Write your Gorgias domain.',
      },
      account: {
        zendesk: 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.',
        gorgias: 'Only the domain: letters, digits and hyphens — no dots, slashes or ports.',
      },
      accountWithSuffix: (helpdesk, account) =>
        `Only the ${helpdesk === 'zendesk' ? 'subdomain' : 'domain'}: write “${account}” — .${helpdesk}.com is added for you.`,
      clientIdRequired: 'Write the OAuth client’s unique identifier.',
      clientId: 'The client ID has no spaces and is at most 200 characters long.',
      emailRequired: 'Write the email address of the Gorgias user.',
      email: 'This is not an email address.',
      secretRequired: {
        zendesk: 'Paste the OAuth client’s secret.',
        gorgias: 'Paste the API key.',
      },
      secret: 'The secret has no spaces and is at most 500 characters long.',
    },
    problems: (name) => ({
      secrets_key_missing:
        'No helpdesk can be connected: PARLEY_SECRETS_KEY is not set on this server. Ask whoever runs Parley to set it and restart.',
      helpdesk_in_use: `The AI agent hands conversations off to ${name}: choose another target on the AI agent screen before disconnecting it.`,
      helpdesk_not_connected: `${name} is not connected any more.`,
      rate_limited: 'Too many tests in a short time. Wait a minute and try again.',
    }),
  },
  pl: {
    intro:
      'Gdy asystent AI nie potrafi pomóc, może przekazać rozmowę do Twojego Zendeska lub Gorgiasa: Parley tworzy tam zgłoszenie z dotychczasową rozmową i powodem przekazania.',
    emailNote:
      'Zewnętrzne helpdeski odpowiadają e-mailem, dlatego klient, który nie podał adresu e-mail, jest o niego proszony przed przekazaniem.',
    targetHint: {
      before:
        'Połączenie helpdesku nie zmienia miejsca, do którego asystent przekazuje rozmowy: wybierasz je na ekranie ',
      link: 'Asystent AI',
      after: '.',
    },
    secretsKeyMissing:
      'Nie można połączyć żadnego helpdesku: Parley przechowuje sekret każdego helpdesku w postaci zaszyfrowanej i potrzebuje do tego klucza. Poproś administratora serwera Parley o ustawienie PARLEY_SECRETS_KEY (32 losowe bajty w base64) i ponowne uruchomienie.',
    names: { zendesk: 'Zendesk', gorgias: 'Gorgias' },
    connectedBadge: 'Połączono',
    notConnectedBadge: 'Nie połączono',
    howTo: {
      zendesk:
        'Parley loguje się klientem OAuth (client credentials). Aby go utworzyć: w Zendesku Admin Center → Apps and integrations → APIs → OAuth clients → Add OAuth client, z rodzajem klienta „Confidential”. Skopiuj tu jego unikalny identyfikator i sekret.',
      gorgias:
        'Parley loguje się kluczem REST API. Aby go utworzyć: w Gorgiasie Settings → REST API → Create API key. Skopiuj tu nazwę użytkownika (adres e-mail) i klucz API.',
    },
    account: { zendesk: 'Subdomena', gorgias: 'Domena' },
    accountHint: {
      zendesk: 'Pierwsza część adresu Twojego Zendeska: northwind dla northwind.zendesk.com.',
      gorgias: 'Pierwsza część adresu Twojego Gorgiasa: northwind dla northwind.gorgias.com.',
    },
    user: { zendesk: 'Identyfikator klienta', gorgias: 'E-mail użytkownika' },
    userHint: {
      zendesk: 'Unikalny identyfikator klienta OAuth.',
      gorgias: 'Adres e-mail użytkownika Gorgiasa, do którego należy klucz API.',
    },
    secret: { zendesk: 'Sekret klienta', gorgias: 'Klucz API' },
    secretHint: 'Przechowywany w postaci zaszyfrowanej i nigdy więcej nie pokazywany.',
    keepSecretHint: 'Zostaw puste, aby zachować zapisany sekret.',
    secretStored: 'Sekret zapisany — nigdy więcej nie będzie pokazany',
    details: {
      account: 'Konto',
      user: { zendesk: 'Identyfikator klienta', gorgias: 'E-mail użytkownika' },
      secret: 'Sekret',
      updated: 'Zmieniono',
    },
    connect: 'Połącz',
    connecting: 'Łączenie…',
    cancel: 'Anuluj',
    test: 'Sprawdź połączenie',
    testing: 'Sprawdzanie…',
    testLabel: (name) => `Sprawdź połączenie z helpdeskiem ${name}`,
    change: 'Zmień',
    changeLabel: (name) => `Zmień połączenie z helpdeskiem ${name}`,
    disconnect: 'Odłącz',
    disconnectLabel: (name) => `Odłącz helpdesk ${name}`,
    disconnectConfirm: (name, account) =>
      `Odłączyć helpdesk ${name} (${account})? Parley zapomni dane logowania, a asystent AI nie będzie mógł już przekazywać do niego rozmów.`,
    connectedNow: (name) => `Połączono z helpdeskiem ${name}. Sprawdź połączenie, aby upewnić się, że działa.`,
    disconnectedNow: (name) => `Odłączono helpdesk ${name}.`,
    outcome: (name, account, r) => {
      switch (r.outcome) {
        case 'connected':
          return `Połączono: ${name} przyjął dane logowania w ${r.tookMs} ms.`;
        case 'unauthorized':
          return `${name} odrzucił dane logowania${r.status ? ` (HTTP ${r.status})` : ''}. Sprawdź je albo utwórz nowe i zmień połączenie.`;
        case 'not_found':
          return `${name} nie ma konta ${account}. Sprawdź ${name === 'Zendesk' ? 'subdomenę' : 'domenę'}.`;
        case 'rate_limited':
          return `${name} poprosił Parley o chwilę przerwy: zbyt wiele zapytań. Spróbuj ponownie za minutę.`;
        case 'unreachable':
          return `Nie udało się połączyć z helpdeskiem ${name}: brak odpowiedzi w ciągu ${r.tookMs} ms. Spróbuj ponownie później.`;
        default:
          return r.status
            ? `Test się nie udał: ${name} odpowiedział statusem HTTP ${r.status}.`
            : `Test się nie udał: ${name} nie dał zrozumiałej odpowiedzi.`;
      }
    },
    invalid: {
      accountRequired: {
        zendesk: 'Wpisz subdomenę swojego Zendeska.',
        gorgias: 'Wpisz domenę swojego Gorgiasa.',
      },
      account: {
        zendesk: 'Tylko subdomena: litery, cyfry i łączniki — bez kropek, ukośników i portów.',
        gorgias: 'Tylko domena: litery, cyfry i łączniki — bez kropek, ukośników i portów.',
      },
      accountWithSuffix: (helpdesk, account) =>
        `Tylko ${helpdesk === 'zendesk' ? 'subdomena' : 'domena'}: wpisz „${account}” — końcówkę .${helpdesk}.com Parley dodaje sam.`,
      clientIdRequired: 'Wpisz unikalny identyfikator klienta OAuth.',
      clientId: 'Identyfikator klienta nie zawiera spacji i ma najwyżej 200 znaków.',
      emailRequired: 'Wpisz adres e-mail użytkownika Gorgiasa.',
      email: 'To nie jest adres e-mail.',
      secretRequired: {
        zendesk: 'Wklej sekret klienta OAuth.',
        gorgias: 'Wklej klucz API.',
      },
      secret: 'Sekret nie zawiera spacji i ma najwyżej 500 znaków.',
    },
    problems: (name) => ({
      secrets_key_missing:
        'Nie można połączyć żadnego helpdesku: na tym serwerze nie ustawiono PARLEY_SECRETS_KEY. Poproś administratora serwera Parley o ustawienie klucza i ponowne uruchomienie.',
      helpdesk_in_use: `Asystent AI przekazuje rozmowy do helpdesku ${name}: zanim go odłączysz, wybierz inne miejsce przekazania na ekranie Asystent AI.`,
      helpdesk_not_connected: `Helpdesk ${name} nie jest już połączony.`,
      rate_limited: 'Zbyt wiele testów w krótkim czasie. Odczekaj minutę i spróbuj ponownie.',
    }),
  },
};
