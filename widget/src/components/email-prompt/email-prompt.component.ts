import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../i18n.js';
import type { ContactOffer } from '../chat/contact-offer.js';
import tokens from '../../styles/tokens.styles.js';
import { emailPromptStrings } from './email-prompt.i18n.js';

/** The longest address the server takes (docs/schemas/frames/client/contact.schema.json). */
export const EMAIL_MAX_LENGTH = 254;

/** The shape the server checks too: something, an @, something, no spaces. */
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * @summary "Leave your email and we'll reply there": asked while the team is away, optional and skippable; once
 * given, said back with a way to change it. With `mode="handoff"`, the address the store's helpdesk is to reply to,
 * asked in place of the composer while the conversation waits for it, with "Chat here instead".
 *
 * In the chat it is given the widget's {@link ContactOffer}: it then shows only while `asking` (the team is away
 * and the visitor wrote), never when the server has an address for the visitor that they did not give here (the
 * store's), and never again once they said no; the answer is kept in the visitor's record.
 *
 * @fires parley-contact - The visitor gives their address; `detail` is `{email}`.
 * @fires parley-contact-skip - The visitor does not want to give one; the widget remembers and asks no more.
 * @fires parley-handoff-email - (handoff) The visitor gives the address the helpdesk is to reply to; `detail` is
 * `{email}`.
 * @fires parley-handoff-live - (handoff) The visitor would rather chat here.
 */
export class ParleyEmailPrompt extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        /* In the panel's column, above the composer: as tall as its content, never taking the thread's room. */
        flex: none;
        margin: 0 12px 8px;
        text-align: start;
      }
      form,
      .done {
        padding: 10px 12px;
        border: 1px solid var(--_border);
        border-radius: 10px;
        background: var(--_surface);
        color: var(--_text);
      }
      h2 {
        margin: 0 0 4px;
        font-size: 14px;
        font-weight: 600;
      }
      p {
        margin: 0;
      }
      .hint {
        margin-bottom: 8px;
        font-size: 13px;
        color: var(--_text-2);
      }
      label {
        display: block;
        margin-bottom: 4px;
        font-size: 13px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      input {
        flex: 1 1 180px;
        min-width: 0;
        min-height: 36px;
        box-sizing: border-box;
        padding: 6px 8px;
        font: inherit;
        border: 1px solid var(--_border);
        border-radius: 8px;
      }
      input[aria-invalid='true'] {
        border-color: var(--_danger);
      }
      button {
        min-height: 36px;
        font: inherit;
        padding: 6px 14px;
        border: 1px solid var(--_accent);
        border-radius: 8px;
        background: var(--_accent);
        color: var(--_on-accent);
        cursor: pointer;
      }
      button.plain {
        background: var(--_surface);
        color: var(--_accent);
      }
      button[disabled] {
        opacity: 0.6;
        cursor: default;
      }
      button:focus-visible,
      input:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .error {
        margin-top: 6px;
        color: var(--_danger);
      }
      .done button {
        margin-top: 6px;
      }
      @media (max-width: 480px) {
        input,
        button {
          min-height: 40px;
        }
      }
    `,
  ];

  /** The language of the words (`en` or `pl`). */
  @property() locale: Lang = 'en';
  /** `contact` (the offer while the team is away) or `handoff` (the address the store's helpdesk replies to). */
  @property() mode: 'contact' | 'handoff' = 'contact';
  /** The address the server keeps for the visitor, once it answered. */
  @property() email?: string;
  /** Why the last address was refused: the server's error code. */
  @property() error?: string;
  /** The chat's side of the offer: what the server said, the visitor's record, and the `contact` frame. */
  @property({ attribute: false }) offer?: ContactOffer;
  /** The server's last answer to a `contact` (a new object each time), or its refusal of a handoff's frame. */
  @property({ attribute: false }) answer?: { email?: string; error?: string };
  /** The team is away and the visitor wrote: the chat asks (without an `offer`, the prompt always shows). */
  @property({ type: Boolean }) asking = false;

  @state() private value = '';
  @state() private editing = false;
  @state() private sending = false;
  @state() private invalid = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('answer') && this.answer) {
      this.error = this.answer.error;
      if (this.answer.email && this.offer) {
        this.offer.record().contact = { email: this.answer.email };
        this.offer.persist();
      }
    }
    if (this.offer) this.email = this.offer.record().contact?.email;
    // An answer, either way, ends the sending (the error cleared for the next try does not).
    if (changed.has('answer') || changed.has('email') || (changed.has('error') && this.error)) this.sending = false;
    if (changed.has('answer') && this.email) this.editing = false;
    if (changed.has('email') && this.email) this.editing = false;
  }

  #save(e: Event): void {
    e.preventDefault();
    if (this.sending) return;
    const email = this.value.trim();
    this.invalid = !EMAIL.test(email) || email.length > EMAIL_MAX_LENGTH;
    if (this.invalid) {
      this.renderRoot.querySelector('input')?.focus();
      return;
    }
    this.sending = true;
    this.error = undefined;
    this.#fire(this.mode === 'handoff' ? 'parley-handoff-email' : 'parley-contact', { email });
    this.offer?.give(email);
  }

  #fire(type: string, detail?: { email: string }): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #skip(): void {
    if (this.mode === 'handoff') return this.#fire('parley-handoff-live');
    this.#fire('parley-contact-skip');
    if (this.offer) {
      this.offer.record().contact = { skipped: true };
      this.offer.persist();
      this.requestUpdate();
    }
  }

  /** Whether the chat asks now (see the class's summary). */
  #shown(): boolean {
    const offer = this.offer;
    if (!offer) return true;
    const given = offer.record().contact;
    return this.asking && given?.skipped !== true && (!!given?.email || !offer.known);
  }

  /** Moves the focus to the address, once it is rendered. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  async #change(): Promise<void> {
    this.value = this.email ?? '';
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  protected override render() {
    if (!this.#shown()) return nothing;
    const words = emailPromptStrings[this.locale] ?? emailPromptStrings.en;
    const handoff = words.handoff;
    const s =
      this.mode === 'handoff' ? { ...words, ...handoff, errors: { ...words.errors, ...handoff.errors } } : words;
    if (this.email && !this.editing) {
      return html`<div class="done" role="status">
        <p>${s.saved(this.email)}</p>
        <button class="plain" @click=${this.#change}>${s.change}</button>
      </div>`;
    }
    const error = this.invalid ? s.invalid : this.error && (s.errors[this.error] ?? s.errors.default);
    return html`<form @submit=${this.#save} novalidate aria-labelledby="title">
      <h2 id="title">${s.title}</h2>
      <p class="hint">${s.hint}</p>
      <label for="email">${s.label}</label>
      <div class="row">
        <input
          id="email"
          type="email"
          autocomplete="email"
          inputmode="email"
          maxlength=${EMAIL_MAX_LENGTH}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'error' : nothing}
          .value=${this.value}
          @input=${(e: Event) => {
            this.value = (e.target as HTMLInputElement).value;
            this.invalid = false;
          }}
        />
        <button ?disabled=${this.sending}>${this.sending ? s.saving : s.save}</button>
        ${this.editing ? nothing : html`<button type="button" class="plain" ?disabled=${this.sending} @click=${this.#skip}>${s.skip}</button>`}
      </div>
      ${error ? html`<p class="error" id="error" role="alert">${error}</p>` : nothing}
    </form>`;
  }
}
