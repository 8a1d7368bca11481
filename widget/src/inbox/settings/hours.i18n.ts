import type { Lang } from '../../i18n.js';

/** The words of the business hours screen, besides those all screens share. */
export interface HoursStrings {
  timeZone: string;
  alwaysOpen: string;
  days: Record<string, string>;
  closedDay: string;
  addRange: string;
  from: string;
  to: string;
  closures: string;
  addClosure: string;
  awayMessage: string;
  openNow: string;
  closedNow: (next?: string) => string;
}

export const hoursI18n: Record<Lang, HoursStrings> = {
  en: {
    timeZone: 'Time zone',
    alwaysOpen: 'Always open',
    days: {
      monday: 'Monday',
      tuesday: 'Tuesday',
      wednesday: 'Wednesday',
      thursday: 'Thursday',
      friday: 'Friday',
      saturday: 'Saturday',
      sunday: 'Sunday',
    },
    closedDay: 'Closed',
    addRange: 'Add hours',
    from: 'From',
    to: 'To',
    closures: 'Closed on (holidays)',
    addClosure: 'Add a date',
    awayMessage: 'Away message',
    openNow: 'Open now.',
    closedNow: (next) => `Closed now.${next ? ` Opens ${next}.` : ''}`,
  },
  pl: {
    timeZone: 'Strefa czasowa',
    alwaysOpen: 'Zawsze otwarte',
    days: {
      monday: 'Poniedziałek',
      tuesday: 'Wtorek',
      wednesday: 'Środa',
      thursday: 'Czwartek',
      friday: 'Piątek',
      saturday: 'Sobota',
      sunday: 'Niedziela',
    },
    closedDay: 'Nieczynne',
    addRange: 'Dodaj godziny',
    from: 'Od',
    to: 'Do',
    closures: 'Nieczynne w dni (święta)',
    addClosure: 'Dodaj dzień',
    awayMessage: 'Wiadomość poza godzinami pracy',
    openNow: 'Teraz otwarte.',
    closedNow: (next) => `Teraz nieczynne.${next ? ` Otwieramy: ${next}.` : ''}`,
  },
};
