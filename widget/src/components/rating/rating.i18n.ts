import type { Lang } from '../../i18n.js';

/** The words of the satisfaction rating asked once a conversation ended. */
export interface RatingStrings {
  question: string;
  good: string;
  bad: string;
  comment: string;
  /** How many characters are left of the comment's limit. */
  left: (n: number) => string;
  send: string;
  sending: string;
  thanks: string;
  /** What the visitor rated, said back to them. */
  rated: (good: boolean) => string;
  change: string;
  /** Why the rating was refused, by the server's error code; `default` for any other. */
  errors: Record<string, string>;
}

export const ratingStrings: Record<Lang, RatingStrings> = {
  en: {
    question: 'How was this conversation?',
    good: 'Good',
    bad: 'Bad',
    comment: 'Add a comment (optional)',
    left: (n) => `${n} characters left`,
    send: 'Send rating',
    sending: 'Sending…',
    thanks: 'Thank you for your feedback!',
    rated: (good) => `You rated this conversation ${good ? 'good' : 'bad'}.`,
    change: 'Change',
    errors: {
      rating_comment_too_long: 'The comment is too long.',
      rating_window_closed: 'This conversation can no longer be rated.',
      rate_limited: 'Too many ratings in a short time. Try again later.',
      default: 'Your rating could not be sent. Try again.',
    },
  },
  pl: {
    question: 'Jak oceniasz tę rozmowę?',
    good: 'Dobrze',
    bad: 'Źle',
    comment: 'Dodaj komentarz (opcjonalnie)',
    left: (n) => `Pozostało znaków: ${n}`,
    send: 'Wyślij ocenę',
    sending: 'Wysyłanie…',
    thanks: 'Dziękujemy za opinię!',
    rated: (good) => `Twoja ocena rozmowy: ${good ? 'dobrze' : 'źle'}.`,
    change: 'Zmień',
    errors: {
      rating_comment_too_long: 'Komentarz jest za długi.',
      rating_window_closed: 'Tej rozmowy nie można już ocenić.',
      rate_limited: 'Wysłano zbyt wiele ocen w krótkim czasie. Spróbuj ponownie później.',
      default: 'Nie udało się wysłać oceny. Spróbuj ponownie.',
    },
  },
};
