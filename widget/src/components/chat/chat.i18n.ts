import { plural, type Lang } from '../../i18n.js';

export interface ChatStrings {
  openChat: string;
  closeChat: string;
  title: string;
  subtitle: string;
  /** Under the title while nobody of the team is online. */
  subtitleLater: string;
  greeting: string;
  conversation: string;
  message: string;
  placeholder: string;
  send: string;
  you: string;
  visitor: string;
  support: string;
  sending: string;
  retry: string;
  remove: string;
  connecting: string;
  reconnecting: string;
  charsLeft: (n: number) => string;
  charsOver: (n: number) => string;
  emoji: string;
  unread: (n: number) => string;
  errors: Record<string, string>;
  /** `message_too_long` once the server has said its limit. */
  tooLong: (max: number) => string;
  errorDefault: string;
  events: Record<string, string>;
  endChat: string;
  endConfirm: string;
  cancel: string;
  ended: string;
  startNew: string;
  typing: (name: string) => string;
  faqTitle: string;
  needHelp: string;
  back: string;
  unavailable: string;
  loading: string;
  privacy: string;
  terms: string;
  closedNow: (when?: string) => string;
  imageFrom: (name: string) => string;
  enlarge: string;
  imageFailed: string;
  closeImage: string;
  seen: string;
  offline: string;
  waiting: string;
  identity: string;
  panelFailed: string;
}

export const i18n: Record<Lang, ChatStrings> = {
  en: {
    openChat: 'Open chat',
    closeChat: 'Close chat',
    title: 'Chat with us',
    subtitle: 'We usually reply in a few minutes',
    subtitleLater: 'We’ll reply as soon as we can',
    greeting: 'Hi! How can we help you today?',
    conversation: 'Conversation',
    message: 'Message',
    placeholder: 'Write a message…',
    send: 'Send',
    you: 'You',
    visitor: 'Visitor',
    support: 'Support',
    sending: 'Sending…',
    retry: 'Try again',
    remove: 'Remove',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost. Reconnecting…',
    charsLeft: (n) => plural('en', n, { one: '{n} character left', other: '{n} characters left' }),
    charsOver: (n) => plural('en', n, { one: '{n} character too many', other: '{n} characters too many' }),
    emoji: 'Insert an emoji',
    unread: (n) => plural('en', n, { one: '{n} unread message', other: '{n} unread messages' }),
    errors: {
      empty_message: 'The message is empty.',
      message_too_long: 'The message is too long.',
      conversation_closed: 'Not sent: this chat has ended. It will be sent in your new conversation.',
      conversation_not_found: 'This conversation no longer exists.',
      internal_error: 'Something went wrong on our side.',
    },
    tooLong: (max) => `The message is too long (at most ${new Intl.NumberFormat('en').format(max)} characters).`,
    errorDefault: 'The message could not be sent.',
    imageFrom: (name) => `Image from ${name}`,
    enlarge: 'Show full size',
    imageFailed: 'The image could not be loaded.',
    closeImage: 'Close image',
    seen: 'Seen',
    offline: 'You are offline. Your messages will be sent when the connection returns.',
    waiting: 'Waiting for connection',
    panelFailed: 'The chat could not be loaded. Check your connection and open it again.',
    identity: 'We could not confirm your account, so the chat is unavailable. Please reload the page or sign in again.',
    events: {
      ended_by_visitor: 'You ended the chat.',
      closed_by_agent: 'Our team closed this conversation.',
    },
    endChat: 'End chat',
    endConfirm: 'End this chat? You can’t write in it again.',
    cancel: 'Cancel',
    ended: 'This conversation has ended.',
    startNew: 'Start a new conversation',
    typing: (name) => `${name} is typing…`,
    faqTitle: 'Common questions',
    needHelp: 'I still need help',
    back: 'Back to questions',
    unavailable: 'Chat is not available right now.',
    loading: 'Loading…',
    privacy: 'Privacy policy',
    terms: 'Terms',
    closedNow: (when) => `We’re closed right now.${when ? ` Back ${when}.` : ''} Leave a message and we’ll reply.`,
  },
  pl: {
    openChat: 'Otwórz czat',
    closeChat: 'Zamknij czat',
    title: 'Napisz do nas',
    subtitle: 'Zwykle odpowiadamy w ciągu kilku minut',
    subtitleLater: 'Odpowiemy najszybciej, jak to możliwe',
    greeting: 'Cześć! W czym możemy pomóc?',
    conversation: 'Rozmowa',
    message: 'Wiadomość',
    placeholder: 'Napisz wiadomość…',
    send: 'Wyślij',
    you: 'Ty',
    visitor: 'Gość',
    support: 'Obsługa',
    sending: 'Wysyłanie…',
    retry: 'Spróbuj ponownie',
    remove: 'Usuń',
    connecting: 'Łączenie…',
    reconnecting: 'Utracono połączenie. Łączymy ponownie…',
    charsLeft: (n) =>
      plural('pl', n, {
        one: 'Został {n} znak',
        few: 'Zostały {n} znaki',
        many: 'Zostało {n} znaków',
        other: 'Zostało {n} znaku',
      }),
    charsOver: (n) =>
      plural('pl', n, {
        one: '{n} znak za dużo',
        few: '{n} znaki za dużo',
        many: '{n} znaków za dużo',
        other: '{n} znaku za dużo',
      }),
    emoji: 'Wstaw emoji',
    unread: (n) =>
      plural('pl', n, {
        one: '{n} nieprzeczytana wiadomość',
        few: '{n} nieprzeczytane wiadomości',
        many: '{n} nieprzeczytanych wiadomości',
        other: '{n} nieprzeczytanej wiadomości',
      }),
    errors: {
      empty_message: 'Wiadomość jest pusta.',
      message_too_long: 'Wiadomość jest za długa.',
      conversation_closed: 'Nie wysłano: czat zakończony. Wyślemy ją w nowej rozmowie.',
      conversation_not_found: 'Ta rozmowa już nie istnieje.',
      internal_error: 'Coś poszło nie tak po naszej stronie.',
    },
    tooLong: (max) =>
      plural('pl', max, {
        one: 'Wiadomość jest za długa (najwyżej {n} znak).',
        few: 'Wiadomość jest za długa (najwyżej {n} znaki).',
        many: 'Wiadomość jest za długa (najwyżej {n} znaków).',
        other: 'Wiadomość jest za długa (najwyżej {n} znaku).',
      }),
    errorDefault: 'Nie udało się wysłać wiadomości.',
    imageFrom: (name) => `Obraz od: ${name}`,
    enlarge: 'Pokaż w pełnym rozmiarze',
    imageFailed: 'Nie udało się wczytać obrazu.',
    closeImage: 'Zamknij obraz',
    seen: 'Wyświetlono',
    offline: 'Jesteś offline. Wyślemy Twoje wiadomości, gdy wróci połączenie.',
    waiting: 'Czeka na połączenie',
    panelFailed: 'Nie udało się wczytać czatu. Sprawdź połączenie i otwórz go ponownie.',
    identity:
      'Nie udało się potwierdzić Twojego konta, więc czat jest niedostępny. Odśwież stronę lub zaloguj się ponownie.',
    events: {
      ended_by_visitor: 'Rozmowa zakończona przez Ciebie.',
      closed_by_agent: 'Nasz zespół zamknął tę rozmowę.',
    },
    endChat: 'Zakończ czat',
    endConfirm: 'Zakończyć czat? Nie da się już w nim pisać.',
    cancel: 'Anuluj',
    ended: 'Ta rozmowa została zakończona.',
    startNew: 'Rozpocznij nową rozmowę',
    typing: (name) => `${name} pisze…`,
    faqTitle: 'Częste pytania',
    needHelp: 'Nadal potrzebuję pomocy',
    back: 'Wróć do pytań',
    unavailable: 'Czat jest teraz niedostępny.',
    loading: 'Ładowanie…',
    privacy: 'Polityka prywatności',
    terms: 'Regulamin',
    closedNow: (when) =>
      `Jesteśmy teraz poza godzinami pracy.${when ? ` Wracamy ${when}.` : ''} Zostaw wiadomość, a odpowiemy.`,
  },
};

/** When the store opens again, as the away notice says it: "Mon, 7 Dec, 09:00". */
export function openingTime(lang: Lang, at?: Date): string | undefined {
  return (
    at &&
    new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at)
  );
}
