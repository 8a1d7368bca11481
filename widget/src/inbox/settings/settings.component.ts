import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import tokens from '../../styles/tokens.styles.js';
import { ApiClient } from '../api.js';
import { settingsI18n, type SectionId, type SettingsStrings } from './settings.i18n.js';
import type { SettingsScreen } from './settings-screen.js';
import styles from './settings.styles.js';

/**
 * Each screen's element, and the module that defines it, loaded when the screen is first opened. A new screen is a
 * `<screen>.component.ts` (a {@link SettingsScreen}; with a `SectionFormController` when it edits a settings section),
 * its `<screen>.i18n.ts`, a line here and its name in `settings.i18n.ts`.
 */
const SCREENS: Record<SectionId, { tag: StaticValue; load: () => Promise<unknown> }> = {
  chat: { tag: literal`parley-settings-chat`, load: () => import('./chat.component.js') },
  design: { tag: literal`parley-settings-design`, load: () => import('./design.component.js') },
  behaviour: { tag: literal`parley-settings-behaviour`, load: () => import('./behaviour.component.js') },
  faqs: { tag: literal`parley-settings-faqs`, load: () => import('./faqs.component.js') },
  hours: { tag: literal`parley-settings-hours`, load: () => import('./hours.component.js') },
  macros: { tag: literal`parley-settings-macros`, load: () => import('./macros.component.js') },
  team: { tag: literal`parley-settings-team`, load: () => import('./team.component.js') },
  notifications: { tag: literal`parley-settings-notifications`, load: () => import('./notifications.component.js') },
  security: { tag: literal`parley-settings-security`, load: () => import('./security.component.js') },
  audit: { tag: literal`parley-settings-audit`, load: () => import('./audit.component.js') },
};
const SECTIONS = Object.keys(SCREENS) as SectionId[];

/**
 * @summary The admins' settings: online chat, design with a live preview of the real widget, behaviour, FAQs,
 * business hours, saved replies, the team, email notifications, security and the audit log. Each screen is an
 * element of its own (`<parley-settings-chat>`, …), loaded when it is first opened; each saves only its own section,
 * and a change the server refuses shows its reason beside the form and changes nothing.
 *
 * @fires parley-settings-section - the admin opened another screen (`detail`: its id), to keep the address in step
 */
export class ParleySettings extends LitElement {
  static override styles = [tokens, styles];

  /** Parley's origin, or '' for the page's own. */
  @property() base = '';
  /** The session's CSRF token, for a client of the settings' own (when `api` is not given). */
  @property() csrfToken = '';
  @property() locale: 'en' | 'pl' = 'en';
  /** The signed-in admin's id: they cannot remove themselves. */
  @property() me = '';
  @property() section: SectionId = 'chat';
  /** The inbox's client of the agents' API. Without it, the settings make one of their own on `base` and `csrfToken`. */
  @property({ attribute: false }) api?: ApiClient;

  /** The screens whose module has loaded. */
  @state() private loaded: ReadonlySet<SectionId> = new Set();
  /** A screen whose module could not be loaded. */
  @state() private unloadable?: SectionId;
  /** The screens whose module is being loaded. */
  private readonly loading = new Set<SectionId>();
  private own?: ApiClient;

  private get s(): SettingsStrings {
    return settingsI18n[this.locale];
  }

  private get shown(): SectionId {
    return SECTIONS.includes(this.section) ? this.section : 'chat';
  }

  private get client(): ApiClient {
    if (this.api) return this.api;
    if (this.own?.base !== this.base) this.own = new ApiClient(this.base);
    this.own.csrfToken = this.csrfToken;
    return this.own;
  }

  protected override willUpdate(): void {
    const section = this.shown;
    if (!this.loaded.has(section) && !this.loading.has(section)) void this.load(section);
  }

  private async load(section: SectionId): Promise<void> {
    this.loading.add(section);
    try {
      await SCREENS[section].load();
      if (this.unloadable === section) this.unloadable = undefined;
      this.loaded = new Set([...this.loaded, section]);
    } catch {
      // The module is out of reach (the network, or a newer Parley replaced it): say so where the screen would be.
      this.unloadable = section;
    } finally {
      this.loading.delete(section);
    }
  }

  private go(section: SectionId): void {
    this.section = section;
    this.dispatchEvent(new CustomEvent<SectionId>('parley-settings-section', { detail: section, bubbles: true, composed: true }));
  }

  protected override render() {
    const s = this.s;
    const shown = this.shown;
    return html`<div class="settings">
      <nav aria-label=${s.title}>
        <h1>${s.title}</h1>
        <ul>
          ${SECTIONS.map(
            (id) => html`<li><a href="#/settings/${id}" aria-current=${shown === id ? 'page' : 'false'} @click=${(e: Event) => {
              e.preventDefault();
              this.go(id);
            }}>${s.sections[id]}</a></li>`,
          )}
        </ul>
      </nav>
      <section class="pane" aria-labelledby="pane-title">
        <h2 id="pane-title">${s.sections[shown]}</h2>
        ${this.renderScreen(shown)}
      </section>
    </div>`;
  }

  private renderScreen(section: SectionId) {
    if (this.loaded.has(section)) {
      const { tag } = SCREENS[section];
      return staticHtml`<${tag} .api=${this.client} locale=${this.locale} base=${this.base} me=${this.me}></${tag}>`;
    }
    if (this.unloadable === section) return html`<p class="refusal" role="alert">${this.s.failed}</p>`;
    return html`<p role="status">${this.s.loading}</p>`;
  }
}
