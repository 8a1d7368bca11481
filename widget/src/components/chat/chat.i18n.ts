import { plural, type Lang } from '../../i18n.js';

export interface ChatStrings {
  openChat: string;
  closeChat: string;
  title: string;
  subtitle: string;
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
  unread: (n: number) => string;
  errors: Record<string, string>;
  errorDefault: string;
}

export const i18n: Record<Lang, ChatStrings> = {
  en: {
    openChat: 'Open chat',
    closeChat: 'Close chat',
    title: 'Chat with us',
    subtitle: 'We usually reply in a few minutes',
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
    unread: (n) => plural('en', n, { one: '{n} unread message', other: '{n} unread messages' }),
    errors: {
      empty_message: 'The message is empty.',
      message_too_long: 'The message is too long (at most 4,000 characters).',
      conversation_closed: 'This conversation has been closed.',
      conversation_not_found: 'This conversation no longer exists.',
      internal_error: 'Something went wrong on our side.',
    },
    errorDefault: 'The message could not be sent.',
  },
  pl: {
    openChat: 'Otwórz czat',
    closeChat: 'Zamknij czat',
    title: 'Napisz do nas',
    subtitle: 'Zwykle odpowiadamy w ciągu kilku minut',
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
    charsLeft: (n) => plural('pl', n, { one: 'Został {n} znak', few: 'Zostały {n} znaki', many: 'Zostało {n} znaków', other: 'Zostało {n} znaku' }),
    charsOver: (n) => plural('pl', n, { one: '{n} znak za dużo', few: '{n} znaki za dużo', many: '{n} znaków za dużo', other: '{n} znaku za dużo' }),
    unread: (n) => plural('pl', n, { one: '{n} nieprzeczytana wiadomość', few: '{n} nieprzeczytane wiadomości', many: '{n} nieprzeczytanych wiadomości', other: '{n} nieprzeczytanej wiadomości' }),
    errors: {
      empty_message: 'Wiadomość jest pusta.',
      message_too_long: 'Wiadomość jest za długa (najwyżej 4000 znaków).',
      conversation_closed: 'Ta rozmowa została zamknięta.',
      conversation_not_found: 'Ta rozmowa już nie istnieje.',
      internal_error: 'Coś poszło nie tak po naszej stronie.',
    },
    errorDefault: 'Nie udało się wysłać wiadomości.',
  },
};

