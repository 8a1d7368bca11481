import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import type { SmsSettings, SmsSettingsChange, SmsTest } from '../../wire/index.js';
import { RequestController, SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles, toggle } from './settings-screen.js';
import { checkSmsForm, compactNumber, FIELD_OF, FIELDS, KEYWORDS, parseKeywords, type Keywords } from './sms-fields.js';
import { smsI18n, type SmsField, type SmsStrings } from './sms.i18n.js';

export { parseKeywords } from './sms-fields.js';

/** The body of `PUT /api/v1/settings/sms`, its keyword lists as plain arrays (the schema bounds their length). */
type SmsBody = Omit<SmsSettingsChange, 'optOutKeywords' | 'optInKeywords'> & {
  optOutKeywords: string[];
  optInKeywords: string[];
};

/** What a field's control is given: its id, whether it is marked wrong, what describes it, and its input handler. */
interface FieldAttributes {
  id: string;
  invalid: 'true' | 'false';
  describedby: string;
  input: (set: (value: string) => void) => (e: Event) => void;
}
/**
 * @summary SMS: the channel through Twilio (or a provider that speaks its Messaging API): on or off, the provider's
 * address, the account, the auth tokens (write-only: stored ones are never shown, an empty field keeps them; a
 * secondary one during a rotation, which can be forgotten), the sender, the opt-out and opt-in keywords, the two
 * webhook addresses to copy into the provider's console, and a test SMS. In demo mode it links to the phone
 * simulator. Without PARLEY_SECRETS_KEY on the server no token can be stored, and the screen says why. Admins only;
 * the server checks again.
 */
export class ParleySettingsSms extends SettingsScreen<SmsStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      form {
        max-width: 640px;
      }
      .intro {
        margin: 0 0 14px;
        max-width: 640px;
      }
      .notice {
        margin: 0 0 14px;
        padding: 10px 12px;
        border-radius: 8px;
        background: #eef4ff;
        color: #1d3b7a;
        max-width: 640px;
      }
      .field .refusal {
        margin: 2px 0 0;
        padding: 6px 10px;
        font-size: 13px;
      }
      .choice {
        font-size: 13px;
      }
      .copyable {
        display: flex;
        gap: 6px;
        min-width: 0;
      }
      .copyable input {
        flex: 1;
        min-width: 0;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace !important;
        font-size: 13px !important;
        background: var(--_surface-2) !important;
      }
      .card {
        max-width: 640px;
      }
      .card h3 {
        margin-top: 0;
      }
      .updated {
        margin-block-end: 0.75rem;
      }
      .card .hint {
        margin-bottom: 12px;
      }
      .test-row {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      .test-row input {
        flex: 1 1 180px;
        min-width: 0;
      }
      .status {
        margin: 12px 0 0;
      }
      .status:empty {
        margin: 0;
      }
      .status.good {
        color: #067647;
      }
      .status.bad {
        color: var(--_danger);
      }
    `,
  ];

  protected readonly words = smsI18n;
  private readonly form = new SectionFormController<SmsSettings>(this, 'sms', () => (this.keywordText = {}));
  private readonly testCalls = new RequestController(this, 'sms-test');
  /** The tokens being written (never kept by the server's answer), and whether the secondary one is to be forgotten. */
  @state() private tokens = { authToken: '', secondaryAuthToken: '', drop: false };
  /** The keyword fields as the admin writes them, until saved (the draft holds them parsed). */
  @state() private keywordText: Partial<Record<Keywords, string>> = {};
  /** What the form's own checks found wrong, by field, before anything was sent. */
  @state() private errors: Partial<Record<SmsField, string>> = {};
  @state() private testTo = '';
  @state() private testError?: string;
  @state() private tested?: SmsTest;
  /** What the webhooks' live region says: an address was copied, or could not be. */
  @state() private copyNotice = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.form.wording = () => ({ ...this.s.problems, ...this.#neededWords() });
    this.testCalls.wording = () => this.s.problems;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('news') && changed.get('news') !== undefined) void this.form.follow();
  }

  protected override render() {
    return this.form.view((d) => this.renderScreen(d, this.form.value!));
  }

  private renderScreen(d: SmsSettings, saved: SmsSettings) {
    const s = this.s;
    const set = (change: Partial<SmsSettings>) => this.form.edit((x) => Object.assign(x, change));
    return html`<p class="hint intro">${s.intro(saved.maxLength)}</p>
      ${saved.secretsKeyConfigured ? nothing : html`<p class="warning" role="note">${s.secretsKeyMissing}</p>`}
      ${
        saved.demoProvider
          ? html`<p class="notice demo" role="note">${s.demo.before}<a href="${this.base}/demo/phone/" target="_blank" rel="noopener">${s.demo.link}<span class="vh"> (${s.newTab})</span></a>${s.demo.after}</p>`
          : nothing
      }
      <form novalidate aria-label=${s.sections.sms} @submit=${(e: Event) => this.#save(e)}>
        ${toggle('sms-enabled', s.enabled, s.enabledHint, d.enabled, (on) => set({ enabled: on }))}
        <h3>${s.provider}</h3>
        ${this.#field('baseUrl', (a) => html`<input id=${a.id} type="url" autocomplete="off" spellcheck="false" .value=${d.baseUrl} aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${a.input((v) => set({ baseUrl: v }))} />`)}
        ${this.#field('accountId', (a) => html`<input id=${a.id} autocomplete="off" autocapitalize="none" spellcheck="false" .value=${d.accountId} aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${a.input((v) => set({ accountId: v }))} />`)}
        ${this.#token('authToken', saved.authTokenStored, !saved.secretsKeyConfigured)}
        ${this.#token('secondaryAuthToken', saved.secondaryAuthTokenStored, !saved.secretsKeyConfigured || this.tokens.drop)}
        ${
          saved.secondaryAuthTokenStored
            ? html`<div class="toggle">
              <input id="sms-drop-secondary" type="checkbox" .checked=${this.tokens.drop} aria-describedby="sms-drop-secondary-hint"
                @change=${(e: Event) => (this.tokens = { ...this.tokens, drop: (e.target as HTMLInputElement).checked })} />
              <label for="sms-drop-secondary">${s.dropSecondary}</label>
              <p id="sms-drop-secondary-hint" class="hint">${s.dropSecondaryHint}</p>
            </div>`
            : nothing
        }
        ${this.#field('sender', (a) => html`<input id=${a.id} autocomplete="off" spellcheck="false" .value=${d.sender} aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${a.input((v) => set({ sender: v }))} />`)}
        ${KEYWORDS.map((k) =>
          this.#field(
            k,
            (a) =>
              html`<input id=${a.id} autocomplete="off" spellcheck="false" .value=${this.keywordText[k] ?? d[k].join(', ')} aria-invalid=${a.invalid} aria-describedby=${a.describedby} @input=${a.input(
                (v) => {
                  this.keywordText = { ...this.keywordText, [k]: v };
                  set({ [k]: parseKeywords(v) });
                },
              )} />`,
          ),
        )}
        ${this.#refusedField() ? nothing : this.form.outcome()}
        ${saved.updatedAt ? html`<p class="hint updated">${s.updated(new Date(saved.updatedAt).toLocaleString(this.locale))}</p>` : nothing}
        <div class="buttons"><button class="primary" ?disabled=${this.form.busy}>${this.form.busy ? s.saving : s.save}</button></div>
      </form>
      ${this.#webhooks(saved)} ${this.#test()}`;
  }

  /**
   * A labelled field of the form with its hint, and what is wrong with it: the form's own check, or the server's
   * refusal when it is about this field. `input` makes the control with the attributes it is given.
   */
  #field(f: SmsField, input: (a: FieldAttributes) => TemplateResult, hint?: string): TemplateResult {
    const s = this.s;
    const id = `sms-${f}`;
    const error = this.errors[f];
    const refused = this.#refusedField() === f;
    const describedby = [`${id}-hint`, error ? `${id}-error` : '', refused ? 'refusal-sms' : '']
      .filter(Boolean)
      .join(' ');
    const control = input({
      id,
      invalid: error || refused ? 'true' : 'false',
      describedby,
      input: (set) => (e: Event) => {
        set((e.target as HTMLInputElement).value);
        if (this.errors[f]) this.errors = { ...this.errors, [f]: undefined };
      },
    });
    return html`<div class="field">
      <label for=${id}>${s.labels[f]}</label>
      ${control}
      <p id="${id}-hint" class="hint">${hint ?? s.hints[f]}</p>
      ${error ? html`<p id="${id}-error" class="refusal">${error}</p>` : nothing}
      ${refused ? this.form.outcome() : nothing}
    </div>`;
  }

  /** A write-only token's field: empty, with the words that one is stored (and kept while the field stays empty). */
  #token(f: 'authToken' | 'secondaryAuthToken', stored: boolean, disabled: boolean): TemplateResult {
    const s = this.s;
    return this.#field(
      f,
      (a) =>
        html`<input id=${a.id} type="password" autocomplete="new-password" spellcheck="false" ?disabled=${disabled} .value=${this.tokens[f]} aria-invalid=${a.invalid} aria-describedby=${a.describedby}
          @input=${a.input((v) => (this.tokens = { ...this.tokens, [f]: v }))} />`,
      stored ? s.tokenStored : s.hints[f],
    );
  }

  #webhooks(o: SmsSettings) {
    const s = this.s;
    const row = (key: 'inbound' | 'status', label: string, hint: string, url: string) =>
      html`<div class="field">
        <label for="sms-${key}-url">${label}</label>
        <div class="copyable">
          <input id="sms-${key}-url" readonly .value=${url} aria-describedby="sms-${key}-url-hint" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <button type="button" class="ghost copy" aria-label=${s.copyLabel(label)} @click=${() => void this.#copy(key, label, url)}>${s.copy}</button>
        </div>
        <p id="sms-${key}-url-hint" class="hint">${hint}</p>
      </div>`;
    return html`<section class="card webhooks" aria-labelledby="sms-webhooks-title">
      <h3 id="sms-webhooks-title">${s.webhooks}</h3>
      <p class="hint how-to">${s.webhooksHowTo}</p>
      ${row('inbound', s.inboundUrl, s.inboundHint, o.inboundUrl)} ${row('status', s.statusUrl, s.statusHint, o.statusUrl)}
      <p class="vh" role="status">${this.copyNotice}</p>
    </section>`;
  }

  #test() {
    const s = this.s;
    const calls = this.testCalls;
    const refusal = calls.refusal;
    const invalid = !!this.testError || refusal?.code === 'invalid_phone';
    const tested = this.tested;
    return html`<section class="card test" aria-labelledby="sms-test-title">
      <h3 id="sms-test-title">${s.test}</h3>
      <p class="hint">${s.testHint}${this.form.untouched ? '' : ` ${s.testUnsaved}`}</p>
      <form novalidate aria-labelledby="sms-test-title" @submit=${(e: Event) => this.#sendTest(e)}>
        <div class="field">
          <label for="sms-test-to">${s.testTo}</label>
          <div class="test-row">
            <input id="sms-test-to" type="tel" autocomplete="off" .value=${this.testTo} aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby="sms-test-to-hint sms-test-status"
              @input=${(e: Event) => {
                this.testTo = (e.target as HTMLInputElement).value;
                this.testError = undefined;
              }} />
            <button class="ghost send-test" ?disabled=${calls.busy}>${calls.busy ? s.testSending : s.testSend}</button>
          </div>
          <p id="sms-test-to-hint" class="hint">${s.testToHint}</p>
        </div>
      </form>
      <p id="sms-test-status" class="status ${tested ? (tested.ok ? 'good' : 'bad') : refusal || this.testError ? 'bad' : ''}" role="status">${
        calls.busy
          ? s.testSending
          : this.testError
            ? this.testError
            : refusal
              ? (s.problems[refusal.code] ?? (refusal.detail || s.failed))
              : tested
                ? s.outcome(tested)
                : ''
      }</p>
    </section>`;
  }

  /** The field the server's last refusal of a save is about, when it is one of the form's. */
  #refusedField(): SmsField | undefined {
    const refusal = this.form.refusal;
    if (!refusal) return undefined;
    if (refusal.code === 'sms_not_configured') return this.#missing()[0];
    const named = FIELDS.find((f) => f === refusal.field);
    return named ?? FIELD_OF[refusal.code];
  }

  /** What turning SMS on still needs: the account, the sender, a token (stored or being written). */
  #missing(): ('accountId' | 'sender' | 'authToken')[] {
    const d = this.form.draft;
    if (!d) return [];
    const missing: ('accountId' | 'sender' | 'authToken')[] = [];
    if (!d.accountId.trim()) missing.push('accountId');
    if (!d.sender.trim()) missing.push('sender');
    if (!this.tokens.authToken.trim() && !this.form.value?.authTokenStored) missing.push('authToken');
    return missing;
  }

  /** `sms_not_configured` in the words of the first thing missing, when the form shows what is. */
  #neededWords(): Record<string, string> {
    const first = this.#missing()[0];
    return first ? { sms_not_configured: this.s.invalid.needed[first] } : {};
  }

  /** What is wrong with the form, by field, as the server would refuse it; empty when nothing is. */
  #check(d: SmsSettings): Partial<Record<SmsField, string>> {
    return checkSmsForm(d, this.tokens, d.enabled ? this.#missing() : [], this.s.invalid);
  }

  async #save(e: Event): Promise<void> {
    e.preventDefault();
    const form = this.form;
    const d = form.draft;
    if (!d || form.busy) return;
    this.errors = this.#check(d);
    const wrong = FIELDS.find((f) => this.errors[f]);
    if (wrong) {
      form.refusal = undefined;
      form.saved = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#sms-${wrong}`)?.focus();
      return;
    }
    const t = this.tokens;
    const body: SmsBody = {
      enabled: d.enabled,
      baseUrl: d.baseUrl.trim(),
      accountId: d.accountId.trim(),
      sender: compactNumber(d.sender),
      // An empty token's field keeps the stored one: it is left out of the body.
      ...(t.authToken.trim() && { authToken: t.authToken.trim() }),
      ...(t.secondaryAuthToken.trim() && !t.drop && { secondaryAuthToken: t.secondaryAuthToken.trim() }),
      ...(t.drop && { dropSecondaryAuthToken: true }),
      optOutKeywords: d.optOutKeywords,
      optInKeywords: d.optInKeywords,
    };
    if (await form.save(body)) {
      this.tokens = { authToken: '', secondaryAuthToken: '', drop: false };
      return;
    }
    if (form.refusal?.code === 'secrets_key_missing' && form.value) {
      form.value = { ...form.value, secretsKeyConfigured: false };
      this.requestUpdate();
    }
    const refused = this.#refusedField();
    if (refused) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#sms-${refused}`)?.focus();
    }
  }

  async #sendTest(e: Event): Promise<void> {
    e.preventDefault();
    this.tested = undefined;
    const to = compactNumber(this.testTo);
    if (!/^\+[1-9]\d{1,14}$/.test(to)) {
      this.testCalls.refusal = undefined;
      this.testError = this.s.invalid.testTo;
      this.renderRoot.querySelector<HTMLInputElement>('#sms-test-to')?.focus();
      return;
    }
    this.testError = undefined;
    const answer = await this.testCalls.run((api) => api.post<SmsTest>('/settings/sms/test', { to }), { busy: true });
    if (answer) this.tested = answer.value;
  }

  async #copy(key: 'inbound' | 'status', label: string, url: string): Promise<void> {
    this.copyNotice = '';
    try {
      await navigator.clipboard.writeText(url);
      this.copyNotice = this.s.copied(label);
    } catch {
      // No clipboard (an insecure page, or refused): the address is selected, to be copied by hand.
      this.renderRoot.querySelector<HTMLInputElement>(`#sms-${key}-url`)?.select();
      this.copyNotice = this.s.copyByHand;
    }
  }
}

define('parley-settings-sms', ParleySettingsSms);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-sms': ParleySettingsSms;
  }
}
