import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import type { Webhook, WebhookDelivery, WebhookDeliveries, Webhooks } from '../../wire/index.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { webhooksI18n, type WebhooksStrings } from './webhooks.i18n.js';

/** An endpoint as the admin is writing it; without an id until it is registered. */
interface Draft {
  id?: string;
  url: string;
  description: string;
  types: string[];
  enabled: boolean;
}

/**
 * @summary Webhooks: the endpoints that receive the store's events, each with its event types, its state (enabled, or
 * why it is disabled), a test event, its secret (shown once, when made or rotated) and its delivery log, where a
 * delivery can be sent again. Admins only; the server checks again.
 */
export class ParleySettingsWebhooks extends SettingsScreen<WebhooksStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .endpoint {
        display: block !important;
      }
      .endpoint .head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 6px 12px;
      }
      .endpoint .url {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .badge {
        font-size: 12px;
        padding: 2px 8px;
        border-radius: 999px;
        background: #e7f6ec;
        color: #14532d;
      }
      .badge.off {
        background: #fdecec;
        color: #7f1d1d;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-top: 8px;
      }
      .secret button {
        margin-inline-start: 8px;
      }
      .types {
        margin: 4px 0 0;
        color: var(--_muted);
        font-size: 13px;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 13px;
        margin-top: 8px;
      }
      th,
      td {
        text-align: start;
        padding: 6px 8px;
        border-bottom: 1px solid var(--_border);
        vertical-align: top;
      }
      .log {
        overflow-x: auto;
      }
      .warning {
        padding: 10px 12px;
        border-radius: 8px;
        background: #fff7e6;
        color: #7c2d12;
      }
      fieldset.types-choice {
        flex-direction: column;
      }
      fieldset.types-choice label {
        font-weight: 400;
        display: flex;
        gap: 8px;
        align-items: center;
      }
    `,
  ];

  protected readonly words = webhooksI18n;
  private readonly calls = new RequestController(this, 'webhooks');
  @state() private overview?: Webhooks;
  @state() private editing?: Draft;
  @state() private deleting?: string;
  /** A secret just made, shown once, and the endpoint it signs for. */
  @state() private shown?: { id: string; secret: string; copied?: boolean };
  /** The endpoint whose delivery log is open, and the log. */
  @state() private log?: { id: string; deliveries?: WebhookDelivery[] };
  /** How the last test event went, by endpoint. */
  @state() private tested?: { id: string; delivery: WebhookDelivery };

  override connectedCallback(): void {
    super.connectedCallback();
    this.calls.wording = () => this.s.errors;
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await this.calls.run((api) => api.get<Webhooks>('/webhooks'));
    if (answer) this.overview = answer.value;
  }

  protected override render() {
    return this.calls.until(!!this.overview, () => this.renderScreen(this.overview!));
  }

  private renderScreen(o: Webhooks) {
    const s = this.s;
    const full = o.webhooks.length >= o.maxEndpoints;
    const blocked = o.secretsUnavailable;
    return html`<p class="hint">${s.intro}</p>
      ${blocked ? html`<p class="warning" role="note">${s.secretsUnavailable(blocked)}</p>` : nothing}
      ${o.webhooks.length ? nothing : html`<p>${s.noWebhooks}</p>`}
      <ul class="list">
        ${o.webhooks.map((w) => html`<li class="endpoint card">${this.editing?.id === w.id ? this.renderForm(this.editing, o) : this.renderEndpoint(w)}</li>`)}
      </ul>
      ${
        this.editing && !this.editing.id
          ? this.renderForm(this.editing, o)
          : html`${this.editing ? nothing : this.calls.outcome()}
            <p class="hint">${s.limit(o.webhooks.length, o.maxEndpoints)}</p>
            <button class="ghost new" ?disabled=${full || !!blocked} @click=${() => this.edit({ url: '', description: '', types: [...o.eventTypes], enabled: true })}>
              + ${s.newWebhook}
            </button>`
      }`;
  }

  private renderEndpoint(w: Webhook) {
    const s = this.s;
    const shown = this.shown?.id === w.id ? this.shown : undefined;
    const tested = this.tested?.id === w.id ? this.tested.delivery : undefined;
    return html`<div class="head">
        <bdi class="url">${w.url}</bdi>
        <span class="badge ${w.enabled ? '' : 'off'}">${w.enabled ? s.on : s.off(w.disabled ?? 'by_admin')}</span>
        ${w.consecutiveFailures ? html`<span class="hint">${s.failures(w.consecutiveFailures)}</span>` : nothing}
      </div>
      ${w.description ? html`<p class="hint"><bdi>${w.description}</bdi></p>` : nothing}
      <p class="types">${w.types.map((t) => s.typeNames[t] ?? t).join(' · ')}</p>
      ${w.previousSecretUntil ? html`<p class="hint">${s.previousUntil(new Date(w.previousSecretUntil).toLocaleString(this.locale))}</p>` : nothing}
      ${
        shown
          ? html`<p class="secret" role="status">${s.secretShownOnce} <code>${shown.secret}</code>
              <button class="ghost" @click=${() => this.copy(shown)}>${shown.copied ? s.copied : s.copy}</button></p>`
          : nothing
      }
      ${tested ? html`<p role="status" class=${tested.status === 'delivered' ? 'saved' : 'refusal'}>${s.testOutcome(tested.status, tested.responseStatus, tested.error)}</p>` : nothing}
      ${
        this.deleting === w.id
          ? html`<div class="actions" role="alertdialog" aria-labelledby="delete-q">
              <p id="delete-q">${s.deleteConfirm(w.url)}</p>
              <button class="primary danger" ?disabled=${this.calls.busy} @click=${() => void this.deleteNow(w)}>${s.delete}</button>
              <button class="ghost" @click=${() => (this.deleting = undefined)}>${s.cancel}</button>
            </div>`
          : html`<div class="actions">
              <button class="ghost" aria-label=${s.edit(w.url)} @click=${() => this.edit({ id: w.id, url: w.url, description: w.description, types: [...w.types], enabled: w.enabled })}>${s.editWord}</button>
              <button class="ghost" ?disabled=${this.calls.busy} @click=${() => void this.test(w)}>${s.sendTest}</button>
              <button class="ghost" title=${s.rotateConfirm} ?disabled=${!!this.overview?.secretsUnavailable} @click=${() => void this.rotate(w)}>${s.rotate}</button>
              <button class="ghost" aria-expanded=${this.log?.id === w.id ? 'true' : 'false'} @click=${() => void this.toggleLog(w)}>
                ${this.log?.id === w.id ? s.hideDeliveries : s.deliveries}
              </button>
              <button class="ghost" aria-label=${s.deleteWebhook(w.url)} @click=${() => this.confirmDelete(w)}>${s.delete}</button>
            </div>`
      }
      ${this.log?.id === w.id ? this.renderLog(w, this.log.deliveries) : nothing}`;
  }

  private renderLog(w: Webhook, deliveries?: WebhookDelivery[]) {
    const s = this.s;
    if (!deliveries) return html`<p role="status">${s.loading}</p>`;
    if (!deliveries.length) return html`<p>${s.noDeliveries}</p>`;
    const c = s.columns;
    return html`<div class="log">
      <table>
        <caption class="vh">${s.deliveriesOf(w.url)}</caption>
        <thead><tr><th scope="col">${c.when}</th><th scope="col">${c.event}</th><th scope="col">${c.status}</th><th scope="col">${c.attempts}</th><th scope="col">${c.answer}</th><th><span class="vh">${s.redeliver}</span></th></tr></thead>
        <tbody>
          ${deliveries.map(
            (d) => html`<tr>
              <td>${new Date(d.createdAt).toLocaleString(this.locale)}</td>
              <td>${s.typeNames[d.type] ?? d.type}<br /><code>${d.eventId}</code></td>
              <td>${s.statuses[d.status] ?? d.status}</td>
              <td>${d.attempts}</td>
              <td>${d.responseStatus ?? ''} ${d.error ? html`<span class="hint">${d.error}</span>` : nothing}</td>
              <td>${d.status === 'pending' || !w.enabled ? nothing : html`<button class="ghost" @click=${() => void this.redeliver(w, d)}>${s.redeliver}</button>`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderForm(d: Draft, o: Webhooks) {
    const s = this.s;
    const set = (change: Partial<Draft>) => (this.editing = { ...this.editing!, ...change });
    return html`<form
      class="card"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.save(this.editing!);
      }}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.editing = undefined)}
    >
      <div class="field">
        <label for="webhookUrl">${s.url}</label>
        <input id="webhookUrl" type="url" inputmode="url" maxlength="2000" required .value=${d.url}
          aria-invalid=${this.calls.invalid('url')} aria-describedby="webhookUrlHint refusal-webhooks"
          @input=${(e: Event) => set({ url: (e.target as HTMLInputElement).value })} />
        <span class="hint" id="webhookUrlHint">${s.urlHint(o.httpAllowed)}</span>
      </div>
      <div class="field">
        <label for="webhookDescription">${s.description}</label>
        <input id="webhookDescription" maxlength="200" .value=${d.description} aria-invalid=${this.calls.invalid('description')}
          @input=${(e: Event) => set({ description: (e.target as HTMLInputElement).value })} />
      </div>
      <fieldset class="types-choice" aria-invalid=${this.calls.invalid('types')}>
        <legend>${s.types}</legend>
        ${o.eventTypes.map(
          (t) => html`<label><input type="checkbox" .checked=${d.types.includes(t)}
              @change=${(e: Event) => this.choose(o, t, (e.target as HTMLInputElement).checked)} />
            ${s.typeNames[t] ?? t} <code>${t}</code></label>`,
        )}
      </fieldset>
      <label><input type="checkbox" .checked=${d.enabled} @change=${(e: Event) => set({ enabled: (e.target as HTMLInputElement).checked })} /> ${s.enabled}</label>
      ${this.calls.outcome()}
      <div class="buttons">
        <button class="primary" ?disabled=${this.calls.busy}>${this.calls.busy ? s.saving : d.id ? s.save : s.add}</button>
        <button type="button" class="ghost" @click=${() => (this.editing = undefined)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  /** Chooses or drops one event type, keeping the server's order of the types. */
  private choose(o: Webhooks, type: string, on: boolean): void {
    const chosen = this.editing!.types;
    this.editing = { ...this.editing!, types: o.eventTypes.filter((t) => (t === type ? on : chosen.includes(t))) };
  }

  private edit(draft: Draft): void {
    this.editing = draft;
    this.deleting = undefined;
    this.calls.refusal = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#webhookUrl')?.focus());
  }

  private confirmDelete(w: Webhook): void {
    this.deleting = w.id;
    this.editing = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.danger')?.focus());
  }

  private async save(d: Draft): Promise<void> {
    const body = { url: d.url.trim(), description: d.description, types: d.types, enabled: d.enabled };
    const answer = await this.calls.run(
      (api) => (d.id ? api.put<Webhook>(`/webhooks/${d.id}`, body) : api.post<Webhook>('/webhooks', body)),
      { busy: true },
    );
    if (!answer) return;
    this.editing = undefined;
    if (answer.value.secret) this.shown = { id: answer.value.id, secret: answer.value.secret };
    await this.load();
    this.calls.confirm();
  }

  private async deleteNow(w: Webhook): Promise<void> {
    if (await this.calls.run((api) => api.delete(`/webhooks/${w.id}`), { busy: true })) {
      this.deleting = undefined;
      await this.load();
    }
  }

  private async rotate(w: Webhook): Promise<void> {
    const answer = await this.calls.run((api) => api.post<Webhook>(`/webhooks/${w.id}/secret`, {}), { busy: true });
    if (!answer?.value.secret) return;
    this.shown = { id: w.id, secret: answer.value.secret };
    await this.load();
  }

  private async test(w: Webhook): Promise<void> {
    this.tested = undefined;
    const answer = await this.calls.run((api) => api.post<WebhookDelivery>(`/webhooks/${w.id}/test`, {}), {
      busy: true,
    });
    if (!answer) return;
    this.tested = { id: w.id, delivery: answer.value };
    if (this.log?.id === w.id) await this.loadLog(w);
  }

  private async toggleLog(w: Webhook): Promise<void> {
    if (this.log?.id === w.id) {
      this.log = undefined;
      return;
    }
    await this.loadLog(w);
  }

  private async loadLog(w: Webhook): Promise<void> {
    this.log = { id: w.id, deliveries: this.log?.id === w.id ? this.log.deliveries : undefined };
    const answer = await this.calls.run((api) => api.get<WebhookDeliveries>(`/webhooks/${w.id}/deliveries`));
    if (answer && this.log?.id === w.id) this.log = { id: w.id, deliveries: answer.value.deliveries };
  }

  private async redeliver(w: Webhook, d: WebhookDelivery): Promise<void> {
    const answer = await this.calls.run(
      (api) => api.post<WebhookDelivery>(`/webhooks/${w.id}/deliveries/${d.id}/redeliver`, {}),
      { busy: true },
    );
    if (answer) await this.loadLog(w);
  }

  private async copy(shown: { id: string; secret: string }): Promise<void> {
    try {
      await navigator.clipboard.writeText(shown.secret);
      this.shown = { ...shown, copied: true };
    } catch {
      // No clipboard (an insecure page, or refused): the secret stays on screen to be selected by hand.
    }
  }
}

define('parley-settings-webhooks', ParleySettingsWebhooks);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-webhooks': ParleySettingsWebhooks;
  }
}
