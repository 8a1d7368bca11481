import type { Lang } from '../../i18n.js';
import type { SmsTest } from '../../wire/index.js';

/** The fields of the SMS form, by the name of the request body's field. */
export type SmsField =
  'baseUrl' | 'accountId' | 'authToken' | 'secondaryAuthToken' | 'sender' | 'optOutKeywords' | 'optInKeywords';

/** The words of the SMS screen, besides those all screens share. */
export interface SmsStrings {
  intro: (maxLength: number) => string;
  secretsKeyMissing: string;
  /** The demo's fake provider is in use: the words around the link to the phone simulator. */
  demo: { before: string; link: string; after: string };
  /** Said of a link that opens in a new tab. */
  newTab: string;
  enabled: string;
  enabledHint: string;
  provider: string;
  labels: Record<SmsField, string>;
  hints: Record<SmsField, string>;
  /** Under a token's field when one is stored. */
  tokenStored: string;
  dropSecondary: string;
  dropSecondaryHint: string;
  updated: (when: string) => string;
  webhooks: string;
  webhooksHowTo: string;
  inboundUrl: string;
  inboundHint: string;
  statusUrl: string;
  statusHint: string;
  copy: string;
  copyLabel: (what: string) => string;
  copied: (what: string) => string;
  copyByHand: string;
  test: string;
  testHint: string;
  testUnsaved: string;
  testTo: string;
  testToHint: string;
  testSend: string;
  testSending: string;
  /** What the test found, as a sentence. */
  outcome: (result: SmsTest) => string;
  /** Why a field is refused, checked before anything is sent (and the server's refusals of the same). */
  invalid: {
    baseUrlRequired: string;
    baseUrl: string;
    accountId: string;
    sender: string;
    token: string;
    keywords: string;
    /** Turning SMS on needs this field. */
    needed: Record<'accountId' | 'sender' | 'authToken', string>;
    testTo: string;
  };
  /** The server's refusals, by code, in the admin's language. */
  problems: Record<string, string>;
}

export const smsI18n: Record<Lang, SmsStrings> = {
  en: {
    intro: (max) =>
      `Customers can text your store’s number, and their messages become tickets in the inbox; your replies go back to their phone. Parley sends and receives through Twilio, or through any provider that speaks Twilio’s Messaging API. A reply may be up to ${max} characters long.`,
    secretsKeyMissing:
      'No auth token can be stored: Parley keeps it encrypted and needs a key for that. Ask whoever runs Parley to set PARLEY_SECRETS_KEY (32 random bytes in base64) and restart.',
    demo: {
      before: 'Demo mode: SMS go to Parley’s built-in fake provider, not to real phones. Text the store from the ',
      link: 'phone simulator',
      after: ' and reply from the inbox.',
    },
    newTab: 'opens in a new tab',
    enabled: 'Receive and answer SMS',
    enabledHint:
      'Needs the Account SID, the sender and the auth token. While off, texts are not taken and replies are refused.',
    provider: 'Provider',
    labels: {
      baseUrl: 'API address',
      accountId: 'Account SID',
      authToken: 'Auth token',
      secondaryAuthToken: 'Secondary auth token',
      sender: 'Sender',
      optOutKeywords: 'Opt-out keywords',
      optInKeywords: 'Opt-in keywords',
    },
    hints: {
      baseUrl: 'Twilio’s is https://api.twilio.com; another provider gives its own.',
      accountId: 'AC followed by 32 characters, on the Twilio console’s home page.',
      authToken: 'Stored encrypted and never shown again.',
      secondaryAuthToken:
        'While you rotate the auth token: texts signed with either token are taken. Stored encrypted and never shown again.',
      sender: 'Your number in international form (+48…), or a Messaging Service SID (MG…).',
      optOutKeywords:
        'Separated by commas. A customer who texts one of these words alone (in any case) gets no more replies until they opt back in.',
      optInKeywords: 'Separated by commas. Texting one of these alone opts the number back in.',
    },
    tokenStored: 'Stored — never shown again. Leave empty to keep it.',
    dropSecondary: 'Forget the secondary token',
    dropSecondaryHint: 'When the rotation is over: only the auth token is accepted from then on.',
    updated: (when) => `Last changed ${when}.`,
    webhooks: 'Webhooks',
    webhooksHowTo:
      'In the Twilio console, open Phone Numbers → Manage → Active numbers → your number → Messaging configuration, and paste the first address as the webhook (HTTP POST) for “A message comes in”. For a Messaging Service, paste it under Integration → “Send a webhook”. Parley gives the second address to Twilio with every reply it sends: nothing to set for it.',
    inboundUrl: 'A message comes in',
    inboundHint: 'Where the provider posts the texts your number receives.',
    statusUrl: 'Status callback',
    statusHint: 'Where the provider tells Parley whether each reply was delivered.',
    copy: 'Copy',
    copyLabel: (what) => `Copy the address for “${what}”`,
    copied: (what) => `The address for “${what}” is copied.`,
    copyByHand: 'Could not copy: the address is selected, copy it by hand.',
    test: 'Send a test SMS',
    testHint: 'Sends one short text with the saved settings, to check them.',
    testUnsaved: 'You have unsaved changes: the test uses the settings as last saved.',
    testTo: 'Phone number',
    testToHint: 'In international form, e.g. +48 600 100 200.',
    testSend: 'Send test SMS',
    testSending: 'Sending…',
    outcome: (r) => {
      const status = r.status ? ` (HTTP ${r.status})` : '';
      const error = r.error ? `: ${r.error}` : '';
      switch (r.outcome) {
        case 'sent':
          return `Sent: the provider took the message${r.providerId ? ` (${r.providerId})` : ''} in ${r.tookMs} ms.`;
        case 'unauthorized':
          return `The provider refused the account SID or the auth token${status}. Check them and save again.`;
        case 'refused':
          return `The provider refused the message${status}${error}.`;
        case 'rate_limited':
          return 'The provider asked Parley to wait: too many messages. Try again in a minute.';
        case 'unreachable':
          return `The provider could not be reached: no answer within ${r.tookMs} ms. Check the API address, or try again later.`;
        default:
          return `The test failed${status}${error}.`;
      }
    },
    invalid: {
      baseUrlRequired: 'Write the provider’s API address.',
      baseUrl: 'An https:// address without a user, query or fragment, e.g. https://api.twilio.com.',
      accountId: 'Only letters and digits, at most 64.',
      sender: 'A number in international form (+ and up to 15 digits) or MG followed by 32 hexadecimal digits.',
      token: 'At most 200 characters, without spaces.',
      keywords: 'At most 20 keywords of at most 20 characters each.',
      needed: {
        accountId: 'Write the account SID to turn SMS on.',
        sender: 'Write the sender to turn SMS on.',
        authToken: 'Paste the auth token to turn SMS on.',
      },
      testTo: 'Write the number in international form, starting with +.',
    },
    problems: {
      invalid_url: 'This API address is refused: use an https:// address without a user, query or fragment.',
      invalid_sms_account: 'The account SID has only letters and digits.',
      invalid_sms_sender:
        'The sender is a number in international form (+48…) or a Messaging Service SID (MG and 32 hexadecimal digits).',
      sms_not_configured: 'SMS needs the account SID, the sender and the auth token: save them first.',
      sms_token_required:
        'Type the auth token again: the provider’s address or the account changed, and the stored token is never sent anywhere else.',
      invalid_sms_token: 'An auth token is at most 200 printable characters, without spaces.',
      invalid_sms_keywords:
        'A keyword is one word of letters or digits (at most 20), and no word may both opt out and opt in.',
      secrets_key_missing:
        'No auth token can be stored: PARLEY_SECRETS_KEY is not set on this server. Ask whoever runs Parley to set it and restart.',
      invalid_phone: 'This is not a phone number: write it in international form, starting with +.',
      rate_limited: 'Too many test messages in a short time. Wait a while and try again.',
    },
  },
  pl: {
    intro: (max) =>
      `Klienci mogą pisać SMS-y na numer sklepu, a ich wiadomości trafiają do skrzynki jako zgłoszenia; odpowiedzi wracają na ich telefon. Parley wysyła i odbiera SMS-y przez Twilio albo innego dostawcę, który obsługuje Messaging API Twilio. Odpowiedź może mieć najwyżej ${max} znaków.`,
    secretsKeyMissing:
      'Nie można zapisać tokenu: Parley przechowuje go w postaci zaszyfrowanej i potrzebuje do tego klucza. Poproś administratora serwera Parley o ustawienie PARLEY_SECRETS_KEY (32 losowe bajty w base64) i ponowne uruchomienie.',
    demo: {
      before:
        'Tryb demo: SMS-y trafiają do wbudowanego, udawanego dostawcy Parley, a nie na prawdziwe telefony. Napisz do sklepu z ',
      link: 'symulatora telefonu',
      after: ' i odpowiedz ze skrzynki.',
    },
    newTab: 'otwiera się w nowej karcie',
    enabled: 'Odbieraj SMS-y i odpowiadaj na nie',
    enabledHint:
      'Wymaga Account SID, nadawcy i tokenu. Gdy wyłączone, SMS-y nie są przyjmowane, a odpowiedzi są odrzucane.',
    provider: 'Dostawca',
    labels: {
      baseUrl: 'Adres API',
      accountId: 'Account SID',
      authToken: 'Token (Auth token)',
      secondaryAuthToken: 'Drugi token',
      sender: 'Nadawca',
      optOutKeywords: 'Słowa wypisania',
      optInKeywords: 'Słowa ponownego zapisania',
    },
    hints: {
      baseUrl: 'Adres Twilio to https://api.twilio.com; inny dostawca podaje własny.',
      accountId: 'AC i 32 znaki, na stronie głównej konsoli Twilio.',
      authToken: 'Przechowywany w postaci zaszyfrowanej i nigdy więcej nie pokazywany.',
      secondaryAuthToken:
        'Na czas wymiany tokenu: przyjmowane są SMS-y podpisane którymkolwiek z tokenów. Przechowywany w postaci zaszyfrowanej i nigdy więcej nie pokazywany.',
      sender: 'Twój numer w formacie międzynarodowym (+48…) albo identyfikator Messaging Service (MG…).',
      optOutKeywords:
        'Oddzielone przecinkami. Klient, który wyśle samo jedno z tych słów (wielkość liter bez znaczenia), nie dostaje więcej odpowiedzi, dopóki nie zapisze się ponownie.',
      optInKeywords: 'Oddzielone przecinkami. Wysłanie samego jednego z tych słów ponownie zapisuje numer.',
    },
    tokenStored: 'Zapisany — nigdy więcej nie będzie pokazany. Zostaw puste, aby go zachować.',
    dropSecondary: 'Zapomnij drugi token',
    dropSecondaryHint: 'Po zakończeniu wymiany: od tej pory przyjmowany jest tylko główny token.',
    updated: (when) => `Ostatnia zmiana: ${when}.`,
    webhooks: 'Webhooki',
    webhooksHowTo:
      'W konsoli Twilio otwórz Phone Numbers → Manage → Active numbers → Twój numer → Messaging configuration i wklej pierwszy adres jako webhook (HTTP POST) dla „A message comes in”. Dla Messaging Service wklej go w Integration → „Send a webhook”. Drugi adres Parley podaje Twilio przy każdej wysyłanej odpowiedzi: nie trzeba go nigdzie ustawiać.',
    inboundUrl: 'Przychodzący SMS (A message comes in)',
    inboundHint: 'Tu dostawca przesyła SMS-y, które dostaje Twój numer.',
    statusUrl: 'Status doręczenia (status callback)',
    statusHint: 'Tu dostawca informuje Parley, czy każda odpowiedź została doręczona.',
    copy: 'Kopiuj',
    copyLabel: (what) => `Kopiuj adres „${what}”`,
    copied: (what) => `Skopiowano adres „${what}”.`,
    copyByHand: 'Nie udało się skopiować: adres jest zaznaczony, skopiuj go ręcznie.',
    test: 'Wyślij testowy SMS',
    testHint: 'Wysyła jedną krótką wiadomość z zapisanymi ustawieniami, aby je sprawdzić.',
    testUnsaved: 'Masz niezapisane zmiany: test używa ustawień zapisanych ostatnio.',
    testTo: 'Numer telefonu',
    testToHint: 'W formacie międzynarodowym, np. +48 600 100 200.',
    testSend: 'Wyślij testowy SMS',
    testSending: 'Wysyłanie…',
    outcome: (r) => {
      const status = r.status ? ` (HTTP ${r.status})` : '';
      const error = r.error ? `: ${r.error}` : '';
      switch (r.outcome) {
        case 'sent':
          return `Wysłano: dostawca przyjął wiadomość${r.providerId ? ` (${r.providerId})` : ''} w ${r.tookMs} ms.`;
        case 'unauthorized':
          return `Dostawca odrzucił Account SID albo token${status}. Sprawdź je i zapisz ponownie.`;
        case 'refused':
          return `Dostawca odrzucił wiadomość${status}${error}.`;
        case 'rate_limited':
          return 'Dostawca poprosił Parley o chwilę przerwy: zbyt wiele wiadomości. Spróbuj ponownie za minutę.';
        case 'unreachable':
          return `Nie udało się połączyć z dostawcą: brak odpowiedzi w ciągu ${r.tookMs} ms. Sprawdź adres API albo spróbuj później.`;
        default:
          return `Test się nie udał${status}${error}.`;
      }
    },
    invalid: {
      baseUrlRequired: 'Wpisz adres API dostawcy.',
      baseUrl: 'Adres https:// bez użytkownika, zapytania i fragmentu, np. https://api.twilio.com.',
      accountId: 'Tylko litery i cyfry, najwyżej 64.',
      sender: 'Numer w formacie międzynarodowym (+ i najwyżej 15 cyfr) albo MG i 32 cyfry szesnastkowe.',
      token: 'Najwyżej 200 znaków, bez spacji.',
      keywords: 'Najwyżej 20 słów, każde najwyżej 20 znaków.',
      needed: {
        accountId: 'Wpisz Account SID, aby włączyć SMS-y.',
        sender: 'Wpisz nadawcę, aby włączyć SMS-y.',
        authToken: 'Wklej token, aby włączyć SMS-y.',
      },
      testTo: 'Wpisz numer w formacie międzynarodowym, zaczynając od +.',
    },
    problems: {
      invalid_url: 'Ten adres API jest odrzucany: użyj adresu https:// bez użytkownika, zapytania i fragmentu.',
      invalid_sms_account: 'Account SID zawiera tylko litery i cyfry.',
      invalid_sms_sender:
        'Nadawca to numer w formacie międzynarodowym (+48…) albo identyfikator Messaging Service (MG i 32 cyfry szesnastkowe).',
      sms_not_configured: 'SMS-y wymagają Account SID, nadawcy i tokenu: najpierw je zapisz.',
      sms_token_required:
        'Wpisz token ponownie: zmienił się adres dostawcy albo konto, a zapisany token nigdy nie jest wysyłany gdzie indziej.',
      invalid_sms_token: 'Token ma najwyżej 200 drukowalnych znaków, bez spacji.',
      invalid_sms_keywords:
        'Słowo kluczowe to jedno słowo z liter lub cyfr (najwyżej 20); żadne nie może jednocześnie wypisywać i zapisywać.',
      secrets_key_missing:
        'Nie można zapisać tokenu: na tym serwerze nie ustawiono PARLEY_SECRETS_KEY. Poproś administratora serwera Parley o ustawienie klucza i ponowne uruchomienie.',
      invalid_phone: 'To nie jest numer telefonu: wpisz go w formacie międzynarodowym, zaczynając od +.',
      rate_limited: 'Zbyt wiele testowych SMS-ów w krótkim czasie. Odczekaj chwilę i spróbuj ponownie.',
    },
  },
};
