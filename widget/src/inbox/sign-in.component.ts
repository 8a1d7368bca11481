import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError, type ApiClient } from './api.js';
import { ParleySignedInEvent, type SignedIn } from './events.js';
import { logo } from './icons.js';
import type { InboxStrings } from './inbox.i18n.js';
import type { SignOutNotice } from './inbox-store.js';
import shared from './shared.styles.js';

/**
 * @summary The agent's sign-in form: email and password, sent as JSON to `POST /api/v1/agent/session`.
 *
 * @fires parley-signed-in - The server accepted them; `detail` is the session (the agent, the CSRF token, the limits).
 */
export class ParleySignIn extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: grid;
        min-height: 100%;
        place-items: center;
        padding: 24px;
        box-sizing: border-box;
        background: radial-gradient(circle at 20% 10%, #e7edff, transparent 50%), #f6f7fb;
      }
      form {
        width: min(380px, 100%);
        box-sizing: border-box;
        padding: 32px;
        border-radius: 16px;
        background: var(--_surface);
        box-shadow: 0 10px 40px rgb(16 24 40 / 0.1);
        display: flex;
        flex-direction: column;
      }
      h1 {
        margin: 18px 0 4px;
        font-size: 22px;
      }
      .lead {
        margin: 0 0 20px;
        color: var(--_text-2);
      }
      .notice {
        margin: 0 0 16px;
        padding: 10px 12px;
        border-radius: 8px;
        background: #fff4e5;
        color: #7a4100;
      }
      label {
        font-weight: 600;
        font-size: 13px;
        margin: 10px 0 6px;
      }
    `,
  ];

  @property({ attribute: false }) api!: ApiClient;
  @property({ attribute: false }) strings!: InboxStrings;
  /** Why the agent is here without having signed out: their session ended, or they were removed from the team. */
  @property({ attribute: false }) notice?: SignOutNotice;

  @state() private error?: string;
  @state() private busy = false;

  protected override render() {
    const s = this.strings;
    return html`<form @submit=${this.#submit} aria-labelledby="signin-title">
      <div class="brand">${logo} ${s.product}</div>
      <h1 id="signin-title">${s.signInTitle}</h1>
      <p class="lead">${s.signInLead}</p>
      ${
        this.notice
          ? html`<p class="notice" role="status">${this.notice === 'removed' ? s.removedNotice : s.signedOutNotice}</p>`
          : nothing
      }
      <label for="email">${s.email}</label>
      <input id="email" name="email" type="email" autocomplete="username" required />
      <label for="password">${s.password}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? s.signingIn : s.signIn}</button>
    </form>`;
  }

  async #submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = undefined;
    try {
      const session = await this.api.post<SignedIn>('/agent/session', {
        email: data.get('email'),
        password: data.get('password'),
      });
      this.dispatchEvent(new ParleySignedInEvent(session));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = err.detail || this.strings.signInFailed;
    } finally {
      this.busy = false;
    }
  }
}
