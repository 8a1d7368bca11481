import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../i18n.js';
import tokens from '../../styles/tokens.styles.js';
import { ratingStrings } from './rating.i18n.js';

/**
 * The longest comment Parley takes (docs/schemas/frames/client/rate.schema.json), for a server whose configuration does
 * not say (`limits.ratingCommentMaxLength`).
 */
export const COMMENT_MAX_LENGTH = 500;

export type Score = 'good' | 'bad';

/** The rating the server holds for the conversation. */
export interface GivenRating {
  score: Score;
  comment?: string;
}

/** A thumb up, or turned down with an SVG transform: store pages' Content-Security-Policy forbids inline styles. */
const thumb = (down: boolean) =>
  down
    ? html`<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"><g transform="rotate(180 12 12)"><path d="M7 10v11H3V10zM7 10l4-8a3 3 0 0 1 3 3v4h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21H7"/></g></svg>`
    : html`<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"><path d="M7 10v11H3V10zM7 10l4-8a3 3 0 0 1 3 3v4h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21H7"/></svg>`;

/**
 * @summary "How was this conversation?": good or bad (thumbs), an optional comment, then thanks; the visitor may
 * change it afterwards.
 *
 * @fires parley-rate - The visitor sends their rating; `detail` is `{score, comment?}`.
 */
export class ParleyRating extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        flex-basis: 100%;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend,
      .thanks {
        padding: 0;
        margin: 0 auto 8px;
        font-weight: 600;
        color: var(--_text);
      }
      .thumbs {
        display: flex;
        justify-content: center;
        gap: 10px;
      }
      .thumbs button {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 40px;
        padding: 7px 16px;
        font: inherit;
        border: 1px solid var(--_border);
        border-radius: 20px;
        background: var(--_surface);
        color: var(--_text);
        cursor: pointer;
      }
      .thumbs button[aria-pressed='true'] {
        border-color: var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
      }
      button:focus-visible,
      textarea:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      label {
        display: block;
        margin: 12px 0 4px;
        text-align: start;
        font-size: 13px;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 60px;
        padding: 8px;
        font: inherit;
        border: 1px solid var(--_border);
        border-radius: 8px;
        resize: vertical;
      }
      .left {
        margin: 2px 0 8px;
        text-align: end;
        font-size: 12px;
        color: var(--_text-2);
      }
      .send,
      .change {
        font: inherit;
        padding: 7px 14px;
        border: 1px solid var(--_accent);
        border-radius: 8px;
        background: var(--_accent);
        color: var(--_on-accent);
        cursor: pointer;
      }
      .change {
        margin-top: 6px;
        background: var(--_surface);
        color: var(--_accent);
      }
      .send[disabled] {
        opacity: 0.6;
        cursor: default;
      }
      .error {
        margin: 8px 0 0;
        color: var(--_danger);
      }
      p {
        margin: 0;
      }
    `,
  ];

  /** The language of the words (`en` or `pl`). */
  @property() locale: Lang = 'en';
  /** The rating the server holds, once it answered. */
  @property({ attribute: false }) rating?: GivenRating;
  /** Why the last rating was refused: the server's error code. */
  @property() error?: string;
  /** The longest comment the server takes, as its limits say; Parley's own when they do not. */
  @property({ attribute: false }) maxLength?: number;

  @state() private score?: Score;
  @state() private comment = '';
  @state() private editing = false;
  @state() private sending = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // An answer, either way, ends the sending.
    if (changed.has('rating') || changed.has('error')) this.sending = false;
    if (changed.has('rating') && this.rating) this.editing = false;
  }

  #choose(score: Score): void {
    this.score = score;
  }

  #send(e: Event): void {
    e.preventDefault();
    if (!this.score || this.sending) return;
    this.sending = true;
    const comment = this.comment.trim();
    this.dispatchEvent(
      new CustomEvent('parley-rate', {
        detail: { score: this.score, ...(comment && { comment }) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  async #change(): Promise<void> {
    this.score = this.rating?.score;
    this.comment = this.rating?.comment ?? '';
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  }

  protected override render() {
    const s = ratingStrings[this.locale] ?? ratingStrings.en;
    const error = this.error && (s.errors[this.error] ?? s.errors.default);
    if (this.rating && !this.editing) {
      return html`<div role="status">
        <p class="thanks">${s.thanks}</p>
        <p>${s.rated(this.rating.score === 'good')}</p>
        <button class="change" @click=${this.#change}>${s.change}</button>
      </div>`;
    }
    return html`<form @submit=${this.#send}>
      <fieldset>
        <legend>${s.question}</legend>
        <div class="thumbs">
          <button type="button" aria-pressed=${this.score === 'good'} @click=${() => this.#choose('good')}>
            ${thumb(false)}${s.good}
          </button>
          <button type="button" aria-pressed=${this.score === 'bad'} @click=${() => this.#choose('bad')}>
            ${thumb(true)}${s.bad}
          </button>
        </div>
      </fieldset>
      ${
        this.score
          ? html`<label for="comment">${s.comment}</label>
              <textarea
                id="comment"
                maxlength=${this.maxLength ?? COMMENT_MAX_LENGTH}
                aria-describedby="left"
                .value=${this.comment}
                @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <p class="left" id="left">${s.left((this.maxLength ?? COMMENT_MAX_LENGTH) - this.comment.length)}</p>
              <button class="send" ?disabled=${this.sending}>${this.sending ? s.sending : s.send}</button>`
          : nothing
      }
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    </form>`;
  }
}
