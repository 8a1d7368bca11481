import type { Lang } from '../../i18n.js';

/** The words of the prompt that asks an away team's visitor for their email address. */
export interface EmailPromptStrings {
  title: string;
  hint: string;
  label: string;
  save: string;
  saving: string;
  skip: string;
  /** Said back once the address is kept. */
  saved: (email: string) => string;
  change: string;
  /** The address does not look like one: said before anything is sent. */
  invalid: string;
  /** Why the address was refused, by the server's error code; `default` for any other. */
  errors: Record<string, string>;
  /** The words of the handoff to the store's helpdesk, which replies by email, where they differ (errors too). */
  handoff: Pick<EmailPromptStrings, 'title' | 'hint' | 'save' | 'saving' | 'skip' | 'errors'>;
}

export const emailPromptStrings: Record<Lang, EmailPromptStrings> = {
  en: {
    title: "Leave your email and we'll reply there",
    hint: 'The team is away now. If you leave before they answer, their reply will reach you by email. Optional.',
    label: 'Your email address',
    save: 'Save',
    saving: 'Saving…',
    skip: 'No, thanks',
    saved: (email) => `Thanks! If you are gone when we reply, we will write to ${email}.`,
    change: 'Change',
    invalid: 'Enter an email address such as name@example.com.',
    errors: {
      invalid_email: 'Enter an email address such as name@example.com.',
      rate_limited: 'Too many attempts in a short time. Try again later.',
      default: 'Your email address could not be saved. Try again.',
    },
    handoff: {
      title: 'Get your answer by email',
      hint: "Our team answers this question by email. Give your address and we'll pass the question on.",
      save: 'Send to the team',
      saving: 'Sending…',
      skip: 'Chat here instead',
      errors: {
        handoff_not_waiting: 'This conversation is no longer waiting for an email address.',
        default: 'Your question could not be passed on. Try again.',
      },
    },
  },
  pl: {
    title: 'Zostaw e-mail, a wyślemy na niego odpowiedź',
    hint: 'Nikogo z zespołu teraz nie ma. Jeśli wyjdziesz, zanim odpowiemy, wyślemy odpowiedź e-mailem. Podanie adresu jest dobrowolne.',
    label: 'Twój adres e-mail',
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    skip: 'Nie, dziękuję',
    saved: (email) => `Dziękujemy! Jeśli nie będzie Cię tu, gdy odpowiemy, napiszemy na adres ${email}.`,
    change: 'Zmień',
    invalid: 'Wpisz adres e-mail, np. jan@example.com.',
    errors: {
      invalid_email: 'Wpisz adres e-mail, np. jan@example.com.',
      rate_limited: 'Za dużo prób w krótkim czasie. Spróbuj ponownie później.',
      default: 'Nie udało się zapisać adresu e-mail. Spróbuj ponownie.',
    },
    handoff: {
      title: 'Odpowiedź otrzymasz e-mailem',
      hint: 'Nasz zespół odpowiada na to pytanie e-mailem. Podaj adres, a przekażemy mu pytanie.',
      save: 'Wyślij do zespołu',
      saving: 'Wysyłanie…',
      skip: 'Wolę rozmawiać na czacie',
      errors: {
        handoff_not_waiting: 'Ta rozmowa nie czeka już na adres e-mail.',
        default: 'Nie udało się przekazać pytania. Spróbuj ponownie.',
      },
    },
  },
};
