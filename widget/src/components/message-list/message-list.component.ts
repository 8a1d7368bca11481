import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ParleyMessageDiscardEvent,
  ParleyMessageRetryEvent,
  ParleyMessageSendEvent,
} from '../../events/parley-message-send.js';
import type { Author, Citation } from '../../protocol/messages.js';
import type { ThreadEntry } from '../../protocol/thread.js';
import tokens from '../../styles/tokens.styles.js';
import { aiLabel, aiLabelStyles } from './ai-label.js';
import styles from './message-list.styles.js';

export interface MessageListStrings {
  conversation: string;
  you: string;
  /** Name for visitor messages without an author name. */
  visitor: string;
  /** Name for agent messages without an author name. */
  support: string;
  sending: string;
  retry: string;
  remove: string;
  errors: Record<string, string>;
  errorDefault: string;
  /**
   * Wording of system message events (`ended_by_visitor`, `closed_by_agent`), instead of the server's text; a function
   * words the server's text (`passed_to_helpdesk`: the address the store's helpdesk replies to).
   */
  events: Record<string, string | ((text: string) => string)>;
  /** Alternative text of an image someone sent. */
  imageFrom: (name: string) => string;
  /** The label of the button that shows an image full size. */
  enlarge: string;
  imageFailed: string;
  closeImage: string;
  /** Under one's own newest message that the other side has seen. */
  seen: string;
  /** The label of the AI agent's messages ("AI"), and its name for screen readers and on hover ("AI agent"). */
  ai: string;
  aiAgent: string;
  /** Before the title of a source an AI agent's answer comes from. */
  source: string;
  /** Said of a source's link, which opens in a new tab. */
  newTab: string;
  /** The group of "Did you mean…" choices under an AI agent's answer. */
  choices: string;
}

/** Turns an image's server URL (`/api/v1/uploads/…`) into one the browser may load. */
export type ImageSource = (url: string) => Promise<string>;

/** Time formats by locale: making one is slow, so each is made once. */
const formats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })));
  return format;
}

/** Error codes after which the same message may be sent again (or removed). */
const RETRYABLE = new Set(['internal_error', 'not_ready', 'upload_failed', 'rate_limited']);

/**
 * @summary The messages of one conversation, in order, as a polite live region.
 *
 * Keeps the view pinned to the newest message while the reader is within about 50 px of the bottom.
 *
 * The store's AI agent's messages (`bot`) carry an "AI" label, the sources they cite as links (opening in a new tab)
 * and their "Did you mean…" choices: buttons on the newest message of the visitor's own list (`self="visitor"`),
 * which send the choice's title as the visitor's message; elsewhere what was offered, as text.
 *
 * @slot - Content shown above the first message (a greeting).
 * @fires parley-message-send - The visitor picked a "Did you mean…" choice: its title is their next message.
 * @fires parley-message-retry - The user asked to send a refused message again.
 * @fires parley-message-discard - The user removed a refused message.
 * @csspart log - The scrolling container (`role="log"`).
 * @csspart message - One message row.
 * @csspart bubble - The text bubble of a message.
 * @csspart delivery - Where a message is on its way (an SMS reply's delivery state), under it.
 * @csspart image - An image in a message; activating it shows the image full size in a modal dialog.
 */
export class ParleyMessageList extends LitElement {
  static override styles = [tokens, aiLabelStyles, styles];

  /** Committed and pending messages, in display order. */
  @property({ attribute: false }) entries: ThreadEntry[] = [];

  /** Whose messages sit on the right: `visitor` in the widget, `agent` in the inbox. */
  @property() self: Author = 'visitor';

  @property({ attribute: false }) strings!: MessageListStrings;

  /** BCP 47 language for times. */
  @property() locale = 'en';

  /** The other side has seen the messages up to this `seq`: one's own newest of them shows "Seen". */
  @property({ type: Number }) seenSeq = 0;

  /** Loads images; the default loads them from the page's origin with its cookies (the inbox). */
  @property({ attribute: false }) imageSource: ImageSource = async (url) => url;

  /** The image shown full size. */
  @state() private viewing?: { src: string; alt: string };

  @query('.log') private log!: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  /** Loaded images by server URL: the URL to show, or null when loading failed. */
  readonly #images = new Map<string, string | null>();
  readonly #loading = new Set<string>();

  private pinned = true;

  /** Scrolls to the newest message. */
  scrollToEnd(): void {
    if (this.log) this.log.scrollTop = this.log.scrollHeight;
    this.pinned = true;
  }

  protected override willUpdate(): void {
    const log = this.log;
    if (log) this.pinned = log.scrollHeight - log.scrollTop - log.clientHeight < 50;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const last = this.entries[this.entries.length - 1];
    const before = changed.get('entries') as ThreadEntry[] | undefined;
    const ownNew = last && last.author === this.self && last.state === 'sending' && before?.at(-1)?.key !== last.key;
    if (this.pinned || ownNew) this.scrollToEnd();
  }

  protected override render() {
    const s = this.strings;
    const time = timeFormat(this.locale);
    const seenSeq = this.seenSeq;
    let seenAt: string | undefined;
    for (const e of this.entries) if (e.author === this.self && e.seq !== undefined && e.seq <= seenSeq) seenAt = e.key;
    return html`<div class="log" part="log" role="log" aria-live="polite" aria-label=${s.conversation} tabindex="0">
      <slot></slot>
      <ol>
        ${this.entries.map((e, i) => {
          const mine = e.author === this.self;
          // The store's own words (the welcome, the away reply) read as the store speaking to the visitor; the
          // notices of what happened (the chat ended) stay notices.
          const store = e.author === 'system' && (!e.event || e.event === 'away_reply') && this.self === 'visitor';
          // The store's AI agent speaks as the store to the visitor; the team reads it under its label alone.
          const bot = e.author === 'bot';
          const prev = this.entries[i - 1];
          const first = !prev || prev.author !== e.author || prev.authorName !== e.authorName;
          const name = mine
            ? s.you
            : store || (bot && this.self === 'visitor')
              ? s.support
              : bot
                ? '' // the team reads the AI agent under its label, in the reader's language, not the server's name
                : e.authorName || (e.author === 'visitor' ? s.visitor : s.support);
          const showName = first && !mine && (e.author !== 'system' || store);
          const sentAt = e.sentAt ? new Date(e.sentAt) : undefined;
          // A handoff: the AI agent gave the conversation to a person, or to the store's helpdesk.
          const handoff = e.event?.startsWith('handoff_') || e.event === 'passed_to_helpdesk';
          const words = e.event && s.events[e.event];
          return html`<li
            class="${mine ? 'mine' : 'theirs'} ${store ? 'store' : e.author} ${e.state} ${first ? 'first' : ''} ${handoff ? 'handoff' : ''} ${bot && this.self !== 'visitor' ? 'ours' : ''}"
            part=${e.note ? 'message note' : 'message'}
            data-seq=${e.seq ?? nothing}
          >
            ${e.note ? html`<span class="note-label" part="note-label">${e.note}</span>` : nothing}
            ${
              e.author === 'system' && !store
                ? nothing
                : showName
                  ? store || bot
                    ? html`<span class="from">${name && this.self === 'visitor' ? html`<span class="avatar" aria-hidden="true">${initials(name)}</span>` : nothing}${name ? html`<bdi class="name">${name}</bdi>` : nothing}${bot ? aiLabel(s) : nothing}</span>`
                    : html`<bdi class="name">${name}</bdi>`
                  : html`<span class="vh"><bdi>${name}</bdi>${bot ? html` ${s.aiAgent}` : nothing}: </span>`
            }
            ${e.image ? this.#image(e.image.url, s.imageFrom(name)) : nothing}
            ${e.text || !e.image ? html`<div class="bubble" part=${e.note ? 'bubble note-bubble' : 'bubble'} dir="auto">${(typeof words === 'function' ? words(e.text) : words) || e.text}</div>` : nothing}
            ${bot && e.citations?.length ? this.#citations(e.citations, this.self === 'visitor' && i === this.entries.length - 1) : nothing}
            ${
              e.state === 'sending'
                ? html`<div class="meta">${s.sending}</div>`
                : e.state === 'sent' &&
                    sentAt &&
                    !isNaN(+sentAt) &&
                    (!this.entries[i + 1] || this.entries[i + 1].author !== e.author)
                  ? html`<div class="meta"><time datetime=${e.sentAt!}>${time.format(sentAt)}</time>${e.key === seenAt ? html` · ${s.seen}` : nothing}</div>`
                  : e.key === seenAt
                    ? html`<div class="meta">${s.seen}</div>`
                    : nothing
            }
            ${e.delivery ? html`<div class="meta delivery ${e.delivery.failed ? 'undelivered' : ''}" part="delivery">${e.delivery.label ? html`<span class="vh">${e.delivery.label}: </span>` : nothing}${e.delivery.text}</div>` : nothing}
            ${e.state === 'failed' ? this.renderError(e) : nothing}
          </li>`;
        })}
      </ol>
    </div>
    <dialog aria-label=${this.viewing?.alt ?? nothing} @close=${() => (this.viewing = undefined)} @keydown=${this.#keepEscape}>
      ${
        this.viewing
          ? html`<img src=${this.viewing.src} alt=${this.viewing.alt} />
            <form method="dialog"><button aria-label=${s.closeImage} title=${s.closeImage}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>
            </button></form>`
          : nothing
      }
    </dialog>`;
  }

  /**
   * What an AI agent's message cites: its sources, each a line with its link (an absolute http(s) one only) opening in a
   * new tab, and its choices, as buttons that send their title when `choosing`, else as what was offered.
   */
  #citations(citations: Citation[], choosing: boolean) {
    const s = this.strings;
    const sources = citations.filter((c) => c.kind === 'source');
    const choices = citations.filter((c) => c.kind === 'choice');
    return html`${sources.map(
      (c) =>
        html`<p class="source" part="source">${s.source}: ${
          c.link && /^https?:\/\//i.test(c.link)
            ? html`<a href=${c.link} target="_blank" rel="noopener noreferrer"><bdi>${c.title}</bdi><span aria-hidden="true"> ↗</span><span class="vh"> (${s.newTab})</span></a>`
            : html`<bdi>${c.title}</bdi>`
        }</p>`,
    )}${
      choices.length
        ? html`<div class="choices" part="choices" role="group" aria-label=${s.choices}>
          ${choices.map((c) =>
            choosing
              ? html`<button type="button" dir="auto" @click=${() => this.dispatchEvent(new ParleyMessageSendEvent(c.title))}>${c.title}</button>`
              : html`<span dir="auto">${c.title}</span>`,
          )}
        </div>`
        : nothing
    }`;
  }

  #image(url: string, alt: string) {
    const src = this.#images.get(url);
    if (src === undefined && !this.#loading.has(url)) this.#load(url);
    if (src === null) return html`<div class="bubble failed-image" part="bubble">${this.strings.imageFailed}</div>`;
    return html`<button type="button" class="image" part="image" aria-label="${this.strings.enlarge}: ${alt}" @click=${() => src && this.#view(src, alt)}>
      ${src ? html`<img src=${src} alt=${alt} @load=${this.#imageLoaded} />` : nothing}
    </button>`;
  }

  #load(url: string): void {
    this.#loading.add(url);
    this.imageSource(url)
      .then(
        (src) => this.#images.set(url, src),
        () => this.#images.set(url, null),
      )
      .finally(() => this.requestUpdate());
  }

  #imageLoaded(): void {
    if (this.pinned) this.scrollToEnd();
  }

  async #view(src: string, alt: string): Promise<void> {
    this.viewing = { src, alt };
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  /** Escape closes the image, not the chat around it. */
  #keepEscape(e: KeyboardEvent): void {
    if (e.key === 'Escape') e.stopPropagation();
  }

  private renderError(e: ThreadEntry) {
    const s = this.strings;
    const id = e.clientMessageId!;
    const retry = RETRYABLE.has(e.error ?? '');
    return html`<div class="error" role="alert">
      ${s.errors[e.error ?? ''] ?? s.errorDefault}
      ${retry ? html`<button type="button" @click=${() => this.dispatchEvent(new ParleyMessageRetryEvent(id))}>${s.retry}</button>` : nothing}
      <button type="button" @click=${() => this.dispatchEvent(new ParleyMessageDiscardEvent(id))}>${s.remove}</button>
    </div>`;
  }
}

/** Up to two initials of a name, for the store's avatar beside its messages. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}
