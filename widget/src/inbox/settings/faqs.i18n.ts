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
  /** The legend of an FAQ's alternative phrasings. */
  phrasings: string;
  phrasingsHint: string;
  /** The label of one phrasing's field: its number and the FAQ's. */
  phrasing: (n: number, faq: number) => string;
  addPhrasing: string;
  removePhrasing: (phrasing: string) => string;
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
    phrasings: 'Other ways to ask',
    phrasingsHint:
      'The AI agent finds this FAQ by these too; visitors never see them. Up to 10, each up to 300 characters; one that repeats the question is dropped.',
    phrasing: (n, faq) => `Other way ${n} to ask question ${faq}`,
    addPhrasing: 'Add another way to ask',
    removePhrasing: (phrasing) => `Remove “${phrasing}”`,
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
    phrasings: 'Inne sformułowania pytania',
    phrasingsHint:
      'Asystent AI rozpozna pytanie także po nich; klienci ich nie widzą. Najwyżej 10, każde do 300 znaków; sformułowanie identyczne z pytaniem zostanie pominięte.',
    phrasing: (n, faq) => `Sformułowanie ${n} pytania nr ${faq}`,
    addPhrasing: 'Dodaj inne sformułowanie',
    removePhrasing: (phrasing) => `Usuń „${phrasing}”`,
  },
};
