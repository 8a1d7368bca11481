import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import tokens from '../../styles/tokens.styles.js';
import { ApiClient } from '../api.js';
import { settingsI18n, type SectionId, type SettingsStrings } from './settings.i18n.js';
import styles from './settings.styles.js';

/**
 * The module that defines each screen's element, `<parley-settings-{id}>`, loaded when the screen is first opened
 * (here, or by an earlier `<parley-settings>`: the inbox makes a new one each time the admin comes back). A new
 * screen is a `<screen>.component.ts` (a `SettingsScreen`; with a `SectionFormController` when it edits a
 * settings section), its `<screen>.i18n.ts`, a line here and its name in `settings.i18n.ts`.
 */
const SCREENS: Record<SectionId, () => Promise<unknown>> = {
  chat: () => import('./chat.component.js'),
  design: () => import('./design.component.js'),
  hub: () => import('./hub.component.js'),
  behaviour: () => import('./behaviour.component.js'),
  faqs: () => import('./faqs.component.js'),
  assistant: () => import('./assistant.component.js'),
  handoff: () => import('./handoff.component.js'),
  sms: () => import('./sms.component.js'),
  hours: () => import('./hours.component.js'),
  macros: () => import('./macros.component.js'),
  tags: () => import('./tags.component.js'),
  team: () => import('./team.component.js'),
  notifications: () => import('./notifications.component.js'),
  security: () => import('./security.component.js'),
  webhooks: () => import('./webhooks.component.js'),
  audit: () => import('./audit.component.js'),
};
const SECTIONS = Object.keys(SCREENS) as SectionId[];

/**
 * @summary The admins' settings: online chat, design with a live preview of the real widget, behaviour, FAQs, the AI
 * agent, the external helpdesks it hands off to, the SMS channel, business hours, saved replies, the team, email notifications,
 * security, webhooks and the audit log. Each screen is an element of its own (`<parley-settings-chat>`, …), loaded
 * when it is first opened; each saves only its own section, and a change the server refuses shows its reason beside
 * the form and changes nothing.
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
  /** Grows with every change of the store's settings the inbox hears of (by anyone): the open screen may follow it. */
  @property({ type: Number }) news = 0;
  /** The inbox's client of the agents' API. Without it, the settings make one of their own on `base` and `csrfToken`. */
  @property({ attribute: false }) api?: ApiClient;

  /** The screens whose module has loaded since this element was made. */
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
    if (!this.defined(section) && !this.loading.has(section)) void this.load(section);
  }

  private defined(section: SectionId): boolean {
    return this.loaded.has(section) || !!customElements.get(`parley-settings-${section}`);
  }

  private async load(section: SectionId): Promise<void> {
    this.loading.add(section);
    try {
      await SCREENS[section]();
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
    this.dispatchEvent(
      new CustomEvent<SectionId>('parley-settings-section', { detail: section, bubbles: true, composed: true }),
    );
  }

  protected override render() {
    const s = this.s;
    const shown = this.shown;
    return html`<div class="settings">
      <nav aria-label=${s.title}>
        <h1>${s.title}</h1>
        <ul>
          ${SECTIONS.map(
            (id) =>
              html`<li><a href="#/settings/${id}" aria-current=${shown === id ? 'page' : 'false'} @click=${(
                e: Event,
              ) => {
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
    if (this.defined(section)) {
      // A name made of one of the SCREENS' ids, never of what a user wrote.
      const tag = unsafeStatic(`parley-settings-${section}`);
      return staticHtml`<${tag} .api=${this.client} .news=${this.news} locale=${this.locale} base=${this.base} me=${this.me}></${tag}>`;
    }
    if (this.unloadable === section) return html`<p class="refusal" role="alert">${this.s.failed}</p>`;
    return html`<p role="status">${this.s.loading}</p>`;
  }
}
