import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '../components/composer/composer.js';
import '../components/message-list/message-list.js';
import { ChatConnectionController, type SocketFactory } from '../controllers/chat-connection.controller.js';
import type { ParleyMessageDiscardEvent, ParleyMessageRetryEvent, ParleyMessageSendEvent } from '../events/parley-message-send.js';
import { resolveLang, type Lang } from '../i18n.js';
import { newClientMessageId, parseServerFrame, parseTicket, type Agent, type ServerFrame, type Ticket } from '../protocol/messages.js';
import { Thread } from '../protocol/thread.js';
import { TYPING_EVERY_MS, Typists } from '../protocol/typing.js';
import tokens from '../styles/tokens.styles.js';
import { i18n, type InboxStrings } from './inbox.i18n.js';
import styles from './inbox.styles.js';
import { SeenTickets, mergeSnapshot, relativeTime, upsertTicket } from './tickets.js';

type Phase = 'checking' | 'signed-out' | 'signed-in';

/** A visitor waiting longer than this for an agent is highlighted. */
const WAITING_WARN_MS = 3 * 60_000;

/** Least time between two `seen` frames. */
const SEEN_EVERY_MS = 1000;

/**
 * @summary Parley's agent inbox: sign-in, the live ticket list and the conversation thread with a reply box.
 *
 * Talks to `/api/v1/agent/session` for the session and to `/ws/agent` for everything live; the ticket list
 * and the open thread update in place, and survive reconnects without losing or repeating a message.
 *
 * @csspart list - The ticket list.
 * @csspart thread - The open conversation.
 *
 * @cssproperty --parley-accent - Buttons, own messages, selection.
 */
export class ParleyInbox extends LitElement {
  static override styles = [tokens, styles];

  /** Base URL of the Parley server; defaults to this page's origin. */
  @property() server?: string;

  /** Overrides the language chosen from `<html lang>` or the browser (`en` or `pl`). */
  @property({ attribute: 'lang' }) language?: string;

  /** Opens WebSockets; replace it to run the inbox without a server. */
  @property({ attribute: false }) socketFactory?: SocketFactory;

  @state() private phase: Phase = 'checking';
  @state() private agent?: Agent;
  @state() private tickets: Ticket[] = [];
  @state() private selected?: string;
  @state() private signInError?: string;
  @state() private busy = false;
  @state() private now = Date.now();
  @state() private closing = false;
  @state() private closeError?: string;

  @query('parley-composer') private composer?: HTMLElement;

  private threads = new Map<string, Thread>();
  private seen = new SeenTickets();
  private ready = false;
  private clock?: ReturnType<typeof setInterval>;
  private readonly typists = new Typists(() => this.requestUpdate());
  private typedAt = 0;
  /** Highest `seq` reported in a `seen` frame, by conversation. */
  private seenSent = new Map<string, number>();
  private seenAt = 0;
  private seenTimer?: ReturnType<typeof setTimeout>;
  /** How far each conversation's visitor has read (read receipts). */
  private visitorSeen = new Map<string, number>();
  private readonly onVisibility = () => this.sendSeen();

  private readonly connection = new ChatConnectionController(this, {
    url: () => `${this.base.replace(/^http/, 'ws')}/ws/agent`,
    parse: parseServerFrame,
    socketFactory: () => this.socketFactory,
    onOpen: (c) => {
      this.ready = false;
      c.send({ type: 'hello' });
    },
    onFrame: (frame) => this.receive(frame),
    onClose: (opened) => {
      // A refused handshake usually means the session ended (e.g. the server restarted).
      if (!opened) this.checkSession();
    },
  });

  private get base(): string {
    return (this.server ? new URL(this.server, location.href).href : location.origin).replace(/\/$/, '');
  }

  private get locale(): Lang {
    return resolveLang(this);
  }

  private get strings(): InboxStrings {
    return i18n[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = Date.now()), 30_000);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.phase === 'checking') this.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.seenTimer);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('selected') && this.selected) this.composer?.focus();
  }

  // ---- session ----------------------------------------------------------------------------------------------

  private async checkSession(): Promise<void> {
    try {
      const res = await fetch(`${this.base}/api/v1/agent/session`, { credentials: 'include', headers: { accept: 'application/json' } });
      if (res.ok) return this.signedIn(await res.json());
      if (res.status === 401 || res.status === 403) return this.signedOut();
    } catch {
      // Server unreachable: keep what is shown and let the connection retry.
    }
    if (this.phase === 'checking') setTimeout(() => this.checkSession(), 3000);
  }

  private signedIn(agent: Agent): void {
    this.agent = agent;
    this.phase = 'signed-in';
    this.signInError = undefined;
    this.connection.connect();
  }

  private signedOut(): void {
    this.connection.disconnect();
    this.phase = 'signed-out';
    this.agent = undefined;
  }

  private async signIn(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.signInError = undefined;
    try {
      const res = await fetch(`${this.base}/api/v1/agent/session`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email: data.get('email'), password: data.get('password') }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        this.signedIn(body as Agent);
      } else {
        this.signInError = body.detail || body.title || this.strings.signInFailed;
      }
    } catch {
      this.signInError = this.strings.signInFailed;
    } finally {
      this.busy = false;
    }
  }

  private async signOut(): Promise<void> {
    this.connection.disconnect();
    try {
      await fetch(`${this.base}/api/v1/agent/session`, {
        method: 'DELETE',
        credentials: 'include',
        headers: this.agent?.csrfToken ? { 'X-Parley-CSRF': this.agent.csrfToken } : {},
      });
    } catch {
      // Signed out locally anyway.
    }
    this.selected = undefined;
    this.tickets = [];
    this.threads.clear();
    this.signedOut();
  }

  // ---- protocol ---------------------------------------------------------------------------------------------

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case 'inbox':
        this.agent = { ...this.agent, ...frame.agent, name: frame.agent.name || this.agent?.name || '' };
        this.tickets = mergeSnapshot(this.tickets, frame.tickets);
        this.ready = true;
        if (this.selected) {
          this.connection.send({ type: 'open', conversationId: this.selected, afterSeq: this.thread(this.selected).lastSeq });
        }
        for (const [conversationId, thread] of this.threads) {
          for (const p of thread.unsent) {
            this.connection.send({ type: 'send', conversationId, clientMessageId: p.clientMessageId, text: p.text });
          }
        }
        break;
      case 'ticket': {
        const held = this.tickets.find((t) => t.id === frame.ticket.id);
        if (held && frame.ticket.lastSeq > held.lastSeq && frame.ticket.lastMessage?.author === 'visitor') {
          this.typists.clear(frame.ticket.conversationId);
        }
        this.tickets = upsertTicket(this.tickets, frame.ticket);
        break;
      }
      case 'message':
        this.threads.get(frame.conversationId)?.addMessage(frame);
        if (frame.author === 'visitor') this.typists.clear(frame.conversationId);
        if (frame.conversationId === this.selected) this.sendSeen();
        break;
      case 'receipt':
        this.visitorSeen.set(frame.conversationId, frame.visitorSeenSeq);
        break;
      case 'typing':
        if (frame.author === 'visitor' && frame.conversationId) {
          const t = this.tickets.find((t) => t.conversationId === frame.conversationId);
          this.typists.set(frame.conversationId, frame.authorName || t?.visitorName || this.strings.visitor);
        }
        return;
      case 'ack':
        this.threads.get(frame.conversationId)?.acknowledge(frame, 'agent', this.agent?.name);
        break;
      case 'error':
        if (frame.clientMessageId) for (const t of this.threads.values()) t.fail(frame.clientMessageId, frame.code);
        break;
      default:
        return;
    }
    const open = this.tickets.find((t) => t.conversationId === this.selected);
    if (open) this.seen.markSeen(open);
    this.requestUpdate();
  }

  private thread(conversationId: string): Thread {
    let thread = this.threads.get(conversationId);
    if (!thread) this.threads.set(conversationId, (thread = new Thread()));
    return thread;
  }

  private select(ticket: Ticket): void {
    if (this.selected === ticket.conversationId) return;
    if (this.selected && this.ready) this.connection.send({ type: 'close', conversationId: this.selected });
    this.selected = ticket.conversationId;
    this.closeError = undefined;
    this.seen.markSeen(ticket);
    if (this.ready) {
      this.connection.send({ type: 'open', conversationId: ticket.conversationId, afterSeq: this.thread(ticket.conversationId).lastSeq });
      this.sendSeen();
    }
  }

  /** Tells the server how far the open thread has been read: at most once a second, only while visible. */
  private sendSeen(): void {
    const id = this.selected;
    if (!id || !this.ready || document.visibilityState === 'hidden') return;
    const seq = this.thread(id).lastSeq;
    if (!seq || (this.seenSent.get(id) ?? 0) >= seq) return;
    const wait = this.seenAt + SEEN_EVERY_MS - Date.now();
    if (wait > 0) {
      this.seenTimer ??= setTimeout(() => {
        this.seenTimer = undefined;
        this.sendSeen();
      }, wait);
      return;
    }
    if (this.connection.send({ type: 'seen', conversationId: id, seq })) {
      this.seenAt = Date.now();
      this.seenSent.set(id, seq);
    }
  }

  private onInput(): void {
    const conversationId = this.selected;
    const composer = this.composer as (HTMLElement & { value: string }) | undefined;
    if (conversationId && this.ready && composer?.value.trim() && Date.now() - this.typedAt >= TYPING_EVERY_MS) {
      this.typedAt = Date.now();
      this.connection.send({ type: 'typing', conversationId });
    }
  }

  private async closeTicket(t: Ticket): Promise<void> {
    this.closing = true;
    this.closeError = undefined;
    try {
      const res = await fetch(`${this.base}/api/v1/tickets/${encodeURIComponent(t.id)}/close`, {
        method: 'POST',
        credentials: 'include',
        headers: { accept: 'application/json', 'X-Parley-CSRF': this.agent?.csrfToken ?? '' },
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        const ticket = parseTicket(body);
        if (ticket) this.tickets = upsertTicket(this.tickets, ticket);
      } else {
        this.closeError = body.detail || body.title || this.strings.closeFailed;
      }
    } catch {
      this.closeError = this.strings.closeFailed;
    } finally {
      this.closing = false;
    }
  }

  private back(): void {
    const id = this.selected;
    this.selected = undefined;
    if (id && this.ready) this.connection.send({ type: 'close', conversationId: id });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-conversation="${id}"]`)?.focus());
  }

  private onSend(e: ParleyMessageSendEvent): void {
    const conversationId = this.selected;
    if (!conversationId) return;
    const clientMessageId = newClientMessageId();
    this.typedAt = 0;
    this.thread(conversationId).queue(clientMessageId, e.detail.text);
    if (this.ready) this.connection.send({ type: 'send', conversationId, clientMessageId, text: e.detail.text });
    this.requestUpdate();
  }

  private onRetry(e: ParleyMessageRetryEvent): void {
    const conversationId = this.selected;
    const p = conversationId ? this.thread(conversationId).retry(e.detail.clientMessageId) : undefined;
    if (p && conversationId && this.ready) {
      this.connection.send({ type: 'send', conversationId, clientMessageId: p.clientMessageId, text: p.text });
    }
    this.requestUpdate();
  }

  private onDiscard(e: ParleyMessageDiscardEvent): void {
    if (this.selected) this.thread(this.selected).discard(e.detail.clientMessageId);
    this.requestUpdate();
  }

  /** Up/Down/Home/End move between tickets. */
  private onListKeydown(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.ticket')];
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override render() {
    const s = this.strings;
    if (this.phase === 'checking') return html`<p class="loading" role="status">${s.loading}</p>`;
    if (this.phase === 'signed-out') return this.renderSignIn(s);
    const ticket = this.tickets.find((t) => t.conversationId === this.selected);
    return html`<div class="app ${this.selected ? 'has-thread' : ''}">
      <header class="topbar">
        <span class="brand">${logo} ${s.product}</span>
        <span class="me">${this.agent?.name}</span>
        <button class="ghost" @click=${this.signOut}>${s.signOut}</button>
      </header>
      ${this.connection.status === 'reconnecting' || this.connection.status === 'offline' ? html`<p class="notice" role="status">${s.reconnecting}</p>` : nothing}
      <nav class="list" part="list" aria-labelledby="tickets-title">
        <h1 id="tickets-title">${s.tickets}</h1>
        ${this.tickets.length === 0
          ? html`<p class="empty">${s.noTickets}</p>`
          : html`<ul role="list" @keydown=${this.onListKeydown}>
              ${this.tickets.map((t) => this.renderTicket(t, s))}
            </ul>`}
      </nav>
      <main class="thread" part="thread">${ticket ? this.renderThread(ticket, s) : html`<p class="empty">${s.pickTicket}</p>`}</main>
    </div>`;
  }

  private renderTicket(t: Ticket, s: InboxStrings) {
    // The server's word for this agent, when it says, and what this browser has shown.
    const unread = t.unread !== false && this.seen.isUnread(t) && t.conversationId !== this.selected;
    const name = t.visitorName || s.visitor;
    const last = t.lastMessage;
    const waited = t.waitingSince && t.status !== 'closed' ? this.now - Date.parse(t.waitingSince) : 0;
    const typing = t.status !== 'closed' && this.typists.get(t.conversationId);
    return html`<li>
      <button
        class="ticket ${unread ? 'unread' : ''} ${waited >= WAITING_WARN_MS ? 'waiting' : ''}"
        data-conversation=${t.conversationId}
        aria-current=${t.conversationId === this.selected ? 'true' : 'false'}
        @click=${() => this.select(t)}
      >
        <span class="avatar" style="--_hue:${hue(t.id)}" aria-hidden="true">${initials(name)}</span>
        <span class="row">
          <span class="who">${name}</span>
          ${waited >= WAITING_WARN_MS ? html`<span class="wait">${s.waiting(Math.floor(waited / 60_000))}</span>` : nothing}
          <time datetime=${t.lastActivityAt}>${relativeTime(t.lastActivityAt, this.now, this.locale)}</time>
        </span>
        <span class="row">
          ${typing
            ? html`<span class="preview typing">${s.typingShort}</span>`
            : html`<span class="preview">${last ? (last.author === 'agent' ? `${s.you}: ${last.text}` : last.text) : ''}</span>`}
          ${unread ? html`<span class="dot" role="img" aria-label=${s.unread}></span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private renderThread(t: Ticket, s: InboxStrings) {
    const thread = this.thread(t.conversationId);
    const closed = t.status === 'closed';
    const typist = closed ? undefined : this.typists.get(t.conversationId);
    const until = t.status === 'snoozed' && t.snoozedUntil ? new Date(t.snoozedUntil) : undefined;
    return html`<header class="thread-head">
        <button class="ghost back" aria-label=${s.back} title=${s.back} @click=${this.back}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="m15 6-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>
        </button>
        <span class="avatar" style="--_hue:${hue(t.id)}" aria-hidden="true">${initials(t.visitorName || s.visitor)}</span>
        <div>
          <h2>${t.visitorName || s.visitor}</h2>
          <p>
            <span class="status ${t.status}">${s.status[t.status] ?? t.status}</span>
            ${until && !isNaN(+until)
              ? s.snoozedUntil(new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'short' }).format(until))
              : nothing}
            · ${t.assigneeName ? s.assignedTo(t.assigneeName) : s.unassigned}
          </p>
        </div>
        ${closed
          ? nothing
          : html`<button class="ghost close-ticket" ?disabled=${this.closing} @click=${() => this.closeTicket(t)}>${s.closeTicket}</button>`}
      </header>
      ${this.closeError ? html`<p class="error head-error" role="alert">${this.closeError}</p>` : nothing}
      <parley-message-list
        self="agent"
        locale=${this.locale}
        .entries=${thread.entries('agent', this.agent?.name)}
        .seenSeq=${this.visitorSeen.get(t.conversationId) ?? 0}
        .strings=${{ ...s, visitor: t.visitorName || s.visitor }}
        @parley-message-retry=${this.onRetry}
        @parley-message-discard=${this.onDiscard}
      ></parley-message-list>
      <p class="typing ${typist ? 'on' : ''}" aria-live="polite">${typist ? s.typing(typist) : ''}</p>
      ${closed ? html`<p class="closed-note">${s.closedNote}</p>` : nothing}
      <parley-composer
        .strings=${s}
        ?disabled=${closed}
        @input=${this.onInput}
        @parley-message-send=${this.onSend}
      ></parley-composer>`;
  }

  private renderSignIn(s: InboxStrings) {
    return html`<div class="signin">
      <form @submit=${this.signIn} aria-labelledby="signin-title">
        <div class="brand">${logo} ${s.product}</div>
        <h1 id="signin-title">${s.signInTitle}</h1>
        <p class="lead">${s.signInLead}</p>
        <label for="email">${s.email}</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">${s.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        ${this.signInError ? html`<p class="error" role="alert">${this.signInError}</p>` : nothing}
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? s.signingIn : s.signIn}</button>
      </form>
    </div>`;
  }
}

const logo = html`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="currentColor"><path d="M12 3c5 0 9 3.4 9 7.6s-4 7.6-9 7.6c-.9 0-1.8-.1-2.6-.3L5 20.5l.9-3.6C4.1 15.5 3 13.2 3 10.6 3 6.4 7 3 12 3Z"/></svg>`;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

function hue(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}
