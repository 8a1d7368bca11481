import { plural, type Lang } from '../i18n.js';
import type { SmsMessageState } from '../wire/index.js';

/** The inbox's words about SMS tickets (the settings screen has its own, in `settings/sms.i18n.ts`). */
export interface SmsInboxStrings {
  /** Before the customer's number in the ticket's header. */
  phone: string;
  /** Before a reply's delivery state, for screen readers. */
  delivery: string;
  /** A reply's delivery state; `error` says why it was not delivered, when known (see `deliveryError`). */
  state: (state: SmsMessageState['state'], error?: string) => string;
  /**
   * The provider's error codes Parley knows, in words (those of `SmsErrors` on the server): a code not here is shown
   * with the server's own text.
   */
  providerErrors: Record<string, string>;
  /** An error the provider gave only as a code Parley does not know. */
  providerError: string;
  /** The customer opted out (STOP): since when, if known. */
  optedOut: (since?: string) => string;
  /** The SMS channel is off; `admin` adds where to turn it on. */
  disabled: string;
  settingsLink: string;
  /** The SMS side of the ticket could not be read. */
  unavailable: string;
  /** The reply's length and the SMS it takes, as the agent writes. */
  counter: (characters: number, segments: number, unicode: boolean) => string;
  /** What a screen reader hears of the counter: only when the SMS it takes change. */
  segments: (segments: number, unicode: boolean) => string;
  /** The reply is longer than an SMS reply may be. */
  over: (characters: number, max: number) => string;
  /** What a screen reader hears while the reply is too long (said once, not at every key). */
  tooLong: (max: number) => string;
  noImages: string;
  /** The server's refusals of a reply on an SMS ticket, by code. */
  errors: Record<string, string>;
}

const smsCount = (lang: Lang, n: number) =>
  lang === 'pl'
    ? plural('pl', n, { one: '{n} SMS', few: '{n} SMS-y', many: '{n} SMS-ów', other: '{n} SMS-a' })
    : `${n} SMS`;

export const smsStrings: Record<Lang, SmsInboxStrings> = {
  en: {
    phone: 'SMS from',
    delivery: 'SMS',
    state: (state, error) => {
      const why = error ? `: ${error}` : '';
      switch (state) {
        case 'pending':
          return 'Pending';
        case 'queued':
          return 'Queued';
        case 'sent':
          return 'Sent';
        case 'delivered':
          return 'Delivered';
        case 'undelivered':
          return `Not delivered${why}`;
        default:
          return `Failed${why}`;
      }
    },
    providerErrors: {
      '21610': 'recipient opted out',
      '21211': 'invalid number',
      '21614': 'not a mobile number',
      '21612': 'cannot be sent to this number',
      '21408': 'sending to this region is not enabled',
      '21606': 'the store’s number cannot send SMS',
      '21617': 'message too long',
      '30003': 'phone unreachable',
      '30004': 'message blocked',
      '30005': 'unknown number',
      '30006': 'landline or unreachable carrier',
      '30007': 'filtered by the carrier',
      '30008': 'unknown error',
      '30034': 'sender not registered for this traffic',
    },
    providerError: 'provider error',
    optedOut: (since) =>
      `This customer opted out${since ? ` on ${since}` : ''} by texting STOP (or another opt-out keyword): Parley sends them no SMS until they text START. Internal notes still work.`,
    disabled: 'SMS is turned off: replies to this ticket are refused until it is on again.',
    settingsLink: 'Settings → SMS',
    unavailable: 'The delivery of this ticket’s SMS could not be read. It is read again with the next news.',
    counter: (n, k, unicode) =>
      `${plural('en', n, { one: '{n} character', other: '{n} characters' })} · ${smsCount('en', k)}${unicode ? ' (Unicode)' : ''}`,
    segments: (k, unicode) => `${smsCount('en', k)}${unicode ? ' (Unicode)' : ''}`,
    over: (n, max) =>
      `${plural('en', n, { one: '{n} character', other: '{n} characters' })}: an SMS reply may have at most ${max}. Shorten it to send it.`,
    tooLong: (max) => `Too long for an SMS reply: at most ${max} characters.`,
    noImages: 'No images over SMS',
    errors: {
      sms_opted_out: 'Not sent: the customer opted out of SMS (STOP). They can opt back in by texting START.',
      sms_too_long: 'Not sent: too long for an SMS reply.',
      sms_no_images: 'Not sent: images cannot be sent over SMS.',
      sms_disabled: 'Not sent: SMS is turned off.',
    },
  },
  pl: {
    phone: 'SMS z numeru',
    delivery: 'SMS',
    state: (state, error) => {
      const why = error ? `: ${error}` : '';
      switch (state) {
        case 'pending':
          return 'Oczekuje';
        case 'queued':
          return 'W kolejce';
        case 'sent':
          return 'Wysłano';
        case 'delivered':
          return 'Doręczono';
        case 'undelivered':
          return `Nie doręczono${why}`;
        default:
          return `Błąd${why}`;
      }
    },
    providerErrors: {
      '21610': 'odbiorca wypisał się z SMS-ów',
      '21211': 'nieprawidłowy numer',
      '21614': 'to nie jest numer komórkowy',
      '21612': 'na ten numer nie można wysłać SMS-a',
      '21408': 'wysyłka do tego regionu nie jest włączona',
      '21606': 'numer sklepu nie może wysyłać SMS-ów',
      '21617': 'wiadomość jest za długa',
      '30003': 'telefon nieosiągalny',
      '30004': 'wiadomość zablokowana',
      '30005': 'nieznany numer',
      '30006': 'telefon stacjonarny lub nieosiągalny operator',
      '30007': 'odfiltrowana przez operatora',
      '30008': 'nieznany błąd',
      '30034': 'nadawca niezarejestrowany dla tego rodzaju wysyłek',
    },
    providerError: 'błąd operatora',
    optedOut: (since) =>
      `Ten klient wypisał się${since ? ` ${since}` : ''}, wysyłając STOP (lub inne słowo wypisania): Parley nie wysyła mu SMS-ów, dopóki nie napisze START. Notatki wewnętrzne nadal działają.`,
    disabled: 'SMS-y są wyłączone: odpowiedzi w tym zgłoszeniu są odrzucane, dopóki ich nie włączysz.',
    settingsLink: 'Ustawienia → SMS',
    unavailable:
      'Nie udało się odczytać stanu doręczenia SMS-ów tego zgłoszenia. Zostanie odczytany przy następnej zmianie.',
    counter: (n, k, unicode) =>
      `${plural('pl', n, { one: '{n} znak', few: '{n} znaki', many: '{n} znaków', other: '{n} znaku' })} · ${smsCount('pl', k)}${unicode ? ' (Unicode)' : ''}`,
    segments: (k, unicode) => `${smsCount('pl', k)}${unicode ? ' (Unicode)' : ''}`,
    over: (n, max) =>
      `${plural('pl', n, { one: '{n} znak', few: '{n} znaki', many: '{n} znaków', other: '{n} znaku' })}: odpowiedź SMS może mieć najwyżej ${max}. Skróć ją, aby wysłać.`,
    tooLong: (max) => `Za długie na odpowiedź SMS: najwyżej ${max} znaków.`,
    noImages: 'SMS-em nie wyślesz obrazów',
    errors: {
      sms_opted_out: 'Nie wysłano: klient wypisał się z SMS-ów (STOP). Może zapisać się ponownie, wysyłając START.',
      sms_too_long: 'Nie wysłano: za długie na odpowiedź SMS.',
      sms_no_images: 'Nie wysłano: SMS-em nie można wysłać obrazów.',
      sms_disabled: 'Nie wysłano: SMS-y są wyłączone.',
    },
  },
};
