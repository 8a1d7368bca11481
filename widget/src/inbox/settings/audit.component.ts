import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { auditI18n, type AuditStrings } from './audit.i18n.js';
import type { AuditEntry } from './types.js';

/** @summary The audit log (`/api/v1/audit`): who changed what and when, newest first, older pages on demand. */
export class ParleySettingsAudit extends SettingsScreen<AuditStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .audit li {
        align-items: baseline;
      }
      .audit time {
        color: var(--_text-2);
        font-size: 12.5px;
        white-space: nowrap;
      }
      .audit .summary {
        flex-basis: 100%;
        font-size: 12px;
        color: var(--_text-2);
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly words = auditI18n;

  private readonly calls = new RequestController(this, 'audit');
  /** The changes listed so far, once the first page is loaded. */
  @state() private entries?: AuditEntry[];
  @state() private cursor?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Loads the newest changes, or with `before` the next older page. */
  private async load(before?: string): Promise<void> {
    const page = await this.calls.run((api) =>
      api.get<{ entries?: AuditEntry[]; nextCursor?: string }>(
        `/audit?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`,
      ),
    );
    if (!page) return;
    this.entries = before ? [...(this.entries ?? []), ...(page.value.entries ?? [])] : (page.value.entries ?? []);
    this.cursor = page.value.nextCursor;
  }

  protected override render() {
    const s = this.s;
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<p class="hint">${s.auditHint}</p>
      ${this.calls.until(!!this.entries, () => this.renderEntries(this.entries!, when))}`;
  }

  private renderEntries(entries: AuditEntry[], when: Intl.DateTimeFormat) {
    const s = this.s;
    return html`${this.calls.outcome()}
      ${
        entries.length
          ? html`<ol class="list audit">
            ${entries.map(
              (e) => html`<li>
                <time datetime=${e.at}>${when.format(new Date(e.at))}</time>
                <bdi><strong>${e.actor.name}</strong></bdi>
                <span>${s.actions[e.action] ?? e.action}</span>
                <code class="summary">${summarize(e.summary)}</code>
              </li>`,
            )}
          </ol>`
          : html`<p>${s.noAudit}</p>`
      }
      ${this.cursor ? html`<button class="ghost" @click=${() => this.load(this.cursor)}>${s.olderChanges}</button>` : nothing}`;
  }
}

/** A change's summary in one line of plain text: `field: before → after` (only what changed), lists joined. */
function summarize(summary: Record<string, unknown>): string {
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const text = (v: unknown): string =>
    typeof v === 'string'
      ? v || '""'
      : Array.isArray(v)
        ? v.map(text).join(', ') || '–'
        : isObject(v)
          ? Object.entries(v)
              .filter(([, x]) => !(Array.isArray(x) && !x.length) && x !== false)
              .map(([k, x]) => `${k} ${text(x)}`)
              .join(', ')
          : String(v);
  return Object.entries(summary)
    .map(([k, v]) => {
      if (!isObject(v) || !('before' in v && 'after' in v)) return `${k}: ${text(v)}`;
      const { before, after } = v;
      if (isObject(before) && isObject(after)) {
        const changed = Object.keys({ ...before, ...after }).filter(
          (f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
        );
        return `${k}: ${changed.map((f) => `${f} ${text(before[f])} → ${text(after[f])}`).join(', ')}`;
      }
      return `${k}: ${text(before)} → ${text(after)}`;
    })
    .join(' · ');
}

define('parley-settings-audit', ParleySettingsAudit);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-audit': ParleySettingsAudit;
  }
}
