import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseTicket, type Ticket } from '../protocol/messages.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError, type ApiClient } from './api.js';
import { ParleyTicketSelectEvent } from './events.js';
import { relativeTime } from './tickets.js';

export interface ProfileStrings {
  profile: string;
  /** With the visitor's code, the name of a visitor without one ("Visitor 5F2A"). */
  visitor: string;
  profileFailed: string;
  loading: string;
  anonymousVisitor: string;
  identifiedVisitor: (id: string) => string;
  fields: Record<'email' | 'visitorEmail' | 'phone' | 'location' | 'locale' | 'firstPage', string>;
  activity: string;
  noEvents: string;
  olderEvents: string;
  otherTickets: string;
  noOtherTickets: string;
  status: Record<string, string>;
}

/** A customer's profile as `GET /api/v1/tickets/{id}/profile` tells it (docs/events-api.md). */
export interface Profile {
  profileId: string;
  identified: boolean;
  displayName: string;
  /** The visitor's code ("5F2A"), for a name when the store knows none. */
  visitorCode?: string;
  externalUserId?: string;
  email?: string;
  /** The address the visitor gave in the widget while the team was away; the store's `email` comes first. */
  visitorEmail?: string;
  phone?: string;
  location?: string;
  locale?: string;
  firstPage?: string;
  properties: Record<string, string | number | boolean>;
}

/** One event of a profile's history. */
export interface ProfileEvent {
  id: string;
  name: string;
  occurredAt: string;
  properties: Record<string, unknown>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function parseProfile(o: unknown): Profile | null {
  const p = obj(o);
  if (!str(p.profileId)) return null;
  const properties = Object.fromEntries(
    Object.entries(obj(p.properties)).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)),
  ) as Profile['properties'];
  return {
    profileId: p.profileId as string,
    identified: p.identified === true,
    displayName: str(p.displayName) ?? str(p.name) ?? '',
    visitorCode: str(p.visitorCode),
    externalUserId: str(p.externalUserId),
    email: str(p.email),
    visitorEmail: str(p.visitorEmail),
    phone: str(p.phone),
    location: str(p.location),
    locale: str(p.locale),
    firstPage: str(p.firstPage) && /^https?:\/\//i.test(p.firstPage as string) ? (p.firstPage as string) : undefined,
    properties,
  };
}

export function parseEvents(o: unknown): { events: ProfileEvent[]; nextCursor?: string } {
  const page = obj(o);
  const events = (Array.isArray(page.events) ? page.events : [])
    .map(obj)
    .filter((e) => str(e.id) && str(e.name) && str(e.occurredAt))
    .map((e) => ({
      id: e.id as string,
      name: e.name as string,
      occurredAt: e.occurredAt as string,
      properties: obj(e.properties),
    }));
  return { events, nextCursor: str(page.nextCursor) };
}

/** "1 item", "3 items"; "1 produkt", "3 produkty", "5 produktów". */
const ITEM_WORDS: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'item', other: 'items' },
  pl: { one: 'produkt', few: 'produkty', many: 'produktów', other: 'produktu' },
};

/** How many things a cart or an order holds: the items' quantities added up when each has one, else the items. */
export function itemCount(items: unknown[], locale: string): string {
  const quantities = items.map((item) =>
    item && typeof item === 'object'
      ? ((item as Record<string, unknown>).qty ?? (item as Record<string, unknown>).quantity)
      : undefined,
  );
  const count = quantities.every((q) => typeof q === 'number' && Number.isInteger(q) && q >= 0)
    ? (quantities as number[]).reduce((a, b) => a + b, 0)
    : items.length;
  const lang = locale.startsWith('pl') ? 'pl' : 'en';
  const words = ITEM_WORDS[lang];
  const word = words[new Intl.PluralRules(lang).select(count)] ?? words.other!;
  return `${new Intl.NumberFormat(locale).format(count)} ${word}`;
}

/** A short line for an event's properties: its plain values, "value currency" first (e.g. "€129.90 · 2 items"). */
export function eventSummary(properties: Record<string, unknown>, locale: string): string {
  const parts: string[] = [];
  const { value, currency, items, ...rest } = properties;
  if (typeof value === 'number') {
    parts.push(
      typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)
        ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value)
        : String(value),
    );
  }
  if (Array.isArray(items)) parts.push(itemCount(items, locale));
  for (const [k, v] of Object.entries(rest))
    if (['string', 'number', 'boolean'].includes(typeof v)) parts.push(`${k}: ${v}`);
  return parts.slice(0, 4).join(' · ');
}

/**
 * @summary The customer beside a ticket: the profile summary, the profile's event history (newest first, paged) and
 * the customer's other tickets.
 *
 * Loads everything itself from the agents' API, and again when {@link news} names the profile shown.
 *
 * @fires parley-ticket-select - The agent chose one of the customer's other tickets; `detail` is the ticket.
 */
export class ParleyProfile extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        font-size: 13.5px;
        color: var(--_text);
      }
      section {
        padding: 14px 16px;
        border-bottom: 1px solid var(--_border);
      }
      h2 {
        margin: 0 0 2px;
        font-size: 16px;
      }
      h3 {
        margin: 0 0 8px;
        font-size: 12px;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--_text-2);
      }
      .kind {
        margin: 0 0 10px;
        color: var(--_text-2);
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 6px 12px;
        margin: 0;
      }
      dt {
        color: var(--_text-2);
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      a {
        color: var(--_accent);
      }
      ol,
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li + li {
        margin-top: 10px;
      }
      .event strong {
        display: block;
      }
      .event span,
      time,
      .muted {
        color: var(--_text-2);
        font-size: 12.5px;
      }
      button {
        font: inherit;
        color: var(--_accent);
        background: none;
        border: 0;
        padding: 0;
        cursor: pointer;
        text-align: start;
      }
      button:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .more {
        margin-top: 10px;
      }
      .error,
      :host > .muted {
        margin: 0;
        padding: 14px 16px;
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  /** The agents' API. */
  @property({ attribute: false }) api!: ApiClient;
  /** The ticket whose customer is shown. */
  @property() ticketId?: string;
  @property() locale = 'en';
  @property({ attribute: false }) strings!: ProfileStrings;
  /** A `profile` frame's news: the profile it names changed (a new object for each frame). */
  @property({ attribute: false }) news?: { profileId: string };

  @state() private profile?: Profile | null;
  @state() private others: Ticket[] = [];
  @state() private events: ProfileEvent[] = [];
  @state() private nextCursor?: string;
  @state() private loadingEvents = false;
  #asked = 0;

  /** The profile shown, if any: `profile` frames naming it call for a {@link refresh}. */
  get profileId(): string | undefined {
    return this.profile?.profileId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ticketId') || (changed.has('news') && this.news && this.news.profileId === this.profileId))
      this.refresh();
  }

  /** Loads the profile, the other tickets and the newest events again. */
  async refresh(): Promise<void> {
    const id = this.ticketId;
    const asked = ++this.#asked;
    if (!id) {
      this.profile = undefined;
      return;
    }
    const body = await this.#get(`/tickets/${encodeURIComponent(id)}/profile`);
    if (asked !== this.#asked) return;
    const profile = parseProfile(obj(body).profile);
    this.profile = profile;
    this.others = (Array.isArray(obj(body).otherTickets) ? (obj(body).otherTickets as unknown[]) : [])
      .map(parseTicket)
      .filter((t): t is Ticket => !!t && t.id !== id);
    this.events = [];
    this.nextCursor = undefined;
    if (profile) await this.#loadEvents(asked);
  }

  async #loadEvents(asked = this.#asked, before?: string): Promise<void> {
    const profile = this.profile;
    if (!profile) return;
    this.loadingEvents = true;
    const query = new URLSearchParams({ limit: '20', ...(before && { before }) });
    const page = parseEvents(await this.#get(`/profiles/${encodeURIComponent(profile.profileId)}/events?${query}`));
    if (asked !== this.#asked) return;
    this.events = before ? [...this.events, ...page.events] : page.events;
    this.nextCursor = page.nextCursor;
    this.loadingEvents = false;
  }

  /** A GET of the agents' API; null when it was refused or failed (the sidebar says so). */
  async #get(path: string): Promise<unknown> {
    try {
      return await this.api.get<unknown>(path);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      return null;
    }
  }

  protected override render() {
    const s = this.strings;
    const p = this.profile;
    if (p === undefined) return html`<p class="muted" role="status">${s.loading}</p>`;
    if (p === null) return html`<p class="error" role="alert">${s.profileFailed}</p>`;
    const f = s.fields;
    const fields: [string, unknown][] = [
      [f.email, p.email && html`<a href="mailto:${p.email}">${p.email}</a>`],
      [f.visitorEmail, p.visitorEmail && html`<a href="mailto:${p.visitorEmail}">${p.visitorEmail}</a>`],
      [f.phone, p.phone && html`<a href="tel:${p.phone.replace(/[^+\d]/g, '')}">${p.phone}</a>`],
      [f.location, p.location],
      [f.locale, p.locale],
      [
        f.firstPage,
        p.firstPage && html`<a href=${p.firstPage} target="_blank" rel="noopener noreferrer">${p.firstPage}</a>`,
      ],
      ...Object.entries(p.properties).map(([k, v]): [string, unknown] => [k, String(v)]),
    ];
    const shown = fields.filter(([, v]) => v);
    return html`<section aria-labelledby="profile-name">
        <h2 id="profile-name" dir="auto">${p.displayName || (p.visitorCode ? `${s.visitor} ${p.visitorCode}` : s.visitor)}</h2>
        <p class="kind">${p.identified && p.externalUserId ? s.identifiedVisitor(p.externalUserId) : s.anonymousVisitor}</p>
        ${shown.length ? html`<dl>${shown.map(([k, v]) => html`<dt>${k}</dt><dd dir="auto">${v}</dd>`)}</dl>` : nothing}
      </section>
      <section aria-labelledby="events-title">
        <h3 id="events-title">${s.activity}</h3>
        ${
          this.events.length
            ? html`<ol>
              ${this.events.map(
                (e) => html`<li class="event">
                  <bdi><strong>${e.name}</strong></bdi>
                  ${eventSummary(e.properties, this.locale) ? html`<span>${eventSummary(e.properties, this.locale)}</span><br />` : nothing}
                  <time datetime=${e.occurredAt} title=${new Date(e.occurredAt).toLocaleString(this.locale)}>${relativeTime(e.occurredAt, Date.now(), this.locale)}</time>
                </li>`,
              )}
            </ol>`
            : html`<p class="muted">${this.loadingEvents ? s.loading : s.noEvents}</p>`
        }
        ${
          this.nextCursor
            ? html`<button class="more" ?disabled=${this.loadingEvents} @click=${() => this.#loadEvents(this.#asked, this.nextCursor)}>${s.olderEvents}</button>`
            : nothing
        }
      </section>
      <section aria-labelledby="others-title">
        <h3 id="others-title">${s.otherTickets}</h3>
        ${
          this.others.length
            ? html`<ul>
              ${this.others.map(
                (t) => html`<li>
                  <button @click=${() => this.dispatchEvent(new ParleyTicketSelectEvent(t))}>
                    <bdi>${t.lastMessage?.text || t.id}</bdi>
                  </button>
                  <div class="muted">${s.status[t.status] ?? t.status} · ${relativeTime(t.lastActivityAt, Date.now(), this.locale)}</div>
                </li>`,
              )}
            </ul>`
            : html`<p class="muted">${s.noOtherTickets}</p>`
        }
      </section>`;
  }
}
