import { plural, type Lang } from '../../i18n.js';
import type { PanelStrings } from './panel.i18n.js';

/** The widget's words that its entry module renders itself. */
export interface EntryStrings {
  openChat: string;
  closeChat: string;
  title: string;
  subtitle: string;
  /** Under the title while nobody of the team is online. */
  subtitleLater: string;
  greeting: string;
  send: string;
  support: string;
  sending: string;
  connecting: string;
  reconnecting: string;
  unread: (n: number) => string;
  errors: Record<string, string>;
  /** `message_too_long` once the server has said its limit. */
  tooLong: (max: number) => string;
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
  offline: string;
  waiting: string;
  identity: string;
  panelFailed: string;
}

/** Every word of the widget: its own and those of the panel's elements (panel.i18n.ts). */
export interface ChatStrings extends EntryStrings, PanelStrings {}

export const i18n: Record<Lang, EntryStrings> = {
  en: {
    openChat: 'Open chat',
    closeChat: 'Close chat',
    title: 'Chat with us',
    subtitle: 'We usually reply in a few minutes',
    subtitleLater: 'We’ll reply as soon as we can',
    greeting: 'Hi! How can we help you today?',
    send: 'Send',
    support: 'Support',
    sending: 'Sending…',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost. Reconnecting…',
    unread: (n) => plural('en', n, { one: '{n} unread message', other: '{n} unread messages' }),
    errors: {
      empty_message: 'The message is empty.',
      message_too_long: 'The message is too long.',
      conversation_closed: 'Not sent: this chat has ended. It will be sent in your new conversation.',
      conversation_not_found: 'This conversation no longer exists.',
      internal_error: 'Something went wrong on our side.',
    },
    tooLong: (max) => `The message is too long (at most ${new Intl.NumberFormat('en').format(max)} characters).`,
    offline: 'You are offline. Your messages will be sent when the connection returns.',
    waiting: 'Waiting for connection',
    panelFailed: 'The chat could not be loaded. Check your connection and open it again.',
    identity: 'We could not confirm your account, so the chat is unavailable. Please reload the page or sign in again.',
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
    send: 'Wyślij',
    support: 'Obsługa',
    sending: 'Wysyłanie…',
    connecting: 'Łączenie…',
    reconnecting: 'Utracono połączenie. Łączymy ponownie…',
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
    offline: 'Jesteś offline. Wyślemy Twoje wiadomości, gdy wróci połączenie.',
    waiting: 'Czeka na połączenie',
    panelFailed: 'Nie udało się wczytać czatu. Sprawdź połączenie i otwórz go ponownie.',
    identity:
      'Nie udało się potwierdzić Twojego konta, więc czat jest niedostępny. Odśwież stronę lub zaloguj się ponownie.',
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
