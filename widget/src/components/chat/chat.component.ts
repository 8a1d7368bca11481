import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ChatConnectionController, type SocketFactory } from '../../controllers/chat-connection.controller.js';
import type { ParleyMessageDiscardEvent, ParleyMessageRetryEvent, ParleyMessageSendEvent } from '../../events/parley-message-send.js';
import { resolveLang, type Lang } from '../../i18n.js';
import { newClientMessageId, type ServerFrame } from '../../protocol/messages.js';
import { CLOSING_EVENTS, Thread } from '../../protocol/thread.js';
import { TYPING_EVERY_MS, TYPING_SHOWN_MS } from '../../protocol/typing.js';
import tokens from '../../styles/tokens.styles.js';
import type { ParleyComposer } from '../composer/composer.component.js';
import type { ParleyMessageList } from '../message-list/message-list.component.js';
import { i18n, type ChatStrings } from './chat.i18n.js';
import styles from './chat.styles.js';
import { forgetRecord, loadRecord, saveRecord, storageKey, type VisitorRecord } from './visitor-store.js';
import { loadPanel } from './load-panel.js';
import { fetchConfig, type Faq, type WidgetConfig } from './widget-config.js';

/** The launcher's icons, as the design in the settings names them. */
const ICONS: Record<string, string> = {
  chat: 'M12 3c5 0 9 3.4 9 7.6s-4 7.6-9 7.6c-.9 0-1.8-.1-2.6-.3L5 20.5l.9-3.6C4.1 15.5 3 13.2 3 10.6 3 6.4 7 3 12 3Z',
  help: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm-1.2 14.2v2h2.4v-2Zm1.3-10.4c-2.1 0-3.6 1.2-3.8 3.2h2.3c.1-.8.7-1.2 1.4-1.2.8 0 1.4.5 1.4 1.2 0 .6-.3 1-1.1 1.5-1 .6-1.5 1.3-1.4 2.6v.4h2.2v-.3c0-.7.3-1 1.1-1.5 1-.6 1.6-1.4 1.6-2.6 0-2-1.6-3.3-3.7-3.3Z',
  message: 'M3 5.5C3 4.1 4.1 3 5.5 3h13C19.9 3 21 4.1 21 5.5v9c0 1.4-1.1 2.5-2.5 2.5H9l-5 4v-4.3A2.5 2.5 0 0 1 3 14.5Zm4 2v2h10v-2Zm0 4v2h7v-2Z',
  smile: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20ZM8.5 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM7.2 14a5.2 5.2 0 0 0 9.6 0Z',
};

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

  /** `left` or `right`: which corner the launcher sits in; overrides the server's design. */
  @property() position?: 'left' | 'right';

  /** A design to wear over the server's (the settings screen's live preview). */
  @property({ attribute: false }) design?: { colour?: string; icon?: string; position?: 'left' | 'right'; launcherLabel?: string };

  /** Overrides some or all of the built-in strings. */
  @property({ attribute: false }) i18n?: Partial<ChatStrings>;

  /** Opens WebSockets; replace it to run the widget without a server. */
  @property({ attribute: false }) socketFactory?: SocketFactory;

  @state() private open = false;
  @state() private confirming = false;
  /** Who of the team is typing, for a few seconds after their last `typing` frame. */
  @state() private typist = '';
  /** The server's widget configuration: undefined until asked, null when it could not be had. */
  @state() private config?: WidgetConfig | null;
  /** The FAQ whose answer is shown. */
  @state() private faq?: Faq;
  /** The visitor asked for a person: the FAQs give way to the conversation. */
  @state() private helping = false;
  /** The team has seen the conversation up to this `seq` (read receipts). */
  @state() private agentSeen = 0;
  /** The panel's elements could not be loaded. */
  @state() private panelFailed = false;
  /** The server refused the page's `user-id`/`user-hash`: the chat is unavailable. */
  @state() private identityRejected = false;

  @query('[part="launcher"]') private launcher?: HTMLButtonElement;
  @query('parley-composer') private composer?: ParleyComposer;
  @query('parley-message-list') private messageList?: ParleyMessageList;

  private record: VisitorRecord = loadRecord('');
  private thread = new Thread();
  private ready = false;
  private resynced = false;
  /** The conversation the visitor left for a new one: its late frames are ignored. */
  #left?: string;
  #typingTimer?: ReturnType<typeof setTimeout>;
  #typedAt = 0;
  #configAsked = false;
  /** Another `<parley-chat>` was on the page first. */
  #duplicate = false;
  /** The panel has been open on this page: until then its body is not rendered, so loading the page costs little. */
  #shown = false;
  /** Highest `seq` reported to the server in a `seen` frame on this connection. */
  #reportedSeq = 0;
  readonly #onVisibility = () => this.open && this.markSeen();
  readonly #onStorage = (e: StorageEvent) => e.key === this.#storageKey && this.#otherTab();
  /** The store's links were on screen while the visitor had not written yet. */
  #linksShown = false;
  /** Loaded images by server URL, as object URLs. */
  readonly #images = new Map<string, Promise<string>>();
  /** A REST token for a store user (their socket needs none); asked for when an image has to be loaded. */
  #userToken?: Promise<string>;

  private readonly connection = new ChatConnectionController(this, {
    url: () => `${this.base.replace(/^http/, 'ws')}/ws/visitor`,
    socketFactory: () => this.socketFactory,
    onOpen: (c) => {
      this.ready = false;
      const identity = this.#identity;
      // What the team may know of a visitor: their language, and the page they are on, without its query or
      // fragment (which may hold private tokens). The server keeps the first it hears.
      const page = location.origin + location.pathname;
      c.send({
        type: 'hello',
        ...(identity ?? { token: this.record.token }),
        conversationId: this.record.conversationId,
        afterSeq: this.thread.lastSeq,
        ...(/^https?:/.test(page) && page.length <= 2000 && { page }),
        ...(navigator.language?.length <= 35 && { locale: navigator.language }),
      });
    },
    onFrame: (frame) => this.receive(frame),
  });

  private get base(): string {
    return (this.server ? new URL(this.server, location.href).href : scriptServer).replace(/\/$/, '');
  }

  /** The signed identity of a visitor signed in to the store, when the page gives one. */
  get #identity(): { userId: string; userHash: string } | undefined {
    return this.userId ? { userId: this.userId, userHash: this.userHash ?? '' } : undefined;
  }

  private get locale(): Lang {
    return resolveLang(this);
  }

  private get strings(): ChatStrings {
    return { ...i18n[this.locale], ...this.i18n };
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
    this.record = loadRecord(this.#storageKey);
    this.thread = new Thread({ messages: this.record.messages, pending: this.record.pending });
    // Only a visitor who has chatted before is reconnected on a new page: for the unread badge, or because
    // the panel was left open.
    this.open = this.record.open;
    if (this.open) this.#loadPanel();
    document.addEventListener('visibilitychange', this.#onVisibility);
    addEventListener('storage', this.#onStorage);
    if (this.record.open || this.record.conversationId || this.record.pending.length) {
      this.#loadConfig();
      this.connection.connect();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (active === this) active = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    removeEventListener('storage', this.#onStorage);
  }

  /**
   * Another tab of this visitor wrote the record: a tab that has no conversation yet takes the other's visitor and
   * conversation, and a tab of the same visitor follows the conversation the other started, so that both tabs show
   * one thread.
   */
  #otherTab(): void {
    if (this.identityRejected) return;
    const fresh = loadRecord(this.#storageKey);
    const mine = this.record;
    const sameVisitor = !!this.#identity || fresh.token === mine.token;
    const join = !!fresh.token && fresh.token !== mine.token && !mine.conversationId;
    const follow = sameVisitor && !!fresh.conversationId && fresh.conversationId !== mine.conversationId && fresh.conversationId !== this.#left;
    if (!join && !follow) return;
    mine.token = fresh.token ?? mine.token;
    if (fresh.conversationId !== mine.conversationId) {
      this.thread = new Thread({ pending: this.thread.unsent });
      Object.assign(mine, { conversationId: fresh.conversationId, closed: fresh.closed, seenSeq: 0 });
      this.agentSeen = 0;
    }
    if (this.connection.status !== 'idle') this.connection.reconnect();
    this.requestUpdate();
  }

  /** Loads the panel's elements (once); the panel's body renders when they are defined. */
  async #loadPanel(): Promise<void> {
    if (this.#shown) return;
    if (customElements.get('parley-composer') && customElements.get('parley-message-list')) {
      // Loaded already (by another opening, or by the inbox on the same page): no need to wait.
      this.#shown = true;
      return;
    }
    try {
      await loadPanel();
      this.#shown = true;
      this.panelFailed = false;
    } catch {
      // Offline, or the server is gone: the panel says so, and the next opening tries again.
      this.panelFailed = true;
    }
    this.requestUpdate();
  }

  /** Asks the server for the widget's configuration, once per page. */
  async #loadConfig(): Promise<void> {
    if (this.#configAsked) return;
    this.#configAsked = true;
    const config = await fetchConfig(this.base);
    this.config = config;
    if (config && !config.enabled) this.connection.disconnect();
    else if (this.open && this.#browsing) {
      await this.updateComplete;
      this.#focus('.faqs button');
    }
  }

  /** Opens the chat panel and moves focus to the composer (or the first FAQ). */
  async show(): Promise<void> {
    this.open = true;
    this.markSeen();
    this.#loadConfig();
    if (this.config?.enabled !== false) this.connection.connect();
    await this.#loadPanel();
    await this.updateComplete;
    this.messageList?.scrollToEnd();
    if (this.composer) this.composer.focus();
    else this.#focus('.faqs button');
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The FAQs come first: they are published, and the visitor has neither asked for a person nor written. */
  get #browsing(): boolean {
    return !!this.config?.faqs.length && !this.helping && !this.record.closed && !this.thread.messages.length && !this.thread.pending.length;
  }

  async #pick(faq?: Faq): Promise<void> {
    this.faq = faq;
    await this.updateComplete;
    this.#focus(faq ? '.answer' : '.faqs button');
  }

  /** "I still need help": the conversation goes live and the server posts the welcome message. */
  async #needHelp(): Promise<void> {
    this.helping = true;
    this.faq = undefined;
    this.connection.connect();
    this.#goLive();
    await this.updateComplete;
    this.composer?.focus();
  }

  /** Takes the conversation live: `browse` first when none is known, then `live` once the server names it. */
  #goLive(): void {
    if (!this.helping || !this.ready || this.record.closed || this.thread.messages.length || this.thread.pending.length) return;
    const conversationId = this.record.conversationId;
    this.connection.send(conversationId ? { type: 'live', conversationId, ...this.#consent } : { type: 'browse' });
  }

  /** Closes the chat panel and returns focus to the launcher. */
  async hide(): Promise<void> {
    this.open = false;
    this.persist();
    await this.updateComplete;
    this.launcher?.focus();
  }

  private get unread(): number {
    if (this.open) return 0;
    return this.thread.messages.filter((m) => m.seq > this.record.seenSeq && m.author !== 'visitor').length;
  }

  /** The visitor has the panel open: what it shows is seen, and the server hears of it while the page is visible. */
  private markSeen(): void {
    const seq = this.thread.lastSeq;
    this.record.seenSeq = Math.max(this.record.seenSeq, seq);
    this.persist();
    const conversationId = this.record.conversationId;
    if (this.ready && conversationId && seq > this.#reportedSeq && document.visibilityState === 'visible') {
      if (this.connection.send({ type: 'seen', conversationId, seq })) this.#reportedSeq = seq;
    }
  }

  private persist(): void {
    const lastSeq = this.thread.lastSeq;
    this.record.open = this.open;
    this.record.messages = this.thread.messages.filter((m) => m.seq <= lastSeq);
    this.record.pending = this.thread.unsent.map(({ clientMessageId, text }) => ({ clientMessageId, text }));
    if (!this.identityRejected) saveRecord(this.#storageKey, this.record);
  }

  get #storageKey(): string {
    return storageKey(this.base, this.userId);
  }

  /** Loads an image of the conversation with the visitor's credentials, as an object URL. */
  #imageSource = (url: string): Promise<string> => {
    let image = this.#images.get(url);
    if (!image) {
      image = this.#fetchImage(url).catch(async (e) => {
        if (!this.#identity) throw e;
        // A store user's REST token is replaced when they open another tab: ask for a new one, once.
        this.#userToken = undefined;
        return this.#fetchImage(url);
      });
      image.catch(() => this.#images.delete(url));
      this.#images.set(url, image);
    }
    return image;
  };

  async #fetchImage(url: string): Promise<string> {
    const token = this.#identity ? await this.#restToken() : this.record.token;
    const res = await fetch(this.base + url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`image ${res.status}`);
    return URL.createObjectURL(await res.blob());
  }

  #restToken(): Promise<string> {
    this.#userToken ??= fetch(`${this.base}/api/v1/visitor/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.#identity),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`session ${res.status}`);
      return (await res.json()).token as string;
    });
    this.#userToken.catch(() => (this.#userToken = undefined));
    return this.#userToken;
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case 'ready': {
        if (frame.token) this.record.token = frame.token;
        const c = frame.conversation;
        const held = this.thread.lastSeq;
        if (c?.id !== this.record.conversationId || (c && c.lastSeq < held)) {
          // What this browser held belongs to another conversation: start the thread afresh.
          this.thread = new Thread({ pending: this.thread.unsent });
          this.agentSeen = 0;
          this.record.conversationId = c?.id;
          this.record.seenSeq = 0;
          if (held > 0 && c && !this.resynced) {
            this.resynced = true;
            this.persist();
            this.connection.reconnect();
            return;
          }
        }
        this.ready = true;
        this.#reportedSeq = 0;
        if (c?.status === 'closed') this.#closeConversation();
        this.flush();
        this.#goLive();
        if (this.open) this.markSeen();
        break;
      }
      case 'message':
        if (frame.conversationId === this.#left) return;
        if (this.record.conversationId && frame.conversationId !== this.record.conversationId) return;
        this.record.conversationId = frame.conversationId;
        this.thread.addMessage(frame);
        if (frame.author !== 'visitor') this.typist = '';
        if (CLOSING_EVENTS.includes(frame.event!)) this.#closeConversation();
        if (this.open) this.markSeen();
        break;
      case 'conversation': {
        const c = frame.conversation;
        if (this.helping && !this.record.conversationId && c.status !== 'closed' && c.id !== this.#left) {
          // The answer to `browse`: the conversation to take live.
          this.record.conversationId = c.id;
          if (c.stage !== 'live') this.#goLive();
          break;
        }
        if (c.id !== this.record.conversationId || c.status !== 'closed') return;
        this.#closeConversation();
        break;
      }
      case 'typing':
        if (frame.author === 'agent' && !this.record.closed && (frame.conversationId ?? this.record.conversationId) === this.record.conversationId) {
          this.typist = frame.authorName || this.strings.support;
          clearTimeout(this.#typingTimer);
          this.#typingTimer = setTimeout(() => (this.typist = ''), TYPING_SHOWN_MS);
        }
        return;
      case 'receipt':
        if (frame.conversationId === this.record.conversationId) this.agentSeen = frame.agentSeenSeq;
        return;
      case 'settings':
        // The store changed its settings: the design, FAQs, links and hours follow at once.
        this.#configAsked = false;
        this.#loadConfig();
        return;
      case 'ack':
        this.record.conversationId ??= frame.conversationId;
        this.thread.acknowledge(frame, 'visitor');
        break;
      case 'error':
        if (frame.code === 'identity_rejected') {
          // Nothing of a visitor the server does not recognise is kept.
          this.identityRejected = true;
          forgetRecord(this.#storageKey);
          this.connection.disconnect();
          return;
        }
        if (frame.code === 'conversation_closed') this.#closeConversation();
        if (frame.clientMessageId) this.thread.fail(frame.clientMessageId, frame.code);
        break;
      default:
        return;
    }
    this.persist();
    this.requestUpdate();
  }

  /**
   * The conversation is closed for good: what has not reached the server stays visible as refused, and is sent
   * again in the next conversation.
   */
  #closeConversation(): void {
    const hadFocus = this.shadowRoot?.activeElement === this.composer;
    this.record.closed = true;
    this.confirming = false;
    this.typist = '';
    for (const p of this.thread.unsent) this.thread.fail(p.clientMessageId, 'conversation_closed');
    if (hadFocus) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.ended button')?.focus());
  }

  /** Leaves the closed conversation (keeping the visitor token): the next message starts a new one. */
  async #startNew(): Promise<void> {
    const carried = this.thread.pending.map((p) => ({ clientMessageId: newClientMessageId(), text: p.text }));
    this.#left = this.record.conversationId;
    this.thread = new Thread({ pending: carried });
    this.agentSeen = 0;
    Object.assign(this.record, { conversationId: undefined, closed: false, seenSeq: 0 });
    this.persist();
    this.requestUpdate();
    if (carried.length) this.connection.connect();
    this.flush();
    await this.updateComplete;
    this.composer?.focus();
  }

  #end(): void {
    const conversationId = this.record.conversationId;
    if (conversationId && this.ready) this.connection.send({ type: 'end', conversationId });
  }

  async #confirmEnd(on: boolean): Promise<void> {
    this.confirming = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(on ? '.bar button:last-child' : '.end')?.focus();
  }

  #onInput(): void {
    if (this.ready && this.composer?.value.trim() && Date.now() - this.#typedAt >= TYPING_EVERY_MS) {
      this.#typedAt = Date.now();
      this.connection.send({ type: 'typing', conversationId: this.record.conversationId });
    }
  }

  /** Sends every message still waiting for an `ack`, with its original id. */
  private flush(): void {
    if (!this.record.closed) this.thread.unsent.forEach(this.#send, this);
  }

  #send(p: { clientMessageId: string; text: string }): void {
    if (this.ready) {
      this.connection.send({ type: 'send', clientMessageId: p.clientMessageId, text: p.text, conversationId: this.record.conversationId, ...this.#consent });
    }
  }

  /** Tells the server, until the visitor's first message is in, that the store's links were shown. */
  get #consent(): { linksShown?: true } {
    return this.#linksShown && !this.thread.messages.some((m) => m.author === 'visitor') ? { linksShown: true } : {};
  }

  private onSend(e: ParleyMessageSendEvent): void {
    // The message hides the indicator on the other side: the next keystroke may show it again at once.
    this.#typedAt = 0;
    this.thread.queue(newClientMessageId(), e.detail.text);
    this.persist();
    this.requestUpdate();
    if (this.connection.connected && this.ready) this.#send(this.thread.unsent.at(-1)!);
    else this.connection.connect();
  }

  private onRetry(e: ParleyMessageRetryEvent): void {
    const p = this.thread.retry(e.detail.clientMessageId);
    this.requestUpdate();
    if (p) this.#send(p);
  }

  private onDiscard(e: ParleyMessageDiscardEvent): void {
    this.thread.discard(e.detail.clientMessageId);
    this.persist();
    this.requestUpdate();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (this.confirming) this.#confirmEnd(false);
      else this.hide();
    }
  }

  protected override willUpdate(): void {
    // The server's design, under anything the page sets (`--parley-accent`, the `position` attribute).
    const colour = this.design?.colour ?? this.config?.colour;
    if (colour) this.style.setProperty('--_config-accent', colour);
    this.toggleAttribute('data-left', (this.position ?? this.design?.position ?? this.config?.position) === 'left');
  }

  #when(at?: Date): string | undefined {
    return at && new Intl.DateTimeFormat(this.locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
  }

  protected override render() {
    const s = this.strings;
    const config = this.config;
    if (this.#duplicate) return nothing;
    // A chat the store has switched off shows nothing, but for the panel that was open when the server said so.
    if (config?.enabled === false && !this.open) return nothing;
    const unread = this.unread;
    const reconnecting = this.connection.status === 'reconnecting';
    const offline = this.connection.status === 'offline';
    const closed = this.record.closed;
    const typist = this.typist;
    const browsing = this.#browsing;
    const empty = !this.thread.messages.length && !this.thread.pending.length;
    const label = !this.open && (this.design?.launcherLabel ?? config?.launcherLabel);
    const greeting = config?.welcomeMessage ?? s.greeting;
    return html`<button
        part="launcher"
        class="launcher ${this.open ? 'open' : ''} ${label ? 'labelled' : ''}"
        aria-label=${label ? nothing : s.openChat}
        aria-expanded=${this.open}
        aria-controls="panel"
        aria-describedby=${unread ? 'unread' : nothing}
        @click=${() => (this.open ? this.hide() : this.show())}
      >
        ${this.open
          ? html`<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`
          : html`<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" fill="currentColor"><path fill-rule="evenodd" d=${ICONS[this.design?.icon ?? config?.icon ?? 'chat'] ?? ICONS.chat} /></svg>`}
        ${label ? html`<span>${label}</span>` : nothing}
        ${unread
          ? html`<span class="badge" part="badge" aria-hidden="true">${unread > 9 ? '9+' : unread}</span
              ><span id="unread" hidden>${s.unread(unread)}</span>`
          : nothing}
      </button>
      <section
        id="panel"
        part="panel"
        class="panel"
        role="dialog"
        aria-labelledby="title"
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        <header part="header">
          <div>
            <h2 id="title">${s.title}</h2>
            <p>${s.subtitle}</p>
          </div>
          <span>
            ${this.record.conversationId && !closed && !browsing
              ? html`<button class="end" aria-expanded=${this.confirming} @click=${() => this.#confirmEnd(!this.confirming)}>
                  ${s.endChat}
                </button>`
              : nothing}
            <button class="close" aria-label=${s.closeChat} title=${s.closeChat} @click=${() => this.hide()}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>
            </button>
          </span>
        </header>
        ${this.confirming
          ? html`<div class="bar" role="alertdialog" aria-labelledby="confirm">
              <p id="confirm">${s.endConfirm}</p>
              <button class="primary" @click=${this.#end}>${s.endChat}</button>
              <button @click=${() => this.#confirmEnd(false)}>${s.cancel}</button>
            </div>`
          : nothing}
        ${config?.enabled === false
          ? html`<p class="unavailable" role="status">${s.unavailable}</p>`
          : this.identityRejected
            ? html`<p class="unavailable identity" role="alert">${s.identity}</p>`
            : this.#shown
              ? this.#body(offline ? { ...s, sending: s.waiting } : s, config, reconnecting, offline, closed, typist, browsing, empty, greeting)
              : this.panelFailed
                ? html`<p class="unavailable" role="alert">${s.panelFailed}</p>`
                : nothing}
      </section>`;
  }

  #body(s: ChatStrings, config: WidgetConfig | null | undefined, reconnecting: boolean, offline: boolean, closed: boolean | undefined, typist: string, browsing: boolean, empty: boolean, greeting: string) {
    const faq = this.faq;
    // The links stay until the visitor's first message, and the server is told they were seen.
    const written = this.thread.pending.length || this.thread.messages.some((m) => m.author === 'visitor');
    const links = !written && !closed && config && (config.privacyPolicyUrl || config.termsUrl);
    if (links && this.open) this.#linksShown = true;
    return html`${reconnecting ? html`<p class="notice" role="status">${s.reconnecting}</p>` : nothing}
        ${offline ? html`<p class="notice offline" role="status">${s.offline}</p>` : nothing}
        ${config && !config.openNow && !closed
          ? html`<p class="notice away" role="status">${s.closedNow(this.#when(config.nextOpeningAt))}</p>`
          : nothing}
        ${browsing
          ? html`<div class="faqs" part="faqs">
              ${faq
                ? html`<h3 class="answer" tabindex="-1">${faq.question}</h3>
                    <p>${faq.answer}</p>
                    <button class="back" @click=${() => this.#pick()}>${s.back}</button>`
                : html`<p class="greeting">${greeting}</p>
                    <h3>${s.faqTitle}</h3>
                    <ul>
                      ${config!.faqs.map((f) => html`<li><button class="faq" @click=${() => this.#pick(f)}>${f.question}</button></li>`)}
                    </ul>`}
              <button class="primary help" @click=${this.#needHelp}>${s.needHelp}</button>
            </div>`
          : this.#conversation(s, closed, typist, empty, greeting)}
        ${links
          ? html`<p class="links">
              ${config.privacyPolicyUrl
                ? html`<a href=${config.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">${s.privacy}</a>`
                : nothing}
              ${config.termsUrl ? html`<a href=${config.termsUrl} target="_blank" rel="noopener noreferrer">${s.terms}</a>` : nothing}
            </p>`
          : nothing}`;
  }

  #conversation(s: ChatStrings, closed: boolean | undefined, typist: string, empty: boolean, greeting: string) {
    return html`<parley-message-list
          exportparts="log, message, bubble"
          self="visitor"
          locale=${this.locale}
          .entries=${this.thread.entries('visitor')}
          .strings=${s}
          .imageSource=${this.#imageSource}
          .seenSeq=${this.agentSeen}
          @parley-message-retry=${this.onRetry}
          @parley-message-discard=${this.onDiscard}
        >
          ${empty || !this.thread.unsent.length && !this.thread.messages.length ? html`<p class="greeting">${greeting}</p>` : nothing}
        </parley-message-list>
        <p class="typing" aria-live="polite">${typist ? s.typing(typist) : ''}</p>
        ${closed
          ? html`<div class="bar ended" part="composer">
              <p>${s.ended}</p>
              <button class="primary" @click=${this.#startNew}>${s.startNew}</button>
            </div>`
          : html`<parley-composer
              exportparts="composer"
              .strings=${s}
              @input=${this.#onInput}
              @parley-message-send=${this.onSend}
            ></parley-composer>`}`;
  }
}
