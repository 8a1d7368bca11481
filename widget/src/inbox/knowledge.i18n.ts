import { plural, type Lang } from '../i18n.js';
import type { KnowledgeImportReport } from '../wire/index.js';

/** What the AI agent would do with a question, as `POST /api/v1/knowledge/ask` answers it. */
export type TrialOutcome = 'answer' | 'choices' | 'handoff';
/** Why it would hand off. */
export type HandoffReasonCode = 'visitor_asked' | 'no_answer' | 'low_confidence' | 'turn_limit' | 'error';
/** What an import did with a page, as `POST /api/v1/knowledge/imports` reports it. */
export type ImportOutcome = KnowledgeImportReport['pages'][number]['outcome'];
/** Why an import skipped a page. */
export type ImportSkipReason = NonNullable<KnowledgeImportReport['pages'][number]['reason']>;
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
  /** The import of pages of the store's site. */
  importTitle: string;
  importLead: string;
  /** Imported pages arrive as drafts. */
  importDrafts: string;
  importFrom: string;
  importFromUrls: string;
  importFromSitemap: string;
  importUrls: string;
  importUrlsHint: string;
  importSitemap: string;
  importSitemapHint: string;
  import: string;
  importing: string;
  /** Said while an import runs: it can take a while. */
  importWait: string;
  /** A refusal naming one of the listed addresses. */
  importAddress: (url: string) => string;
  importReport: string;
  importCounts: Record<'created' | 'updated' | 'unchanged' | 'skipped', string>;
  importOutcome: Record<ImportOutcome, string>;
  importReason: Record<ImportSkipReason, string>;
  /** Under a report with new or changed drafts. */
  importNext: string;
  /** Announced when an import has finished. */
  importDone: (counts: Record<'created' | 'updated' | 'unchanged' | 'skipped', number>) => string;
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
    importTitle: 'Import from your site',
    importLead:
      'Turn pages of your store’s site, such as shipping or returns, into articles: from their addresses or from the site’s sitemap.',
    importDrafts:
      'Imported pages arrive as drafts: read each one, then publish it. A page imported again with new text becomes a draft again.',
    importFrom: 'Import from',
    importFromUrls: 'Page addresses',
    importFromSitemap: 'A sitemap',
    importUrls: 'Addresses of the pages',
    importUrlsHint:
      'One full address per line, up to 50, on your store’s own site (Settings → Security: sites that embed the widget).',
    importSitemap: 'Sitemap address',
    importSitemapHint: 'Such as https://shop.example.com/sitemap.xml. Its pages are read, up to 50.',
    import: 'Import',
    importing: 'Importing…',
    importWait: 'Reading the pages. This can take up to a minute; you can keep using the screen.',
    importAddress: (url) => `“${url}”: `,
    importReport: 'Last import',
    importCounts: { created: 'New drafts', updated: 'Updated', unchanged: 'Unchanged', skipped: 'Skipped' },
    importOutcome: {
      created: 'New draft',
      updated: 'Updated, a draft again',
      unchanged: 'Unchanged',
      skipped: 'Skipped',
    },
    importReason: {
      robots_disallowed: 'The site’s robots.txt does not let Parley read this page.',
      robots_unavailable: 'The site’s robots.txt could not be read, so no page of it was read.',
      not_found: 'The page does not exist (404 or 410).',
      http_error: 'The site refused the page.',
      server_error: 'The site failed to give the page.',
      redirect_not_allowed: 'The page redirects to another site.',
      too_many_redirects: 'The page redirects more than 3 times.',
      page_too_large: 'The page is larger than the import reads.',
      not_html: 'The page is no web page (a PDF, an image…).',
      no_text: 'The page shows no text.',
      timeout: 'The site took too long to answer.',
      time_limit: 'The import ran out of time before this page.',
      unreachable: 'The site could not be reached.',
      tls_error: 'The site’s certificate is not valid.',
      address_refused: 'The site’s address is on a private network.',
      invalid_url: 'The sitemap lists something that is no web address.',
      origin_not_allowed: 'The sitemap lists a page of another site.',
      page_limit: 'The sitemap lists more pages than one import reads.',
      too_many_articles: 'The store has as many articles as it may keep.',
    },
    importNext: 'The new and updated drafts are in the list: read them, then publish.',
    importDone: (c) =>
      `Import finished. New drafts: ${c.created}, updated: ${c.updated}, unchanged: ${c.unchanged}, skipped: ${c.skipped}.`,
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
      invalid_import_request: 'Give either the pages’ addresses or the sitemap’s.',
      invalid_import_url: 'Enter full web addresses starting with https://.',
      import_origin_not_allowed: 'Only pages of the store’s own site, as allowed under Embedding, can be imported.',
      too_many_import_urls: 'Import at most 50 pages at a time.',
      import_address_refused: 'The site’s address is on a private network; Parley does not read it.',
      sitemap_unreadable: 'The sitemap could not be read.',
      import_in_progress: 'Another import is running; try again when it has finished.',
      admins_only: 'Only admins can manage the knowledge.',
      csrf_token_invalid: 'Your session changed. Reload the page and try again.',
      network: 'Parley could not be reached. Check your connection and try again.',
      fallback: 'Something went wrong. Try again.',
    },
  },
  pl: {
    title: 'Baza wiedzy',
    lead: 'Na tej podstawie asystent AI odpowiada klientom: Twoje artykuły i opublikowane FAQ. Korzysta tylko z treści opublikowanych, nigdy ze szkiców.',
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
      'Zwykły tekst. Wiersz zaczynający się od # to nagłówek: asystent AI odpowiada na podstawie jednej sekcji naraz (nagłówka i tekstu pod nim).',
    fieldLanguage: 'Język',
    fieldLink: 'Link do źródła (opcjonalnie)',
    linkHint: 'Strona Twojego sklepu, z której pochodzi artykuł; pokazywana obok odpowiedzi opartych na nim.',
    fieldStatus: 'Status',
    statusHint: {
      draft: 'Szkic: zostaje tutaj, nigdy nie służy do odpowiedzi.',
      published: 'Opublikowany: asystent AI od razu z niego korzysta.',
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
      'Każde opublikowane FAQ razem z innymi sformułowaniami pytania („Kiedy dotrze moja paczka?” obok „Ile trwa wysyłka?”) także służy do odpowiedzi. Dodanie innych sformułowań to najszybszy sposób, by asystent rozumiał klientów, którzy pytają innymi słowami.',
    faqsLink: 'Edytuj FAQ i sformułowania w Ustawieniach',
    importTitle: 'Import ze strony sklepu',
    importLead:
      'Zamień strony witryny sklepu, np. o wysyłce czy zwrotach, w artykuły: z ich adresów albo z mapy witryny.',
    importDrafts:
      'Zaimportowane strony trafiają tu jako szkice: przeczytaj każdy, potem opublikuj. Strona zaimportowana ponownie ze zmienioną treścią znowu staje się szkicem.',
    importFrom: 'Importuj z',
    importFromUrls: 'Adresów stron',
    importFromSitemap: 'Mapy witryny',
    importUrls: 'Adresy stron',
    importUrlsHint:
      'Jeden pełny adres w wierszu, najwyżej 50, z własnej witryny sklepu (Ustawienia → Bezpieczeństwo: strony osadzające widżet).',
    importSitemap: 'Adres mapy witryny',
    importSitemapHint: 'Np. https://sklep.example.pl/sitemap.xml. Odczytywane są jej strony, najwyżej 50.',
    import: 'Importuj',
    importing: 'Importowanie…',
    importWait: 'Odczytywanie stron. To może potrwać do minuty; możesz dalej korzystać z ekranu.',
    importAddress: (url) => `„${url}”: `,
    importReport: 'Ostatni import',
    importCounts: { created: 'Nowe szkice', updated: 'Zaktualizowane', unchanged: 'Bez zmian', skipped: 'Pominięte' },
    importOutcome: {
      created: 'Nowy szkic',
      updated: 'Zaktualizowany, znowu szkic',
      unchanged: 'Bez zmian',
      skipped: 'Pominięta',
    },
    importReason: {
      robots_disallowed: 'Plik robots.txt witryny nie pozwala Parley czytać tej strony.',
      robots_unavailable: 'Nie udało się odczytać pliku robots.txt witryny, więc nie odczytano żadnej jej strony.',
      not_found: 'Strona nie istnieje (404 lub 410).',
      http_error: 'Witryna odmówiła podania strony.',
      server_error: 'Po stronie witryny wystąpił błąd.',
      redirect_not_allowed: 'Strona przekierowuje do innej witryny.',
      too_many_redirects: 'Strona przekierowuje więcej niż 3 razy.',
      page_too_large: 'Strona jest za duża, by ją zaimportować.',
      not_html: 'To nie jest strona internetowa (PDF, obraz…).',
      no_text: 'Strona nie pokazuje żadnego tekstu.',
      timeout: 'Witryna odpowiadała zbyt długo.',
      time_limit: 'Import nie zdążył odczytać tej strony w wyznaczonym czasie.',
      unreachable: 'Nie udało się połączyć z witryną.',
      tls_error: 'Certyfikat witryny jest nieważny.',
      address_refused: 'Adres witryny należy do sieci prywatnej.',
      invalid_url: 'Mapa witryny zawiera coś, co nie jest adresem strony.',
      origin_not_allowed: 'Mapa witryny zawiera stronę innej witryny.',
      page_limit: 'Mapa witryny zawiera więcej stron, niż można zaimportować naraz.',
      too_many_articles: 'Osiągnięto limit artykułów sklepu.',
    },
    importNext: 'Nowe i zaktualizowane szkice są na liście: przeczytaj je, potem opublikuj.',
    importDone: (c) =>
      `Import zakończony. Nowe szkice: ${c.created}, zaktualizowane: ${c.updated}, bez zmian: ${c.unchanged}, pominięte: ${c.skipped}.`,
    consoleTitle: 'Konsola testowa',
    consoleLead:
      'Zapytaj tak, jak zrobiłby to klient, i zobacz, co asystent AI zrobiłby teraz z opublikowaną wiedzą i ustawieniami. Nic nie jest zapisywane ani nikomu wysyłane.',
    question: 'Pytanie',
    questionHint: 'Do 4000 znaków, jak wiadomość klienta.',
    askLanguage: 'Język klienta',
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
      visitor_asked: 'Klient prosi o rozmowę z człowiekiem, więc rozmowa od razu trafia do zespołu.',
      no_answer: 'Nic w opublikowanej wiedzy nie odpowiada na to wystarczająco jasno.',
      low_confidence: 'Asystent AI dwa razy z rzędu nie był pewny odpowiedzi.',
      turn_limit: 'Asystent AI odpowiedział na tyle pytań, ile pozwala jedna rozmowa.',
      error: 'Nie udało się przygotować odpowiedzi.',
    },
    choicesNext: 'Gdyby następne pytanie klienta też było niepewne, asystent AI przekazałby rozmowę zespołowi.',
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
      too_many_articles: 'Osiągnięto limit artykułów sklepu. Najpierw usuń niepotrzebny.',
      question_required: 'Wpisz pytanie do sprawdzenia.',
      question_too_long: 'Pytanie może mieć najwyżej 4000 znaków.',
      rate_limited: 'Za dużo pytań w krótkim czasie. Poczekaj chwilę i zapytaj ponownie.',
      invalid_import_request: 'Podaj adresy stron albo adres mapy witryny.',
      invalid_import_url: 'Wpisz pełne adresy zaczynające się od https://.',
      import_origin_not_allowed:
        'Można importować tylko strony własnej witryny sklepu, dozwolone w ustawieniach osadzania.',
      too_many_import_urls: 'Importuj najwyżej 50 stron naraz.',
      import_address_refused: 'Adres witryny należy do sieci prywatnej; Parley go nie odczytuje.',
      sitemap_unreadable: 'Nie udało się odczytać mapy witryny.',
      import_in_progress: 'Trwa inny import; spróbuj ponownie, gdy się zakończy.',
      admins_only: 'Bazą wiedzy mogą zarządzać tylko administratorzy.',
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
