import type { Lang } from '../../i18n.js';

/** The words of the webhooks screen, besides those all screens share. */
export interface WebhooksStrings {
  intro: string;
  secretsUnavailable: (why: string) => string;
  noWebhooks: string;
  newWebhook: string;
  url: string;
  urlHint: (httpAllowed: boolean) => string;
  description: string;
  types: string;
  typeNames: Record<string, string>;
  enabled: string;
  add: string;
  cancel: string;
  editWord: string;
  edit: (url: string) => string;
  delete: string;
  deleteWebhook: (url: string) => string;
  deleteConfirm: (url: string) => string;
  sendTest: string;
  rotate: string;
  rotateConfirm: string;
  deliveries: string;
  hideDeliveries: string;
  deliveriesOf: (url: string) => string;
  noDeliveries: string;
  redeliver: string;
  on: string;
  off: (why: 'by_admin' | 'gone' | 'failing' | string) => string;
  failures: (n: number) => string;
  previousUntil: (when: string) => string;
  secretShownOnce: string;
  copy: string;
  copied: string;
  limit: (n: number, max: number) => string;
  testOutcome: (status: string, code?: number, error?: string) => string;
  columns: { when: string; event: string; status: string; attempts: string; answer: string };
  statuses: Record<string, string>;
  errors: Record<string, string>;
}

const typeNamesEn = {
  'ticket.created': 'A ticket is created',
  'ticket.status_changed': 'A ticket’s status changes',
  'ticket.assigned': 'A ticket is assigned',
  'message.created': 'A message is written',
  'conversation.handed_off': 'The AI agent hands off to a person',
  'webhook.test': 'Test event',
};

const typeNamesPl = {
  'ticket.created': 'Otwarto nową rozmowę',
  'ticket.status_changed': 'Zmienił się status rozmowy',
  'ticket.assigned': 'Przypisano rozmowę',
  'message.created': 'Napisano wiadomość',
  'conversation.handed_off': 'Asystent AI przekazał rozmowę konsultantowi',
  'webhook.test': 'Zdarzenie testowe',
};

export const webhooksI18n: Record<Lang, WebhooksStrings> = {
  en: {
    intro:
      'Parley tells your own systems when tickets and messages happen: each event is POSTed to your URL, signed in the Standard Webhooks format, and retried when it fails. See docs/webhooks.md for the events and how to verify a signature.',
    secretsUnavailable: (why) =>
      `Webhooks cannot be added: ${why} Parley keeps each endpoint’s signing secret encrypted, and needs a key for that. Ask whoever runs Parley to set PARLEY_SECRETS_KEY (32 random bytes in base64) and restart.`,
    noWebhooks: 'No webhooks yet.',
    newWebhook: 'Add a webhook',
    url: 'URL',
    urlHint: (http) =>
      http
        ? 'Where events are sent. http is allowed on this server for development.'
        : 'Where events are sent: an https address on the internet.',
    description: 'Description (optional)',
    types: 'Send these events',
    typeNames: typeNamesEn,
    enabled: 'Enabled',
    add: 'Add the webhook',
    cancel: 'Cancel',
    editWord: 'Edit',
    edit: (url) => `Edit the webhook ${url}`,
    delete: 'Delete',
    deleteWebhook: (url) => `Delete the webhook ${url}`,
    deleteConfirm: (url) =>
      `Delete the webhook ${url}? It receives no more events, and its delivery log is deleted too.`,
    sendTest: 'Send test event',
    rotate: 'Rotate secret',
    rotateConfirm:
      'A new secret signs from now on; the current one signs too for 24 hours, so that your receiver can switch.',
    deliveries: 'Delivery log',
    hideDeliveries: 'Hide the log',
    deliveriesOf: (url) => `Deliveries to ${url}`,
    noDeliveries: 'Nothing was sent yet.',
    redeliver: 'Redeliver',
    on: 'Enabled',
    off: (why) =>
      why === 'gone'
        ? 'Disabled: the receiver answered 410 Gone'
        : why === 'failing'
          ? 'Disabled: it kept failing'
          : 'Disabled',
    failures: (n) => (n === 1 ? '1 failure in a row' : `${n} failures in a row`),
    previousUntil: (when) => `The previous secret signs too until ${when}.`,
    secretShownOnce: 'The signing secret, shown this once: copy it to your receiver now.',
    copy: 'Copy',
    copied: 'Copied.',
    limit: (n, max) => `${n} of ${max} webhooks.`,
    testOutcome: (status, code, error) =>
      status === 'delivered'
        ? `The test event was delivered (${code}).`
        : `The test event failed: ${code ? `the receiver answered ${code}` : (error ?? 'no answer')}.`,
    columns: { when: 'When', event: 'Event', status: 'Status', attempts: 'Attempts', answer: 'Answer' },
    statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed', dropped: 'Not sent' },
    errors: {
      invalid_webhook_url: 'This URL cannot be used: it must be an https address without a user name or password.',
      webhook_address_refused:
        'Parley does not send events to this address: it is on a private or reserved network, not on the internet.',
      event_types_missing: 'Choose at least one event.',
      webhook_limit_reached: 'You have as many webhooks as Parley allows; delete one first.',
      webhook_disabled: 'This webhook is disabled; enable it before redelivering.',
    },
  },
  pl: {
    intro:
      'Parley powiadamia Twoje systemy o rozmowach i wiadomościach: każde zdarzenie jest wysyłane metodą POST na Twój adres URL, podpisane w formacie Standard Webhooks, i ponawiane, gdy się nie uda. Zdarzenia i sposób sprawdzania podpisu opisuje docs/webhooks.md.',
    secretsUnavailable: (why) =>
      `Nie można dodać webhooków: ${why} Parley przechowuje sekret każdego webhooka w postaci zaszyfrowanej i potrzebuje do tego klucza. Poproś administratora serwera Parley o ustawienie PARLEY_SECRETS_KEY (32 losowe bajty w base64) i ponowne uruchomienie.`,
    noWebhooks: 'Nie ma jeszcze webhooków.',
    newWebhook: 'Dodaj webhook',
    url: 'Adres URL',
    urlHint: (http) =>
      http
        ? 'Adres, na który trafiają zdarzenia. Na tym serwerze http jest dozwolony na potrzeby programistyczne.'
        : 'Adres, na który trafiają zdarzenia: adres https w internecie.',
    description: 'Opis (opcjonalnie)',
    types: 'Wysyłaj te zdarzenia',
    typeNames: typeNamesPl,
    enabled: 'Włączony',
    add: 'Dodaj webhook',
    cancel: 'Anuluj',
    editWord: 'Edytuj',
    edit: (url) => `Edytuj webhook ${url}`,
    delete: 'Usuń',
    deleteWebhook: (url) => `Usuń webhook ${url}`,
    deleteConfirm: (url) =>
      `Usunąć webhook ${url}? Nie będzie już otrzymywać zdarzeń, a jego dziennik dostarczeń również zostanie usunięty.`,
    sendTest: 'Wyślij zdarzenie testowe',
    rotate: 'Wygeneruj nowy sekret',
    rotateConfirm:
      'Od teraz podpisuje nowy sekret; obecny podpisuje równolegle jeszcze przez 24 godziny, aby odbiorca zdążył się przełączyć.',
    deliveries: 'Dziennik dostarczeń',
    hideDeliveries: 'Ukryj dziennik',
    deliveriesOf: (url) => `Dostarczenia na adres ${url}`,
    noDeliveries: 'Nic jeszcze nie wysłano.',
    redeliver: 'Wyślij ponownie',
    on: 'Włączony',
    off: (why) =>
      why === 'gone'
        ? 'Wyłączony: odbiorca odpowiedział 410 Gone'
        : why === 'failing'
          ? 'Wyłączony: dostarczenia ciągle się nie udawały'
          : 'Wyłączony',
    failures: (n) =>
      n === 1
        ? '1 nieudana próba z rzędu'
        : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)
          ? `${n} nieudane próby z rzędu`
          : `${n} nieudanych prób z rzędu`,
    previousUntil: (when) => `Poprzedni sekret podpisuje równolegle do ${when}.`,
    secretShownOnce: 'Sekret do podpisów, widoczny tylko teraz: skopiuj go od razu do swojego odbiorcy.',
    copy: 'Kopiuj',
    copied: 'Skopiowano.',
    limit: (n, max) => `Webhooki: ${n} z ${max}.`,
    testOutcome: (status, code, error) =>
      status === 'delivered'
        ? `Zdarzenie testowe dostarczono (${code}).`
        : `Nie udało się dostarczyć zdarzenia testowego: ${code ? `odbiorca odpowiedział ${code}` : (error ?? 'brak odpowiedzi')}.`,
    columns: { when: 'Kiedy', event: 'Zdarzenie', status: 'Status', attempts: 'Próby', answer: 'Odpowiedź' },
    statuses: { pending: 'Oczekuje', delivered: 'Dostarczono', failed: 'Nie dostarczono', dropped: 'Nie wysłano' },
    errors: {
      invalid_webhook_url: 'Tego adresu nie można użyć: musi to być adres https bez nazwy użytkownika i hasła.',
      webhook_address_refused:
        'Parley nie wysyła zdarzeń na ten adres: należy do sieci prywatnej lub zastrzeżonej, a nie do internetu.',
      event_types_missing: 'Wybierz co najmniej jedno zdarzenie.',
      webhook_limit_reached: 'Masz już tyle webhooków, na ile pozwala Parley; najpierw usuń któryś.',
      webhook_disabled: 'Ten webhook jest wyłączony; włącz go przed ponownym wysłaniem.',
    },
  },
};
