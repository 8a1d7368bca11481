import type { Lang } from '../../i18n.js';

/** The words of `<parley-transcript>`. */
export interface TranscriptStrings {
  offer: string;
  label: string;
  send: string;
  sending: string;
  cancel: string;
  sent: (email: string) => string;
  invalid: string;
  errors: Record<string, string>;
  failed: string;
}

export const transcriptStrings: Record<Lang, TranscriptStrings> = {
  en: {
    offer: 'Email me this conversation',
    label: 'Your email address',
    send: 'Send',
    sending: 'Sending…',
    cancel: 'Cancel',
    sent: (email) => `We sent this conversation to ${email}.`,
    invalid: 'Enter an email address like name@example.com.',
    errors: {
      invalid_email: 'Enter an email address like name@example.com.',
      email_required: 'Enter the email address to send it to.',
      rate_limited: 'This conversation was sent several times already. Try again later.',
      smtp_not_configured: 'This store cannot send emails right now.',
      email_not_sent: 'The email could not be sent just now. Try again in a while.',
    },
    failed: 'The conversation could not be sent. Try again.',
  },
  pl: {
    offer: 'Wyślij mi tę rozmowę e-mailem',
    label: 'Twój adres e-mail',
    send: 'Wyślij',
    sending: 'Wysyłanie…',
    cancel: 'Anuluj',
    sent: (email) => `Wysłaliśmy tę rozmowę na adres ${email}.`,
    invalid: 'Wpisz adres e-mail, np. jan@example.com.',
    errors: {
      invalid_email: 'Wpisz adres e-mail, np. jan@example.com.',
      email_required: 'Wpisz adres e-mail, na który mamy ją wysłać.',
      rate_limited: 'Ta rozmowa została już kilka razy wysłana. Spróbuj ponownie później.',
      smtp_not_configured: 'Ten sklep nie może teraz wysyłać e-maili.',
      email_not_sent: 'Nie udało się teraz wysłać e-maila. Spróbuj ponownie za chwilę.',
    },
    failed: 'Nie udało się wysłać rozmowy. Spróbuj ponownie.',
  },
};
