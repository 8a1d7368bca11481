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
      .audit {
        margin-top: 12px;
      }
      .audit li {
        align-items: baseline;
      }
      .audit time {
        color: var(--_text-2);
        font-size: 12.5px;
        white-space: nowrap;
      }
      .audit .summary {
        margin: 0;
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
                <p class="summary">${summarize(e.summary, s, when)}</p>
              </li>`,
            )}
          </ol>`
          : html`<p>${s.noAudit}</p>`
      }
      ${this.cursor ? html`<button class="ghost" @click=${() => this.load(this.cursor)}>${s.olderChanges}</button>` : nothing}`;
  }
}

/** The fields of a summary that only identify what changed: the name beside them says it in words. */
const IDS = new Set(['member', 'macro', 'key', 'tag', 'article']);
const LIST_CHANGES = new Set(['added', 'changed', 'removed', 'reordered']);
/** Fields whose values are someone's words, shown in quotes. */
const QUOTED = new Set(['welcomeMessage', 'awayMessage', 'launcherLabel', 'title', 'faqs', 'en', 'pl', 'tagName']);

type Value = unknown;
const isObject = (v: Value): v is Record<string, Value> => !!v && typeof v === 'object' && !Array.isArray(v);
const isPlain = (v: Value): boolean =>
  !isObject(v) && (!Array.isArray(v) || v.every((x) => !isObject(x) && !Array.isArray(x)));

/**
 * A change's summary in one line of words: `Waiting threshold: 3 min → 1 min · Welcome message: "Hi" → "Hello"`, the
 * fields named in the reader's language, values in words (on and off, roles, durations, dates), ids left out, and a
 * value too rich for one line (business hours) said to have changed, naming its parts that did.
 */
export function summarize(summary: Record<string, Value>, s: AuditStrings, when: Intl.DateTimeFormat): string {
  const label = (k: string) => s.fields[k] ?? k;
  const value = (k: string, v: Value): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'boolean') return s.values[String(v)];
    if (typeof v === 'number' && /Seconds$/.test(k)) return v % 60 === 0 ? s.minutes(v / 60) : s.seconds(v);
    if (typeof v === 'string') {
      if (/Until$|At$/.test(k) && !Number.isNaN(Date.parse(v))) return when.format(new Date(v));
      if (['role', 'secret', 'position', 'colour'].includes(k)) return s.values[v] ?? v;
      if (k === 'language') return s.fields[v] ?? v;
      return QUOTED.has(k) ? `“${v}”` : v;
    }
    if (Array.isArray(v)) return v.length ? v.map((x) => value(k, x)).join(', ') : '–';
    if (isObject(v))
      return Object.entries(v)
        .filter(([f]) => !IDS.has(f))
        .map(([f, x]) => `${label(f)} ${value(f, x)}`)
        .join(', ');
    return String(v);
  };
  const change = (k: string, v: Value): string => {
    if (isObject(v) && 'before' in v && 'after' in v) {
      const { before, after } = v;
      if (isObject(before) && isObject(after)) {
        const parts = Object.keys({ ...before, ...after })
          .filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
          .map((f) =>
            isPlain(before[f]) && isPlain(after[f])
              ? `${label(f)} ${value(f, before[f])} → ${value(f, after[f])}`
              : `${label(f)} ${s.changedValue}`,
          );
        return `${label(k)}: ${parts.join(', ') || s.changedValue}`;
      }
      return `${label(k)}: ${value(k, before)} → ${value(k, after)}`;
    }
    if (isObject(v) && Object.keys(v).length && Object.keys(v).every((f) => LIST_CHANGES.has(f))) {
      const parts = (['added', 'changed', 'removed'] as const)
        .filter((f) => Array.isArray(v[f]) && (v[f] as Value[]).length)
        .map((f) => `${f === 'changed' ? s.changedItems : s[f]} ${value(k, v[f])}`);
      if (v.reordered === true) parts.push(s.reordered);
      return `${label(k)}: ${parts.join('; ') || s.changedValue}`;
    }
    return `${label(k)}: ${value(k, v)}`;
  };
  return Object.entries(summary)
    .filter(([k]) => !IDS.has(k))
    .map(([k, v]) => change(k, v))
    .join(' · ');
}

define('parley-settings-audit', ParleySettingsAudit);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-audit': ParleySettingsAudit;
  }
}
