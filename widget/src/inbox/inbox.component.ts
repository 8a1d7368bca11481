import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SocketFactory } from '../controllers/chat-connection.controller.js';
import { resolveLang, type Lang } from '../i18n.js';
import tokens from '../styles/tokens.styles.js';
import type { ParleyProfileToggleEvent, ParleySignedInEvent, ParleyTicketSelectEvent } from './events.js';
import { bell, bellOff, logo } from './icons.js';
import { BADGE_MAX, InboxStore } from './inbox-store.js';
import { i18n, type InboxStrings } from './inbox.i18n.js';
import styles from './inbox.styles.js';
import { Notifier } from './notifier.js';
import { reportStrings } from './reports.i18n.js';
import type { SectionId } from './settings/settings.i18n.js';
import shared from './shared.styles.js';
import { ShortcutsController } from './shortcuts.controller.js';
import { StoreController } from './store.controller.js';
import { TabTitleController } from './tab-title.controller.js';

/**
 * @summary Parley's agent inbox: sign-in, the live ticket list, the conversation with a reply box, the customer's
 * profile, and (for admins) the settings and the conversations the AI agent resolved on its own.
 *
 * The frame around its parts: it follows the address (`#/settings/<section>` shows the settings, `#/ai` the AI
 * agent's conversations, `#/knowledge` the knowledge with the AI agent's test console), lays out `<parley-sign-in>`, `<parley-ticket-list>`, `<parley-ticket-thread>`,
 * `<parley-profile>`, `<parley-settings>`, `<parley-ai-conversations>` and `<parley-knowledge>`, and shows the top bar (the Helpdesk badge,
 * notifications, the shortcuts' list on `?`, `<parley-account-menu>`). What the parts share (the session, the
 * connection to `/ws/agent`, the tickets) is in one {@link InboxStore}, handed to them as a property. Before sign-in
 * the inbox speaks the page's or the browser's language, afterwards the language of the agent's account.
 *
 * @csspart list - The ticket list.
 * @csspart thread - The open conversation.
 * @csspart profile - The customer's profile beside it.
 *
 * @cssproperty --parley-accent - Buttons, own messages, selection.
 */
export class ParleyInbox extends LitElement {
  static override styles = [tokens, shared, styles];

  /** Base URL of the Parley server; defaults to this page's origin. Read when the inbox is first put on a page. */
  @property() server?: string;

  /**
   * Overrides the language chosen from `<html lang>` or the browser (`en` or `pl`) until an agent signs in; then the
   * inbox speaks the language of their account.
   */
  @property({ attribute: 'lang' }) language?: string;

  /** Opens WebSockets; replace it to run the inbox without a server. */
  @property({ attribute: false }) socketFactory?: SocketFactory;

  /** Tells the agent of new tickets and messages (a chime, system notifications); replace it to tell them otherwise. */
  @property({ attribute: false }) notifier = new Notifier();

  /**
   * The Helpdesk, the Reports (`#/reports`) or (admins) the Settings or the AI agent's conversations, from the
   * address's fragment: `#/settings/<section>`, `#/ai/<conversation>`.
   */
  @state() private view: 'helpdesk' | 'settings' | 'reports' | 'ai' | 'knowledge' = 'helpdesk';
  /** The AI agent's conversation chosen in the AI view (`#/ai/<conversation>`). */
  @state() private aiConversation?: string;
  /** The address is a password reset link (`#/reset/<secret>`): its form shows, signed in or not. */
  @state() private resetLink = false;
  @state() private settingsSection: SectionId = 'chat';
  /** On narrow screens the customer's profile opens over the thread. */
  @state() private profileOpen = false;
  @state() private now = Date.now();
  @state() private muted = false;
  @state() private permission: NotificationPermission | 'unsupported' = 'unsupported';

  #store?: InboxStore;
  #clock?: ReturnType<typeof setInterval>;
  readonly #onHash = () => this.#route();
  readonly #onVisibility = () => this.#store?.conversations.sendSeen();

  constructor() {
    super();
    new StoreController(this, () => this.#store);
    new ShortcutsController(this, () => ({ '?': () => this.#store?.phase === 'signed-in' && this.#showHelp() }));
    new TabTitleController(this, () => (this.#store?.phase === 'signed-in' ? this.#store.unreadIds.size : undefined));
  }

  /** What the parts of the inbox share; made when the inbox is first put on a page. */
  get store(): InboxStore | undefined {
    return this.#store;
  }

  /** The signed-in agent's account's language, else the page's or the browser's. */
  private get locale(): Lang {
    return (this.#store?.phase === 'signed-in' ? this.#store.locale : undefined) ?? resolveLang(this);
  }

  private get strings(): InboxStrings {
    return i18n[this.locale];
  }

  override connectedCallback(): void {
    this.#store ??= new InboxStore(this, {
      base: (this.server ? new URL(this.server, location.href).href : location.origin).replace(/\/$/, ''),
      socketFactory: () => this.socketFactory,
      strings: () => this.strings,
      notify: (notice) => this.notifier.notify(notice),
    });
    super.connectedCallback();
    this.#clock = setInterval(() => (this.now = Date.now()), 30_000);
    document.addEventListener('visibilitychange', this.#onVisibility);
    addEventListener('hashchange', this.#onHash);
    this.#route();
    this.muted = this.notifier.muted;
    this.permission = this.notifier.permission;
    if (this.#store.phase === 'checking') this.#store.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#store?.conversations.halt();
    this.#store?.sms.halt();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    removeEventListener('hashchange', this.#onHash);
  }

  /**
   * Follows the address: `#/settings/<section>` shows the settings (to admins), `#/reports` the reports (to everyone),
   * `#/ai` and `#/ai/<conversation>` the AI agent's conversations (to admins), `#/knowledge` the knowledge and the AI
   * agent's test console (to admins), anything else the Helpdesk.
   */
  #route(): void {
    const m = /^#\/settings(?:\/(\w+))?/.exec(location.hash);
    const ai = /^#\/ai(?:\/([^/?#]+))?\/?$/.exec(location.hash);
    this.view = m
      ? 'settings'
      : /^#\/reports/.test(location.hash)
        ? 'reports'
        : ai
          ? 'ai'
          : /^#\/knowledge\/?$/.test(location.hash)
            ? 'knowledge'
            : 'helpdesk';
    this.aiConversation = ai?.[1] ? decodeURIComponent(ai[1]) : undefined;
    this.resetLink = /^#\/reset\//.test(location.hash);
    if (m?.[1]) this.settingsSection = m[1] as SectionId;
  }

  #showHelp(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.help')?.showModal();
  }

  #select = (e: ParleyTicketSelectEvent): void => {
    this.profileOpen = false;
    this.#store!.select(e.detail);
  };

  async #enableNotifications(): Promise<void> {
    this.permission = await this.notifier.ask();
  }

  #toggleMute(): void {
    this.notifier.muted = !this.notifier.muted;
    this.muted = this.notifier.muted;
  }

  protected override render() {
    const s = this.strings;
    const store = this.#store;
    if (!store || store.phase === 'checking') return html`<p class="loading" role="status">${s.loading}</p>`;
    if (store.phase === 'signed-out' || this.resetLink) {
      return html`<parley-sign-in .api=${store.api} .strings=${s} locale=${this.locale} .notice=${store.signOutNotice} @parley-signed-in=${(
        e: ParleySignedInEvent,
      ) => {
        this.resetLink = false;
        store.signedIn(e.detail);
      }}></parley-sign-in>`;
    }
    const unread = store.unreadIds.size;
    const status = store.connection.status;
    return html`<div class="app ${store.selected ? 'has-thread' : ''}" lang=${this.locale}>
      <header class="topbar">
        <span class="brand">${logo} <span class="brand-name">${s.product}</span></span>
        <nav class="main" aria-label=${s.mainNav}>
          <a href="#/" aria-current=${this.view === 'helpdesk' || ((this.view === 'settings' || this.view === 'ai' || this.view === 'knowledge') && !store.isAdmin) ? 'page' : 'false'}>
            ${s.helpdesk}
            ${
              unread
                ? html`<span class="badge" aria-hidden="true">${unread >= BADGE_MAX ? `${BADGE_MAX - 1}+` : unread}</span
                  ><span class="vh">, ${s.unreadCount(unread)}</span>`
                : nothing
            }
          </a>
          <a href="#/reports" aria-current=${this.view === 'reports' ? 'page' : 'false'}>${reportStrings[this.locale].title}</a>
          ${
            store.isAdmin
              ? html`<a class="ai-view-link" href="#/ai" aria-current=${this.view === 'ai' ? 'page' : 'false'}>${s.aiAgent}</a>
                  <a class="knowledge-link" href="#/knowledge" aria-current=${this.view === 'knowledge' ? 'page' : 'false'}>${s.knowledge}</a>
                  <a href="#/settings/${this.settingsSection}" aria-current=${this.view === 'settings' ? 'page' : 'false'}>${s.settings}</a>`
              : nothing
          }
        </nav>
        <span class="tools">
          <parley-mentions .store=${store} .strings=${s}></parley-mentions>
          ${
            this.permission === 'default'
              ? html`<button class="ghost" @click=${this.#enableNotifications}>${s.enableNotifications}</button>`
              : nothing
          }
          <button class="ghost icon" aria-pressed=${this.muted} title=${s.mute} aria-label=${s.mute} @click=${this.#toggleMute}>
            ${this.muted ? bellOff : bell}
          </button>
          <button class="ghost icon" title=${s.shortcuts} aria-label=${s.shortcuts} aria-keyshortcuts="?" @click=${this.#showHelp}>?</button>
        </span>
        <parley-account-menu class="account" .store=${store} .strings=${s}></parley-account-menu>
        <button class="ghost sign-out" @click=${() => store.signOut()}>${s.signOut}</button>
      </header>
      ${status === 'reconnecting' || status === 'offline' ? html`<p class="notice" role="status">${s.reconnecting}</p>` : nothing}
      ${
        this.view === 'settings' && store.isAdmin
          ? html`<parley-settings
            class="settings-view"
            .api=${store.api}
            .base=${store.api.base}
            .csrfToken=${store.api.csrfToken}
            .locale=${this.locale}
            .me=${store.agent?.id ?? ''}
            .section=${this.settingsSection}
            .news=${store.settingsNews}
            @parley-settings-section=${(e: CustomEvent<SectionId>) => history.replaceState(null, '', `#/settings/${e.detail}`)}
          ></parley-settings>`
          : this.view === 'reports'
            ? html`<parley-reports class="reports-view" .api=${store.api} locale=${this.locale}></parley-reports>`
            : this.view === 'ai' && store.isAdmin
              ? html`<parley-ai-conversations
                  class="ai-view"
                  .api=${store.api}
                  .strings=${s}
                  locale=${this.locale}
                  .conversationId=${this.aiConversation}
                  .now=${this.now}
                ></parley-ai-conversations>`
              : this.view === 'knowledge' && store.isAdmin
                ? html`<parley-knowledge class="knowledge-view" .api=${store.api} locale=${this.locale} .now=${this.now}></parley-knowledge>`
                : this.#renderHelpdesk(store, s)
      }
      ${this.#renderHelp(s)}
    </div>`;
  }

  #renderHelpdesk(store: InboxStore, s: InboxStrings) {
    const ticket = store.ticket;
    return html`<parley-ticket-list class="list" part="list" .store=${store} .strings=${s} locale=${this.locale} .now=${this.now} @parley-ticket-select=${this.#select}></parley-ticket-list>
      ${
        ticket
          ? html`<aside class="side ${this.profileOpen ? 'open' : ''}" part="profile" aria-label=${s.profile}>
            <button class="ghost close-profile" @click=${() => (this.profileOpen = false)}>${s.closeProfile}</button>
            <parley-profile .api=${store.api} .ticketId=${ticket.id} .news=${store.profileNews} locale=${this.locale} .strings=${s} @parley-ticket-select=${this.#select}></parley-profile>
          </aside>`
          : nothing
      }
      <main class="thread" part="thread">
        <parley-ticket-thread
          .store=${store}
          .strings=${s}
          locale=${this.locale}
          .now=${this.now}
          .profileOpen=${this.profileOpen}
          @parley-thread-back=${() => store.back()}
          @parley-profile-toggle=${(e: ParleyProfileToggleEvent) => (this.profileOpen = e.detail.open)}
        ></parley-ticket-thread>
      </main>`;
  }

  #renderHelp(s: InboxStrings) {
    return html`<dialog class="help" aria-labelledby="help-title">
      <h2 id="help-title">${s.shortcuts}</h2>
      <dl>
        ${s.shortcutList.map(([keys, what]) => html`<dt>${keys.split(' ').map((k) => html`<kbd>${k}</kbd> `)}</dt><dd>${what}</dd>`)}
      </dl>
      <form method="dialog"><button class="primary">${s.done}</button></form>
    </dialog>`;
  }
}
