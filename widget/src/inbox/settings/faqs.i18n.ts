import type { Lang } from '../../i18n.js';

/** The words of the FAQs screen, besides those all screens share. */
export interface FaqsStrings {
  question: string;
  answer: string;
  published: string;
  moveUp: string;
  moveDown: string;
  addFaq: string;
  noFaqs: string;
  visitorsSee: string;
  dragHint: string;
  /** Label of the FAQ's language choice. */
  shownTo: string;
  everyLanguage: string;
  /** A language option: visitors reading it only. */
  inLanguage: (language: string) => string;
}

export const faqsI18n: Record<Lang, FaqsStrings> = {
  en: {
    question: 'Question',
    answer: 'Answer',
    published: 'Published',
    moveUp: 'Move up',
    moveDown: 'Move down',
    addFaq: 'Add an FAQ',
    noFaqs: 'No FAQs yet.',
    visitorsSee: 'Visitors see',
    dragHint: 'Drag to reorder, or use the arrows.',
    shownTo: 'Shown to',
    everyLanguage: 'Every visitor',
    inLanguage: (language) => `Visitors reading ${language}`,
  },
  pl: {
    question: 'Pytanie',
    answer: 'Odpowiedź',
    published: 'Opublikowane',
    moveUp: 'Przesuń w górę',
    moveDown: 'Przesuń w dół',
    addFaq: 'Dodaj pytanie',
    noFaqs: 'Nie ma jeszcze pytań.',
    visitorsSee: 'Klienci widzą',
    dragHint: 'Przeciągnij, aby zmienić kolejność, albo użyj strzałek.',
    shownTo: 'Kto widzi',
    everyLanguage: 'Wszyscy klienci',
    inLanguage: (language) =>
      language === 'polski' ? 'Klienci czytający po polsku' : 'Klienci czytający po angielsku',
  },
};
