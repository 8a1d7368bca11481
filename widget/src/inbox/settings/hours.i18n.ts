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
  /** A time in the store's zone, and the same moment in the reader's. */
  yourTime: (store: string, yours: string) => string;
  zoneSuggested: string;
  zoneYours: string;
  zoneOther: (yours: string) => string;
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
    yourTime: (store, yours) => `${store} (${yours} your time)`,
    zoneSuggested: 'Suggested from your browser; saved with the hours.',
    zoneYours: 'The opening times below are in this zone, which is also yours.',
    zoneOther: (yours) => `The opening times below are in this zone; yours is ${yours}.`,
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
    closures: 'Dni wolne (np. święta)',
    addClosure: 'Dodaj dzień',
    awayMessage: 'Wiadomość poza godzinami pracy',
    openNow: 'Teraz otwarte.',
    closedNow: (next) => `Teraz nieczynne.${next ? ` Otwieramy: ${next}.` : ''}`,
    yourTime: (store, yours) => `${store} (u Ciebie: ${yours})`,
    zoneSuggested: 'Podpowiedź z Twojej przeglądarki; zostanie zapisana razem z godzinami.',
    zoneYours: 'Godziny poniżej są podane w tej strefie — to także Twoja strefa.',
    zoneOther: (yours) => `Godziny poniżej są podane w tej strefie; Twoja strefa to ${yours}.`,
  },
};
