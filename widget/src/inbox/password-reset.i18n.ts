import type { Lang } from '../i18n.js';

/** The words of the forgotten-password and new-password forms, and of the team screen's reset link. */
export interface PasswordResetStrings {
  forgotPassword: string;
  forgotTitle: string;
  forgotLead: string;
  sendLink: string;
  sendingLink: string;
  linkSent: string;
  noMailServer: string;
  tooManyLinks: string;
  backToSignIn: string;
  newPasswordTitle: string;
  newPasswordLead: string;
  newPassword: string;
  repeatPassword: string;
  passwordHint: string;
  passwordsDiffer: string;
  passwordTooShort: string;
  setPassword: string;
  settingPassword: string;
  passwordSet: string;
  linkInvalid: string;
  askNewLink: string;
  failed: string;
}

export const passwordResetI18n: Record<Lang, PasswordResetStrings> = {
  en: {
    forgotPassword: 'Forgot your password?',
    forgotTitle: 'Get back into your inbox',
    forgotLead: 'Give the email address you sign in with, and we will email you a link to set a new password.',
    sendLink: 'Email me a link',
    sendingLink: 'Sending…',
    linkSent:
      'If an account uses this address, a link to set a new password is on its way. It works once and for a limited time.',
    noMailServer: 'This Parley cannot send email, so a link cannot reach you. Ask your admin for help.',
    tooManyLinks: 'Too many links were asked for just now. Wait a while and try again.',
    backToSignIn: 'Back to sign in',
    newPasswordTitle: 'Set a new password',
    newPasswordLead: 'Choose a new password. Every session of yours will be signed out.',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    passwordHint: 'At least 8 characters.',
    passwordsDiffer: 'The two passwords differ.',
    passwordTooShort: 'The password needs at least 8 characters.',
    setPassword: 'Set the password',
    settingPassword: 'Setting…',
    passwordSet: 'Your new password is set and every session was signed out. Sign in with it.',
    linkInvalid: 'This link no longer works: it was used, a newer one was sent, or it expired.',
    askNewLink: 'Ask for a new link',
    failed: 'Something went wrong. Try again.',
  },
  pl: {
    forgotPassword: 'Nie pamiętasz hasła?',
    forgotTitle: 'Odzyskaj dostęp do skrzynki',
    forgotLead: 'Podaj adres e-mail, którym się logujesz, a wyślemy na niego link do ustawienia nowego hasła.',
    sendLink: 'Wyślij mi link',
    sendingLink: 'Wysyłanie…',
    linkSent:
      'Jeśli to konto istnieje, link do ustawienia nowego hasła jest już w drodze. Działa jeden raz i przez ograniczony czas.',
    noMailServer:
      'Ten serwer Parley nie może wysyłać e-maili, więc link do Ciebie nie dotrze. Poproś administratora o pomoc.',
    tooManyLinks: 'Przed chwilą poproszono o zbyt wiele linków. Odczekaj chwilę i spróbuj ponownie.',
    backToSignIn: 'Wróć do logowania',
    newPasswordTitle: 'Ustaw nowe hasło',
    newPasswordLead: 'Wybierz nowe hasło. Wszystkie Twoje sesje zostaną zakończone.',
    newPassword: 'Nowe hasło',
    repeatPassword: 'Powtórz nowe hasło',
    passwordHint: 'Co najmniej 8 znaków.',
    passwordsDiffer: 'Hasła się różnią.',
    passwordTooShort: 'Hasło musi mieć co najmniej 8 znaków.',
    setPassword: 'Ustaw hasło',
    settingPassword: 'Ustawianie…',
    passwordSet: 'Nowe hasło jest ustawione, a wszystkie sesje zostały zakończone. Zaloguj się nowym hasłem.',
    linkInvalid: 'Ten link już nie działa: został użyty, wysłano nowszy albo wygasł.',
    askNewLink: 'Poproś o nowy link',
    failed: 'Coś poszło nie tak. Spróbuj ponownie.',
  },
};
