import type { Lang } from '../../i18n.js';

/** The words of the email notifications screen, besides those all screens share. */
export interface NotificationsStrings {
  emailEnabled: string;
  emailEnabledHint: string;
  recipients: string;
  recipientsHint: string;
  delay: string;
  delayHint: string;
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
  },
  pl: {
    emailEnabled: 'Wysyłaj zespołowi e-mail o nowych rozmowach',
    emailEnabledHint: 'Wysyłany raz, chyba że ktoś zdążył już otworzyć rozmowę.',
    recipients: 'Odbiorcy',
    recipientsHint: 'Jeden adres w wierszu, najwyżej 20.',
    delay: 'Wyślij po (minutach)',
    delayHint: '0 wysyła od razu; kilka minut oszczędza e-maili o rozmowach, na które ktoś już odpowiada.',
  },
};
