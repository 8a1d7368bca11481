import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { RequestController, SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sectionForm, textarea, toggle } from './settings-screen.js';
import { securityI18n, type SecurityStrings } from './security.i18n.js';
import type { ApiKey, EmbeddingSection } from './types.js';

/**
 * @summary Security: the sites that may embed the widget, identity verification with its secret (made by Parley,
 * shown once, the old one verifying for a grace period) and the API keys of the store's servers (shown once).
 */
export class ParleySettingsSecurity extends SettingsScreen<SecurityStrings> {
  protected readonly words = securityI18n;
  private readonly form = new SectionFormController<EmbeddingSection>(this, 'embedding');
  /** The API keys' own calls (`/api/v1/api-keys`), with their own refusals. */
  private readonly keyCalls = new RequestController(this, 'keys');
  /** The API keys, once loaded. */
  @state() private keys?: ApiKey[];
  /** A new identity secret, shown once. */
  @state() private shownSecret?: string;
  /** A new API key's secret, shown once. */
  @state() private shownKey?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadKeys();
  }

  private async loadKeys(): Promise<void> {
    const answer = await this.keyCalls.run((api) => api.get<ApiKey[]>('/api-keys'));
    if (answer) this.keys = answer.value;
  }

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const iv = d.identityVerification;
      return html`${sectionForm(
        form,
        s,
        (x) => ({
          allowedOrigins: x.allowedOrigins,
          identityVerification: { enforced: x.identityVerification.enforced },
        }),
        html`${textarea(form, {
          id: 'origins',
          path: 'allowedOrigins',
          label: s.origins,
          value: d.allowedOrigins.join('\n'),
          change: (v) => form.edit((x) => (x.allowedOrigins = v.split(/\s+/).filter(Boolean))),
          hint: s.originsHint,
        })}
            <h3>${s.identity}</h3>
            <p class="hint">${s.identityHint} ${form.value?.identityVerification.secretSet ? s.secretSet : s.noSecret}</p>
            ${toggle('enforced', s.enforced, '', iv.enforced, (on) => form.edit((x) => (x.identityVerification = { ...x.identityVerification, enforced: on })))}`,
      )}
        <div class="card">
          ${iv.previousSecretUntil ? html`<p class="hint">${s.previousUntil(new Date(iv.previousSecretUntil).toLocaleString(this.locale))}</p>` : nothing}
          <div class="row">
            <label for="graceHours">${s.graceHours}</label>
            <input id="graceHours" type="number" min="0" max="168" value="24" aria-invalid=${form.invalid('identityVerification.graceHours')} />
            <button class="ghost" @click=${this.newSecret}>${s.newSecret}</button>
          </div>
          ${this.shownSecret ? html`<p class="secret" role="status">${s.secretShownOnce} <code>${this.shownSecret}</code></p>` : nothing}
        </div>
        ${this.renderKeys()}`;
    });
  }

  /**
   * Has Parley make a new identity secret, shown this once; the one it replaces keeps verifying for the grace period,
   * so the store's servers can move to the new one without signing anybody out.
   */
  private async newSecret(): Promise<void> {
    const graceHours = Number(this.renderRoot.querySelector<HTMLInputElement>('#graceHours')?.value ?? 24);
    const enforced = this.form.value?.identityVerification.enforced ?? false;
    this.shownSecret = undefined;
    if (await this.form.save({ identityVerification: { enforced, rotate: true, graceHours } })) {
      this.shownSecret = this.form.value?.identityVerification.newSecret;
    }
  }

  private renderKeys() {
    const s = this.s;
    return html`<div class="card">
      <h3>${s.apiKeys}</h3>
      <p class="hint">${s.apiKeysHint}</p>
      ${this.keyCalls.until(!!this.keys, () => this.renderKeyList(this.keys!))}
    </div>`;
  }

  private renderKeyList(keys: ApiKey[]) {
    const s = this.s;
    return html`${keys.length ? nothing : html`<p>${s.noKeys}</p>`}
      <ul class="list">
        ${keys.map(
          (k) => html`<li>
            <bdi><strong>${k.name}</strong></bdi> <code>${k.prefix}…</code>
            <span class="hint">${k.revokedAt ? s.revoked : k.lastUsedAt ? `${s.lastUsed} ${new Date(k.lastUsedAt).toLocaleString(this.locale)}` : s.never}</span>
            <span class="spacer"></span>
            ${k.revokedAt ? nothing : html`<button class="ghost" @click=${() => this.revoke(k)}>${s.revoke}</button>`}
          </li>`,
        )}
      </ul>
      <form class="row" novalidate @submit=${this.createKey}>
        <label class="vh" for="keyName">${s.keyName}</label>
        <input id="keyName" name="name" placeholder=${s.keyName} aria-invalid=${this.keyCalls.invalid('name')} />
        <button class="primary">${s.createKey}</button>
      </form>
      ${this.keyCalls.outcome()}
      ${this.shownKey ? html`<p class="secret" role="status">${s.keyShownOnce} <code>${this.shownKey}</code></p>` : nothing}`;
  }

  private async createKey(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const answer = await this.keyCalls.run((api) =>
      api.post<ApiKey & { secret: string }>('/api-keys', { name: new FormData(form).get('name') }),
    );
    if (!answer) return;
    form.reset();
    this.keys = [answer.value, ...(this.keys ?? [])];
    this.shownKey = answer.value.secret;
  }

  private async revoke(k: ApiKey): Promise<void> {
    const answer = await this.keyCalls.run((api) => api.delete<ApiKey>(`/api-keys/${k.id}`));
    if (answer) this.keys = this.keys?.map((x) => (x.id === k.id ? answer.value : x));
  }
}

define('parley-settings-security', ParleySettingsSecurity);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-security': ParleySettingsSecurity;
  }
}
