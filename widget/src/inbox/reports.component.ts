import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../i18n.js';
import tokens from '../styles/tokens.styles.js';
import type { ReportSummary } from '../wire/index.js';
import { ApiError, type ApiClient } from './api.js';
import { cssProperty } from './css-property.js';
import { thumbIcon } from './icons.js';
import { reportStrings } from './reports.i18n.js';
import shared from './shared.styles.js';

type Preset = '7' | '30' | 'custom';

/** "1 min 20 s", "2 h 5 min", "45 s": a median in the reader's language. */
export function duration(lang: Lang, millis: number): string {
  const seconds = Math.round(millis / 1000);
  const unit = (value: number, u: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${unit(minutes, 'minute')} ${seconds % 60 ? unit(seconds % 60, 'second') : ''}`.trim();
  return `${unit(Math.floor(minutes / 60), 'hour')} ${minutes % 60 ? unit(minutes % 60, 'minute') : ''}`.trim();
}

/**
 * Bars are drawn through the CSSOM (`cssProperty`): the inbox's Content-Security-Policy allows no inline styles.
 *
 * @summary The reports page (`#/reports`), for every team member: conversations per day (a bar chart with a table
 * for screen readers), median first-response and waiting times, and satisfaction with the latest comments, for the
 * last 7 or 30 days or days of the agent's choosing, counted in the store's time zone.
 */
export class ParleyReports extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: block;
        overflow: auto;
        padding: 20px clamp(12px, 3vw, 32px) 40px;
        background: var(--_surface-2);
      }
      h1 {
        margin: 0 0 12px;
        font-size: 20px;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 8px 12px;
        margin-bottom: 6px;
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        margin-bottom: 4px;
        font-size: 13px;
        color: var(--_text-2);
      }
      .preset {
        padding: 6px 12px;
        font: inherit;
        border: 1px solid var(--_border);
        border-radius: 16px;
        background: var(--_surface);
        color: var(--_text);
        cursor: pointer;
      }
      .preset[aria-pressed='true'] {
        border-color: var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
      }
      label {
        display: grid;
        gap: 2px;
        font-size: 13px;
        color: var(--_text-2);
      }
      input[type='date'] {
        font: inherit;
        padding: 5px 6px;
        border: 1px solid var(--_border);
        border-radius: 6px;
      }
      .zone,
      .definitions {
        margin: 4px 0 16px;
        font-size: 12.5px;
        color: var(--_text-2);
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        gap: 12px;
      }
      .cards section {
        margin-bottom: 0;
      }
      .cards + section {
        margin-top: 12px;
      }
      section {
        margin-bottom: 12px;
        padding: 14px 16px;
        border: 1px solid var(--_border);
        border-radius: 10px;
        background: var(--_surface);
      }
      h2 {
        margin: 0 0 6px;
        font-size: 13px;
        font-weight: 600;
        color: var(--_text-2);
      }
      .big {
        margin: 0;
        font-size: 26px;
        font-weight: 700;
      }
      .small {
        margin: 4px 0 0;
        font-size: 12.5px;
        color: var(--_text-2);
      }
      .chart {
        display: flex;
        align-items: flex-end;
        gap: 2px;
        height: 140px;
        padding-top: 8px;
        border-bottom: 1px solid var(--_border);
      }
      .bar {
        flex: 1 1 0;
        min-width: 2px;
        height: var(--_height, 0);
        background: var(--_accent);
        border-radius: 3px 3px 0 0;
      }
      .axis {
        display: flex;
        justify-content: space-between;
        font-size: 12px;
        color: var(--_text-2);
      }
      table {
        border-collapse: collapse;
        font-size: 13px;
      }
      th,
      td {
        padding: 2px 10px 2px 0;
        text-align: start;
      }
      details {
        margin-top: 8px;
        font-size: 13px;
      }
      .ratings {
        display: flex;
        gap: 16px;
        align-items: center;
        margin: 0;
      }
      .ratings span {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        font-weight: 600;
      }
      .ratings .good {
        color: #067647;
      }
      .ratings .bad {
        color: var(--_danger);
      }
      .ratings .bad svg {
        transform: rotate(180deg);
      }
      ul {
        margin: 8px 0 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: 8px;
        padding: 6px 0;
        border-top: 1px solid var(--_border);
        font-size: 13.5px;
      }
      li svg {
        flex: none;
        margin-top: 2px;
      }
      li.good svg {
        color: #067647;
      }
      li.bad svg {
        color: var(--_danger);
        transform: rotate(180deg);
      }
      li q {
        overflow-wrap: anywhere;
      }
      li time {
        margin-inline-start: auto;
        flex: none;
        color: var(--_text-2);
        font-size: 12px;
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  @property({ attribute: false }) api!: ApiClient;
  @property() locale: Lang = 'en';

  @state() private preset: Preset = '7';
  @state() private from = '';
  @state() private to = '';
  @state() private summary?: ReportSummary;
  @state() private error?: string;
  @state() private loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Asks for the report of the chosen period. */
  async load(): Promise<void> {
    const query =
      this.preset === 'custom'
        ? `from=${encodeURIComponent(this.from)}&to=${encodeURIComponent(this.to)}`
        : `last=${this.preset}`;
    this.loading = true;
    this.error = undefined;
    try {
      this.summary = await this.api.get<ReportSummary>(`/reports/summary?${query}`);
      if (this.preset !== 'custom') {
        this.from = this.summary.from;
        this.to = this.summary.to;
      }
    } catch (e) {
      this.error = e instanceof ApiError ? e.code : 'default';
    } finally {
      this.loading = false;
    }
  }

  #pick(preset: Preset): void {
    this.preset = preset;
    if (preset !== 'custom') void this.load();
  }

  #day(day: string, style: 'short' | 'medium' = 'medium'): string {
    const [y, m, d] = day.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }

  /** A moment in the store's zone (or the reader's, for a zone this browser does not know). */
  #time(at: string, timeZone: string): string {
    const style = { dateStyle: 'short', timeStyle: 'short' } as const;
    try {
      return new Intl.DateTimeFormat(this.locale, { ...style, timeZone }).format(new Date(at));
    } catch {
      return new Intl.DateTimeFormat(this.locale, style).format(new Date(at));
    }
  }

  protected override render() {
    const s = reportStrings[this.locale] ?? reportStrings.en;
    const r = this.summary;
    return html`<h1>${s.title}</h1>
      <form @submit=${(e: Event) => (e.preventDefault(), void this.load())}>
        <fieldset>
          <legend>${s.period}</legend>
          ${(['7', '30', 'custom'] as Preset[]).map(
            (p) =>
              html`<button type="button" class="preset" aria-pressed=${this.preset === p} @click=${() => this.#pick(p)}>
                ${p === '7' ? s.last7 : p === '30' ? s.last30 : s.custom}
              </button>`,
          )}
        </fieldset>
        ${
          this.preset === 'custom'
            ? html`<label>${s.from}<input type="date" name="from" required .value=${this.from} max=${r?.today ?? '9999-12-31'} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
                <label>${s.to}<input type="date" name="to" required .value=${this.to} max=${r?.today ?? '9999-12-31'} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
                <button class="primary">${s.show}</button>`
            : nothing
        }
      </form>
      ${r ? html`<p class="zone">${s.zone(r.timeZone)}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${s.errors[this.error] ?? s.errors.default}</p>` : nothing}
      ${this.loading && !r ? html`<p role="status">${s.loading}</p>` : nothing}
      ${r ? this.#report(r, s) : nothing}`;
  }

  #report(r: ReportSummary, s: (typeof reportStrings)['en']) {
    const max = Math.max(1, ...r.conversationsPerDay.map((d) => d.conversations));
    const times = (t: ReportSummary['waiting']) =>
      html`<p class="big">${t.medianMillis === undefined ? '—' : duration(this.locale, t.medianMillis)}</p>
        <p class="small">${t.medianMillis === undefined && !t.unanswered ? s.noAnswers : s.answered(t.answered, t.unanswered)}</p>`;
    const sat = r.satisfaction;
    return html`<div class="cards" aria-busy=${this.loading}>
        <section>
          <h2>${s.conversations}</h2>
          <p class="big">${r.conversations}</p>
        </section>
        <section class="first-response">
          <h2>${s.firstResponse}</h2>
          ${times(r.firstResponse)}
        </section>
        <section class="waiting">
          <h2>${s.waiting}</h2>
          ${times(r.waiting)}
        </section>
        <section class="satisfaction">
          <h2>${s.satisfaction}</h2>
          ${
            sat.good + sat.bad
              ? html`<p class="big">${s.percentGood(sat.percentGood ?? 0)}</p>
                  <p class="ratings">
                    <span class="good">${thumbIcon(false)}${s.good}: ${sat.good}</span>
                    <span class="bad">${thumbIcon(true)}${s.bad}: ${sat.bad}</span>
                  </p>`
              : html`<p class="big">—</p><p class="small">${s.noRatings}</p>`
          }
        </section>
      </div>
      <section class="per-day">
        <h2 id="per-day">${s.perDay}</h2>
        <div class="chart" role="img" aria-label=${s.chartLabel(this.#day(r.from), this.#day(r.to))}>
          ${r.conversationsPerDay.map(
            (d) =>
              html`<span class="bar" title="${this.#day(d.day)}: ${d.conversations}" data-height=${cssProperty('--_height', `${(d.conversations / max) * 100}%`)}></span>`,
          )}
        </div>
        <p class="axis" aria-hidden="true"><span>${this.#day(r.from, 'short')}</span><span>${this.#day(r.to, 'short')}</span></p>
        <details>
          <summary>${s.perDay}</summary>
          <table aria-labelledby="per-day">
            <thead><tr><th scope="col">${s.day}</th><th scope="col">${s.conversations}</th></tr></thead>
            <tbody>
              ${r.conversationsPerDay.map((d) => html`<tr><td>${this.#day(d.day)}</td><td>${d.conversations}</td></tr>`)}
            </tbody>
          </table>
        </details>
      </section>
      <section class="comments">
        <h2>${s.latestComments}</h2>
        ${
          sat.latestComments.length
            ? html`<ul>
                ${sat.latestComments.map(
                  (c) =>
                    html`<li class=${c.score}>
                      ${thumbIcon(c.score === 'bad')}<span class="vh">${c.score === 'good' ? s.good : s.bad}:</span>
                      <q dir="auto">${c.comment}</q>
                      <time datetime=${c.ratedAt}>${this.#time(c.ratedAt, r.timeZone)}</time>
                    </li>`,
                )}
              </ul>`
            : html`<p class="small">${s.noComments}</p>`
        }
      </section>
      <p class="definitions">${s.definitions}</p>`;
  }
}
