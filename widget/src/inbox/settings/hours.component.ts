import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { ApiError } from '../api.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sectionForm, sharedStyles, toggle } from './settings-screen.js';
import { StoreLanguageController, fieldsPerLanguage } from './texts-per-language.js';
import { hoursI18n, type HoursStrings } from './hours.i18n.js';
import type { AvailabilitySection, Hours } from './types.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Used where the browser cannot list its time zones. */
const COMMON_ZONES = [
  'Europe/Warsaw',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'UTC',
];

/** The reader's own time zone, as the browser names it. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Parley's default zone, `Z`, until an admin picks one: the screen suggests the browser's instead. */
const UNCHOSEN = 'Z';

/** A zone as `Intl` takes it: `Z` is UTC; names and `±hh:mm` offsets are taken as they are. */
const intlZone = (zone: string): string => (zone === 'Z' ? 'UTC' : zone);

let zones: string[] | undefined;
/** Every IANA zone the browser knows, UTC included, sorted; asked once. */
function allZones(): string[] {
  if (!zones) {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    zones = [...new Set([...(supported?.length ? supported : COMMON_ZONES), 'UTC'])].sort();
  }
  return zones;
}

/** `instant` as read in `zone`, with the zone's short name ("Mon, 7 Dec, 09:00 CET"). */
export function zonedTime(locale: string, instant: Date, zone: string, withZone: boolean): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'short',
    ...(withZone && { timeZoneName: 'short' }),
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: intlZone(zone) }).format(instant);
  } catch {
    // A zone the browser does not know: the reader's own time, named.
    return new Intl.DateTimeFormat(locale, { ...options, timeZoneName: 'short' }).format(instant);
  }
}

/** What the storefront widget is told (`GET /api/v1/widget/config`): whether the team is in, and when it is back. */
interface WidgetConfig {
  openNow: boolean;
  nextOpeningAt?: string;
}

/**
 * @summary Business hours: the time zone, the week's opening times, closed days and the away message, with whether
 * the team is in now (and when it is back) as visitors are told.
 */
export class ParleySettingsHours extends SettingsScreen<HoursStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .status-line {
        margin: 0 0 14px;
        font-weight: 600;
      }
      .week {
        border-collapse: collapse;
        margin-bottom: 14px;
      }
      .week th {
        text-align: start;
        font-weight: 600;
        padding: 6px 12px 6px 0;
        white-space: nowrap;
      }
      .week td {
        padding: 4px 0;
      }
      .range {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        margin: 2px 8px 2px 0;
      }
    `,
  ];

  protected readonly words = hoursI18n;

  /** After every load and save, whether the team is in now as the widget says it. */
  readonly #storeLanguage = new StoreLanguageController(this);
  private readonly form = new SectionFormController<AvailabilitySection>(
    this,
    'availability',
    () => void this.loadOpenNow(),
  );
  @state() private openNow?: { open: boolean; next?: Date };

  private async loadOpenNow(): Promise<void> {
    try {
      const c = await this.api.get<WidgetConfig>('/widget/config');
      const next = c.nextOpeningAt ? new Date(c.nextOpeningAt) : undefined;
      this.openNow = { open: c.openNow, next };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // Without the widget's answer the screen says nothing about now; the hours themselves are shown and saved.
      this.openNow = undefined;
    }
  }

  /** When the team is back, in the store's zone, with the reader's own time beside it when their zones differ. */
  #when(next: Date, zone: string): string {
    const own = browserZone();
    const differs = intlZone(zone) !== own;
    const store = zonedTime(this.locale, next, zone, differs);
    return differs ? this.s.yourTime(store, zonedTime(this.locale, next, own, false)) : store;
  }

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const h = d.businessHours;
      // Until an admin picks a zone, the browser's is suggested, and saved with the rest.
      const zone = h.timeZone === UNCHOSEN ? browserZone() : h.timeZone;
      const setHours = (fn: (h: Hours) => void) =>
        form.edit((x) => {
          x.businessHours = structuredClone(x.businessHours);
          fn(x.businessHours);
        });
      return sectionForm(
        form,
        s,
        (x) => ({
          businessHours: {
            ...x.businessHours,
            timeZone: x.businessHours.timeZone === UNCHOSEN ? browserZone() : x.businessHours.timeZone,
          },
          awayMessage: x.awayMessage,
          awayMessageTranslations: x.awayMessageTranslations ?? {},
        }),
        html`${this.openNow ? html`<p class="status-line" role="status">${this.openNow.open ? s.openNow : s.closedNow(this.openNow.next && this.#when(this.openNow.next, zone))}</p>` : nothing}
          <div class="field">
            <label for="timeZone">${s.timeZone}</label>
            <select id="timeZone" aria-describedby="timeZone-hint" aria-invalid=${form.invalid('businessHours.timeZone')} @change=${(e: Event) => setHours((x) => (x.timeZone = (e.target as HTMLSelectElement).value))}>
              ${(allZones().includes(zone) ? allZones() : [zone, ...allZones()]).map((z) => html`<option value=${z} ?selected=${z === zone}>${z === 'Z' ? 'UTC (Z)' : z}</option>`)}
            </select>
            <p id="timeZone-hint" class="hint">${h.timeZone === UNCHOSEN ? s.zoneSuggested : zone === browserZone() ? s.zoneYours : s.zoneOther(browserZone())}</p>
          </div>
          ${toggle('alwaysOpen', s.alwaysOpen, '', h.alwaysOpen, (on) => setHours((x) => (x.alwaysOpen = on)))}
          <table class="week" ?hidden=${h.alwaysOpen}>
            <tbody>
              ${DAYS.map((day) => {
                const ranges = h.weeklySchedule[day] ?? [];
                return html`<tr>
                  <th scope="row">${s.days[day]}</th>
                  <td>
                    ${ranges.length ? nothing : html`<span class="hint">${s.closedDay}</span>`}
                    ${ranges.map(
                      (r, i) => html`<span class="range">
                        <input type="time" aria-label="${s.days[day]} ${s.from}" aria-invalid=${form.invalid(`businessHours.weeklySchedule.${day}.${i}`)} .value=${r.start} @input=${(e: Event) => setHours((x) => (x.weeklySchedule[day][i].start = (e.target as HTMLInputElement).value))} />
                        –
                        <input type="time" aria-label="${s.days[day]} ${s.to}" aria-invalid=${form.invalid(`businessHours.weeklySchedule.${day}.${i}`)} .value=${r.end === '24:00' ? '23:59' : r.end} @input=${(e: Event) => setHours((x) => (x.weeklySchedule[day][i].end = (e.target as HTMLInputElement).value))} />
                        <button type="button" class="ghost" aria-label="${s.remove}: ${s.days[day]} ${r.start}–${r.end}" @click=${() => setHours((x) => x.weeklySchedule[day].splice(i, 1))}>×</button>
                      </span>`,
                    )}
                    <button type="button" class="ghost small" aria-label="${s.addRange}: ${s.days[day]}" @click=${() => setHours((x) => (x.weeklySchedule[day] = [...(x.weeklySchedule[day] ?? []), { start: '09:00', end: '17:00' }]))}>+</button>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
          <fieldset>
            <legend>${s.closures}</legend>
            ${h.closures.map(
              (c, i) => html`<span class="range">
                <input type="date" aria-label="${s.closures} ${i + 1}" aria-invalid=${form.invalid(`businessHours.closures.${i}`)} .value=${c} @input=${(e: Event) => setHours((x) => (x.closures[i] = (e.target as HTMLInputElement).value))} />
                <button type="button" class="ghost" aria-label="${s.remove}: ${c}" @click=${() => setHours((x) => x.closures.splice(i, 1))}>×</button>
              </span>`,
            )}
            <button type="button" class="ghost small" @click=${() => setHours((x) => x.closures.push(new Date().toISOString().slice(0, 10)))}>${s.addClosure}</button>
          </fieldset>
          ${fieldsPerLanguage(form, s, {
            id: 'awayMessage',
            path: 'awayMessage',
            translationsPath: 'awayMessageTranslations',
            label: s.awayMessage,
            store: this.#storeLanguage.value,
            value: { text: d.awayMessage, translations: d.awayMessageTranslations ?? {} },
            change: (v) =>
              form.edit((x) => {
                x.awayMessage = v.text;
                x.awayMessageTranslations = v.translations;
              }),
            multiline: true,
          })}`,
      );
    });
  }
}

define('parley-settings-hours', ParleySettingsHours);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-hours': ParleySettingsHours;
  }
}
