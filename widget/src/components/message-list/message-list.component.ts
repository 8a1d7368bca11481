import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ParleyMessageDiscardEvent, ParleyMessageRetryEvent } from '../../events/parley-message-send.js';
import type { Author } from '../../protocol/messages.js';
import type { ThreadEntry } from '../../protocol/thread.js';
import tokens from '../../styles/tokens.styles.js';
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
  /** Wording of system message events (`ended_by_visitor`, `closed_by_agent`), instead of the server's text. */
  events: Record<string, string>;
}

/** Error codes after which the same message may be sent again. */
const RETRYABLE = new Set(['internal_error', 'not_ready']);

/**
 * @summary The messages of one conversation, in order, as a polite live region.
 *
 * Keeps the view pinned to the newest message while the reader is within about 50 px of the bottom.
 *
 * @slot - Content shown above the first message (a greeting).
 * @fires parley-message-retry - The user asked to send a refused message again.
 * @fires parley-message-discard - The user removed a refused message.
 * @csspart log - The scrolling container (`role="log"`).
 * @csspart message - One message row.
 * @csspart bubble - The text bubble of a message.
 */
export class ParleyMessageList extends LitElement {
  static override styles = [tokens, styles];

  /** Committed and pending messages, in display order. */
  @property({ attribute: false }) entries: ThreadEntry[] = [];

  /** Whose messages sit on the right: `visitor` in the widget, `agent` in the inbox. */
  @property() self: Author = 'visitor';

  @property({ attribute: false }) strings!: MessageListStrings;

  /** BCP 47 language for times. */
  @property() locale = 'en';

  @query('.log') private log!: HTMLElement;

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
    const time = new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' });
    return html`<div class="log" part="log" role="log" aria-live="polite" aria-label=${s.conversation} tabindex="0">
      <slot></slot>
      <ol>
        ${this.entries.map((e, i) => {
          const mine = e.author === this.self;
          const prev = this.entries[i - 1];
          const first = !prev || prev.author !== e.author || prev.authorName !== e.authorName;
          const name = mine ? s.you : e.authorName || (e.author === 'visitor' ? s.visitor : s.support);
          const showName = first && !mine && e.author !== 'system';
          const sentAt = e.sentAt ? new Date(e.sentAt) : undefined;
          return html`<li
            class="${mine ? 'mine' : 'theirs'} ${e.author} ${e.state} ${first ? 'first' : ''}"
            part="message"
            data-seq=${e.seq ?? nothing}
          >
            ${e.author === 'system' ? nothing : showName ? html`<span class="name">${name}</span>` : html`<span class="vh">${name}: </span>`}
            <div class="bubble" part="bubble">${(e.event && s.events[e.event]) || e.text}</div>
            ${e.state === 'sending'
              ? html`<div class="meta">${s.sending}</div>`
              : e.state === 'sent' && sentAt && !isNaN(+sentAt) && (!this.entries[i + 1] || this.entries[i + 1].author !== e.author)
                ? html`<div class="meta"><time datetime=${e.sentAt!}>${time.format(sentAt)}</time></div>`
                : nothing}
            ${e.state === 'failed' ? this.renderError(e) : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderError(e: ThreadEntry) {
    const s = this.strings;
    const id = e.clientMessageId!;
    const retry = RETRYABLE.has(e.error ?? '');
    return html`<div class="error" role="alert">
      ${s.errors[e.error ?? ''] ?? s.errorDefault}
      <button
        type="button"
        @click=${() => this.dispatchEvent(retry ? new ParleyMessageRetryEvent(id) : new ParleyMessageDiscardEvent(id))}
      >
        ${retry ? s.retry : s.remove}
      </button>
    </div>`;
  }
}
