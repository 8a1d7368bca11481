import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import type {
  GorgiasConnection,
  HandoffSettings,
  HelpdeskConnectionTest,
  ZendeskConnection,
} from '../../wire/index.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { handoffI18n, type HandoffStrings, type Helpdesk } from './handoff.i18n.js';

/** The helpdesks, in the order of their cards. */
const HELPDESKS: Helpdesk[] = ['zendesk', 'gorgias'];

/** A helpdesk account's name as the server takes it: the `{account}` of `{account}.zendesk.com`. */
const ACCOUNT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Enough of an email address to tell a typo from one; the server checks again. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MAX_CLIENT_ID = 200;
const MAX_EMAIL = 254;
const MAX_SECRET = 500;

/** A form's three fields, the same for each helpdesk: the account, who signs in, and the secret. */
type Field = 'account' | 'user' | 'secret';
const FIELDS: Field[] = ['account', 'user', 'secret'];
type Draft = Record<Field, string>;
const EMPTY: Draft = { account: '', user: '', secret: '' };

/** The request body's name of each field, by helpdesk. */
const BODY: Record<Helpdesk, Record<Field, string>> = {
  zendesk: { account: 'subdomain', user: 'clientId', secret: 'clientSecret' },
  gorgias: { account: 'domain', user: 'email', secret: 'apiKey' },
};

/** The field the server's refusal is about, when the problem does not name it. */
const FIELD_OF: Record<string, Field> = {
  invalid_helpdesk_account: 'account',
  invalid_client_id: 'user',
  invalid_email: 'user',
  helpdesk_secret_required: 'secret',
  invalid_helpdesk_secret: 'secret',
};

type Connection = ZendeskConnection | GorgiasConnection;

/**
 * @summary Handoff: the external helpdesks (Zendesk, Gorgias) the AI agent may hand conversations to. Each is a card:
 * a form to connect it, or the connected account with a test of the connection, a form to change it (the stored
 * secret kept when its field is left empty) and a confirmed disconnection. Secrets are write-only: once stored, the
 * screen says only that one is. Without PARLEY_SECRETS_KEY on the server nothing can be connected, and the screen
 * says why. Which target the AI agent hands off to is chosen on the AI agent's screen. Admins only; the server checks
 * again.
 */
export class ParleySettingsHandoff extends SettingsScreen<HandoffStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .helpdesk {
        display: block !important;
        padding: 18px 20px !important;
        margin-bottom: 16px !important;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 6px 12px;
        margin-bottom: 8px;
      }
      .head h3 {
        margin: 0;
      }
      .badge {
        font-size: 12px;
        padding: 2px 8px;
        border-radius: 999px;
        background: var(--_surface-2);
        color: var(--_text-2);
      }
      .badge.on {
        background: #e7f6ec;
        color: #14532d;
      }
      .intro {
        margin-bottom: 6px;
      }
      .list .helpdesk .hint {
        overflow: visible;
        white-space: normal;
        max-width: none;
      }
      .helpdesk > .hint {
        margin-bottom: 12px;
      }
      .helpdesk form {
        max-width: 560px;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 4px 14px;
        margin: 0 0 4px;
        font-size: 14px;
      }
      dl div {
        display: contents;
      }
      dt {
        color: var(--_text-2);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .suffixed {
        display: flex;
        min-width: 0;
      }
      .suffixed input {
        flex: 1;
        min-width: 0;
        border-start-end-radius: 0 !important;
        border-end-end-radius: 0 !important;
      }
      .suffix {
        display: flex;
        align-items: center;
        padding: 0 10px;
        border: 1px solid var(--_border);
        border-inline-start: 0;
        border-start-end-radius: 8px;
        border-end-end-radius: 8px;
        background: var(--_surface-2);
        color: var(--_text-2);
        white-space: nowrap;
      }
      .field .refusal {
        margin: 2px 0 0;
        padding: 6px 10px;
        font-size: 13px;
      }
      .card form {
        margin-top: 4px;
      }
      fieldset.form {
        display: block;
        margin: 0;
        min-width: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-top: 12px;
      }
      .confirm p {
        flex-basis: 100%;
        margin: 0 0 4px;
      }
      .danger {
        background: var(--_danger);
      }
      .status {
        margin: 12px 0 0;
      }
      /* Kept in the page while empty, so that what it says next is announced. */
      .status:empty {
        margin: 0;
      }
      .status.good {
        color: #067647;
      }
      .status.bad {
        color: var(--_danger);
      }
      .refusal {
        margin-top: 12px;
      }
    `,
  ];

  protected readonly words = handoffI18n;
  /** The load of the screen. */
  private readonly calls = new RequestController(this, 'handoff');
  /** Each helpdesk's calls (connect, test, disconnect), whose refusal shows in its card. */
  private readonly helpdeskCalls: Record<Helpdesk, RequestController> = {
    zendesk: new RequestController(this, 'zendesk'),
    gorgias: new RequestController(this, 'gorgias'),
  };
  @state() private handoff?: HandoffSettings;
  /** The forms being written, by helpdesk; a connected helpdesk's form is open only while it is being changed. */
  @state() private drafts: Partial<Record<Helpdesk, Draft>> = {};
  /** What the form's own checks found wrong, by helpdesk and field, before anything was sent. */
  @state() private errors: Partial<Record<Helpdesk, Partial<Record<Field, string>>>> = {};
  /** The helpdesk whose disconnection waits for the admin's confirmation. */
  @state() private confirming?: Helpdesk;
  /** The helpdesk whose connection is being tested. */
  @state() private testing?: Helpdesk;
  /** What each card's live region says: how the last test went, or that the helpdesk was (dis)connected. */
  @state() private notices: Partial<Record<Helpdesk, { text: string; tone?: 'good' | 'bad' }>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    for (const h of HELPDESKS) {
      this.helpdeskCalls[h].wording = () => ({ ...this.#fieldWords(h), ...this.s.problems(this.s.names[h]) });
    }
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await this.calls.run((api) => api.get<HandoffSettings>('/settings/handoff'));
    if (answer) this.handoff = answer.value;
  }

  protected override render() {
    return this.calls.until(!!this.handoff, () => this.renderScreen(this.handoff!));
  }

  private renderScreen(o: HandoffSettings) {
    const s = this.s;
    return html`<p class="hint intro">${s.intro}</p>
      <p class="hint intro">${s.emailNote}</p>
      <p class="hint intro">${s.targetHint.before}<a href="#/settings/assistant">${s.targetHint.link}</a>${s.targetHint.after}</p>
      ${o.secretsKeyConfigured ? nothing : html`<p class="warning" role="note">${s.secretsKeyMissing}</p>`}
      <ul class="list">
        ${HELPDESKS.map((h) => html`<li class="helpdesk card" id="card-${h}">${this.renderHelpdesk(h, o)}</li>`)}
      </ul>`;
  }

  private renderHelpdesk(h: Helpdesk, o: HandoffSettings) {
    const s = this.s;
    const name = s.names[h];
    const connection = o[h];
    const draft = this.drafts[h] ?? (connection ? undefined : EMPTY);
    const notice = this.notices[h];
    return html`<div class="head">
        <h3 id="${h}-title">${name}</h3>
        <span class="badge ${connection ? 'on' : ''}">${connection ? s.connectedBadge : s.notConnectedBadge}</span>
      </div>
      ${connection ? this.renderAccount(h, connection) : nothing}
      ${draft ? this.renderForm(h, draft, !!connection, o.secretsKeyConfigured) : this.renderActions(h, connection!, o)}
      <p class="status ${notice?.tone ?? ''}" role="status" id="${h}-status">${this.testing === h ? s.testing : (notice?.text ?? '')}</p>`;
  }

  private renderAccount(h: Helpdesk, c: Connection) {
    const s = this.s;
    return html`<dl>
      <div><dt>${s.details.account}</dt><dd><bdi>${this.#host(h, c)}</bdi></dd></div>
      <div><dt>${s.details.user[h]}</dt><dd><bdi>${this.#user(c)}</bdi></dd></div>
      <div><dt>${s.details.secret}</dt><dd>${s.secretStored}</dd></div>
      <div><dt>${s.details.updated}</dt><dd><time datetime=${c.updatedAt}>${new Date(c.updatedAt).toLocaleString(this.locale)}</time></dd></div>
    </dl>`;
  }

  private renderActions(h: Helpdesk, c: Connection, o: HandoffSettings) {
    const s = this.s;
    const name = s.names[h];
    const calls = this.helpdeskCalls[h];
    if (this.confirming === h)
      return html`<div class="actions confirm" role="alertdialog" aria-labelledby="${h}-disconnect-q">
          <p id="${h}-disconnect-q">${s.disconnectConfirm(name, this.#host(h, c))}</p>
          <button class="primary danger" ?disabled=${calls.busy} @click=${() => void this.disconnect(h)}>${s.disconnect}</button>
          <button class="ghost" @click=${() => this.#closeConfirmation(h)}>${s.cancel}</button>
        </div>
        ${this.renderRefusal(h)}`;
    return html`<div class="actions">
        <button class="ghost" aria-label=${s.testLabel(name)} aria-describedby="${h}-status" ?disabled=${calls.busy} @click=${() => void this.test(h)}>${s.test}</button>
        <button class="ghost change" aria-label=${s.changeLabel(name)} ?disabled=${!o.secretsKeyConfigured} @click=${() => this.change(h, c)}>${s.change}</button>
        <button class="ghost disconnect" aria-label=${s.disconnectLabel(name)} @click=${() => this.confirmDisconnect(h)}>${s.disconnect}</button>
      </div>
      ${this.renderRefusal(h)}`;
  }

  private renderForm(h: Helpdesk, d: Draft, connected: boolean, configured: boolean) {
    const s = this.s;
    const calls = this.helpdeskCalls[h];
    const refused = this.#refusedField(h);
    const set = (field: Field, value: string) => {
      this.drafts = { ...this.drafts, [h]: { ...(this.drafts[h] ?? EMPTY), [field]: value } };
      if (this.errors[h]?.[field]) this.errors = { ...this.errors, [h]: { ...this.errors[h], [field]: undefined } };
    };
    const field = (
      f: Field,
      input: (a: { id: string; invalid: 'true' | 'false'; describedby: string }) => TemplateResult,
    ) => {
      const id = `${h}-${f}`;
      const error = this.errors[h]?.[f];
      const serverSaid = refused === f;
      const describedby = [`${id}-hint`, error ? `${id}-error` : '', serverSaid ? `refusal-${h}` : '']
        .filter(Boolean)
        .join(' ');
      return html`<div class="field">
        <label for=${id}>${f === 'account' ? s.account[h] : f === 'user' ? s.user[h] : s.secret[h]}</label>
        ${input({ id, invalid: error || serverSaid ? 'true' : 'false', describedby })}
        <p id="${id}-hint" class="hint">${f === 'account' ? s.accountHint[h] : f === 'user' ? s.userHint[h] : connected ? s.keepSecretHint : s.secretHint}</p>
        ${error ? html`<p id="${id}-error" class="refusal">${error}</p>` : nothing}
        ${serverSaid ? this.renderRefusal(h) : nothing}
      </div>`;
    };
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<p class="hint">${s.howTo[h]}</p>
      <form
        novalidate
        aria-labelledby="${h}-title"
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save(h);
        }}
        @keydown=${(e: KeyboardEvent) => connected && e.key === 'Escape' && this.cancel(h)}
      >
        <fieldset class="form" ?disabled=${!configured}>
          ${field(
            'account',
            (a) => html`<div class="suffixed">
              <input id=${a.id} autocomplete="off" autocapitalize="none" spellcheck="false" .value=${d.account}
                aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${(e: Event) => set('account', value(e))} />
              <span class="suffix">.${h}.com</span>
            </div>`,
          )}
          ${field(
            'user',
            (
              a,
            ) => html`<input id=${a.id} type=${h === 'gorgias' ? 'email' : 'text'} autocomplete=${h === 'gorgias' ? 'email' : 'off'}
              autocapitalize="none" spellcheck="false" .value=${d.user} aria-invalid=${a.invalid} aria-describedby=${a.describedby}
              @input=${(e: Event) => set('user', value(e))} />`,
          )}
          ${field(
            'secret',
            (
              a,
            ) => html`<input id=${a.id} type="password" autocomplete="new-password" spellcheck="false" .value=${d.secret}
              aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${(e: Event) => set('secret', value(e))} />`,
          )}
          ${refused ? nothing : this.renderRefusal(h)}
          <div class="buttons">
            <button class="primary" ?disabled=${calls.busy || !configured}>
              ${calls.busy ? (connected ? s.saving : s.connecting) : connected ? s.save : s.connect}
            </button>
            ${connected ? html`<button type="button" class="ghost" @click=${() => this.cancel(h)}>${s.cancel}</button>` : nothing}
          </div>
        </fieldset>
      </form>`;
  }

  /** The server's refusal of the helpdesk's last call, in the admin's words (an alert), or nothing. */
  private renderRefusal(h: Helpdesk) {
    const refusal = this.helpdeskCalls[h].refusal;
    if (!refusal) return nothing;
    const words = this.helpdeskCalls[h].wording()[refusal.code] ?? (refusal.detail || this.s.failed);
    return html`<p class="refusal" role="alert" id="refusal-${h}">${words}${
      refusal.code === 'helpdesk_in_use' ? html` <a href="#/settings/assistant">${this.s.targetHint.link}</a>` : nothing
    }</p>`;
  }

  /** The field the last refusal of the helpdesk's calls is about, when it is about one of the form's. */
  #refusedField(h: Helpdesk): Field | undefined {
    const refusal = this.helpdeskCalls[h].refusal;
    if (!refusal) return undefined;
    const named = FIELDS.find((f) => BODY[h][f] === refusal.field);
    return named ?? FIELD_OF[refusal.code];
  }

  /** The words of the server's refusals of a field: the same as the form's own checks. */
  #fieldWords(h: Helpdesk): Record<string, string> {
    const v = this.s.invalid;
    return {
      invalid_helpdesk_account: v.account[h],
      invalid_client_id: v.clientId,
      invalid_email: v.email,
      helpdesk_secret_required: v.secretRequired[h],
      invalid_helpdesk_secret: v.secret,
    };
  }

  #host(h: Helpdesk, c: Connection): string {
    return `${'subdomain' in c ? c.subdomain : c.domain}.${h}.com`;
  }

  #user(c: Connection): string {
    return 'clientId' in c ? c.clientId : c.email;
  }

  /** What is wrong with the draft, by field, as the server would refuse it; empty when nothing is. */
  #check(h: Helpdesk, d: Draft, connected: boolean): Partial<Record<Field, string>> {
    const v = this.s.invalid;
    const errors: Partial<Record<Field, string>> = {};
    const account = d.account.trim().toLowerCase();
    const whole = new RegExp(`^(?:https?://)?([a-z0-9-]+)\\.${h}\\.com/?$`).exec(account);
    if (!account) errors.account = v.accountRequired[h];
    else if (whole && ACCOUNT.test(whole[1])) errors.account = v.accountWithSuffix(h, whole[1]);
    else if (!ACCOUNT.test(account)) errors.account = v.account[h];
    const user = d.user.trim();
    if (h === 'zendesk') {
      if (!user) errors.user = v.clientIdRequired;
      else if (/\s/.test(user) || user.length > MAX_CLIENT_ID) errors.user = v.clientId;
    } else {
      if (!user) errors.user = v.emailRequired;
      else if (!EMAIL.test(user) || user.length > MAX_EMAIL) errors.user = v.email;
    }
    const secret = d.secret.trim();
    if (!secret && !connected) errors.secret = v.secretRequired[h];
    else if (/\s/.test(secret) || secret.length > MAX_SECRET) errors.secret = v.secret;
    return errors;
  }

  private async save(h: Helpdesk): Promise<void> {
    const connected = !!this.handoff?.[h];
    const d = this.drafts[h] ?? EMPTY;
    const calls = this.helpdeskCalls[h];
    const errors = this.#check(h, d, connected);
    this.errors = { ...this.errors, [h]: errors };
    const wrong = FIELDS.find((f) => errors[f]);
    if (wrong) {
      calls.refusal = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#${h}-${wrong}`)?.focus();
      return;
    }
    const names = BODY[h];
    const secret = d.secret.trim();
    // Without a secret, the stored one stays: the field is left out of the body.
    const body = {
      [names.account]: d.account.trim().toLowerCase(),
      [names.user]: d.user.trim(),
      ...(secret && { [names.secret]: secret }),
    };
    this.notices = { ...this.notices, [h]: undefined };
    const answer = await calls.run((api) => api.put<Connection>(`/settings/handoff/${h}`, body), { busy: true });
    if (!answer) {
      if (calls.refusal?.code === 'secrets_key_missing' && this.handoff)
        this.handoff = { ...this.handoff, secretsKeyConfigured: false };
      return;
    }
    this.handoff = { ...this.handoff!, [h]: answer.value };
    this.drafts = { ...this.drafts, [h]: undefined };
    this.notices = { ...this.notices, [h]: { text: this.s.connectedNow(this.s.names[h]), tone: 'good' } };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#card-${h} .actions button`)?.focus();
  }

  private change(h: Helpdesk, c: Connection): void {
    this.drafts = {
      ...this.drafts,
      [h]: { account: 'subdomain' in c ? c.subdomain : c.domain, user: this.#user(c), secret: '' },
    };
    this.errors = { ...this.errors, [h]: {} };
    this.helpdeskCalls[h].refusal = undefined;
    this.notices = { ...this.notices, [h]: undefined };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${h}-account`)?.focus());
  }

  private cancel(h: Helpdesk): void {
    this.drafts = { ...this.drafts, [h]: undefined };
    this.errors = { ...this.errors, [h]: {} };
    this.helpdeskCalls[h].refusal = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#card-${h} .actions .change`)?.focus(),
    );
  }

  private async test(h: Helpdesk): Promise<void> {
    this.testing = h;
    this.notices = { ...this.notices, [h]: undefined };
    const answer = await this.helpdeskCalls[h].run(
      (api) => api.post<HelpdeskConnectionTest>(`/settings/handoff/${h}/test`, {}),
      { busy: true },
    );
    this.testing = undefined;
    if (!answer) {
      // Disconnected meanwhile (by another admin): show the helpdesk as it is now.
      if (this.helpdeskCalls[h].refusal?.code === 'helpdesk_not_connected' && this.handoff)
        this.handoff = { ...this.handoff, [h]: null };
      return;
    }
    const connection = this.handoff?.[h];
    const account = connection ? this.#host(h, connection) : '';
    this.notices = {
      ...this.notices,
      [h]: {
        text: this.s.outcome(this.s.names[h], account, answer.value),
        tone: answer.value.ok ? 'good' : 'bad',
      },
    };
  }

  private confirmDisconnect(h: Helpdesk): void {
    this.confirming = h;
    this.helpdeskCalls[h].refusal = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#card-${h} .danger`)?.focus(),
    );
  }

  #closeConfirmation(h: Helpdesk): void {
    this.confirming = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#card-${h} .actions .disconnect`)?.focus(),
    );
  }

  private async disconnect(h: Helpdesk): Promise<void> {
    const calls = this.helpdeskCalls[h];
    const done = await calls.run((api) => api.delete(`/settings/handoff/${h}`), { busy: true });
    if (!done) {
      this.#closeConfirmation(h);
      return;
    }
    this.confirming = undefined;
    this.handoff = { ...this.handoff!, [h]: null };
    this.drafts = { ...this.drafts, [h]: undefined };
    this.notices = { ...this.notices, [h]: { text: this.s.disconnectedNow(this.s.names[h]) } };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${h}-account`)?.focus();
  }
}

define('parley-settings-handoff', ParleySettingsHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-handoff': ParleySettingsHandoff;
  }
}
