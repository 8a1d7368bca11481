import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../i18n.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';

/** Each language in its own words, so that an agent finds theirs whatever the inbox speaks now. */
const LANGUAGES: readonly { lang: Lang; name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'pl', name: 'Polski' },
];

/**
 * @summary The signed-in agent's account menu in the inbox's top bar: their name, and the language of their account
 * (English or Polish), which the inbox speaks and in which Parley emails them; and signing out.
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
        width: 28px;
        height: 28px;
        font-size: 12px;
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
    const agent = this.store?.agent;
    const current = this.pending ?? this.store?.locale ?? 'en';
    return html`<button
        class="ghost account"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="account-panel"
        @click=${this.#toggle}
        @keydown=${this.#onKeydown}
      >
        <span class="avatar" aria-hidden="true">${initials(agent?.name ?? '')}</span
        ><bdi class="me">${agent?.name}</bdi><span class="vh">, ${s.account}</span>
      </button>
      <div id="account-panel" class="panel" ?hidden=${!this.open} @keydown=${this.#onKeydown}>
        <p class="who"><bdi>${agent?.name}</bdi>${agent?.email ? html`<small>${agent.email}</small>` : nothing}</p>
        <fieldset aria-busy=${this.pending ? 'true' : 'false'}>
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
