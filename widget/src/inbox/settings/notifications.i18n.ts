import type { Lang } from '../../i18n.js';

/** The words of the email notifications screen, besides those all screens share. */
export interface NotificationsStrings {
  emailEnabled: string;
  emailEnabledHint: string;
  recipients: string;
  recipientsHint: string;
  delay: string;
  delayHint: string;
  noMailServer: string;
  testSend: string;
  testSending: string;
  testHint: string;
  testSent: (address: string) => string;
  testRefused: (reason: string) => string;
  testLimited: string;
  testFailed: string;
}

export const notificationsI18n: Record<Lang, NotificationsStrings> = {
  en: {
    emailEnabled: 'Email the team about new conversations',
    emailEnabledHint: 'Sent once, unless someone has opened the conversation by then.',
    recipients: 'Recipients',
    recipientsHint: 'One address per line, up to 20.',
    delay: 'Send after (minutes)',
    delayHint:
      '0 sends at once; a few minutes spares the team emails about conversations someone is already answering.',
    noMailServer:
      'Parley cannot send email: no mail server is configured. Whoever runs Parley sets PARLEY_SMTP_HOST (with PARLEY_SMTP_PORT, PARLEY_SMTP_USERNAME, PARLEY_SMTP_PASSWORD and PARLEY_SMTP_FROM) and restarts it. Until then these emails wait, and go out once it is set.',
    testSend: 'Send a test email',
    testSending: 'Sending…',
    testHint: 'Sends one email to your own address, to show that the team’s emails arrive.',
    testSent: (address) => `Sent to ${address}. It should arrive within a minute; check the spam folder too.`,
    testRefused: (reason) => `The mail server did not take it. ${reason}`,
    testLimited: 'You sent several test emails just now. Try again in a few minutes.',
    testFailed: 'The test email could not be sent. Try again.',
  },
  pl: {
    emailEnabled: 'Wysyłaj zespołowi e-mail o nowych rozmowach',
    emailEnabledHint: 'Wysyłany raz, chyba że ktoś zdążył już otworzyć rozmowę.',
    recipients: 'Odbiorcy',
    recipientsHint: 'Jeden adres w wierszu, najwyżej 20.',
    delay: 'Wyślij po (minutach)',
    delayHint: '0 wysyła od razu; kilka minut oszczędza e-maili o rozmowach, na które ktoś już odpowiada.',
    noMailServer:
      'Parley nie może wysyłać e-maili: nie skonfigurowano serwera poczty. Osoba, która utrzymuje Parley, musi ustawić PARLEY_SMTP_HOST (oraz PARLEY_SMTP_PORT, PARLEY_SMTP_USERNAME, PARLEY_SMTP_PASSWORD i PARLEY_SMTP_FROM) i uruchomić go ponownie. Do tego czasu te e-maile czekają i zostaną wysłane, gdy serwer poczty będzie ustawiony.',
    testSend: 'Wyślij testowy e-mail',
    testSending: 'Wysyłanie…',
    testHint: 'Wysyła jeden e-mail na Twój adres, aby sprawdzić, czy wiadomości do zespołu dochodzą.',
    testSent: (address) => `Wysłano na adres ${address}. Powinien dotrzeć w ciągu minuty; zajrzyj też do folderu spam.`,
    testRefused: (reason) => `Serwer poczty nie przyjął wiadomości. ${reason}`,
    testLimited: 'Przed chwilą wysłano kilka testowych e-maili. Spróbuj ponownie za kilka minut.',
    testFailed: 'Nie udało się wysłać testowego e-maila. Spróbuj ponownie.',
  },
};
