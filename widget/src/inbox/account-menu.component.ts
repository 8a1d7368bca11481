import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../i18n.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import type { AgentStatus, InboxStore, Presence } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import { presenceI18n } from './presence.i18n.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';

/** Each language in its own words, so that an agent finds theirs whatever the inbox speaks now. */
const LANGUAGES: readonly { lang: Lang; name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'pl', name: 'Polski' },
];

/** The statuses an agent chooses from, in the menu's order. */
const STATUSES: readonly AgentStatus[] = ['available', 'away'];

/** The team in the menu: who can answer first, then by name. */
const PRESENCE_ORDER: Record<Presence, number> = { online: 0, away: 1, offline: 2 };

/**
 * @summary The signed-in agent's account menu in the inbox's top bar: their name with a dot for their presence, their
 * status (available for chats or away), the team and who of it is online, away or offline (live), the language of
 * their account (English or Polish), which the inbox speaks and in which Parley emails them; and signing out.
 *
 * A disclosure button opens a small panel with a group of radio buttons; choosing one sends it to the server through
 * the store, and the whole inbox speaks it as soon as the server agrees. A refusal shows an alert and leaves the
 * choice as it was. Escape or a click elsewhere closes the panel.
 */
export class ParleyAccountMenu extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      .account {
        display: inline-flex;
        align-items: center;
        gap: 8px;
        padding: 4px 10px 4px 4px;
        border-radius: 999px;
      }
      .account .avatar {
        --_hue: 222;
        position: relative;
        width: 28px;
        height: 28px;
        font-size: 12px;
      }
      .dot {
        display: inline-block;
        flex: none;
        width: 9px;
        height: 9px;
        border-radius: 50%;
        background: #9aa3ae;
        box-shadow: 0 0 0 2px var(--_surface);
      }
      .dot.online {
        background: #1f9d55;
      }
      .dot.away {
        background: #d97706;
      }
      .avatar .dot {
        position: absolute;
        right: -1px;
        bottom: -1px;
      }
      .hint {
        margin: 2px 4px 10px;
        font-size: 12px;
        color: var(--_text-2);
      }
      .team {
        margin: 4px 0 0;
        padding: 0;
        list-style: none;
        max-height: 180px;
        overflow-y: auto;
      }
      .team li {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 4px;
      }
      .team bdi {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .team small {
        color: var(--_text-2);
      }
      h3 {
        margin: 12px 0 2px;
        font-size: 13px;
        font-weight: 600;
        color: var(--_text-2);
      }
      .me {
        color: var(--_text-2);
      }
      .panel {
        position: absolute;
        right: 0;
        top: calc(100% + 6px);
        z-index: 20;
        min-width: 220px;
        padding: 14px 16px;
        border: 1px solid var(--_border);
        border-radius: 12px;
        background: var(--_surface);
        box-shadow: var(--_shadow);
      }
      .panel[hidden] {
        display: none;
      }
      .who {
        margin: 0 0 10px;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .who small {
        display: block;
        font-weight: 400;
        color: var(--_text-2);
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        margin-bottom: 6px;
        font-size: 13px;
        font-weight: 600;
        color: var(--_text-2);
      }
      label {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 6px 4px;
        border-radius: 6px;
        cursor: pointer;
      }
      label:hover {
        background: var(--_surface-2);
      }
      input {
        accent-color: var(--_accent);
        margin: 0;
      }
      .error {
        margin: 8px 0 0;
      }
      .sign-out {
        display: block;
        width: 100%;
        margin-top: 12px;
      }
      @media (max-width: 719.98px) {
        .account {
          padding: 2px;
        }
        .me {
          display: none;
        }
      }
    `,
  ];

  /** What the inbox's parts share: the signed-in agent, their account's language, and the call that changes it. */
  @property({ attribute: false }) store?: InboxStore;
  @property({ attribute: false }) strings!: InboxStrings;

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private error?: string;
  /** The language chosen and on its way to the server: shown as chosen until the server answers. */
  @state() private pending?: Lang;
  /** The status chosen and on its way to the server. */
  @state() private pendingStatus?: AgentStatus;

  readonly #onPointerDown = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.open = false;
  };

  constructor() {
    super();
    new StoreController(this, () => this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onPointerDown);
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open')) return;
    if (this.open) document.addEventListener('pointerdown', this.#onPointerDown);
    else document.removeEventListener('pointerdown', this.#onPointerDown);
  }

  protected override render() {
    const s = this.strings;
    const p = presenceI18n[this.store?.locale ?? 'en'] ?? presenceI18n.en;
    const agent = this.store?.agent;
    const current = this.pending ?? this.store?.locale ?? 'en';
    const status = this.pendingStatus ?? this.store?.status ?? 'available';
    const mine: Presence = status === 'away' ? 'away' : 'online';
    const teammates = [...(this.store?.team ?? [])]
      .filter((m) => m.id !== agent?.id)
      .sort(
        (a, b) =>
          PRESENCE_ORDER[a.presence ?? 'offline'] - PRESENCE_ORDER[b.presence ?? 'offline'] ||
          a.name.localeCompare(b.name),
      );
    return html`<button
        class="ghost account"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="account-panel"
        @click=${this.#toggle}
        @keydown=${this.#onKeydown}
      >
        <span class="avatar" aria-hidden="true">${initials(agent?.name ?? '')}<span class="dot ${mine}"></span></span
        ><bdi class="me">${agent?.name}</bdi><span class="vh">, ${s.account}, ${p.statuses[status]}</span>
      </button>
      <div id="account-panel" class="panel" ?hidden=${!this.open} @keydown=${this.#onKeydown}>
        <p class="who"><bdi>${agent?.name}</bdi>${agent?.email ? html`<small>${agent.email}</small>` : nothing}</p>
        <fieldset class="status" aria-busy=${this.pendingStatus ? 'true' : 'false'} aria-describedby="status-hint">
          <legend>${p.status}</legend>
          ${STATUSES.map(
            (value) =>
              html`<label
                ><input
                  type="radio"
                  name="status"
                  value=${value}
                  .checked=${live(status === value)}
                  @change=${() => this.#chooseStatus(value)}
                /><span class="dot ${value === 'away' ? 'away' : 'online'}" aria-hidden="true"></span>${p.statuses[value]}</label
              >`,
          )}
        </fieldset>
        <p class="hint" id="status-hint">${p.statusHint}</p>
        <fieldset class="language" aria-busy=${this.pending ? 'true' : 'false'}>
          <legend>${s.language}</legend>
          ${LANGUAGES.map(
            ({ lang, name }) =>
              html`<label lang=${lang}
                ><input
                  type="radio"
                  name="locale"
                  value=${lang}
                  .checked=${live(current === lang)}
                  @change=${() => this.#choose(lang)}
                />${name}</label
              >`,
          )}
        </fieldset>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <h3 id="team-title">${p.team}</h3>
        ${
          teammates.length
            ? html`<ul class="team" aria-labelledby="team-title">
                ${teammates.map(
                  (m) =>
                    html`<li>
                      <span class="dot ${m.presence ?? 'offline'}" aria-hidden="true"></span><bdi>${m.name}</bdi
                      ><small>${p.presences[m.presence ?? 'offline']}</small>
                    </li>`,
                )}
              </ul>`
            : html`<p class="hint">${p.noTeammates}</p>`
        }
        <button class="ghost sign-out" @click=${() => this.store?.signOut()}>${s.signOut}</button>
      </div>`;
  }

  #toggle(): void {
    this.open = !this.open;
    this.error = undefined;
  }

  #onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.open) return;
    e.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.account')?.focus();
  }

  async #chooseStatus(status: AgentStatus): Promise<void> {
    const store = this.store;
    if (!store || (this.pendingStatus ?? store.status ?? 'available') === status) return;
    this.pendingStatus = status;
    this.error = undefined;
    try {
      await store.changeStatus(status);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = (presenceI18n[store.locale ?? 'en'] ?? presenceI18n.en).statusFailed;
    } finally {
      // Refused, the choice goes back to the status the account still has.
      if (this.pendingStatus === status) this.pendingStatus = undefined;
    }
  }

  async #choose(lang: Lang): Promise<void> {
    const store = this.store;
    if (!store || (this.pending ?? store.locale) === lang) return;
    this.pending = lang;
    this.error = undefined;
    try {
      await store.changeLocale(lang);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = this.strings.languageFailed;
    } finally {
      // Refused, the choice goes back to the language the account still has.
      if (this.pending === lang) this.pending = undefined;
    }
  }
}

/** Up to two initials of a name, for the avatar. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
