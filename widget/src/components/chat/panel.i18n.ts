import { plural, type Lang } from '../../i18n.js';

/** The words of the panel's elements (the message list and the composer), which come with the panel's module. */
export interface PanelStrings {
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
  events: Record<string, string>;
  imageFrom: (name: string) => string;
  enlarge: string;
  imageFailed: string;
  closeImage: string;
  seen: string;
}

export const panelI18n: Record<Lang, PanelStrings> = {
  en: {
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
    },
  },
  pl: {
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
    },
  },
};
