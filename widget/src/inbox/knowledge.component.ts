import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../i18n.js';
import tokens from '../styles/tokens.styles.js';
import type {
  KnowledgeArticle,
  KnowledgeArticleChange,
  KnowledgeArticleSummary,
  KnowledgeAsk,
  KnowledgeImport,
  KnowledgeImportReport,
  KnowledgeTrial,
} from '../wire/index.js';
import { ApiError, type ApiClient } from './api.js';
import { cssProperty } from './css-property.js';
import { confidenceLevel, knowledgeStrings, type KnowledgeStrings } from './knowledge.i18n.js';
import shared from './shared.styles.js';
import { relativeTime } from './tickets.js';

/** The address of the screen. */
export const KNOWLEDGE_ROUTE = '#/knowledge';

/** The limits of an article's fields and of a question, as the server keeps them (docs/assistant.md). */
export const LIMITS = { title: 200, body: 20_000, link: 2_000, question: 4_000 } as const;

type Status = KnowledgeArticleSummary['status'];
type Filter<T extends string> = 'all' | T;

/** What a part of the screen shows: being loaded, loaded, or why it could not be (an API error's code). */
type Loaded<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; code: string };

/** Where an import takes its pages from: the addresses listed, or the site's sitemap. */
type ImportSource = 'urls' | 'sitemap';

/** A refused import: the problem's code, the field it names (`urls`, `sitemap`) and the listed address it names, if any. */
interface ImportRefusal {
  code: string;
  field?: ImportSource;
  url?: string;
}

/** The article being written or revised: a new one has no id. */
interface Draft {
  id?: string;
  title: string;
  body: string;
  language: Lang;
  link: string;
  status: Status;
}

/** The fields of the form a refusal can name. */
const FORM_FIELDS = ['title', 'body', 'language', 'link', 'status'] as const;
type FormField = (typeof FORM_FIELDS)[number];

/**
 * @summary The admins' knowledge screen (`#/knowledge`): the store's knowledge articles (listed with their language,
 * status, source link and last change, filtered by status and language; written, revised, published, unpublished and
 * deleted after a confirmation), the **import** of pages of the store's site (their addresses or its sitemap) as
 * draft articles, with what it did page by page, a word on the FAQs that are knowledge too, and the AI agent's **test console**: a
 * question in either language, and what the AI agent would do with it now (its reply, sources, confidence, why, and why
 * it would hand off).
 *
 * Refusals of the server are shown beside the field they name, by their problem codes, in the reader's language.
 * Results and changes are announced in a polite live region.
 *
 * @csspart articles - The articles: the filters, the list and the form.
 * @csspart import - The import from the store's site.
 * @csspart console - The test console.
 */
export class ParleyKnowledge extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: block;
        min-height: 0;
        overflow-y: auto;
        background: var(--_surface-2);
        color: var(--_text);
      }
      .page {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(320px, 420px);
        grid-template-areas: 'head head' 'articles side';
        align-items: start;
        gap: 16px 20px;
        max-width: 1240px;
        margin: 0 auto;
        padding: 20px 24px 40px;
      }
      header {
        grid-area: head;
      }
      h1 {
        margin: 0;
        font-size: 20px;
      }
      h2 {
        margin: 0;
        font-size: 16px;
      }
      h3 {
        margin: 0 0 4px;
        font-size: 14px;
      }
      .lead,
      .hint {
        margin: 6px 0 0;
        color: var(--_text-2);
        font-size: 13px;
        line-height: 1.45;
      }
      section {
        min-width: 0;
        padding: 16px 18px;
        border: 1px solid var(--_border);
        border-radius: 12px;
        background: var(--_surface);
      }
      .articles {
        grid-area: articles;
      }
      .side {
        grid-area: side;
        display: grid;
        gap: 16px;
        min-width: 0;
      }
      .section-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 12px;
      }
      .section-head h2 {
        flex: 1;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 10px 16px;
        margin: 14px 0 4px;
      }
      .filters label,
      .field > label,
      .console label {
        display: block;
        margin-bottom: 4px;
        font-weight: 600;
        font-size: 13px;
      }
      .filters select {
        min-width: 140px;
        padding: 8px 10px;
      }
      .count {
        margin: 0 0 0 auto;
        color: var(--_text-2);
        font-size: 13px;
      }
      ul.list {
        list-style: none;
        margin: 10px 0 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      ul.list > li {
        display: grid;
        gap: 6px;
        padding: 12px 14px;
        border: 1px solid var(--_border);
        border-radius: 10px;
      }
      .row-title {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 6px 10px;
      }
      .row-title strong {
        overflow-wrap: anywhere;
      }
      .badge {
        padding: 1px 8px;
        border-radius: 999px;
        font-size: 12px;
        font-weight: 600;
        white-space: nowrap;
        background: var(--_surface-2);
        border: 1px solid var(--_border);
      }
      .badge.published {
        background: #e7f6ec;
        border-color: #b5e2c4;
        color: #067647;
      }
      .badge.draft {
        background: #fff6e0;
        border-color: #f3d58a;
        color: #8a5a00;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        margin: 0;
        font-size: 12.5px;
        color: var(--_text-2);
      }
      .meta a,
      .sources a,
      .faqs a {
        color: var(--_accent);
        overflow-wrap: anywhere;
      }
      .excerpt {
        margin: 0;
        font-size: 13px;
        color: var(--_text-2);
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
      }
      .actions button,
      .section-head button {
        min-height: 36px;
      }
      .danger {
        color: var(--_danger);
      }
      form.article {
        display: grid;
        gap: 14px;
        margin-top: 14px;
        padding: 14px;
        border: 1px solid var(--_accent);
        border-radius: 10px;
        background: color-mix(in srgb, var(--_accent) 4%, var(--_surface));
      }
      .field {
        display: grid;
        min-width: 0;
      }
      .field input,
      .field textarea,
      .field select,
      .console textarea,
      .console select {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
        padding: 9px 11px;
        border: 1px solid var(--_border);
        border-radius: 10px;
        background: var(--_surface);
        color: var(--_text);
      }
      textarea {
        resize: vertical;
        line-height: 1.45;
      }
      .field textarea.body {
        min-height: 180px;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 13px;
      }
      [aria-invalid='true'] {
        border-color: var(--_danger) !important;
      }
      .field .hint {
        margin: 4px 0 0;
      }
      .field-error {
        margin: 4px 0 0;
        color: var(--_danger);
        font-size: 13px;
        font-weight: 600;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        align-items: start;
        gap: 14px;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-width: 0;
      }
      legend {
        margin-bottom: 4px;
        padding: 0;
        font-weight: 600;
        font-size: 13px;
      }
      .radio {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        margin: 4px 0;
        font-size: 13px;
      }
      .radio input {
        margin-top: 2px;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .buttons .primary {
        margin: 0;
        padding: 10px 18px;
      }
      .error {
        margin: 10px 0 0;
      }
      .notice {
        margin: 10px 0 0;
        padding: 8px 12px;
        border-radius: 10px;
        background: #e7f6ec;
        color: #067647;
      }
      .notice:empty {
        display: none;
      }
      .empty {
        margin: 16px auto;
      }
      .console form {
        display: grid;
        gap: 10px;
        margin-top: 12px;
      }
      .console .row {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 10px;
      }
      .console .row > div {
        flex: 1 1 150px;
      }
      .console .row .primary {
        margin: 0;
        padding: 10px 22px;
      }
      .result {
        margin-top: 14px;
        padding-top: 12px;
        border-top: 1px solid var(--_border);
        display: grid;
        gap: 12px;
      }
      .result h3 {
        font-size: 15px;
      }
      .outcome {
        display: flex;
        align-items: center;
        gap: 8px;
        margin: 0;
        font-size: 15px;
      }
      .outcome::before {
        content: '';
        flex: none;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: #067647;
      }
      .outcome.choices::before {
        background: #b7791f;
      }
      .outcome.handoff::before {
        background: var(--_danger);
      }
      .bubble {
        margin: 0;
        padding: 10px 12px;
        border-radius: 12px;
        background: var(--_surface-2);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      dl {
        display: grid;
        gap: 10px;
        margin: 0;
      }
      dt {
        font-weight: 600;
        font-size: 13px;
      }
      dd {
        margin: 2px 0 0;
        overflow-wrap: anywhere;
      }
      dd p {
        margin: 0;
      }
      dd p + p {
        margin-top: 6px;
      }
      .sources {
        margin: 0;
        padding-inline-start: 18px;
      }
      .meter {
        display: block;
        height: 6px;
        margin-top: 6px;
        border-radius: 3px;
        background: var(--_surface-2);
        overflow: hidden;
      }
      .meter span {
        display: block;
        width: var(--_width, 0);
        height: 100%;
        background: var(--_accent);
      }
      .why {
        color: var(--_text-2);
        font-size: 13px;
      }
      .vh {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      dialog {
        box-sizing: border-box;
        width: min(420px, calc(100vw - 32px));
        max-width: none;
        border: 0;
        border-radius: 12px;
        padding: 20px;
        box-shadow: 0 12px 40px rgb(0 0 0 / 25%);
      }
      dialog h2 {
        overflow-wrap: anywhere;
      }
      dialog .buttons {
        margin-top: 16px;
      }
      .delete-confirm {
        background: var(--_danger);
      }
      .import form {
        display: grid;
        gap: 12px;
        margin-top: 12px;
      }
      .import .source {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
      }
      .import textarea.urls {
        min-height: 96px;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 13px;
        white-space: pre;
        overflow-wrap: normal;
      }
      .import .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 12px;
      }
      .import .row .primary {
        margin: 0;
        padding: 10px 22px;
      }
      .import .row .hint {
        flex: 1 1 180px;
        margin: 0;
      }
      .drafts {
        margin: 8px 0 0;
        padding: 8px 12px;
        border-radius: 10px;
        background: #fff6e0;
        color: #6b4600;
        font-size: 13px;
        line-height: 1.45;
      }
      .report {
        margin-top: 14px;
        padding-top: 12px;
        border-top: 1px solid var(--_border);
        display: grid;
        gap: 10px;
      }
      .counts {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .counts li {
        display: grid;
        padding: 6px 8px;
        border-radius: 8px;
        background: var(--_surface-2);
        font-size: 12px;
        color: var(--_text-2);
      }
      .counts strong {
        font-size: 18px;
        color: var(--_text);
      }
      ul.pages {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      ul.pages li {
        display: grid;
        gap: 2px;
        padding: 8px 10px;
        border: 1px solid var(--_border);
        border-radius: 8px;
        font-size: 13px;
      }
      ul.pages a {
        color: var(--_accent);
        overflow-wrap: anywhere;
      }
      .page-outcome {
        font-weight: 600;
      }
      .page-outcome.skipped {
        color: var(--_danger);
      }
      .reason {
        margin: 0;
        color: var(--_text-2);
      }
      @media (max-width: 959.98px) {
        .page {
          grid-template-columns: minmax(0, 1fr);
          grid-template-areas: 'head' 'side' 'articles';
          padding: 14px 12px 32px;
          gap: 12px;
        }
        .side {
          gap: 12px;
        }
      }
      @media (max-width: 479.98px) {
        section {
          padding: 14px 12px;
        }
        .two {
          grid-template-columns: minmax(0, 1fr);
        }
        .filters > div {
          flex: 1 1 120px;
        }
        .filters select {
          width: 100%;
          min-width: 0;
        }
        .count {
          flex-basis: 100%;
          margin: 0;
        }
        .counts {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
    `,
  ];

  @property({ attribute: false }) api!: ApiClient;
  @property() locale: Lang = 'en';
  /** The time the list's relative times count from. */
  @property({ type: Number }) now = Date.now();

  @state() private list: Loaded<KnowledgeArticleSummary[]> = { state: 'loading' };
  @state() private listBusy = false;
  @state() private statusFilter: Filter<Status> = 'all';
  @state() private languageFilter: Filter<Lang> = 'all';
  /** The article in the form, if any; `loading` while an article's text is fetched for editing. */
  @state() private draft?: Draft | 'loading';
  @state() private saving = false;
  /** The refusals of the form, by the field they name, and the one that names none. */
  @state() private fieldErrors: Partial<Record<FormField, string>> = {};
  @state() private formError?: string;
  /** The article whose publishing, unpublishing or deletion is under way. */
  @state() private rowBusy?: string;
  @state() private rowError?: { id: string; code: string };
  /** The last change, announced. */
  @state() private notice = '';
  @state() private deleting?: KnowledgeArticleSummary;

  @state() private question = '';
  @state() private askLanguage?: Lang;
  @state() private asking = false;
  @state() private trial?: KnowledgeTrial;
  @state() private askError?: { code: string; field?: string };
  @state() private announcement = '';

  @state() private importSource: ImportSource = 'urls';
  @state() private importUrls = '';
  @state() private importSitemap = '';
  @state() private importing = false;
  @state() private importReport?: KnowledgeImportReport;
  @state() private importError?: ImportRefusal;
  @state() private importAnnouncement = '';

  #loads = 0;
  /** Set when the focus should move once rendered: to a field, a row's Edit button or the New article button. */
  #focus?: string;

  private get s(): KnowledgeStrings {
    return knowledgeStrings[this.locale] ?? knowledgeStrings.en;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !this.askLanguage) this.askLanguage = this.locale;
  }

  protected override updated(): void {
    const selector = this.#focus;
    if (!selector) return;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return;
    this.#focus = undefined;
    el.focus();
  }

  /** Fetches the list (again). */
  async load(): Promise<void> {
    const load = ++this.#loads;
    if (this.list.state !== 'loaded') this.list = { state: 'loading' };
    this.listBusy = true;
    try {
      const articles = await this.api.get<KnowledgeArticleSummary[]>('/knowledge/articles');
      if (load !== this.#loads) return;
      this.list = { state: 'loaded', value: Array.isArray(articles) ? articles : [] };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (load === this.#loads) this.list = { state: 'failed', code: e.code };
    } finally {
      if (load === this.#loads) this.listBusy = false;
    }
  }

  #error(code: string): string {
    return this.s.errors[code] ?? this.s.errors.fallback;
  }

  #shown(all: KnowledgeArticleSummary[]): KnowledgeArticleSummary[] {
    return all.filter(
      (a) =>
        (this.statusFilter === 'all' || a.status === this.statusFilter) &&
        (this.languageFilter === 'all' || a.language === this.languageFilter),
    );
  }

  #startNew(): void {
    this.#resetForm();
    this.draft = {
      title: '',
      body: '',
      language: this.languageFilter === 'all' ? this.locale : this.languageFilter,
      link: '',
      status: 'draft',
    };
    this.#focus = '#article-title';
  }

  async #startEdit(summary: KnowledgeArticleSummary): Promise<void> {
    this.#resetForm();
    this.draft = 'loading';
    try {
      const a = await this.api.get<KnowledgeArticle>(`/knowledge/articles/${encodeURIComponent(summary.id)}`);
      this.draft = {
        id: a.id,
        title: a.title,
        body: a.body,
        language: a.language,
        link: a.link ?? '',
        status: a.status,
      };
      this.#focus = '#article-title';
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.draft = undefined;
      this.rowError = { id: summary.id, code: e.code };
      if (e.code === 'article_not_found') void this.load();
    }
  }

  #resetForm(): void {
    this.fieldErrors = {};
    this.formError = undefined;
    this.rowError = undefined;
    this.notice = '';
  }

  #cancel(): void {
    const id = this.draft !== 'loading' ? this.draft?.id : undefined;
    this.draft = undefined;
    this.#resetForm();
    this.#focus = id ? `button.edit[data-id="${CSS.escape(id)}"]` : 'button.new';
  }

  #set(change: Partial<Draft>): void {
    if (!this.draft || this.draft === 'loading') return;
    this.draft = { ...this.draft, ...change };
    const fields = Object.keys(change) as FormField[];
    if (fields.some((f) => this.fieldErrors[f])) {
      const left = { ...this.fieldErrors };
      for (const f of fields) delete left[f];
      this.fieldErrors = left;
    }
  }

  async #save(e: Event): Promise<void> {
    e.preventDefault();
    const d = this.draft;
    if (!d || d === 'loading' || this.saving) return;
    const body: KnowledgeArticleChange = {
      title: d.title,
      body: d.body,
      language: d.language,
      link: d.link.trim() ? d.link.trim() : null,
      status: d.status,
    };
    this.saving = true;
    this.#resetForm();
    try {
      const saved = d.id
        ? await this.api.put<KnowledgeArticle>(`/knowledge/articles/${encodeURIComponent(d.id)}`, body)
        : await this.api.post<KnowledgeArticle>('/knowledge/articles', body);
      this.draft = undefined;
      this.notice = this.s.saved(saved.title);
      this.#focus = `button.edit[data-id="${CSS.escape(saved.id)}"]`;
      await this.load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const field = FORM_FIELDS.find((f) => f === e.field);
      if (field) {
        this.fieldErrors = { [field]: e.code };
        this.#focus = `#article-${field === 'status' ? 'status-draft' : field}`;
      } else {
        this.formError = e.code;
        if (e.code === 'article_not_found') void this.load();
      }
    } finally {
      this.saving = false;
    }
  }

  /** Publishes or unpublishes an article: its whole content is sent back with the other status. */
  async #toggle(summary: KnowledgeArticleSummary): Promise<void> {
    if (this.rowBusy) return;
    this.#resetForm();
    this.rowBusy = summary.id;
    const path = `/knowledge/articles/${encodeURIComponent(summary.id)}`;
    try {
      const a = await this.api.get<KnowledgeArticle>(path);
      const status: Status = a.status === 'published' ? 'draft' : 'published';
      const saved = await this.api.put<KnowledgeArticle>(path, {
        title: a.title,
        body: a.body,
        language: a.language,
        link: a.link ?? null,
        status,
      } satisfies KnowledgeArticleChange);
      this.notice = status === 'published' ? this.s.published(saved.title) : this.s.unpublished(saved.title);
      await this.load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.rowError = { id: summary.id, code: e.code };
      if (e.code === 'article_not_found') void this.load();
    } finally {
      this.rowBusy = undefined;
    }
  }

  #askDelete(summary: KnowledgeArticleSummary): void {
    this.#resetForm();
    this.deleting = summary;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.showModal(),
    );
  }

  async #confirmDelete(): Promise<void> {
    const summary = this.deleting;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    dialog?.close();
    if (!summary) return;
    this.rowBusy = summary.id;
    try {
      await this.api.delete(`/knowledge/articles/${encodeURIComponent(summary.id)}`);
      this.notice = this.s.deleted(summary.title);
      if (this.draft && this.draft !== 'loading' && this.draft.id === summary.id) this.draft = undefined;
      this.#focus = 'button.new';
      await this.load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.rowError = { id: summary.id, code: e.code };
      if (e.code === 'article_not_found') void this.load();
    } finally {
      this.rowBusy = undefined;
      this.deleting = undefined;
    }
  }

  /** The confirmation closed (Keep, Escape): the article stays, and the focus goes back to its Delete button. */
  #closedDialog(): void {
    const summary = this.deleting;
    // A close event can arrive after the dialog was opened again for another article: that one stays asked.
    if (this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.open) return;
    if (summary && this.rowBusy !== summary.id) {
      this.deleting = undefined;
      this.#focus = `button.delete[data-id="${CSS.escape(summary.id)}"]`;
    }
  }

  async #ask(e: Event): Promise<void> {
    e.preventDefault();
    if (this.asking) return;
    const language = this.askLanguage ?? this.locale;
    this.asking = true;
    this.askError = undefined;
    this.announcement = '';
    try {
      const trial = await this.api.post<KnowledgeTrial>('/knowledge/ask', {
        question: this.question,
        language,
      } satisfies KnowledgeAsk);
      this.trial = trial;
      this.announcement = this.s.announce(this.#outcomeText(trial), this.#confidenceText(trial));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.trial = undefined;
      this.askError = { code: e.code, field: e.field };
      this.announcement = this.#error(e.code);
      if (e.field === 'question') this.#focus = '#question';
    } finally {
      this.asking = false;
    }
  }

  /** The addresses listed, one a line, without empty lines; the server checks them. */
  #listedUrls(): string[] {
    return this.importUrls
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  async #import(e: Event): Promise<void> {
    e.preventDefault();
    if (this.importing) return;
    const urls = this.#listedUrls();
    // An empty list is sent too: the server refuses it beside the field, as it does a wrong address.
    const body: KnowledgeImport =
      this.importSource === 'sitemap'
        ? { sitemap: this.importSitemap.trim() }
        : { urls: urls as NonNullable<KnowledgeImport['urls']> };
    this.importing = true;
    this.importError = undefined;
    this.importAnnouncement = '';
    try {
      const report = await this.api.post<KnowledgeImportReport>('/knowledge/imports', body);
      this.importReport = report;
      this.importAnnouncement = this.s.importDone(report);
      await this.load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const at = /^urls\[(\d+)\]$/.exec(e.field ?? '');
      const field = at || e.field === 'urls' ? 'urls' : e.field === 'sitemap' ? 'sitemap' : undefined;
      this.importError = { code: e.code, field, url: at ? urls[Number(at[1])] : undefined };
      this.importAnnouncement = this.#error(e.code);
      if (field) this.#focus = `#import-${field}`;
    } finally {
      this.importing = false;
    }
  }

  #outcomeText(t: KnowledgeTrial): string {
    return this.s.outcome[t.outcome] ?? t.outcome;
  }

  #searched(t: KnowledgeTrial): boolean {
    return !(t.outcome === 'handoff' && t.handoffReason !== 'no_answer' && t.handoffReason !== 'low_confidence');
  }

  #percent(confidence: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
      Math.min(1, Math.max(0, confidence)),
    );
  }

  #confidenceText(t: KnowledgeTrial): string {
    return `${this.#percent(t.confidence)} (${this.s.confidenceLevel[confidenceLevel(t.confidence, this.#searched(t))]})`;
  }

  protected override render() {
    const s = this.s;
    return html`<div class="page" lang=${this.locale}>
      <header>
        <h1 id="knowledge-title">${s.title}</h1>
        <p class="lead">${s.lead}</p>
      </header>
      ${this.#renderArticles()}
      <div class="side">
        ${this.#renderConsole()} ${this.#renderImport()}
        <section class="faqs" aria-labelledby="faqs-title">
          <h2 id="faqs-title">${s.faqsTitle}</h2>
          <p class="hint">${s.faqsText}</p>
          <p class="hint"><a href="#/settings/faqs">${s.faqsLink}</a></p>
        </section>
      </div>
      ${this.#renderDialog()}
    </div>`;
  }

  #renderArticles() {
    const s = this.s;
    const list = this.list;
    return html`<section class="articles" part="articles" aria-labelledby="articles-title" aria-busy=${this.listBusy}>
      <div class="section-head">
        <h2 id="articles-title">${s.articles}</h2>
        <button class="ghost refresh" ?disabled=${this.listBusy} @click=${() => void this.load()}>${s.refresh}</button>
        <button class="ghost new" ?disabled=${!!this.draft && !(this.draft !== 'loading' && this.draft.id)} @click=${() => this.#startNew()}>
          + ${s.newArticle}
        </button>
      </div>
      <p class="notice" role="status">${this.notice}</p>
      ${this.draft && (this.draft === 'loading' || !this.draft.id) ? this.#renderForm() : nothing}
      ${
        list.state === 'loading'
          ? html`<p role="status">${s.loading}</p>`
          : list.state === 'failed'
            ? html`<p class="error" role="alert">
                ${list.code === 'admins_only' ? this.#error(list.code) : s.failed}
                ${list.code === 'admins_only' ? nothing : html`<button class="ghost" @click=${() => void this.load()}>${s.retry}</button>`}
              </p>`
            : this.#renderList(list.value)
      }
    </section>`;
  }

  #renderList(all: KnowledgeArticleSummary[]) {
    const s = this.s;
    if (all.length === 0) return html`<p class="empty">${s.empty}</p>`;
    const shown = this.#shown(all);
    return html`<div class="filters">
        <div>
          <label for="filter-status">${s.filterStatus}</label>
          <select id="filter-status" @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as Filter<Status>)}>
            ${(['all', 'published', 'draft'] as const).map(
              (v) =>
                html`<option value=${v} ?selected=${this.statusFilter === v}>${v === 'all' ? s.all : s.status[v]}</option>`,
            )}
          </select>
        </div>
        <div>
          <label for="filter-language">${s.filterLanguage}</label>
          <select id="filter-language" @change=${(e: Event) => (this.languageFilter = (e.target as HTMLSelectElement).value as Filter<Lang>)}>
            ${(['all', 'en', 'pl'] as const).map(
              (v) =>
                html`<option value=${v} ?selected=${this.languageFilter === v}>${v === 'all' ? s.all : s.languages[v]}</option>`,
            )}
          </select>
        </div>
        <p class="count" aria-live="polite">${s.shown(shown.length, all.length)}</p>
      </div>
      ${
        shown.length === 0
          ? html`<p class="empty">${s.noMatches}</p>`
          : html`<ul class="list" role="list">
              ${shown.map((a) => this.#renderItem(a))}
            </ul>`
      }`;
  }

  #renderItem(a: KnowledgeArticleSummary) {
    const s = this.s;
    const titleId = `t-${a.id}`;
    const busy = this.rowBusy === a.id;
    const editing = this.draft && this.draft !== 'loading' && this.draft.id === a.id;
    const when = relativeTime(a.updatedAt, this.now, this.locale);
    const at = new Date(a.updatedAt);
    return html`<li data-id=${a.id}>
      <div class="row-title">
        <strong id=${titleId} dir="auto">${a.title}</strong>
        <span class="badge lang" title=${s.languages[a.language]}><span aria-hidden="true">${a.language.toUpperCase()}</span><span class="vh">${s.languages[a.language]}</span></span>
        <span class="badge status ${a.status}">${s.status[a.status]}</span>
      </div>
      <p class="meta">
        <time datetime=${a.updatedAt} title=${isNaN(+at) ? '' : new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at)}>${s.updated(when)}</time>
        ${
          a.link
            ? html`<span>${s.source}: <a href=${a.link} target="_blank" rel="noopener noreferrer" title=${s.newTab}>${this.#shortLink(a.link)}</a></span>`
            : html`<span>${s.noSource}</span>`
        }
      </p>
      ${a.excerpt ? html`<p class="excerpt" dir="auto">${a.excerpt}</p>` : nothing}
      <div class="actions">
        <button class="ghost edit" data-id=${a.id} aria-describedby=${titleId} ?disabled=${busy || !!editing} @click=${() => void this.#startEdit(a)}>${s.edit}</button>
        <button class="ghost toggle" aria-describedby=${titleId} ?disabled=${busy} @click=${() => void this.#toggle(a)}>
          ${a.status === 'published' ? s.unpublish : s.publish}
        </button>
        <button class="ghost delete danger" data-id=${a.id} aria-describedby=${titleId} ?disabled=${busy} @click=${() => this.#askDelete(a)}>${s.delete}</button>
      </div>
      ${this.rowError?.id === a.id ? html`<p class="error" role="alert">${this.#error(this.rowError.code)}</p>` : nothing}
      ${editing ? this.#renderForm() : nothing}
    </li>`;
  }

  #shortLink(link: string): string {
    try {
      const u = new URL(link);
      const path = u.pathname === '/' ? '' : u.pathname;
      const short = `${u.host}${path}`;
      return short.length > 48 ? `${short.slice(0, 47)}…` : short;
    } catch {
      return link;
    }
  }

  #fieldError(field: FormField) {
    const code = this.fieldErrors[field];
    return code ? html`<p class="field-error" id="article-${field}-error">${this.#error(code)}</p>` : nothing;
  }

  #describedBy(field: FormField, hint?: string): string {
    return [hint, this.fieldErrors[field] ? `article-${field}-error` : undefined].filter(Boolean).join(' ');
  }

  #renderForm() {
    const s = this.s;
    const d = this.draft;
    if (d === 'loading') return html`<p role="status">${s.loadingArticle}</p>`;
    if (!d) return nothing;
    const invalid = (f: FormField) => (this.fieldErrors[f] ? 'true' : 'false');
    return html`<form class="article" novalidate aria-labelledby="form-title" @submit=${(e: Event) => void this.#save(e)}>
      <h3 id="form-title">${d.id ? s.editTitle : s.newTitle}</h3>
      <div class="field">
        <label for="article-title">${s.fieldTitle}</label>
        <input
          id="article-title"
          maxlength=${LIMITS.title}
          .value=${d.title}
          aria-invalid=${invalid('title')}
          aria-describedby=${this.#describedBy('title')}
          @input=${(e: Event) => this.#set({ title: (e.target as HTMLInputElement).value })}
        />
        ${this.#fieldError('title')}
      </div>
      <div class="field">
        <label for="article-body">${s.fieldBody}</label>
        <textarea
          id="article-body"
          class="body"
          rows="9"
          maxlength=${LIMITS.body}
          .value=${d.body}
          aria-invalid=${invalid('body')}
          aria-describedby=${this.#describedBy('body', 'article-body-hint')}
          @input=${(e: Event) => this.#set({ body: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id="article-body-hint">${s.bodyHint}</p>
        ${this.#fieldError('body')}
      </div>
      <div class="two">
        <div class="field">
          <label for="article-language">${s.fieldLanguage}</label>
          <select
            id="article-language"
            aria-invalid=${invalid('language')}
            aria-describedby=${this.#describedBy('language')}
            @change=${(e: Event) => this.#set({ language: (e.target as HTMLSelectElement).value as Lang })}
          >
            ${(['en', 'pl'] as const).map((l) => html`<option value=${l} ?selected=${d.language === l}>${s.languages[l]}</option>`)}
          </select>
          ${this.#fieldError('language')}
        </div>
        <div class="field">
          <label for="article-link">${s.fieldLink}</label>
          <input
            id="article-link"
            type="url"
            inputmode="url"
            maxlength=${LIMITS.link}
            placeholder="https://"
            .value=${d.link}
            aria-invalid=${invalid('link')}
            aria-describedby=${this.#describedBy('link', 'article-link-hint')}
            @input=${(e: Event) => this.#set({ link: (e.target as HTMLInputElement).value })}
          />
          <p class="hint" id="article-link-hint">${s.linkHint}</p>
          ${this.#fieldError('link')}
        </div>
      </div>
      <fieldset aria-describedby=${this.#describedBy('status')}>
        <legend>${s.fieldStatus}</legend>
        ${(['draft', 'published'] as const).map(
          (v) => html`<label class="radio">
            <input
              type="radio"
              name="status"
              id="article-status-${v}"
              value=${v}
              .checked=${d.status === v}
              @change=${() => this.#set({ status: v })}
            />
            <span><strong>${s.status[v]}</strong> · ${s.statusHint[v].replace(/^[^:]+:\s*/, '')}</span>
          </label>`,
        )}
        ${this.#fieldError('status')}
      </fieldset>
      ${this.formError ? html`<p class="error" role="alert">${this.#error(this.formError)}</p>` : nothing}
      <div class="buttons">
        <button class="primary save" ?disabled=${this.saving}>${this.saving ? s.saving : s.save}</button>
        <button type="button" class="ghost cancel" @click=${() => this.#cancel()}>${s.cancel}</button>
      </div>
    </form>`;
  }

  #renderDialog() {
    const s = this.s;
    const a = this.deleting;
    return html`<dialog class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${() => this.#closedDialog()}>
      ${
        a
          ? html`<h2 id="confirm-title" dir="auto">${s.confirmDelete(a.title)}</h2>
            <p id="confirm-text" class="hint">${s.confirmDeleteText}</p>
            <div class="buttons">
              <button class="primary delete-confirm" @click=${() => void this.#confirmDelete()}>${s.delete}</button>
              <button class="ghost keep" autofocus @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close()}>${s.keep}</button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  #renderConsole() {
    const s = this.s;
    const language = this.askLanguage ?? this.locale;
    const error = this.askError;
    const questionError = error?.field === 'question';
    return html`<section class="console" part="console" aria-labelledby="console-title">
      <h2 id="console-title">${s.consoleTitle}</h2>
      <p class="lead">${s.consoleLead}</p>
      <form novalidate @submit=${(e: Event) => void this.#ask(e)}>
        <div>
          <label for="question">${s.question}</label>
          <textarea
            id="question"
            rows="3"
            maxlength=${LIMITS.question}
            .value=${this.question}
            aria-invalid=${questionError ? 'true' : 'false'}
            aria-describedby=${questionError ? 'question-hint question-error' : 'question-hint'}
            @input=${(e: Event) => (this.question = (e.target as HTMLTextAreaElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                (e.target as HTMLTextAreaElement).form?.requestSubmit();
              }
            }}
          ></textarea>
          <p class="hint" id="question-hint">${s.questionHint}</p>
          ${questionError ? html`<p class="field-error" id="question-error">${this.#error(error.code)}</p>` : nothing}
        </div>
        <div class="row">
          <div>
            <label for="ask-language">${s.askLanguage}</label>
            <select id="ask-language" @change=${(e: Event) => (this.askLanguage = (e.target as HTMLSelectElement).value as Lang)}>
              ${(['en', 'pl'] as const).map((l) => html`<option value=${l} ?selected=${language === l}>${s.languages[l]}</option>`)}
            </select>
          </div>
          <button class="primary ask" ?disabled=${this.asking}>${this.asking ? s.asking : s.ask}</button>
        </div>
      </form>
      <p class="vh" role="status" aria-live="polite">${this.announcement}</p>
      ${error && !questionError ? html`<p class="error">${this.#error(error.code)}</p>` : nothing}
      ${this.trial ? this.#renderTrial(this.trial) : nothing}
    </section>`;
  }

  #renderImport() {
    const s = this.s;
    const source = this.importSource;
    const error = this.importError;
    const fieldError = error?.field === source ? error : undefined;
    const errorText = (r: ImportRefusal) => `${r.url ? s.importAddress(r.url) : ''}${this.#error(r.code)}`;
    return html`<section class="import" part="import" aria-labelledby="import-title" aria-busy=${this.importing}>
      <h2 id="import-title">${s.importTitle}</h2>
      <p class="lead">${s.importLead}</p>
      <p class="drafts" id="import-drafts">${s.importDrafts}</p>
      <form novalidate aria-labelledby="import-title" aria-describedby="import-drafts" @submit=${(e: Event) => void this.#import(e)}>
        <fieldset>
          <legend>${s.importFrom}</legend>
          <div class="source">
            ${(['urls', 'sitemap'] as const).map(
              (v) => html`<label class="radio">
                <input
                  type="radio"
                  name="import-source"
                  id="import-source-${v}"
                  value=${v}
                  .checked=${source === v}
                  @change=${() => (this.importSource = v)}
                />
                <span>${v === 'urls' ? s.importFromUrls : s.importFromSitemap}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        ${
          source === 'urls'
            ? html`<div class="field">
              <label for="import-urls">${s.importUrls}</label>
              <textarea
                id="import-urls"
                class="urls"
                rows="4"
                spellcheck="false"
                autocomplete="off"
                placeholder="https://"
                .value=${this.importUrls}
                aria-invalid=${fieldError ? 'true' : 'false'}
                aria-describedby=${fieldError ? 'import-urls-hint import-error' : 'import-urls-hint'}
                @input=${(e: Event) => (this.importUrls = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <p class="hint" id="import-urls-hint">${s.importUrlsHint}</p>
              ${fieldError ? html`<p class="field-error" id="import-error" dir="auto">${errorText(fieldError)}</p>` : nothing}
            </div>`
            : html`<div class="field">
              <label for="import-sitemap">${s.importSitemap}</label>
              <input
                id="import-sitemap"
                type="url"
                inputmode="url"
                spellcheck="false"
                placeholder="https://"
                .value=${this.importSitemap}
                aria-invalid=${fieldError ? 'true' : 'false'}
                aria-describedby=${fieldError ? 'import-sitemap-hint import-error' : 'import-sitemap-hint'}
                @input=${(e: Event) => (this.importSitemap = (e.target as HTMLInputElement).value)}
              />
              <p class="hint" id="import-sitemap-hint">${s.importSitemapHint}</p>
              ${fieldError ? html`<p class="field-error" id="import-error">${errorText(fieldError)}</p>` : nothing}
            </div>`
        }
        ${error && !fieldError ? html`<p class="error" role="alert">${errorText(error)}</p>` : nothing}
        <div class="row">
          <button class="primary import-button" ?disabled=${this.importing}>${this.importing ? s.importing : s.import}</button>
          ${this.importing ? html`<p class="hint wait">${s.importWait}</p>` : nothing}
        </div>
      </form>
      <p class="vh" role="status" aria-live="polite">${this.importing ? s.importWait : this.importAnnouncement}</p>
      ${this.importReport ? this.#renderReport(this.importReport) : nothing}
    </section>`;
  }

  #renderReport(r: KnowledgeImportReport) {
    const s = this.s;
    const counts = ['created', 'updated', 'unchanged', 'skipped'] as const;
    return html`<div class="report" aria-labelledby="report-title">
      <h3 id="report-title">${s.importReport}</h3>
      <ul class="counts" role="list">
        ${counts.map((c) => html`<li class=${c}><strong>${r[c]}</strong> ${s.importCounts[c]}</li>`)}
      </ul>
      ${r.created + r.updated > 0 ? html`<p class="hint next">${s.importNext}</p>` : nothing}
      <ul class="pages" role="list">
        ${r.pages.map(
          (p) => html`<li class=${p.outcome}>
            <a href=${p.url} target="_blank" rel="noopener noreferrer" title=${s.newTab}>${p.url}</a>
            <span class="page-outcome ${p.outcome}">${s.importOutcome[p.outcome] ?? p.outcome}</span>
            ${p.reason ? html`<p class="reason">${s.importReason[p.reason] ?? p.reason}</p>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderTrial(t: KnowledgeTrial) {
    const s = this.s;
    const level = confidenceLevel(t.confidence, this.#searched(t));
    const percent = this.#percent(t.confidence);
    return html`<div class="result" aria-busy=${this.asking}>
      <h3 class="outcome ${t.outcome}">${this.#outcomeText(t)}</h3>
      <dl>
        ${
          t.outcome === 'handoff' && t.handoffReason
            ? html`<div class="handoff">
              <dt>${s.handoff}</dt>
              <dd class="handoff-reason">${s.handoffReason[t.handoffReason] ?? t.handoffReason}</dd>
            </div>`
            : nothing
        }
        ${t.text ? html`<div><dt>${s.reply}</dt><dd><p class="bubble" dir="auto">${t.text}</p></dd></div>` : nothing}
        ${
          t.outcome !== 'handoff'
            ? html`<div>
              <dt>${t.outcome === 'choices' ? s.choices : s.sources}</dt>
              <dd>
                ${
                  t.sources.length
                    ? html`<ul class="sources">
                      ${t.sources.map(
                        (src) =>
                          html`<li>${
                            src.link
                              ? html`<a href=${src.link} target="_blank" rel="noopener noreferrer" title=${s.newTab} dir="auto">${src.title}</a>`
                              : html`<span dir="auto">${src.title}</span>`
                          }</li>`,
                      )}
                    </ul>`
                    : s.noSources
                }
              </dd>
            </div>`
            : nothing
        }
        <div>
          <dt>${s.confidence}</dt>
          <dd class="confidence">
            <strong>${percent}</strong> · ${s.confidenceLevel[level]}
${
  level === 'none'
    ? nothing
    : html`<span class="meter" aria-hidden="true"><span data-width=${cssProperty('--_width', `${Math.round(Math.min(1, Math.max(0, t.confidence)) * 100)}%`)}></span></span>`
}
          </dd>
        </div>
        <div>
          <dt>${s.why}</dt>
          <dd>
            ${t.outcome === 'choices' ? html`<p class="choices-next">${s.choicesNext}</p>` : nothing}
            <p class="why">${s.whyInEnglish ? html`<span>${s.whyInEnglish}:</span> ` : nothing}<span lang="en">${t.why}</span></p>
          </dd>
        </div>
      </dl>
    </div>`;
  }
}
