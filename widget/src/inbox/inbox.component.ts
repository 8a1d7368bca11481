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
import { filterMacros, parseMacros, slashQuery, type Macro } from './macros.js';
import { Notifier } from './notifier.js';
import type { ParleyProfile } from './profile.component.js';
import type { SectionId } from './settings/settings.i18n.js';
import { belongs, DEFAULT_FILTER, listUrl, snoozeTimes, type ListFilter } from './ticket-query.js';
import { SeenTickets, relativeTime, sortTickets, upsertTicket } from './tickets.js';

/** A member of the team, as `GET /api/v1/agents` lists them (for assigning). */
interface TeamMember {
  id: string;
  name: string;
  deactivated?: boolean;
}

/** The unread tickets counted in the badge: at most this many are fetched. */
const BADGE_MAX = 100;

type Phase = 'checking' | 'signed-out' | 'signed-in';

/** A visitor waiting longer than this for an agent is highlighted, until the server says otherwise. */
const WAITING_WARN_MS = 3 * 60_000;

/** What an agent may attach: the images the server accepts. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Least time between two `seen` frames. */
const SEEN_EVERY_MS = 1000;

/**
 * @summary Parley's agent inbox: sign-in, the live ticket list and the conversation thread with a reply box.
 *
 * Talks to `/api/v1/agent/session` for the session, to `/api/v1/tickets` for the list (status tabs, whose
 * tickets, channel, search, keyset pages as the list scrolls) and the ticket actions, and to `/ws/agent` for
 * everything live: the list, the Helpdesk badge and the open thread update in place, and survive reconnects without
 * losing or repeating a message. Keyboard shortcuts (press `?`) cover the common moves.
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
  /** The tickets listed for the filter, newest activity first. */
  @state() private tickets: Ticket[] = [];
  @state() private filter: ListFilter = { ...DEFAULT_FILTER };
  /** The cursor of the list's next page; undefined once the last page is in. */
  @state() private nextCursor?: string;
  @state() private listLoading = false;
  @state() private listError = false;
  /** Tickets unread for this agent, for the Helpdesk badge. */
  @state() private unreadIds = new Set<string>();
  @state() private team: TeamMember[] = [];
  /** The open menu of the thread's header, or the close confirmation. */
  @state() private menu?: 'snooze' | 'close';
  @state() private muted = false;
  @state() private permission: NotificationPermission | 'unsupported' = 'unsupported';
  @state() private selected?: string;
  @state() private signInError?: string;
  @state() private busy = false;
  @state() private now = Date.now();
  @state() private acting = false;
  /** The saved replies rendered for the open ticket; undefined until asked for (and after they change). */
  @state() private macros?: Macro[];
  /** The saved-replies menu: opened by typing `/` in an empty reply, or by its button (with a search field). */
  @state() private macroMenu?: { via: 'slash' | 'button'; query: string; active: number };
  /** The Helpdesk, or (admins) the Settings, from the address's fragment: `#/settings/<section>`. */
  @state() private view: 'helpdesk' | 'settings' = 'helpdesk';
  @state() private settingsSection: SectionId = 'chat';
  /** On narrow screens the customer's profile opens over the thread. */
  @state() private profileOpen = false;
  /** An image attached to the reply being written, with a preview URL. */
  @state() private attachment?: { file: File; url: string };
  @state() private actionError?: string;

  @query('parley-composer') private composer?: HTMLElement;

  private threads = new Map<string, Thread>();
  /** Images of replies, by `clientMessageId`: the file, and its upload once done. */
  private uploads = new Map<string, { file: File; imageId?: string }>();
  /** Every ticket this inbox has heard of, by conversation: the open one may be outside the list's filter. */
  private known = new Map<string, Ticket>();
  private readonly notifier = new Notifier();
  /** The store's waiting threshold, from the `inbox` frame. */
  private waitingWarnMs = WAITING_WARN_MS;
  /** Tells a page of the list from one asked for before the filter changed. */
  private listAsked = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private moreObserver?: IntersectionObserver;
  private readonly onShortcut = (e: KeyboardEvent) => this.shortcut(e);
  private readonly onHash = () => this.route();
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
    document.addEventListener('keydown', this.onShortcut);
    addEventListener('hashchange', this.onHash);
    this.route();
    this.muted = this.notifier.muted;
    this.permission = this.notifier.permission;
    if (this.phase === 'checking') this.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.seenTimer);
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('keydown', this.onShortcut);
    removeEventListener('hashchange', this.onHash);
    this.moreObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('selected') && this.selected) this.composer?.focus();
    this.observeMore();
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
    this.loadTeam();
  }

  /** A GET of the agents' API with the session; null when it failed. */
  private async get<T>(url: string): Promise<T | null> {
    try {
      const res = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } });
      if (res.status === 401) this.checkSession();
      return res.ok ? ((await res.json()) as T) : null;
    } catch {
      return null;
    }
  }

  private async loadTeam(): Promise<void> {
    const team = await this.get<TeamMember[] | { agents?: TeamMember[]; members?: TeamMember[] }>(`${this.base}/api/v1/agents`);
    const members = Array.isArray(team) ? team : team?.agents ?? team?.members ?? [];
    this.team = members.filter((m) => typeof m?.id === 'string' && !m.deactivated);
  }

  /** Follows the address: `#/settings/<section>` shows the settings (to admins), anything else the Helpdesk. */
  private route(): void {
    const m = /^#\/settings(?:\/(\w+))?/.exec(location.hash);
    this.view = m ? 'settings' : 'helpdesk';
    if (m?.[1]) this.settingsSection = m[1] as SectionId;
  }

  private get isAdmin(): boolean {
    return this.agent?.role === 'admin';
  }

  // ---- the list -----------------------------------------------------------------------------------------------

  /** Loads the list's first page for the filter (again), replacing what is listed. */
  private async reloadList(): Promise<void> {
    const asked = ++this.listAsked;
    this.listLoading = true;
    this.listError = false;
    const page = await this.get<{ tickets: unknown[]; nextCursor?: string }>(listUrl(this.base, this.filter));
    if (asked !== this.listAsked) return;
    this.listLoading = false;
    if (!page) {
      this.listError = true;
      return;
    }
    this.tickets = sortTickets(this.remember(page.tickets));
    this.nextCursor = page.nextCursor ?? undefined;
  }

  /** Loads the next page of the list, when there is one. */
  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.listLoading) return;
    const asked = this.listAsked;
    this.listLoading = true;
    const page = await this.get<{ tickets: unknown[]; nextCursor?: string }>(listUrl(this.base, this.filter, cursor));
    if (asked !== this.listAsked) return;
    this.listLoading = false;
    if (!page) {
      this.listError = true;
      return;
    }
    this.tickets = this.remember(page.tickets).reduce((list, t) => upsertTicket(list, t), this.tickets);
    this.nextCursor = page.nextCursor ?? undefined;
  }

  /** Counts the tickets unread for this agent, for the badge; live frames keep it up to date afterwards. */
  private async reloadBadge(): Promise<void> {
    const page = await this.get<{ tickets: unknown[] }>(
      `${this.base}/api/v1/tickets?status=open&assignee=all&unread=true&limit=${BADGE_MAX}`,
    );
    if (page) this.unreadIds = new Set(this.remember(page.tickets).map((t) => t.id));
  }

  /** Parses tickets from the server and keeps them in {@link known}. */
  private remember(raw: unknown[]): Ticket[] {
    const tickets = (Array.isArray(raw) ? raw : []).map(parseTicket).filter((t): t is Ticket => !!t);
    for (const t of tickets) this.known.set(t.conversationId, t);
    return tickets;
  }

  private setFilter(change: Partial<ListFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.tickets = [];
    this.nextCursor = undefined;
    this.reloadList();
  }

  private onSearch(e: InputEvent): void {
    const q = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilter({ q }), 300);
  }

  /** Loads the next page as its end scrolls into view. */
  private observeMore(): void {
    const more = this.renderRoot.querySelector('.more');
    if (!more || typeof IntersectionObserver === 'undefined') return;
    this.moreObserver ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.loadMore(), {
      root: this.renderRoot.querySelector('.list'),
      rootMargin: '200px',
    });
    this.moreObserver.disconnect();
    this.moreObserver.observe(more);
  }

  /** A ticket changed: the list, the badge and the open thread follow, and the agent hears of visitors' news. */
  private ticketChanged(t: Ticket): void {
    const before = this.known.get(t.conversationId);
    if (before && before.lastSeq > t.lastSeq) return;
    this.known.set(t.conversationId, t);
    const unread = new Set(this.unreadIds);
    if (t.unread === true && t.status === 'open') unread.add(t.id);
    else if (t.unread === false || t.status !== 'open') unread.delete(t.id);
    this.unreadIds = unread;
    const listed = this.tickets.some((x) => x.id === t.id);
    if (belongs(t, this.filter, this.agent?.id, listed)) this.tickets = upsertTicket(this.tickets, t);
    else if (listed) this.tickets = this.tickets.filter((x) => x.id !== t.id);
    const news = t.lastMessage?.author === 'visitor' && t.lastSeq > (before?.lastSeq ?? 0);
    const watching = t.conversationId === this.selected && document.visibilityState === 'visible';
    if (news && !watching && t.status !== 'closed') {
      const s = this.strings;
      this.notifier.notify({
        title: before ? s.notifyMessage(this.nameOf(t.visitorName)) : s.notifyTicket(this.nameOf(t.visitorName)),
        body: t.lastMessage!.text || s.image,
        tag: t.id,
        onClick: () => this.select(t),
      });
    }
  }

  private async enableNotifications(): Promise<void> {
    this.permission = await this.notifier.ask();
  }

  private toggleMute(): void {
    this.notifier.muted = !this.notifier.muted;
    this.muted = this.notifier.muted;
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
        this.waitingWarnMs = (frame.waitingThresholdSeconds ?? WAITING_WARN_MS / 1000) * 1000;
        this.ready = true;
        // (Re)connected: the list and the badge are read afresh, so nothing missed while away is left out.
        this.reloadList();
        this.reloadBadge();
        if (this.selected) {
          this.connection.send({ type: 'open', conversationId: this.selected, afterSeq: this.thread(this.selected).lastSeq });
        }
        for (const [conversationId, thread] of this.threads) {
          for (const p of thread.unsent) this.sendReply(conversationId, p);
        }
        break;
      case 'ticket': {
        const held = this.known.get(frame.ticket.conversationId);
        if (held && frame.ticket.lastSeq > held.lastSeq && frame.ticket.lastMessage?.author === 'visitor') {
          this.typists.clear(frame.ticket.conversationId);
        }
        this.ticketChanged(frame.ticket);
        break;
      }
      case 'message':
        this.threads.get(frame.conversationId)?.addMessage(frame);
        if (frame.author === 'visitor') this.typists.clear(frame.conversationId);
        if (frame.conversationId === this.selected) this.sendSeen();
        break;
      case 'profile': {
        const sidebar = this.renderRoot.querySelector<ParleyProfile>('parley-profile');
        if (sidebar?.profileId === frame.profileId) sidebar.refresh();
        return;
      }
      case 'settings':
        if (frame.waitingThresholdSeconds) this.waitingWarnMs = frame.waitingThresholdSeconds * 1000;
        break;
      case 'macros':
        // Rendered afresh when next wanted (or now, while the menu is open).
        this.macros = undefined;
        if (this.macroMenu) this.loadMacros();
        return;
      case 'receipt':
        this.visitorSeen.set(frame.conversationId, frame.visitorSeenSeq);
        break;
      case 'typing':
        if (frame.author === 'visitor' && frame.conversationId) {
          const t = this.tickets.find((t) => t.conversationId === frame.conversationId);
          this.typists.set(frame.conversationId, this.nameOf(frame.authorName || t?.visitorName));
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
    const open = this.selected && this.known.get(this.selected);
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
    this.actionError = undefined;
    this.macros = undefined;
    this.macroMenu = undefined;
    this.menu = undefined;
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
    const query = slashQuery(composer?.value ?? '');
    if (query !== null) this.openMacros('slash', query);
    else if (this.macroMenu?.via === 'slash') this.macroMenu = undefined;
    if (conversationId && this.ready && composer?.value.trim() && Date.now() - this.typedAt >= TYPING_EVERY_MS) {
      this.typedAt = Date.now();
      this.connection.send({ type: 'typing', conversationId });
    }
  }

  /** A ticket action of the REST API (`close`, `assign`, `snooze`, `unread`); the answer is the ticket as now. */
  private async act(t: Ticket, action: string, body?: object): Promise<boolean> {
    this.acting = true;
    this.actionError = undefined;
    try {
      const res = await fetch(`${this.base}/api/v1/tickets/${encodeURIComponent(t.id)}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: {
          accept: 'application/json',
          'X-Parley-CSRF': this.agent?.csrfToken ?? '',
          ...(body && { 'content-type': 'application/json' }),
        },
        body: body && JSON.stringify(body),
      });
      const answer = await res.json().catch(() => ({}));
      const ticket = res.ok ? parseTicket(answer) : null;
      if (ticket) {
        this.ticketChanged(ticket);
        return true;
      }
      this.actionError = answer.detail || answer.title || this.strings.actionFailed;
    } catch {
      this.actionError = this.strings.actionFailed;
    } finally {
      this.acting = false;
    }
    return false;
  }

  private async closeTicket(t: Ticket): Promise<void> {
    if (await this.act(t, 'close')) this.menu = undefined;
  }

  private assign(t: Ticket, e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    this.act(t, 'assign', { assigneeId: id || null });
  }

  private async snooze(t: Ticket, until: Date): Promise<void> {
    if (isNaN(+until)) return;
    if (await this.act(t, 'snooze', { until: until.toISOString() })) this.menu = undefined;
  }

  private snoozeAt(t: Ticket, e: SubmitEvent): void {
    e.preventDefault();
    const value = new FormData(e.target as HTMLFormElement).get('until');
    if (typeof value === 'string' && value) this.snooze(t, new Date(value));
  }

  /** Marks the ticket unread for this agent and goes back to the list, as mail apps do. */
  private async markUnread(t: Ticket): Promise<void> {
    if (!(await this.act(t, 'unread'))) return;
    this.seen.forget(t);
    this.back();
  }

  private async openMenu(menu?: 'snooze' | 'close'): Promise<void> {
    this.menu = this.menu === menu ? undefined : menu;
    await this.updateComplete;
    const first = this.menu && this.renderRoot.querySelector<HTMLElement>(`.menu.${this.menu} button, .menu.${this.menu} input`);
    first?.focus();
  }

  // ---- saved replies ------------------------------------------------------------------------------------------

  private async loadMacros(): Promise<void> {
    const t = this.selected ? this.known.get(this.selected) : undefined;
    if (!t) return;
    const body = await this.get<unknown>(`${this.base}/api/v1/tickets/${encodeURIComponent(t.id)}/macros`);
    if (this.selected === t.conversationId) this.macros = parseMacros(body);
  }

  private openMacros(via: 'slash' | 'button', query: string): void {
    if (!this.macros) this.loadMacros();
    this.macroMenu = { via, query, active: 0 };
  }

  private async toggleMacros(): Promise<void> {
    if (this.macroMenu) {
      this.macroMenu = undefined;
      return;
    }
    this.openMacros('button', '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.macro-search')?.focus();
  }

  private get shownMacros(): Macro[] {
    return this.macroMenu && this.macros ? filterMacros(this.macros, this.macroMenu.query) : [];
  }

  /** Puts a macro's text in the reply: over the `/query` typed, or where the caret is; the agent may edit it. */
  private pickMacro(m: Macro): void {
    const composer = this.composer as (HTMLElement & { insert(t: string): void; replace(t: string): void }) | undefined;
    const via = this.macroMenu?.via;
    this.macroMenu = undefined;
    if (via === 'slash') composer?.replace(m.text);
    else composer?.insert(m.text);
  }

  /** Arrows, Enter, Tab and Escape drive the menu while it is open; other keys go on to the reply or the search. */
  private macroKey(e: KeyboardEvent): void {
    const menu = this.macroMenu;
    if (!menu) return;
    const list = this.shownMacros;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const n = list.length || 1;
      this.macroMenu = { ...menu, active: (menu.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n };
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && list[menu.active]) {
      this.pickMacro(list[menu.active]);
    } else if (e.key === 'Escape') {
      this.macroMenu = undefined;
      this.composer?.focus();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  /** Before the reply sees the key (capture): while `/` opened the menu, its keys drive the menu. */
  private readonly composerKeys = {
    capture: true,
    handleEvent: (e: KeyboardEvent) => this.macroMenu?.via === 'slash' && this.macroKey(e),
  };

  private renderMacros(s: InboxStrings) {
    const menu = this.macroMenu!;
    const list = this.shownMacros;
    const active = list[menu.active];
    return html`<div slot="above" class="macros">
      ${menu.via === 'button'
        ? html`<input
            class="macro-search"
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls="macro-list"
            aria-activedescendant=${active ? `macro-${active.id}` : nothing}
            aria-label=${s.searchMacros}
            placeholder=${s.searchMacros}
            .value=${menu.query}
            @input=${(e: Event) => (this.macroMenu = { ...menu, query: (e.target as HTMLInputElement).value, active: 0 })}
            @keydown=${this.macroKey}
          />`
        : nothing}
      ${list.length
        ? html`<ul id="macro-list" role="listbox" aria-label=${s.macros}>
            ${list.map(
              (m, i) => html`<li id="macro-${m.id}" role="option" aria-selected=${i === menu.active} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pickMacro(m)}>
                <strong>${m.title}</strong><span>${m.text}</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="none">${!this.macros ? s.loading : this.macros.length ? s.noMacroMatches : s.noMacros}</p>`}
      <p class="vh" aria-live="polite">${active ? s.macroActive(active.title, list.length) : ''}</p>
    </div>`;
  }

  // ---- keyboard shortcuts -------------------------------------------------------------------------------------

  /** `j`/`k` next/previous ticket, `r` reply, `e` close, `s` snooze, `u` unread, `/` search, `?` this list. */
  private shortcut(e: KeyboardEvent): void {
    if (this.phase !== 'signed-in' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target?.closest?.('input, textarea, select, [contenteditable]') || target?.isContentEditable) return;
    const t = this.selected ? this.known.get(this.selected) : undefined;
    const go = (step: number) => {
      const at = this.tickets.findIndex((x) => x.conversationId === this.selected);
      const next = this.tickets[at < 0 ? 0 : Math.max(0, Math.min(this.tickets.length - 1, at + step))];
      if (next) this.select(next);
    };
    const moves: Record<string, () => void> = {
      j: () => go(1),
      k: () => go(-1),
      r: () => this.composer?.focus(),
      e: () => t && t.status !== 'closed' && this.openMenu('close'),
      s: () => t && t.status !== 'closed' && this.openMenu('snooze'),
      u: () => t && this.markUnread(t),
      '/': () => this.renderRoot.querySelector<HTMLInputElement>('.search input')?.focus(),
      '?': () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.help')?.showModal(),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
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
    const attachment = this.attachment;
    this.attachment = undefined;
    if (attachment) this.uploads.set(clientMessageId, { file: attachment.file });
    const p = this.thread(conversationId).queue(clientMessageId, e.detail.text, attachment && { id: '', url: attachment.url });
    this.sendReply(conversationId, p);
    this.requestUpdate();
  }

  /** Sends a reply, uploading its image first (once: a resend reuses the upload). */
  private async sendReply(conversationId: string, p: { clientMessageId: string; text: string }): Promise<void> {
    const upload = this.uploads.get(p.clientMessageId);
    if (upload && !upload.imageId) {
      try {
        upload.imageId = await this.uploadImage(upload.file);
      } catch (e) {
        this.thread(conversationId).fail(p.clientMessageId, e instanceof Error ? e.message : 'internal_error');
        this.requestUpdate();
        return;
      }
    }
    if (!this.ready) return;
    this.connection.send({
      type: 'send',
      conversationId,
      clientMessageId: p.clientMessageId,
      ...(p.text && { text: p.text }),
      ...(upload?.imageId && { imageId: upload.imageId }),
    });
  }

  /** `POST /api/v1/uploads`; answers the upload's id, or throws an Error named by the problem's code. */
  private async uploadImage(file: File): Promise<string> {
    const res = await fetch(`${this.base}/api/v1/uploads`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': file.type || 'application/octet-stream', accept: 'application/json', 'X-Parley-CSRF': this.agent?.csrfToken ?? '' },
      body: file,
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok || typeof body.id !== 'string') throw new Error(typeof body.code === 'string' ? body.code : 'internal_error');
    return body.id;
  }

  /** Attaches an image to the reply being written (from the file picker, a paste or a drop). */
  private attach(file?: File | null): boolean {
    if (!file || !IMAGE_TYPES.includes(file.type)) return false;
    if (this.attachment) URL.revokeObjectURL(this.attachment.url);
    this.attachment = { file, url: URL.createObjectURL(file) };
    this.composer?.focus();
    return true;
  }

  private onPaste(e: ClipboardEvent): void {
    if (this.attach([...(e.clipboardData?.files ?? [])].find((f) => IMAGE_TYPES.includes(f.type)))) e.preventDefault();
  }

  private onDrop(e: DragEvent): void {
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => IMAGE_TYPES.includes(f.type));
    if (!file) return;
    e.preventDefault();
    this.attach(file);
  }

  private onRetry(e: ParleyMessageRetryEvent): void {
    const conversationId = this.selected;
    const p = conversationId ? this.thread(conversationId).retry(e.detail.clientMessageId) : undefined;
    if (p && conversationId) this.sendReply(conversationId, p);
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
    const ticket = this.selected ? this.known.get(this.selected) : undefined;
    const unread = this.unreadIds.size;
    const f = this.filter;
    return html`<div class="app ${this.selected ? 'has-thread' : ''}">
      <header class="topbar">
        <span class="brand">${logo} <span class="brand-name">${s.product}</span></span>
        <nav class="main" aria-label=${s.mainNav}>
          <a href="#/" aria-current=${this.view === 'helpdesk' || !this.isAdmin ? 'page' : 'false'}>
            ${s.helpdesk}
            ${unread
              ? html`<span class="badge" aria-hidden="true">${unread >= BADGE_MAX ? `${BADGE_MAX - 1}+` : unread}</span
                  ><span class="vh">, ${s.unreadCount(unread)}</span>`
              : nothing}
          </a>
          ${this.isAdmin
            ? html`<a href="#/settings/${this.settingsSection}" aria-current=${this.view === 'settings' ? 'page' : 'false'}>${s.settings}</a>`
            : nothing}
        </nav>
        <span class="tools">
          ${this.permission === 'default'
            ? html`<button class="ghost" @click=${this.enableNotifications}>${s.enableNotifications}</button>`
            : nothing}
          <button class="ghost icon" aria-pressed=${this.muted} title=${s.mute} aria-label=${s.mute} @click=${this.toggleMute}>
            ${this.muted ? bellOff : bell}
          </button>
          <button class="ghost icon" title=${s.shortcuts} aria-label=${s.shortcuts} aria-keyshortcuts="?" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.help')?.showModal()}>?</button>
        </span>
        <span class="me">${this.agent?.name}</span>
        <button class="ghost" @click=${this.signOut}>${s.signOut}</button>
      </header>
      ${this.connection.status === 'reconnecting' || this.connection.status === 'offline' ? html`<p class="notice" role="status">${s.reconnecting}</p>` : nothing}
      ${this.view === 'settings' && this.isAdmin
        ? html`<parley-settings
            class="settings-view"
            .base=${this.base}
            .csrfToken=${this.agent?.csrfToken ?? ''}
            .locale=${this.locale}
            .me=${this.agent?.id ?? ''}
            .section=${this.settingsSection}
            @parley-settings-section=${(e: CustomEvent<SectionId>) => history.replaceState(null, '', `#/settings/${e.detail}`)}
          ></parley-settings>`
        : this.renderHelpdesk(s, ticket, f)}
      ${this.renderHelp(s)}
    </div>`;
  }

  private renderHelpdesk(s: InboxStrings, ticket: Ticket | undefined, f: ListFilter) {
    return html`<section class="list" part="list" aria-labelledby="tickets-title">
        <div class="list-head">
          <h1 id="tickets-title">${s.tickets}</h1>
          <div class="tabs" role="group" aria-label=${s.statusFilter}>
            ${(['open', 'snoozed', 'closed'] as const).map(
              (st) => html`<button aria-pressed=${f.status === st} @click=${() => this.setFilter({ status: st })}>${s.status[st]}</button>`,
            )}
          </div>
          <div class="filters">
            <label class="vh" for="assignee">${s.assigneeFilter}</label>
            <select id="assignee" .value=${f.assignee} @change=${(e: Event) => this.setFilter({ assignee: (e.target as HTMLSelectElement).value as ListFilter['assignee'] })}>
              <option value="all">${s.all}</option>
              <option value="mine">${s.mine}</option>
              <option value="unassigned">${s.unassigned}</option>
            </select>
            <label class="vh" for="channel">${s.channelFilter}</label>
            <select id="channel" .value=${f.channel} @change=${(e: Event) => this.setFilter({ channel: (e.target as HTMLSelectElement).value as ListFilter['channel'] })}>
              <option value="">${s.allChannels}</option>
              <option value="chat">${s.channels.chat}</option>
              <option value="sms">${s.channels.sms}</option>
            </select>
          </div>
          <div class="search" role="search">
            <label class="vh" for="search">${s.search}</label>
            <input id="search" type="search" placeholder=${s.search} aria-keyshortcuts="/" @input=${this.onSearch} />
          </div>
        </div>
        ${this.tickets.length === 0 && !this.listLoading
          ? html`<p class="empty" role="status">${this.listError ? s.listFailed : f.q.trim() || f.status !== 'open' || f.assignee !== 'all' || f.channel ? s.noMatches : s.noTickets}</p>`
          : html`<ul role="list" @keydown=${this.onListKeydown} aria-busy=${this.listLoading}>
              ${this.tickets.map((t) => this.renderTicket(t, s))}
              ${this.nextCursor
                ? html`<li class="more"><button class="ghost" ?disabled=${this.listLoading} @click=${this.loadMore}>${this.listLoading ? s.loading : s.loadMore}</button></li>`
                : nothing}
            </ul>`}
      </section>
      ${ticket
        ? html`<aside class="side ${this.profileOpen ? 'open' : ''}" part="profile" aria-label=${s.profile}>
            <button class="ghost close-profile" @click=${() => (this.profileOpen = false)}>${s.closeProfile}</button>
            <parley-profile
              .base=${this.base}
              .ticketId=${ticket.id}
              locale=${this.locale}
              .strings=${s}
              @parley-open-ticket=${(e: CustomEvent<Ticket>) => {
                this.known.set(e.detail.conversationId, this.known.get(e.detail.conversationId) ?? e.detail);
                this.profileOpen = false;
                this.select(e.detail);
              }}
            ></parley-profile>
          </aside>`
        : nothing}
      <main class="thread" part="thread" @dragover=${(e: DragEvent) => this.selected && e.preventDefault()} @drop=${this.onDrop}>${ticket ? this.renderThread(ticket, s) : html`<p class="empty">${s.pickTicket}</p>`}</main>`;
  }

  private renderHelp(s: InboxStrings) {
    return html`<dialog class="help" aria-labelledby="help-title">
      <h2 id="help-title">${s.shortcuts}</h2>
      <dl>
        ${s.shortcutList.map(([keys, what]) => html`<dt>${keys.split(' ').map((k) => html`<kbd>${k}</kbd> `)}</dt><dd>${what}</dd>`)}
      </dl>
      <form method="dialog"><button class="primary">${s.done}</button></form>
    </dialog>`;
  }

  private renderTicket(t: Ticket, s: InboxStrings) {
    // The server's word for this agent, when it says, and what this browser has shown.
    const unread = t.unread !== false && this.seen.isUnread(t) && t.conversationId !== this.selected;
    const name = this.nameOf(t.visitorName);
    const last = t.lastMessage;
    const waited = t.waitingSince && t.status !== 'closed' ? this.now - Date.parse(t.waitingSince) : 0;
    const typing = t.status !== 'closed' && this.typists.get(t.conversationId);
    return html`<li>
      <button
        class="ticket ${unread ? 'unread' : ''} ${waited >= this.waitingWarnMs ? 'waiting' : ''}"
        data-conversation=${t.conversationId}
        aria-current=${t.conversationId === this.selected ? 'true' : 'false'}
        @click=${() => this.select(t)}
      >
        <span class="avatar" style="--_hue:${hue(t.id)}" aria-hidden="true">${initials(name)}</span>
        <span class="row">
          <span class="channel" role="img" aria-label=${s.channels[t.channel ?? 'chat'] ?? t.channel}>${t.channel === 'sms' ? envelope : bubble}</span>
          <span class="who">${name}</span>
          <time datetime=${t.lastActivityAt}>${relativeTime(t.lastActivityAt, this.now, this.locale)}</time>
        </span>
        <span class="row">
          ${typing
            ? html`<span class="preview typing">${s.typingShort}</span>`
            : html`<span class="preview">${last ? this.preview(last, s) : ''}</span>`}
          ${waited >= this.waitingWarnMs ? html`<span class="wait">${s.waiting(Math.floor(waited / 60_000))}</span>` : nothing}
          ${t.assigneeName ? html`<span class="assignee" title=${s.assignedTo(t.assigneeName)}>${initials(t.assigneeName)}</span>` : nothing}
          ${unread ? html`<span class="dot" role="img" aria-label=${s.unread}></span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  /** A visitor's name in the inbox's language: Parley's own "Visitor 5F2A" for one without a name becomes "Gość 5F2A". */
  private nameOf(name?: string): string {
    const s = this.strings;
    const anonymous = /^Visitor ([0-9A-F]{4})$/.exec(name ?? '');
    return anonymous ? `${s.visitor} ${anonymous[1]}` : name || s.visitor;
  }

  /** The last message's first words; an agent's with who wrote it ("You" for this agent). */
  private preview(last: NonNullable<Ticket['lastMessage']>, s: InboxStrings): string {
    if (last.author !== 'agent') return last.text;
    const who = last.authorId === this.agent?.id ? s.you : this.team.find((m) => m.id === last.authorId)?.name ?? s.support;
    return `${who}: ${last.text}`;
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
        <span class="avatar" style="--_hue:${hue(t.id)}" aria-hidden="true">${initials(this.nameOf(t.visitorName))}</span>
        <div>
          <h2>${this.nameOf(t.visitorName)}</h2>
          <p>
            <span class="status ${t.status}">${s.status[t.status] ?? t.status}</span>
            ${until && !isNaN(+until)
              ? s.snoozedUntil(new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'short' }).format(until))
              : nothing}
            · ${t.assigneeName ? s.assignedTo(t.assigneeName) : s.unassigned}
          </p>
        </div>
        <div class="actions">
          <label class="vh" for="assign-${t.id}">${s.assignTo}</label>
          <select id="assign-${t.id}" class="assign" ?disabled=${this.acting || closed} .value=${t.assigneeId ?? ''} @change=${(e: Event) => this.assign(t, e)}>
            <option value="">${s.unassigned}</option>
            ${this.withAssignee(t).map((m) => html`<option value=${m.id} ?selected=${m.id === t.assigneeId}>${m.id === this.agent?.id ? s.me(m.name) : m.name}</option>`)}
          </select>
          ${closed
            ? nothing
            : html`<button class="ghost" aria-expanded=${this.menu === 'snooze'} aria-keyshortcuts="s" ?disabled=${this.acting} @click=${() => this.openMenu('snooze')}>${s.snooze}</button>`}
          <button class="ghost" aria-keyshortcuts="u" ?disabled=${this.acting} @click=${() => this.markUnread(t)}>${s.markUnread}</button>
          <button class="ghost show-profile" aria-expanded=${this.profileOpen} @click=${() => (this.profileOpen = !this.profileOpen)}>${s.profile}</button>
          ${closed
            ? nothing
            : html`<button class="ghost close-ticket" aria-expanded=${this.menu === 'close'} aria-keyshortcuts="e" ?disabled=${this.acting} @click=${() => this.openMenu('close')}>${s.closeTicket}</button>`}
        </div>
      </header>
      ${this.menu === 'snooze' && !closed ? this.renderSnooze(t, s) : nothing}
      ${this.menu === 'close' && !closed
        ? html`<div class="menu close" role="alertdialog" aria-labelledby="close-q" @keydown=${this.menuKey}>
            <p id="close-q">${s.closeConfirm}</p>
            <button class="primary danger" ?disabled=${this.acting} @click=${() => this.closeTicket(t)}>${s.closeTicket}</button>
            <button class="ghost" @click=${() => this.openMenu()}>${s.cancel}</button>
          </div>`
        : nothing}
      ${this.actionError ? html`<p class="error head-error" role="alert">${this.actionError}</p>` : nothing}
      <parley-message-list
        self="agent"
        locale=${this.locale}
        .entries=${thread.entries('agent', this.agent?.name).map((e) => (e.author === 'visitor' ? { ...e, authorName: this.nameOf(t.visitorName || e.authorName) } : e))}
        .seenSeq=${this.visitorSeen.get(t.conversationId) ?? 0}
        .strings=${{ ...s, visitor: this.nameOf(t.visitorName) }}
        @parley-message-retry=${this.onRetry}
        @parley-message-discard=${this.onDiscard}
      ></parley-message-list>
      <p class="typing ${typist ? 'on' : ''}" aria-live="polite">${typist ? s.typing(typist) : ''}</p>
      ${closed ? html`<p class="closed-note">${s.closedNote}</p>` : nothing}
      <parley-composer
        .strings=${s}
        ?disabled=${closed}
        ?attached=${!!this.attachment}
        @keydown=${this.composerKeys}
        @input=${this.onInput}
        @paste=${this.onPaste}
        @parley-message-send=${this.onSend}
      >
        ${this.attachment
          ? html`<div slot="above" class="attachment">
              <img src=${this.attachment.url} alt=${s.attachmentPreview} />
              <button type="button" class="ghost icon" aria-label=${s.removeAttachment} title=${s.removeAttachment} @click=${() => (this.attachment = undefined)}>×</button>
            </div>`
          : nothing}
        ${this.macroMenu ? this.renderMacros(s) : nothing}
        <button slot="before" type="button" class="attach" aria-label=${s.macros} title=${s.macrosHint} aria-expanded=${!!this.macroMenu} ?disabled=${closed} @click=${this.toggleMacros}>
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linejoin="round"><path d="M13 2 4 14h7l-1 8 9-12h-7z"/></svg>
        </button>
        <button slot="before" type="button" class="attach" aria-label=${s.attach} title=${s.attach} ?disabled=${closed} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.file')?.click()}>
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"><path d="m20 11.5-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8"/></svg>
        </button>
        <input slot="before" class="file" type="file" accept=${IMAGE_TYPES.join(',')} hidden @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.attach(input.files?.[0]);
          input.value = '';
        }} />
      </parley-composer>`;
  }

  private renderSnooze(t: Ticket, s: InboxStrings) {
    const { hour, tomorrow, nextWeek } = snoozeTimes(new Date(this.now));
    const when = (d: Date) => new Intl.DateTimeFormat(this.locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(d);
    return html`<div class="menu snooze" role="group" aria-label=${s.snooze} @keydown=${this.menuKey}>
      <button class="ghost" @click=${() => this.snooze(t, hour)}>${s.inAnHour}</button>
      <button class="ghost" @click=${() => this.snooze(t, tomorrow)}>${s.tomorrow} <small>${when(tomorrow)}</small></button>
      <button class="ghost" @click=${() => this.snooze(t, nextWeek)}>${s.nextWeek} <small>${when(nextWeek)}</small></button>
      <form @submit=${(e: SubmitEvent) => this.snoozeAt(t, e)}>
        <label for="snooze-at">${s.chooseTime}</label>
        <input id="snooze-at" name="until" type="datetime-local" required min=${localInput(new Date(this.now))} />
        <button class="ghost" type="submit">${s.snooze}</button>
      </form>
    </div>`;
  }

  /** Escape closes a menu of the thread's header. */
  private menuKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.openMenu();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thread-head .actions button')?.focus());
  }

  /** The team, with the ticket's assignee even when they left it. */
  private withAssignee(t: Ticket): TeamMember[] {
    const team = this.team;
    return t.assigneeId && !team.some((m) => m.id === t.assigneeId)
      ? [...team, { id: t.assigneeId, name: t.assigneeName ?? t.assigneeId }]
      : team;
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

const bubble = html`<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="currentColor"><path d="M12 3c5 0 9 3.4 9 7.6s-4 7.6-9 7.6c-.9 0-1.8-.1-2.6-.3L5 20.5l.9-3.6C4.1 15.5 3 13.2 3 10.6 3 6.4 7 3 12 3Z"/></svg>`;
const envelope = html`<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/></svg>`;
const bell = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0"/></svg>`;
const bellOff = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M6 16V11a6 6 0 0 1 9.5-4.9M18 11v5l2 2H4M10 20a2 2 0 0 0 4 0M3 3l18 18"/></svg>`;

/** A date as a `datetime-local` input's value, in local time. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

function hue(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}
