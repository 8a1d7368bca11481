import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../components/message-list/message-list.js';
import { aiLabel, aiLabelStyles } from '../components/message-list/ai-label.js';
import type { Lang } from '../i18n.js';
import { parseThreadMessage, type ChatMessage } from '../protocol/messages.js';
import { Thread } from '../protocol/thread.js';
import tokens from '../styles/tokens.styles.js';
import type { AssistedConversationPage, AssistedConversationThread } from '../wire/index.js';
import { aiConversationStrings, type AiConversationsStrings } from './ai-conversations.i18n.js';
import { ApiError, type ApiClient } from './api.js';
import { backArrow } from './icons.js';
import type { InboxStrings } from './inbox.i18n.js';
import shared from './shared.styles.js';
import { relativeTime } from './tickets.js';

/** One conversation of the list, as `GET /api/v1/assistant/conversations` answers it. */
export type AssistedConversation = AssistedConversationPage['conversations'][number];

/** How many conversations the list asks for: the newest ones. */
export const PAGE = 50;

/** The address of the view, and of one conversation in it. */
export const aiRoute = (conversationId?: string) =>
  conversationId ? `#/ai/${encodeURIComponent(conversationId)}` : '#/ai';

/** What a part of the view shows: being loaded, loaded, or why it could not be (an API error's code). */
type Loaded<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; code: string };

/**
 * @summary The admins' AI view (`#/ai`, `#/ai/<conversation>`): the conversations the store's AI agent resolved on
 * its own, newest first (the visitor's first question, when, how many answers, open or closed), and the thread of the
 * one chosen, read-only, with the AI agent's label and sources as in a ticket.
 *
 * Each conversation of the list is a link to its address, so that the browser's back button, a bookmark and a new tab
 * work; on a phone the list and the thread take the screen in turn.
 *
 * @csspart list - The list of conversations.
 * @csspart thread - The chosen conversation.
 */
export class ParleyAiConversations extends LitElement {
  static override styles = [
    tokens,
    shared,
    aiLabelStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(280px, 360px) minmax(0, 1fr);
        min-height: 0;
        background: var(--_surface);
      }
      .list {
        display: flex;
        flex-direction: column;
        min-height: 0;
        overflow-y: auto;
        border-right: 1px solid var(--_border);
      }
      .list-head {
        padding: 16px 18px 10px;
        border-bottom: 1px solid var(--_border);
      }
      .title-row {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      h1 {
        flex: 1;
        margin: 0;
        font-size: 17px;
      }
      .lead {
        margin: 6px 0 0;
        font-size: 13px;
        color: var(--_text-2);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 6px 8px 8px;
      }
      li a {
        display: grid;
        gap: 4px;
        padding: 11px 10px;
        border-radius: 10px;
        color: inherit;
        text-decoration: none;
      }
      li a:hover {
        background: var(--_surface-2);
      }
      li a[aria-current='page'] {
        background: color-mix(in srgb, var(--_accent) 10%, transparent);
      }
      .question {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 10px;
        margin: 0;
        font-size: 12.5px;
        color: var(--_text-2);
      }
      .state {
        font-weight: 600;
        color: #067647;
      }
      .state.closed {
        color: var(--_text-2);
      }
      .list > [role='status'],
      .list > .error,
      .list > .more {
        margin: 12px 18px;
      }
      .list > .empty {
        margin: 24px auto;
      }
      .more {
        font-size: 12.5px;
        color: var(--_text-2);
      }
      .error button {
        margin-inline-start: 8px;
      }
      .thread {
        display: flex;
        flex-direction: column;
        min-height: 0;
        min-width: 0;
      }
      .thread > .empty,
      .thread > [role='status'] {
        margin: auto;
      }
      .thread > .error {
        margin: 18px;
      }
      .thread-head {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 12px 18px;
        border-bottom: 1px solid var(--_border);
      }
      .thread-head > div {
        flex: 1;
        min-width: 0;
      }
      h2 {
        margin: 0;
        overflow: hidden;
        font-size: 16px;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 2px solid var(--_accent);
      }
      .thread-head .facts {
        margin-top: 2px;
      }
      .back {
        display: none;
        padding: 6px;
        border-radius: 8px;
        color: var(--_text);
      }
      .bot {
        display: grid;
        place-items: center;
        width: 40px;
        height: 40px;
        border-radius: 50%;
        flex: none;
        background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
      }
      .bot .ai {
        margin: 0;
      }
      parley-message-list {
        flex: 1;
      }
      .read-only {
        margin: 0;
        padding: 10px 18px;
        border-top: 1px solid var(--_border);
        background: var(--_surface-2);
        color: var(--_text-2);
        text-align: center;
      }
      @media (max-width: 719.98px) {
        :host {
          grid-template-columns: minmax(0, 1fr);
        }
        .list {
          border-right: 0;
        }
        .list.behind,
        .thread.idle {
          display: none;
        }
        .thread-head {
          padding: 10px 12px;
        }
        .back {
          display: grid;
        }
      }
    `,
  ];

  @property({ attribute: false }) api!: ApiClient;
  /** The inbox's words, for the thread (the AI agent's label, sources, notices). */
  @property({ attribute: false }) strings!: InboxStrings;
  @property() locale: Lang = 'en';
  /** The conversation chosen (from the address), if any. */
  @property() conversationId?: string;
  /** The time the list's relative times count from. */
  @property({ type: Number }) now = Date.now();

  @state() private list: Loaded<AssistedConversation[]> = { state: 'loading' };
  /** The list is being fetched (again): what it shows may be about to change. */
  @state() private listBusy = false;
  @state() private thread?: Loaded<ChatMessage[]>;

  /** Counts the loads of each part: only the latest one's answer is kept. */
  #listLoads = 0;
  #threadLoads = 0;
  #threadAbort?: AbortController;
  /** Set when the reader moved between the list and a thread: the focus follows once rendered. */
  #moveFocus?: 'thread' | string;

  private get s(): AiConversationsStrings {
    return aiConversationStrings[this.locale] ?? aiConversationStrings.en;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#threadAbort?.abort();
  }

  /** Fetches the list (again): the newest {@link PAGE} conversations. */
  async load(): Promise<void> {
    const load = ++this.#listLoads;
    if (this.list.state !== 'loaded') this.list = { state: 'loading' };
    this.listBusy = true;
    try {
      const page = await this.api.get<AssistedConversationPage>(`/assistant/conversations?limit=${PAGE}`);
      if (load !== this.#listLoads) return;
      this.list = { state: 'loaded', value: Array.isArray(page?.conversations) ? page.conversations : [] };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (load === this.#listLoads) this.list = { state: 'failed', code: e.code };
    } finally {
      if (load === this.#listLoads) this.listBusy = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('conversationId')) return;
    const before = changed.get('conversationId');
    if (this.hasUpdated) this.#moveFocus = this.conversationId ? 'thread' : before;
    void this.#loadThread();
  }

  protected override updated(): void {
    const target = this.#moveFocus;
    if (!target || (target === 'thread' && this.thread?.state === 'loading')) return;
    this.#moveFocus = undefined;
    const el =
      target === 'thread'
        ? this.renderRoot.querySelector<HTMLElement>('.thread h2')
        : this.renderRoot.querySelector<HTMLElement>(`a[data-id="${CSS.escape(target)}"]`);
    el?.focus();
  }

  async #loadThread(): Promise<void> {
    this.#threadAbort?.abort();
    const id = this.conversationId;
    if (!id) {
      this.thread = undefined;
      return;
    }
    const load = ++this.#threadLoads;
    const abort = (this.#threadAbort = new AbortController());
    this.thread = { state: 'loading' };
    try {
      const answer = await this.api.get<AssistedConversationThread>(
        `/assistant/conversations/${encodeURIComponent(id)}`,
        { signal: abort.signal },
      );
      if (load !== this.#threadLoads) return;
      const messages = (Array.isArray(answer?.messages) ? answer.messages : [])
        .map((m) => parseThreadMessage(m, id))
        .filter((m): m is ChatMessage => m !== null);
      this.thread = { state: 'loaded', value: messages };
    } catch (e) {
      if (abort.signal.aborted) return;
      if (!(e instanceof ApiError)) throw e;
      if (load === this.#threadLoads) this.thread = { state: 'failed', code: e.code };
    }
  }

  #errorText(code: string, fallback: string): string {
    const s = this.s;
    return code === 'admins_only' ? s.adminsOnly : code === 'conversation_not_found' ? s.notFound : fallback;
  }

  #when(iso: string): string {
    return relativeTime(iso, this.now, this.locale);
  }

  #fullDate(iso: string): string {
    const at = new Date(iso);
    return isNaN(+at)
      ? ''
      : new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  }

  protected override render() {
    const chosen = this.conversationId;
    return html`${this.#renderList(chosen)}
    ${
      chosen
        ? html`<section class="thread" part="thread" aria-labelledby="thread-title">${this.#renderThread(chosen)}</section>`
        : html`<div class="thread idle" part="thread"><p class="empty">${this.s.pick}</p></div>`
    }`;
  }

  #renderList(chosen?: string) {
    const s = this.s;
    const list = this.list;
    return html`<section class="list ${chosen ? 'behind' : ''}" part="list" aria-labelledby="ai-title" aria-busy=${this.listBusy}>
      <div class="list-head">
        <div class="title-row">
          <h1 id="ai-title">${s.title}</h1>
          <button class="ghost refresh" ?disabled=${this.listBusy} @click=${() => void this.load()}>${s.refresh}</button>
        </div>
        <p class="lead">${s.lead}</p>
      </div>
      ${
        list.state === 'loading'
          ? html`<p role="status">${s.loading}</p>`
          : list.state === 'failed'
            ? html`<p class="error" role="alert">
                ${this.#errorText(list.code, s.failed)}
                ${list.code === 'admins_only' ? nothing : html`<button class="ghost" @click=${() => void this.load()}>${s.retry}</button>`}
              </p>`
            : list.value.length === 0
              ? html`<p class="empty" role="status">${s.empty}</p>`
              : html`<ul role="list">
                    ${list.value.map((c) => this.#renderItem(c, c.id === chosen))}
                  </ul>
                  ${list.value.length >= PAGE ? html`<p class="more">${s.newest(list.value.length)}</p>` : nothing}`
      }
    </section>`;
  }

  #renderItem(c: AssistedConversation, current: boolean) {
    return html`<li>
      <a href=${aiRoute(c.id)} data-id=${c.id} aria-current=${current ? 'page' : 'false'}>
        <bdi class="question" dir="auto">${c.firstQuestion}</bdi>
        ${this.#facts(c)}
      </a>
    </li>`;
  }

  /** Open or closed, how many answers, when: under a question in the list, and under the thread's title. */
  #facts(c: AssistedConversation) {
    const s = this.s;
    return html`<span class="facts">
      <span class="state ${c.status}">${s.status[c.status] ?? c.status}</span>
      <span class="answered">${s.answered(c.answered)}</span>
      <time datetime=${c.startedAt} title=${this.#fullDate(c.startedAt)}>${s.started(this.#when(c.startedAt))}</time>
    </span>`;
  }

  #renderThread(id: string) {
    const s = this.s;
    const t = this.thread;
    const summary = this.list.state === 'loaded' ? this.list.value.find((c) => c.id === id) : undefined;
    const head = html`<header class="thread-head">
      <a class="back" href=${aiRoute()} aria-label=${s.back} title=${s.back}>${backArrow}</a>
      <span class="bot" aria-hidden="true">${aiLabel(this.strings)}</span>
      <div>
        <h2 id="thread-title" tabindex="-1" dir="auto">${summary?.firstQuestion ?? this.strings.conversation}</h2>
        ${summary ? this.#facts(summary) : nothing}
      </div>
    </header>`;
    if (!t || t.state === 'loading') return html`${head}<p role="status">${s.loadingThread}</p>`;
    if (t.state === 'failed') {
      return html`${head}<p class="error" role="alert">
          ${this.#errorText(t.code, s.threadFailed)}
          ${
            t.code === 'admins_only' || t.code === 'conversation_not_found'
              ? nothing
              : html`<button class="ghost" @click=${() => void this.#loadThread()}>${s.retry}</button>`
          }
        </p>`;
    }
    return html`${head}
      <parley-message-list
        self="agent"
        locale=${this.locale}
        .entries=${new Thread({ messages: t.value }).entries('agent')}
        .strings=${this.strings}
      ></parley-message-list>
      <p class="read-only">${s.readOnly}</p>`;
  }
}
