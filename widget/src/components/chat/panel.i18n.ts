import { plural, type Lang } from '../../i18n.js';

/**
 * The words of the panel's body (the FAQs, the notices, the message list and the composer), which come with the
 * panel's module: the chat renders its body only once that module is loaded.
 */
export interface PanelStrings {
  greeting: string;
  send: string;
  sending: string;
  reconnecting: string;
  errors: Record<string, string>;
  /** `message_too_long` once the server has said its limit. */
  tooLong: (max: number) => string;
  ended: string;
  startNew: string;
  typing: (name: string) => string;
  faqTitle: string;
  needHelp: string;
  back: string;
  privacy: string;
  terms: string;
  /** The notice while the store is closed, with when it opens next when known. */
  closedNow: (at?: Date) => string;
  offline: string;
  waiting: string;
  /** The store's AI agent's first words while the store wrote none. */
  aiGreeting: string;
  /** The label of the AI agent's messages (its name for screen readers and on hover is `aiAgent`). */
  ai: string;
  /** Before the title of a source an AI agent's answer comes from. */
  source: string;
  /** Said of a source's link, which opens in a new tab. */
  newTab: string;
  /** The group of "Did you mean…" choices under an AI agent's answer. */
  choices: string;
  /** The button that has the AI agent hand the conversation to a person. */
  talkToPerson: string;
  retry: string;
  conversation: string;
  message: string;
  visitor: string;
  placeholder: string;
  you: string;
  remove: string;
  charsLeft: (n: number) => string;
  charsOver: (n: number) => string;
  emoji: string;
  errorDefault: string;
  /** System messages' events, worded; `passed_to_helpdesk` says the address in the message's text. */
  events: Record<string, string | ((email: string) => string)>;
  imageFrom: (name: string) => string;
  enlarge: string;
  imageFailed: string;
  closeImage: string;
  seen: string;
}

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

export const panelI18n: Record<Lang, PanelStrings> = {
  en: {
    greeting: 'Hi! How can we help you today?',
    send: 'Send',
    sending: 'Sending…',
    reconnecting: 'Connection lost. Reconnecting…',
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
    ended: 'This conversation has ended.',
    startNew: 'Start a new conversation',
    typing: (name) => `${name} is typing…`,
    faqTitle: 'Common questions',
    needHelp: 'I still need help',
    back: 'Back to questions',
    privacy: 'Privacy policy',
    terms: 'Terms',
    closedNow: (at) => {
      const when = openingTime('en', at);
      return `We’re closed right now.${when ? ` Back ${when}.` : ''} Leave a message and we’ll reply.`;
    },
    aiGreeting:
      'Hi! I’m the store’s AI agent. Ask me anything — I answer from the store’s own information, and a person can take over at any time.',
    ai: 'AI',
    source: 'Source',
    newTab: 'opens in a new tab',
    choices: 'Did you mean',
    talkToPerson: 'Talk to a person',
    retry: 'Try again',
    conversation: 'Conversation',
    message: 'Message',
    visitor: 'Visitor',
    placeholder: 'Write a message…',
    you: 'You',
    remove: 'Remove',
    charsLeft: (n) => plural('en', n, { one: '{n} character left', other: '{n} characters left' }),
    charsOver: (n) => plural('en', n, { one: '{n} character too many', other: '{n} characters too many' }),
    emoji: 'Insert an emoji',
    errorDefault: 'The message could not be sent.',
    imageFrom: (name) => `Image from ${name}`,
    enlarge: 'Show full size',
    imageFailed: 'The image could not be loaded.',
    closeImage: 'Close image',
    seen: 'Seen',
    events: {
      ended_by_visitor: 'You ended the chat.',
      closed_by_agent: 'Our team closed this conversation.',
      handoff_email_asked: 'Our team will answer by email. Where should they reply?',
      passed_to_helpdesk: (email) => `We’ve passed your question to our team; they will reply to ${email}.`,
      helpdesk_fallback: (email) => `Our team will reply to ${email}.`,
    },
  },
  pl: {
    greeting: 'Dzień dobry! W czym możemy pomóc?',
    send: 'Wyślij',
    sending: 'Wysyłanie…',
    reconnecting: 'Utracono połączenie. Łączymy ponownie…',
    errors: {
      empty_message: 'Wiadomość jest pusta.',
      message_too_long: 'Wiadomość jest za długa.',
      conversation_closed: 'Nie wysłano, bo czat został zakończony. Wyślemy ją w nowej rozmowie.',
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
    ended: 'Ta rozmowa została zakończona.',
    startNew: 'Rozpocznij nową rozmowę',
    typing: (name) => `${name} pisze…`,
    faqTitle: 'Częste pytania',
    needHelp: 'Nadal potrzebuję pomocy',
    back: 'Wróć do pytań',
    privacy: 'Polityka prywatności',
    terms: 'Regulamin',
    closedNow: (at) => {
      const when = openingTime('pl', at);
      return `Jesteśmy teraz poza godzinami pracy.${when ? ` Wracamy ${when}.` : ''} Zostaw wiadomość, a odpowiemy.`;
    },
    aiGreeting:
      'Dzień dobry! Jestem asystentem AI sklepu. Zapytaj, o co chcesz — odpowiadam na podstawie informacji sklepu, a w każdej chwili rozmowę może przejąć człowiek.',
    ai: 'AI',
    source: 'Źródło',
    newTab: 'otwiera się w nowej karcie',
    choices: 'Czy chodziło Ci o',
    talkToPerson: 'Porozmawiaj z człowiekiem',
    retry: 'Spróbuj ponownie',
    conversation: 'Rozmowa',
    message: 'Wiadomość',
    visitor: 'Gość',
    placeholder: 'Napisz wiadomość…',
    you: 'Ty',
    remove: 'Usuń',
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
    errorDefault: 'Nie udało się wysłać wiadomości.',
    imageFrom: (name) => `Obraz od: ${name}`,
    enlarge: 'Pokaż w pełnym rozmiarze',
    imageFailed: 'Nie udało się wczytać obrazu.',
    closeImage: 'Zamknij obraz',
    seen: 'Wyświetlono',
    events: {
      ended_by_visitor: 'Rozmowa zakończona przez Ciebie.',
      closed_by_agent: 'Nasz zespół zamknął tę rozmowę.',
      handoff_email_asked: 'Nasz zespół odpowie e-mailem. Na jaki adres?',
      passed_to_helpdesk: (email) => `Przekazaliśmy Twoje pytanie naszemu zespołowi; odpowie na adres ${email}.`,
      helpdesk_fallback: (email) => `Nasz zespół odpowie na adres ${email}.`,
    },
  },
};
