import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../i18n.js';
import tokens from '../../styles/tokens.styles.js';
import type { UploadTarget } from '../visitor-composer/image-upload.js';
import { transcriptStrings } from './transcript.i18n.js';

/** The shape the server checks too: something, an @, something, no spaces. */
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * @summary "Email me this conversation", once the chat has ended: a button that opens a small form with the visitor's
 * address (the one they gave already, if any), sends `POST /api/v1/visitor/conversations/{id}/transcript` with the
 * visitor's token, and says where it went, or why it could not go.
 */
export class ParleyTranscript extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        margin: 8px 0;
        text-align: start;
        font-size: 13.5px;
      }
      button {
        font: inherit;
        cursor: pointer;
      }
      .offer {
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        text-decoration: underline;
      }
      form {
        display: grid;
        gap: 6px;
      }
      label {
        font-size: 13px;
        color: var(--_text-2);
      }
      input {
        font: inherit;
        padding: 7px 9px;
        border: 1px solid var(--_border);
        border-radius: 8px;
        background: var(--_surface);
        color: var(--_text);
      }
      .actions {
        display: flex;
        gap: 8px;
      }
      .actions button {
        padding: 6px 12px;
        border: 1px solid var(--_border);
        border-radius: 8px;
        background: var(--_surface);
        color: var(--_text);
      }
      .actions .primary {
        border-color: var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
      }
      [role='alert'] {
        margin: 0;
        color: var(--_danger);
      }
      [role='status'] p {
        margin: 0;
      }
    `,
  ];

  /** The language of the words (`en` or `pl`). */
  @property() locale: Lang = 'en';
  /** The ended conversation. */
  @property() conversation = '';
  /** The address the visitor gave already, offered first. */
  @property() email = '';
  /** Where to ask: Parley's server and the visitor's token. */
  @property({ attribute: false }) target?: UploadTarget;

  @state() private open = false;
  @state() private sending = false;
  @state() private sentTo?: string;
  @state() private error?: string;
  @state() private value?: string;

  protected override render() {
    const s = transcriptStrings[this.locale] ?? transcriptStrings.en;
    if (this.sentTo) {
      return html`<div role="status"><p>${s.sent(this.sentTo)}</p></div>`;
    }
    if (!this.open) {
      return html`<button class="offer" @click=${this.#open}>${s.offer}</button>`;
    }
    const value = this.value ?? this.email;
    return html`<form @submit=${this.#submit} novalidate aria-busy=${this.sending ? 'true' : 'false'}>
      <label for="email">${s.label}</label>
      <input
        id="email"
        type="email"
        autocomplete="email"
        maxlength="254"
        required
        .value=${value}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.error ? 'error' : nothing}
        @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)}
      />
      ${this.error ? html`<p id="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.sending}>${this.sending ? s.sending : s.send}</button>
        <button type="button" @click=${() => (this.open = false)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  async #open(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    const s = transcriptStrings[this.locale] ?? transcriptStrings.en;
    const email = (this.value ?? this.email).trim();
    if (!EMAIL.test(email)) {
      this.error = s.invalid;
      return;
    }
    if (this.sending || !this.target) return;
    this.sending = true;
    this.error = undefined;
    try {
      let res = await this.#post(email, await this.target.token());
      if (res.status === 401) res = await this.#post(email, await this.target.token(true));
      const body = (await res.json().catch(() => ({}))) as { sentTo?: string; code?: string };
      if (res.ok) this.sentTo = body.sentTo ?? email;
      else this.error = (body.code && s.errors[body.code]) || s.failed;
    } catch {
      this.error = s.failed;
    } finally {
      this.sending = false;
    }
  }

  #post(email: string, token?: string): Promise<Response> {
    return fetch(
      `${this.target!.server()}/api/v1/visitor/conversations/${encodeURIComponent(this.conversation)}/transcript`,
      {
        method: 'POST',
        credentials: 'omit',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ email }),
      },
    );
  }
}
