import { plural, type Lang } from '../i18n.js';

/** What the AI agent would do with a question, as `POST /api/v1/knowledge/ask` answers it. */
export type TrialOutcome = 'answer' | 'choices' | 'handoff';
/** Why it would hand off. */
export type HandoffReasonCode = 'visitor_asked' | 'no_answer' | 'low_confidence' | 'turn_limit' | 'error';
/** How sure the gates are, in plain words. */
export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'none';

/** The words of the admins' knowledge screen (`#/knowledge`): the articles, and the AI agent's test console. */
export interface KnowledgeStrings {
  title: string;
  /** Under the title: what the knowledge is for. */
  lead: string;
  articles: string;
  newArticle: string;
  refresh: string;
  loading: string;
  failed: string;
  retry: string;
  /** No article at all yet. */
  empty: string;
  /** Articles exist, but none passes the filters. */
  noMatches: string;
  filterStatus: string;
  filterLanguage: string;
  all: string;
  /** How many of the articles the filters show. */
  shown: (shown: number, all: number) => string;
  status: Record<'draft' | 'published', string>;
  languages: Record<Lang, string>;
  /** When the article was last changed, worded by the reader's locale ("5 min ago"). */
  updated: (when: string) => string;
  source: string;
  noSource: string;
  newTab: string;
  edit: string;
  publish: string;
  unpublish: string;
  delete: string;
  /** The form. */
  newTitle: string;
  editTitle: string;
  fieldTitle: string;
  fieldBody: string;
  bodyHint: string;
  fieldLanguage: string;
  fieldLink: string;
  linkHint: string;
  fieldStatus: string;
  statusHint: Record<'draft' | 'published', string>;
  save: string;
  saving: string;
  cancel: string;
  loadingArticle: string;
  /** Announced once a change is saved. */
  saved: (title: string) => string;
  published: (title: string) => string;
  unpublished: (title: string) => string;
  deleted: (title: string) => string;
  /** The delete confirmation. */
  confirmDelete: (title: string) => string;
  confirmDeleteText: string;
  keep: string;
  /** The FAQs' part of the knowledge. */
  faqsTitle: string;
  faqsText: string;
  faqsLink: string;
  /** The test console. */
  consoleTitle: string;
  consoleLead: string;
  question: string;
  questionHint: string;
  askLanguage: string;
  ask: string;
  asking: string;
  outcome: Record<TrialOutcome, string>;
  /** The AI agent's own words in its reply, as the visitor would read them. */
  reply: string;
  sources: string;
  choices: string;
  noSources: string;
  confidence: string;
  confidenceLevel: Record<ConfidenceLevel, string>;
  why: string;
  /** Before the server's explanation, which is written in English: says so in other languages; empty in English. */
  whyInEnglish: string;
  handoff: string;
  handoffReason: Record<HandoffReasonCode, string>;
  /** Under choices: a second unsure question would hand off. */
  choicesNext: string;
  /** Announced when an answer arrives. */
  announce: (outcome: string, confidence: string) => string;
  /** What a refusal or failure says, by the problem's code; `fallback` for any other. */
  errors: Record<string, string> & { fallback: string };
}

export const knowledgeStrings: Record<Lang, KnowledgeStrings> = {
  en: {
    title: 'Knowledge',
    lead: 'What the AI agent answers visitors from: your articles and published FAQs. Only published content is used; drafts never are.',
    articles: 'Articles',
    newArticle: 'New article',
    refresh: 'Refresh',
    loading: 'Loading the articles…',
    failed: 'The articles could not be loaded.',
    retry: 'Try again',
    empty: 'No articles yet. Write one about shipping, returns or sizes, then publish it.',
    noMatches: 'No article matches these filters.',
    filterStatus: 'Status',
    filterLanguage: 'Language',
    all: 'All',
    shown: (shown, all) =>
      shown === all
        ? plural('en', all, { one: '{n} article', other: '{n} articles' })
        : `${shown} of ${plural('en', all, { one: '{n} article', other: '{n} articles' })}`,
    status: { draft: 'Draft', published: 'Published' },
    languages: { en: 'English', pl: 'Polish' },
    updated: (when) => `Updated ${when}`,
    source: 'Source',
    noSource: 'No source link',
    newTab: 'opens in a new tab',
    edit: 'Edit',
    publish: 'Publish',
    unpublish: 'Unpublish',
    delete: 'Delete',
    newTitle: 'New article',
    editTitle: 'Edit article',
    fieldTitle: 'Title',
    fieldBody: 'Text',
    bodyHint:
      'Plain text. A line starting with # is a heading: the AI agent answers from one section (a heading and what follows it) at a time.',
    fieldLanguage: 'Language',
    fieldLink: 'Source link (optional)',
    linkHint: 'The page of your store it comes from, shown beside answers taken from it.',
    fieldStatus: 'Status',
    statusHint: {
      draft: 'Draft: kept here, never used to answer.',
      published: 'Published: the AI agent answers from it at once.',
    },
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    loadingArticle: 'Loading the article…',
    saved: (title) => `“${title}” saved.`,
    published: (title) => `“${title}” published.`,
    unpublished: (title) => `“${title}” is a draft again.`,
    deleted: (title) => `“${title}” deleted.`,
    confirmDelete: (title) => `Delete “${title}”?`,
    confirmDeleteText: 'The AI agent stops using it at once. This cannot be undone.',
    keep: 'Keep it',
    faqsTitle: 'FAQs are knowledge too',
    faqsText:
      'Every published FAQ, with its alternative phrasings (“When will my parcel arrive?” beside “How long does shipping take?”), is also used to answer. Phrasings are the quickest fix when visitors ask in other words.',
    faqsLink: 'Edit FAQs and phrasings in Settings',
    consoleTitle: 'Test console',
    consoleLead:
      'Ask as a visitor would, and see what the AI agent would do now with your published knowledge and settings. Nothing is saved or sent to anyone.',
    question: 'Question',
    questionHint: 'Up to 4,000 characters, like a visitor’s message.',
    askLanguage: 'Visitor’s language',
    ask: 'Ask',
    asking: 'Asking…',
    outcome: {
      answer: 'It would answer',
      choices: 'It would ask “Did you mean…?”',
      handoff: 'It would hand off to your team',
    },
    reply: 'Reply',
    sources: 'Sources',
    choices: 'Choices offered',
    noSources: 'No source',
    confidence: 'Confidence',
    confidenceLevel: {
      high: 'high: a clear answer',
      medium: 'medium: probably right',
      low: 'low: unsure',
      none: 'none: not searched',
    },
    why: 'Why',
    whyInEnglish: '',
    handoff: 'Why it would hand off',
    handoffReason: {
      visitor_asked: 'The visitor asks for a person, so the chat goes to your team at once.',
      no_answer: 'Nothing in the published knowledge answers this clearly enough.',
      low_confidence: 'The AI agent was unsure twice in a row.',
      turn_limit: 'The AI agent answered as many questions as one chat allows.',
      error: 'Answering failed.',
    },
    choicesNext: 'If the visitor’s next question were unsure too, the AI agent would hand off to your team.',
    announce: (outcome, confidence) => `${outcome}. Confidence ${confidence}.`,
    errors: {
      invalid_article_title: 'Write a title of 1 to 200 characters on one line.',
      invalid_article_body: 'Write the article’s text.',
      article_body_too_long: 'The text can be at most 20,000 characters long.',
      invalid_article_link: 'Use a full http or https address, such as https://shop.example.com/shipping.',
      invalid_article_status: 'Choose draft or published.',
      invalid_language: 'Choose English or Polish.',
      missing_field: 'Fill in this field.',
      article_not_found: 'This article no longer exists. The list was loaded again.',
      too_many_articles: 'The store holds as many articles as it may. Delete one you no longer need first.',
      question_required: 'Write a question to try.',
      question_too_long: 'A question can be at most 4,000 characters long.',
      rate_limited: 'Too many questions in a short time. Wait a moment and ask again.',
      admins_only: 'Only admins can manage the knowledge.',
      csrf_token_invalid: 'Your session changed. Reload the page and try again.',
      network: 'Parley could not be reached. Check your connection and try again.',
      fallback: 'Something went wrong. Try again.',
    },
  },
  pl: {
    title: 'Wiedza',
    lead: 'Z tego asystent AI odpowiada odwiedzającym: z Twoich artykułów i opublikowanych FAQ. Używane są tylko treści opublikowane, nigdy szkice.',
    articles: 'Artykuły',
    newArticle: 'Nowy artykuł',
    refresh: 'Odśwież',
    loading: 'Wczytywanie artykułów…',
    failed: 'Nie udało się wczytać artykułów.',
    retry: 'Spróbuj ponownie',
    empty: 'Nie ma jeszcze artykułów. Napisz o wysyłce, zwrotach albo rozmiarach i opublikuj.',
    noMatches: 'Żaden artykuł nie pasuje do tych filtrów.',
    filterStatus: 'Status',
    filterLanguage: 'Język',
    all: 'Wszystkie',
    shown: (shown, all) => (shown === all ? `Artykuły: ${all}` : `Artykuły: ${shown} z ${all}`),
    status: { draft: 'Szkic', published: 'Opublikowany' },
    languages: { en: 'angielski', pl: 'polski' },
    updated: (when) => `Zmieniony ${when}`,
    source: 'Źródło',
    noSource: 'Bez linku do źródła',
    newTab: 'otwiera się w nowej karcie',
    edit: 'Edytuj',
    publish: 'Opublikuj',
    unpublish: 'Cofnij publikację',
    delete: 'Usuń',
    newTitle: 'Nowy artykuł',
    editTitle: 'Edycja artykułu',
    fieldTitle: 'Tytuł',
    fieldBody: 'Treść',
    bodyHint:
      'Zwykły tekst. Wiersz zaczynający się od # to nagłówek: asystent AI odpowiada z jednej sekcji (nagłówka i tego, co po nim) naraz.',
    fieldLanguage: 'Język',
    fieldLink: 'Link do źródła (opcjonalnie)',
    linkHint: 'Strona Twojego sklepu, z której pochodzi; pokazywana obok odpowiedzi z tego artykułu.',
    fieldStatus: 'Status',
    statusHint: {
      draft: 'Szkic: zostaje tutaj, nigdy nie służy do odpowiedzi.',
      published: 'Opublikowany: asystent AI od razu z niego odpowiada.',
    },
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    cancel: 'Anuluj',
    loadingArticle: 'Wczytywanie artykułu…',
    saved: (title) => `Zapisano „${title}”.`,
    published: (title) => `Opublikowano „${title}”.`,
    unpublished: (title) => `„${title}” jest znowu szkicem.`,
    deleted: (title) => `Usunięto „${title}”.`,
    confirmDelete: (title) => `Usunąć „${title}”?`,
    confirmDeleteText: 'Asystent AI od razu przestanie z niego korzystać. Tego nie da się cofnąć.',
    keep: 'Zostaw',
    faqsTitle: 'FAQ to też wiedza',
    faqsText:
      'Każde opublikowane FAQ razem z innymi sformułowaniami pytania („Kiedy dotrze moja paczka?” obok „Ile trwa wysyłka?”) także służy do odpowiedzi. Inne sformułowania to najszybszy sposób, gdy odwiedzający pytają innymi słowami.',
    faqsLink: 'Edytuj FAQ i sformułowania w Ustawieniach',
    consoleTitle: 'Konsola testowa',
    consoleLead:
      'Zapytaj tak, jak zrobiłby to odwiedzający, i zobacz, co asystent AI zrobiłby teraz z opublikowaną wiedzą i ustawieniami. Nic nie jest zapisywane ani nikomu wysyłane.',
    question: 'Pytanie',
    questionHint: 'Do 4000 znaków, jak wiadomość odwiedzającego.',
    askLanguage: 'Język odwiedzającego',
    ask: 'Zapytaj',
    asking: 'Pytanie…',
    outcome: {
      answer: 'Asystent by odpowiedział',
      choices: 'Asystent by dopytał: „Czy chodzi Ci o…?”',
      handoff: 'Asystent przekazałby rozmowę zespołowi',
    },
    reply: 'Odpowiedź',
    sources: 'Źródła',
    choices: 'Proponowane pytania',
    noSources: 'Bez źródła',
    confidence: 'Pewność',
    confidenceLevel: {
      high: 'wysoka: jasna odpowiedź',
      medium: 'średnia: raczej trafna',
      low: 'niska: niepewna',
      none: 'brak: bez wyszukiwania',
    },
    why: 'Dlaczego',
    whyInEnglish: 'Szczegóły (po angielsku)',
    handoff: 'Dlaczego przekazałby rozmowę',
    handoffReason: {
      visitor_asked: 'Odwiedzający prosi o rozmowę z człowiekiem, więc rozmowa od razu trafia do zespołu.',
      no_answer: 'Nic w opublikowanej wiedzy nie odpowiada na to wystarczająco jasno.',
      low_confidence: 'Asystent AI dwa razy z rzędu nie był pewny odpowiedzi.',
      turn_limit: 'Asystent AI odpowiedział na tyle pytań, ile pozwala jedna rozmowa.',
      error: 'Nie udało się przygotować odpowiedzi.',
    },
    choicesNext: 'Gdyby następne pytanie odwiedzającego też było niepewne, asystent AI przekazałby rozmowę zespołowi.',
    announce: (outcome, confidence) => `${outcome}. Pewność ${confidence}.`,
    errors: {
      invalid_article_title: 'Wpisz tytuł od 1 do 200 znaków w jednym wierszu.',
      invalid_article_body: 'Wpisz treść artykułu.',
      article_body_too_long: 'Treść może mieć najwyżej 20 000 znaków.',
      invalid_article_link: 'Podaj pełny adres http lub https, np. https://sklep.example.pl/wysylka.',
      invalid_article_status: 'Wybierz szkic albo opublikowany.',
      invalid_language: 'Wybierz angielski albo polski.',
      missing_field: 'Wypełnij to pole.',
      article_not_found: 'Ten artykuł już nie istnieje. Lista została wczytana ponownie.',
      too_many_articles: 'Sklep ma już najwięcej artykułów, ile może. Najpierw usuń niepotrzebny.',
      question_required: 'Wpisz pytanie do sprawdzenia.',
      question_too_long: 'Pytanie może mieć najwyżej 4000 znaków.',
      rate_limited: 'Za dużo pytań w krótkim czasie. Poczekaj chwilę i zapytaj ponownie.',
      admins_only: 'Wiedzą mogą zarządzać tylko administratorzy.',
      csrf_token_invalid: 'Sesja się zmieniła. Odśwież stronę i spróbuj ponownie.',
      network: 'Nie udało się połączyć z Parley. Sprawdź połączenie i spróbuj ponownie.',
      fallback: 'Coś poszło nie tak. Spróbuj ponownie.',
    },
  },
};

/** The plain-words level of a confidence from 0 to 1. */
export function confidenceLevel(confidence: number, searched: boolean): ConfidenceLevel {
  if (!searched) return 'none';
  return confidence >= 0.75 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}
