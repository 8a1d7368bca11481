import type { Lang } from '../i18n.js';

/** The words of the reports page. */
export interface ReportStrings {
  title: string;
  period: string;
  last7: string;
  last30: string;
  custom: string;
  from: string;
  to: string;
  show: string;
  loading: string;
  /** "Days in the store's time zone, Europe/Warsaw". */
  zone: (zone: string) => string;
  conversations: string;
  perDay: string;
  /** The chart's name for screen readers; the table beside it holds the numbers. */
  chartLabel: (from: string, to: string) => string;
  day: string;
  firstResponse: string;
  waiting: string;
  /** What a median counts: answered waits, and how many are still unanswered. */
  answered: (answered: number, unanswered: number) => string;
  noAnswers: string;
  satisfaction: string;
  good: string;
  bad: string;
  percentGood: (percent: number) => string;
  noRatings: string;
  latestComments: string;
  noComments: string;
  /** The meaning of each number, shown under the numbers. */
  definitions: string;
  errors: Record<string, string>;
}

export const reportStrings: Record<Lang, ReportStrings> = {
  en: {
    title: 'Reports',
    period: 'Period',
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    custom: 'Custom',
    from: 'From',
    to: 'To',
    show: 'Show',
    loading: 'Loading the report…',
    zone: (zone) => `Days in the store's time zone, ${zone}.`,
    conversations: 'Conversations',
    perDay: 'Conversations per day',
    chartLabel: (from, to) => `Conversations per day from ${from} to ${to}; the numbers are in the table below.`,
    day: 'Day',
    firstResponse: 'Median first response',
    waiting: 'Median waiting time',
    answered: (answered, unanswered) => `${answered} answered, ${unanswered} still waiting`,
    noAnswers: 'No replies yet',
    satisfaction: 'Satisfaction',
    good: 'Good',
    bad: 'Bad',
    percentGood: (p) => `${p}% good`,
    noRatings: 'No ratings yet',
    latestComments: 'Latest comments',
    noComments: 'No comments in this period.',
    definitions:
      'Conversations are tickets opened in the period. First response: from a conversation’s first visitor message to the first agent reply. Waiting time: from a visitor message that follows an agent’s reply (or opens the conversation) to the next agent reply. Satisfaction: ratings visitors gave in the period.',
    errors: {
      report_period_too_long: 'A report covers at most 366 days.',
      report_period_reversed: 'The period ends before it starts.',
      invalid_date: 'Choose both days of the period.',
      default: 'The report could not be loaded. Try again.',
    },
  },
  pl: {
    title: 'Raporty',
    period: 'Okres',
    last7: 'Ostatnie 7 dni',
    last30: 'Ostatnie 30 dni',
    custom: 'Własny',
    from: 'Od',
    to: 'Do',
    show: 'Pokaż',
    loading: 'Wczytywanie raportu…',
    zone: (zone) => `Dni w strefie czasowej sklepu: ${zone}.`,
    conversations: 'Rozmowy',
    perDay: 'Rozmowy dziennie',
    chartLabel: (from, to) => `Rozmowy dziennie od ${from} do ${to}; liczby są w tabeli poniżej.`,
    day: 'Dzień',
    firstResponse: 'Mediana czasu pierwszej odpowiedzi',
    waiting: 'Mediana czasu oczekiwania',
    answered: (answered, unanswered) => `z odpowiedzią: ${answered}, wciąż czeka: ${unanswered}`,
    noAnswers: 'Brak odpowiedzi',
    satisfaction: 'Zadowolenie',
    good: 'Dobrze',
    bad: 'Źle',
    percentGood: (p) => `${p}% dobrych ocen`,
    noRatings: 'Brak ocen',
    latestComments: 'Najnowsze komentarze',
    noComments: 'Brak komentarzy w tym okresie.',
    definitions:
      'Rozmowy: rozpoczęte w tym okresie. Pierwsza odpowiedź: od pierwszej wiadomości klienta w rozmowie do pierwszej odpowiedzi konsultanta. Czas oczekiwania: od wiadomości klienta, która rozpoczyna rozmowę lub następuje po odpowiedzi konsultanta, do kolejnej odpowiedzi konsultanta. Zadowolenie: oceny wystawione przez klientów w tym okresie.',
    errors: {
      report_period_too_long: 'Raport obejmuje najwyżej 366 dni.',
      report_period_reversed: 'Koniec okresu wypada przed jego początkiem.',
      invalid_date: 'Wybierz oba dni okresu.',
      default: 'Nie udało się wczytać raportu. Spróbuj ponownie.',
    },
  },
};
