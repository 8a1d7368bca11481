import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError, type ApiClient } from './api.js';
import { ParleySignedInEvent, type SignedIn } from './events.js';
import { logo } from './icons.js';
import type { Lang } from '../i18n.js';
import { passwordResetI18n, type PasswordResetStrings } from './password-reset.i18n.js';
import type { InboxStrings } from './inbox.i18n.js';
import type { SignOutNotice } from './inbox-store.js';
import shared from './shared.styles.js';

/** Which form shows: signing in, asking for a reset link, or setting a new password with one. */
type Mode = 'sign-in' | 'forgot' | 'reset';

/**
 * @summary The agent's sign-in form: email and password, sent as JSON to `POST /api/v1/agent/session`; "Forgot your
 * password?" asks for a link by email, and the link (`#/reset/<secret>`) opens the form that sets a new password.
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
      .done {
        margin: 0 0 16px;
        padding: 10px 12px;
        border-radius: 8px;
        background: #e7f6ec;
        color: #14532d;
      }
      .hint {
        margin: 4px 0 0;
        font-size: 12px;
        color: var(--_text-2);
      }
      .links {
        margin: 14px 0 0;
        text-align: center;
      }
      .links button {
        background: none;
        border: 0;
        padding: 4px;
        color: var(--_accent);
        text-decoration: underline;
        cursor: pointer;
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) api!: ApiClient;
  @property({ attribute: false }) strings!: InboxStrings;
  /** Why the agent is here without having signed out: their session ended, or they were removed from the team. */
  @property({ attribute: false }) notice?: SignOutNotice;

  /** The interface's language, for the password reset forms' words. */
  @property() locale: Lang = 'en';

  @state() private error?: string;
  @state() private busy = false;
  @state() private mode: Mode = 'sign-in';
  /** What the last request achieved, shown above the form. */
  @state() private done?: string;
  /** The reset link's secret, from the address. */
  #token = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const link = /^#\/reset\/([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (link) {
      this.#token = link[1];
      this.mode = 'reset';
    }
  }

  private get r(): PasswordResetStrings {
    return passwordResetI18n[this.locale] ?? passwordResetI18n.en;
  }

  protected override render() {
    if (this.mode === 'forgot') return this.#renderForgot();
    if (this.mode === 'reset') return this.#renderReset();
    const s = this.strings;
    return html`<form @submit=${this.#submit} aria-labelledby="signin-title">
      <div class="brand">${logo} ${s.product}</div>
      <h1 id="signin-title">${s.signInTitle}</h1>
      <p class="lead">${s.signInLead}</p>
      ${this.done ? html`<p class="done" role="status">${this.done}</p>` : nothing}
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
      <p class="links"><button type="button" @click=${() => this.#show('forgot')}>${this.r.forgotPassword}</button></p>
    </form>`;
  }

  #renderForgot() {
    const s = this.strings;
    const r = this.r;
    return html`<form @submit=${this.#askForLink} aria-labelledby="forgot-title">
      <div class="brand">${logo} ${s.product}</div>
      <h1 id="forgot-title">${r.forgotTitle}</h1>
      <p class="lead">${r.forgotLead}</p>
      ${this.done ? html`<p class="done" role="status">${this.done}</p>` : nothing}
      <label for="reset-email">${s.email}</label>
      <input id="reset-email" name="email" type="email" autocomplete="username" required />
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? r.sendingLink : r.sendLink}</button>
      <p class="links"><button type="button" @click=${() => this.#show('sign-in')}>${r.backToSignIn}</button></p>
    </form>`;
  }

  #renderReset() {
    const s = this.strings;
    const r = this.r;
    return html`<form @submit=${this.#setPassword} aria-labelledby="reset-title">
      <div class="brand">${logo} ${s.product}</div>
      <h1 id="reset-title">${r.newPasswordTitle}</h1>
      <p class="lead">${r.newPasswordLead}</p>
      <label for="new-password">${r.newPassword}</label>
      <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="8" required aria-describedby="new-password-hint" />
      <p id="new-password-hint" class="hint">${r.passwordHint}</p>
      <label for="repeat-password">${r.repeatPassword}</label>
      <input id="repeat-password" name="repeat" type="password" autocomplete="new-password" required />
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? r.settingPassword : r.setPassword}</button>
      <p class="links">
        <button type="button" @click=${() => this.#show('forgot')}>${r.askNewLink}</button>
        <button type="button" @click=${() => this.#show('sign-in')}>${r.backToSignIn}</button>
      </p>
    </form>`;
  }

  /** Shows another form; leaving the reset form forgets the link's address. */
  async #show(mode: Mode, done?: string): Promise<void> {
    if (this.mode === 'reset') history.replaceState(null, '', location.pathname + location.search);
    this.mode = mode;
    this.error = undefined;
    this.done = done;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  async #askForLink(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const email = String(new FormData(form).get('email') ?? '');
    this.busy = true;
    this.error = undefined;
    this.done = undefined;
    try {
      await this.api.post('/agent/password-reset', { email });
      this.done = this.r.linkSent;
      form.reset();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = this.#refusal(err);
    } finally {
      this.busy = false;
    }
  }

  async #setPassword(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const password = String(data.get('password') ?? '');
    this.error = undefined;
    if (password.length < 8) {
      this.error = this.r.passwordTooShort;
      return;
    }
    if (password !== data.get('repeat')) {
      this.error = this.r.passwordsDiffer;
      return;
    }
    this.busy = true;
    try {
      await this.api.post('/agent/password-reset/complete', { token: this.#token, newPassword: password });
      await this.#show('sign-in', this.r.passwordSet);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = this.#refusal(err);
    } finally {
      this.busy = false;
    }
  }

  /** A refusal in the reader's words where Parley knows it, else as the server put it. */
  #refusal(err: ApiError): string {
    const r = this.r;
    const known: Record<string, string> = {
      reset_link_invalid: r.linkInvalid,
      smtp_not_configured: r.noMailServer,
      rate_limited: r.tooManyLinks,
      weak_password: r.passwordTooShort,
    };
    return known[err.code] ?? (err.detail || r.failed);
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
