import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ChatConnectionController, type SocketFactory } from '../../controllers/chat-connection.controller.js';
import { languageTag, resolveLang, type Lang } from '../../i18n.js';
import type { ServerFrame } from '../../protocol/messages.js';
import tokens from '../../styles/tokens.styles.js';
import type { ParleyMessageList } from '../message-list/message-list.component.js';
import type { ParleyVisitorComposer } from '../visitor-composer/visitor-composer.component.js';
import { i18n, type ChatStrings } from './chat.i18n.js';
import type { PanelStrings } from './panel.i18n.js';
import styles from './chat.styles.js';
import {
  conversationTemplate,
  faqsTemplate,
  headerTemplate,
  launcherTemplate,
  linksTemplate,
  noticesTemplate,
  skeletonTemplate,
} from './chat.templates.js';
import { ChatEnding } from './chat-ending.js';
import { ContactOffer } from './contact-offer.js';
import { FaqBrowsing } from './faq-browsing.js';
import { HelpdeskHandoff } from './helpdesk-handoff.js';
import { PanelLoader } from './panel-loader.js';
import { storageKey } from './visitor-store.js';
import { VisitorImages } from './visitor-images.js';
import { VisitorSessionController } from './visitor-session.controller.js';
import type { WidgetConfig } from './widget-config.js';
import { WidgetConfigController } from './widget-config.controller.js';

/** The widget in charge of the page: a second `<parley-chat>` stays empty, so a page never shows two launchers. */
let active: ParleyChat | undefined;

/** Where this script was loaded from, minus `/widget/parley-chat.js`: the default Parley server. */
const scriptServer = new URL('..', import.meta.url).href.replace(/\/$/, '');

/**
 * @summary Parley's visitor chat: a floating launcher that opens a chat panel with the store's support team.
 *
 * Nothing touches the network until the visitor opens the chat: the first opening fetches the widget's
 * configuration (design, FAQs, links, business hours) and connects. The conversation, the visitor token and any
 * unsent messages are kept in `localStorage`, so the chat resumes on every page of the store.
 *
 * @csspart launcher - The round button that opens the chat.
 * @csspart badge - The unread count on the launcher.
 * @csspart panel - The chat panel (`role="dialog"`).
 * @csspart header - The panel's title bar.
 * @csspart faqs - The store's FAQs, shown before the conversation goes live.
 * @csspart log - The message list.
 * @csspart message - One message.
 * @csspart bubble - A message's bubble.
 * @csspart composer - The message form.
 *
 * @cssproperty --parley-accent - Launcher, own messages and buttons.
 * @cssproperty --parley-on-accent - Text on the accent colour.
 * @cssproperty --parley-surface - Panel background.
 * @cssproperty --parley-surface-muted - Others' message bubbles.
 * @cssproperty --parley-text - Text colour.
 * @cssproperty --parley-text-muted - Secondary text.
 * @cssproperty --parley-border - Lines.
 * @cssproperty --parley-danger - Errors.
 * @cssproperty --parley-radius - Panel corner radius.
 * @cssproperty --parley-font - Font family.
 * @cssproperty --parley-chat-offset - Distance of the launcher from the window's corner.
 */
export class ParleyChat extends LitElement {
  static override styles = [tokens, styles];

  /** Base URL of the Parley server; defaults to where this script was loaded from. */
  @property() server?: string;

  /** Overrides the language chosen from `<html lang>` or the browser (`en` or `pl`). */
  @property({ attribute: 'lang' }) language?: string;

  /** The store's id of a visitor signed in to the store; needs {@link userHash}. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** The HMAC-SHA256 signature of {@link userId}, computed by the store's server (see docs/protocol.md). */
  @property({ attribute: 'user-hash' }) userHash?: string;

  /** The token of a reply email's link: Parley's chat page (/chat/) opens that conversation with it. */
  @property() resume?: string;

  /** `left` or `right`: which corner the launcher sits in; overrides the server's design. */
  @property() position?: 'left' | 'right';

  /** A design to wear over the server's (the settings screen's live preview). */
  @property({ attribute: false }) design?: {
    colour?: string;
    icon?: string;
    position?: 'left' | 'right';
    launcherLabel?: string;
  };

  /** Overrides some or all of the built-in strings. */
  @property({ attribute: false }) i18n?: Partial<ChatStrings>;

  /** Opens WebSockets; replace it to run the widget without a server. */
  @property({ attribute: false }) socketFactory?: SocketFactory;

  @state() private open = false;
  /** The server refused the page's `user-id`/`user-hash`: the chat is unavailable. */
  @state() private identityRejected = false;

  @query('[part="launcher"]') private launcher?: HTMLButtonElement;
  @query('parley-visitor-composer') private composer?: ParleyVisitorComposer;
  @query('parley-message-list') private messageList?: ParleyMessageList;

  /** Another `<parley-chat>` was on the page first. */
  #duplicate = false;
  readonly #panel = new PanelLoader(this);
  readonly #onVisibility = () => this.open && this.session.markSeen();
  /** The store's links were on screen while the visitor had not written yet. */
  #linksShown = false;
  /** A rating was sent and not answered yet; and why the last one was refused. */
  #rating = false;
  @state() private ratingError?: string;
  readonly #images = new VisitorImages(
    () => this.base,
    () => this.#identity,
    // The chat page a reply email's link opened holds no visitor token: the link's token speaks for the visitor.
    () => this.resume ?? this.record.token,
  );
  /** Where the visitor's images are uploaded. */
  readonly #target = { server: () => this.base, token: this.#images.token };

  private readonly connection = new ChatConnectionController(this, {
    url: () => `${this.base.replace(/^http/, 'ws')}/ws/visitor`,
    socketFactory: () => this.socketFactory,
    onOpen: (c) => c.send(this.session.hello()),
    onFrame: (frame) => this.#receive(frame),
  });

  /** The visitor's conversation and the messages waiting to be sent, kept across pages and tabs. */
  private readonly session = new VisitorSessionController(this, {
    connection: () => this.connection,
    storageKey: () => storageKey(this.base, this.userId),
    identity: () => this.#identity ?? (this.resume ? { resume: this.resume } : undefined),
    open: () => this.open,
    consent: () => this.#consent,
    helping: () => this.#faqs.helping,
    assistant: () => !!this.config?.assistant,
    closed: () => this.#ending.closed(),
    support: (author) => (author === 'bot' ? this.strings.aiAgent : this.strings.support),
    language: () => languageTag(this),
  });

  /** The offer to leave an email address while the team is away. */
  readonly #contact = new ContactOffer(
    this,
    () => this.record,
    () => this.session.persist(),
    (frame) => this.session.ready && this.connection.send(frame),
  );

  /** The handoff to the store's helpdesk, which waits for the visitor's address. */
  readonly #helpdesk = new HelpdeskHandoff(this, {
    conversationId: () => this.record.conversationId,
    send: (frame) => this.session.ready && this.connection.send(frame),
    resync: () => this.connection.reconnect(),
  });

  readonly #ending = new ChatEnding(this, {
    end: () => {
      const conversationId = this.record.conversationId;
      if (conversationId && this.session.ready) this.connection.send({ type: 'end', conversationId });
    },
    startNew: () => this.session.startNew(),
    browseAgain: () => this.#faqs.reset(),
    browsing: () => this.#faqs.browsing,
    composerFocused: () => this.#writing,
    focus: (selector) => (selector === 'composer' ? this.composer?.focus() : this.#focus(selector)),
  });

  readonly #faqs = new FaqBrowsing(this, {
    faqs: () => this.config?.faqs,
    engaged: (): boolean => !!this.record.closed || !!this.thread.messages.length || !!this.thread.pending.length,
    goLive: () => {
      this.connection.connect();
      this.session.goLive();
    },
    assistant: () => !!this.config?.assistant,
    focus: (selector) => this.#focus(selector),
  });

  readonly #config = new WidgetConfigController(
    this,
    () => this.base,
    () => languageTag(this),
    () => ({ ...this.design, position: this.position ?? this.design?.position }),
  );

  /** The server's widget configuration: undefined until asked, null when it could not be had. */
  get configuration(): WidgetConfig | null | undefined {
    return this.#config.value;
  }

  private get config() {
    return this.#config.value;
  }

  private get record() {
    return this.session.record;
  }

  private get thread() {
    return this.session.thread;
  }

  private get base(): string {
    return (this.server ? new URL(this.server, location.href).href : scriptServer).replace(/\/$/, '');
  }

  /** The signed identity of a visitor signed in to the store, when the page gives one. */
  get #identity(): { userId: string; userHash: string } | undefined {
    return this.userId ? { userId: this.userId, userHash: this.userHash ?? '' } : undefined;
  }

  private get locale(): Lang {
    // A visitor reading neither English nor Polish gets the store's own language.
    return resolveLang(this, this.config?.language);
  }

  private get strings(): ChatStrings {
    // The words of the panel's elements, and of images' errors, come with the composer, in the panel's module: they
    // are only shown once it is loaded.
    const composer = customElements.get('parley-visitor-composer') as
      { errors?: Record<Lang, Record<string, string>>; words?: Record<Lang, PanelStrings> } | undefined;
    const s = { ...composer?.words?.[this.locale], ...i18n[this.locale], ...this.i18n } as ChatStrings;
    const max = this.config?.limits?.messageMaxLength;
    const errors = { ...composer?.errors?.[this.locale], ...s.errors };
    if (max && composer) errors.message_too_long = s.tooLong(max);
    // The store's own messages read under its name, when it gave one and the page did not choose other words.
    const support = this.i18n?.support ?? this.config?.storeName ?? s.support;
    return { ...s, support, errors };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (active?.isConnected && active !== this) {
      console.warn('Parley: this page has more than one <parley-chat>; only the first is shown.');
      this.#duplicate = true;
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one shown <parley-chat>, remembered module-wide
    active = this;
    this.#duplicate = false;
    this.session.start();
    // Only a visitor who has chatted before is reconnected on a new page: for the unread badge, or because
    // the panel was left open.
    this.open = this.record.open;
    if (this.open) this.#panel.load();
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.record.open || this.record.conversationId || this.record.pending.length) {
      this.#loadConfig();
      this.connection.connect();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (active === this) active = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Asks the server for the widget's configuration, once per page. */
  async #loadConfig(reload = false): Promise<void> {
    const config = await (reload ? this.#config.reload() : this.#config.load());
    // A chat switched off keeps its connection: the news that it is back on comes through it.
    if (config === undefined || config?.enabled === false) return;
    if (this.open && this.#faqs.browsing) {
      await this.updateComplete;
      this.#focus('.faqs button');
    }
  }

  /** Updated once the composer is too (it lives in the panel's module). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.composer?.updateComplete) !== false && done;
  }

  /** Opens the chat panel and moves focus to the composer (or the first FAQ). */
  async show(): Promise<void> {
    this.open = true;
    this.session.markSeen();
    const config = this.#loadConfig();
    this.connection.connect();
    // The panel shows at once (a skeleton); the focus goes in once its parts and the store's answers are here.
    await Promise.all([this.#panel.load(), config]);
    await this.updateComplete;
    this.messageList?.scrollToEnd();
    this.#focus('parley-visitor-composer, parley-email-prompt[mode=handoff], .faqs button');
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The conversation waits for the address the store's helpdesk replies to: a form takes the composer's place. */
  get #asked(): boolean {
    return this.record.stage === 'handoff_email' && !this.record.closed;
  }

  /**
   * The focus is at the foot of the open panel (in the composer, or in the form that takes its place) or nowhere: what
   * takes their place may take it.
   */
  get #writing(): boolean {
    const active = this.shadowRoot?.activeElement;
    return (
      this.open &&
      (active
        ? active === this.composer || active.matches('parley-email-prompt[mode=handoff]')
        : !document.activeElement || document.activeElement === document.body)
    );
  }

  /** Closes the chat panel and returns focus to the launcher. */
  async hide(): Promise<void> {
    this.open = false;
    this.session.persist();
    await this.updateComplete;
    this.launcher?.focus();
  }

  private get unread(): number {
    return this.open ? 0 : this.session.unread;
  }

  #receive(frame: ServerFrame): void {
    if (this.#contact.receive(frame)) return;
    if (frame.type === 'settings') {
      // The store changed its settings: the design, FAQs, links and hours follow at once.
      this.#loadConfig(true);
    } else if (frame.type === 'availability') {
      // Someone of the team came online, or the last one left: the header says what to expect.
      if (this.config) this.config.teamOnline = frame.teamOnline;
      this.requestUpdate();
    } else if (frame.type === 'rated') {
      this.#rating = false;
      this.ratingError = undefined;
      if (frame.conversationId === this.record.conversationId) {
        this.record.rating = { score: frame.score, comment: frame.comment };
        this.session.persist();
        this.requestUpdate();
      }
    } else if (frame.type === 'error' && this.#rating && !frame.clientMessageId) {
      // The answer to the rating sent (frames are answered in order).
      this.#rating = false;
      this.ratingError = frame.code;
    } else if (frame.type === 'error' && (frame.code === 'identity_rejected' || frame.code === 'resume_link_invalid')) {
      // Nothing of a visitor the server does not recognise is kept (a reply email's link that ran out is one: Parley's
      // chat page words it in its own `i18n.identity`).
      this.identityRejected = true;
      this.session.forget();
      this.connection.disconnect();
    } else {
      const asked = this.#asked;
      const writing = this.#writing;
      this.#helpdesk.receive(frame);
      this.session.receive(frame);
      // The form that asks for the address takes the composer's place, and gives it back: the focus goes along.
      if (writing && asked !== this.#asked && !this.record.closed) {
        void this.updateComplete.then(() => this.#focus('parley-visitor-composer, parley-email-prompt[mode=handoff]'));
      }
    }
  }

  /** Sends the visitor's rating of the closed conversation; without a connection it says it could not. */
  #rate(rating: { score: 'good' | 'bad'; comment?: string }): void {
    const conversationId = this.record.conversationId;
    this.ratingError = undefined;
    this.#rating =
      !!conversationId && this.session.ready && this.connection.send({ type: 'rate', conversationId, ...rating });
    if (!this.#rating) this.ratingError = 'offline';
  }

  /** Tells the server, until the visitor's first message is in, that the store's links were shown. */
  get #consent(): { linksShown?: true } {
    return this.#linksShown && !this.thread.messages.some((m) => m.author === 'visitor') ? { linksShown: true } : {};
  }

  /** A file dropped anywhere on the panel goes to the composer (and never replaces the store's page). */
  #drag(e: DragEvent): void {
    if (!this.composer || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    if (e.type === 'drop') this.composer.attach(e.dataTransfer.files[0]);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (this.#ending.confirming) void this.#ending.confirm(false);
      else this.hide();
    }
  }

  protected override render() {
    const s = this.strings;
    const config = this.config;
    if (this.#duplicate) return nothing;
    // A chat the store has switched off shows nothing, but for the panel that was open when the server said so.
    if (config?.enabled === false && !this.open) return nothing;
    const closed = this.record.closed;
    const browsing = this.#faqs.browsing;
    return html`${launcherTemplate(s, {
      open: this.open,
      label: !this.open && (this.design?.launcherLabel ?? config?.launcherLabel),
      icon: this.design?.icon ?? config?.icon,
      unread: this.unread,
      toggle: () => (this.open ? this.hide() : this.show()),
    })}
      <section id="panel" part="panel" class="panel" role="dialog" aria-labelledby="title" ?hidden=${!this.open} @keydown=${this.onKeydown} @dragover=${this.#drag} @drop=${this.#drag}>
        ${headerTemplate(s, {
          ending: this.record.conversationId && !closed && !browsing ? this.#ending.confirming : undefined,
          away: config?.enabled === false || config?.openNow === false,
          later: config?.teamOnline === false,
          storeName: config?.storeName,
          confirm: (on) => this.#ending.confirm(on),
          end: () => this.#ending.end(),
          close: () => this.hide(),
        })}
        ${
          config?.enabled === false && (browsing || !this.#panel.shown)
            ? html`<p class="unavailable" role="status">${s.unavailable}</p>`
            : this.identityRejected
              ? html`<p class="unavailable identity" role="alert">${s.identity}</p>`
              : this.#panel.shown && (config !== undefined || this.record.conversationId)
                ? this.#body(
                    this.connection.status === 'offline' ? { ...s, sending: s.waiting } : s,
                    config,
                    closed,
                    browsing,
                  )
                : this.#panel.failed
                  ? html`<p class="unavailable" role="alert">${s.panelFailed}</p>`
                  : skeletonTemplate(s)
        }
      </section>`;
  }

  #body(s: ChatStrings, config: WidgetConfig | null | undefined, closed: boolean | undefined, browsing: boolean) {
    // The links stay until the visitor's first message, and the server is told they were seen.
    const thread = this.thread;
    const written = thread.pending.length || thread.messages.some((m) => m.author === 'visitor');
    const links = !written && !closed && config && (config.privacyPolicyUrl || config.termsUrl);
    if (links && this.open) this.#linksShown = true;
    // While the AI agent is on, it greets the visitor.
    const ai = config?.assistant;
    const greeting = ai ? (ai.greeting ?? s.aiGreeting) : (config?.welcomeMessage ?? s.greeting);
    const stage = this.record.stage;
    const status = this.connection.status;
    const away = config && !config.openNow && !closed ? s.closedNow(config.nextOpeningAt) : undefined;
    return html`${noticesTemplate(s, status === 'reconnecting', status === 'offline', away)}
      ${
        browsing
          ? faqsTemplate(
              s,
              config!.faqs,
              this.#faqs.faq,
              greeting,
              !!ai,
              (f) => this.#faqs.pick(f),
              () => this.#faqs.needHelp(),
            )
          : conversationTemplate(s, {
              locale: this.locale,
              entries: thread.entries('visitor'),
              seenSeq: this.session.agentSeen,
              imageSource: this.#images.source,
              greeting:
                !thread.messages.length && (!thread.pending.length || !thread.unsent.length) ? greeting : undefined,
              ai: !!ai,
              // "Talk to a person" while the AI agent answers, or is to answer what the visitor writes.
              person:
                stage !== 'live' &&
                stage !== 'handoff_email' &&
                !this.#faqs.helping &&
                (stage === 'assisted' || !!ai) &&
                (() => this.#faqs.needHelp(true)),
              typist: this.session.typist,
              closed,
              unavailable: config?.enabled === false,
              limits: config?.limits,
              target: this.#target,
              ready: this.session.ready && status === 'open',
              retry: (e) => this.session.retry(e.detail.clientMessageId),
              discard: (e) => this.session.discard(e.detail.clientMessageId),
              startNew: () => {
                this.ratingError = undefined;
                void this.#ending.startNew();
              },
              ratable: !!written && !!this.record.conversationId,
              transcript:
                written && this.record.conversationId
                  ? [this.record.conversationId, this.record.contact?.email]
                  : undefined,
              rating: this.record.rating,
              ratingError: this.ratingError,
              rate: (e) => this.#rate(e.detail),
              input: () => this.session.typed(this.composer?.value ?? ''),
              send: (e) => this.session.queue(e.detail.text, e.detail.image),
              choose: (e) => {
                this.session.queue(e.detail.text);
                this.composer?.focus();
              },
              helpdesk: this.#asked
                ? html`<parley-email-prompt mode="handoff" locale=${this.locale} .answer=${this.#helpdesk.answer} @parley-handoff-email=${(e: CustomEvent<{ email: string }>) => this.#helpdesk.give(e.detail.email)} @parley-handoff-live=${() => this.#helpdesk.give()}></parley-email-prompt>`
                : undefined,
              contact: html`<parley-email-prompt locale=${this.locale} .offer=${this.#contact} .answer=${this.#contact.answer} ?asking=${!!config && (!config.openNow || !config.teamOnline) && !!written}></parley-email-prompt>`,
            })
      }
      ${links ? linksTemplate(s, config) : nothing}`;
  }
}
