import type { ReactiveControllerHost } from 'lit';
import { ChatConnectionController, CloseCode, type SocketFactory } from '../controllers/chat-connection.controller.js';
import type { Lang } from '../i18n.js';
import { parseServerFrame, parseTicket, type Agent, type ServerFrame, type Ticket } from '../protocol/messages.js';
import type { Account, AccountChange } from '../wire/index.js';
import { ApiClient, ApiError } from './api.js';
import { Conversations } from './conversations.js';
import { Notes } from './notes.js';
import type { SessionProbe, SignedIn } from './events.js';
import type { InboxStrings } from './inbox.i18n.js';
import { parseLimits, type Limits } from '../protocol/limits.js';
import { visitorLabel } from './names.js';
import type { Notice } from './notifier.js';
import { TicketList } from './ticket-list-state.js';
import { TagList } from './tags.js';
import { SeenTickets } from './tickets.js';
import { SmsTickets } from './sms.js';

/** Whether an agent can answer now: an inbox of theirs connected and available, connected but away, or neither. */
export type Presence = 'online' | 'away' | 'offline';

/** What an agent says of themselves: they take chats, or they are away. */
export type AgentStatus = 'available' | 'away';

/** A member of the team, as `GET /api/v1/agents` lists them (for assigning, and to see who is online). */
export interface TeamMember {
  id: string;
  name: string;
  deactivated?: boolean;
  /** What they said of themselves; absent from an older server. */
  status?: AgentStatus;
  /** Whether they can answer now, kept up to date by `presence` frames. */
  presence?: Presence;
}

export type Phase = 'checking' | 'signed-out' | 'signed-in';

/** Why the inbox was signed out without the agent asking: their session ended, or they were removed from the team. */
export type SignOutNotice = 'signed_out' | 'removed';

/** The unread tickets counted in the badge: at most this many are fetched. */
export const BADGE_MAX = 100;

/** A visitor waiting longer than this for an agent is highlighted, until the server says otherwise. */
const WAITING_WARN_MS = 3 * 60_000;

export interface InboxStoreOptions {
  /** Parley's origin, without a trailing slash. */
  base: string;
  socketFactory: () => SocketFactory | undefined;
  strings: () => InboxStrings;
  /** Tells the agent of a new ticket or message. */
  notify: (notice: Notice) => void;
}

/**
 * What the parts of the inbox share: the session (the signed-in agent, the server's limits, the API client), the
 * live connection to `/ws/agent` and what it tells (every ticket heard of, the badge, the team), the list
 * ({@link TicketList}), the threads ({@link Conversations}) and which ticket is open. Elements read it and call its
 * actions; it fires `change` after every change, which {@link StoreController} turns into a render.
 */
export class InboxStore extends EventTarget {
  phase: Phase = 'checking';
  /** Why the agent was signed out, shown on the sign-in screen; undefined when they signed out themselves. */
  signOutNotice?: SignOutNotice;
  agent?: Agent;
  /** The language of the signed-in agent's account, which the inbox speaks; undefined when the server does not say. */
  locale?: Lang;
  /** What the server accepts; undefined when it does not say. */
  limits?: Limits;
  team: TeamMember[] = [];
  /** Whether the signed-in agent takes chats now or is away, as the server last said. */
  status?: AgentStatus;
  /** The open ticket's conversation. */
  selected?: string;
  /** Tickets unread for this agent, for the Helpdesk badge. */
  unreadIds = new Set<string>();
  /** The store's waiting threshold, from the `inbox` and `settings` frames. */
  waitingWarnMs = WAITING_WARN_MS;
  /** A new object with every `profile` frame: a sidebar showing that profile loads it again. */
  profileNews?: { profileId: string };
  /** Counts `macros` frames: saved replies are fetched again when next wanted. */
  macrosNews = 0;
  /** How many changes of the store's settings this inbox heard of: open settings screens follow them. */
  settingsNews = 0;
  /** The connection said `inbox`: frames about conversations may be sent. */
  ready = false;

  readonly api: ApiClient;
  readonly connection: ChatConnectionController;
  readonly list: TicketList;
  /** The store's tag list, for chips, the tag picker and the tag filter. */
  readonly tags: TagList;
  readonly conversations: Conversations;
  /** The open tickets' internal notes, and the agent's mentions. */
  readonly notes: Notes;
  /** The open SMS ticket's number, opt-out and the delivery of its replies. */
  readonly sms: SmsTickets;
  /** Which ticket activity this browser has shown. */
  readonly seen = new SeenTickets();
  /** Every ticket this inbox has heard of, by conversation: the open one may be outside the list's filter. */
  readonly known = new Map<string, Ticket>();
  readonly #options: InboxStoreOptions;

  constructor(host: ReactiveControllerHost, options: InboxStoreOptions) {
    super();
    this.#options = options;
    this.api = new ApiClient(options.base, (code) => this.signedOut(this.#noticeFor(code)));
    this.connection = new ChatConnectionController(host, {
      url: () => `${options.base.replace(/^http/, 'ws')}/ws/agent`,
      parse: parseServerFrame,
      socketFactory: options.socketFactory,
      onOpen: (c) => {
        this.ready = false;
        c.send({ type: 'hello' });
      },
      onFrame: (frame) => this.receive(frame),
      onClose: (opened, code) => {
        if (code === CloseCode.SIGNED_OUT) return this.sessionEnded('signed_out');
        if (code === CloseCode.REMOVED) return this.sessionEnded('removed');
        // A refused handshake usually means the session ended (e.g. it expired): the server says.
        if (!opened || code === CloseCode.NOT_SIGNED_IN) this.checkSession();
      },
    });
    this.list = new TicketList(this);
    this.tags = new TagList(this.api, () => this.changed());
    this.conversations = new Conversations(this);
    this.notes = new Notes(this);
    this.sms = new SmsTickets(this);
  }

  /** Tells the agent of something new (a chime, and a browser notification when the inbox is not in front). */
  notify(notice: Notice): void {
    this.#options.notify(notice);
  }

  get strings(): InboxStrings {
    return this.#options.strings();
  }

  get isAdmin(): boolean {
    return this.agent?.role === 'admin';
  }

  /** The open ticket, if any. */
  get ticket(): Ticket | undefined {
    return this.selected ? this.known.get(this.selected) : undefined;
  }

  /** A ticket's visitor as the inbox names them. */
  nameOf(t: Ticket | undefined): string {
    return visitorLabel(t, this.strings.visitor);
  }

  /** Tells the elements that something changed. */
  changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  // ---- the session --------------------------------------------------------------------------------------------

  /** What the sign-in screen says when the server signed the agent out for the reason `code`. */
  #noticeFor(code?: string): SignOutNotice | undefined {
    return code === 'account_removed' ? 'removed' : this.phase === 'signed-in' ? 'signed_out' : this.signOutNotice;
  }

  /**
   * Asks the server whether this browser is signed in. The probe answers 200 either way: opening the inbox signed out
   * is no error, so the browser reports none.
   */
  async checkSession(): Promise<void> {
    try {
      const probe = await this.api.get<SessionProbe>('/agent/session/probe');
      if (probe?.signedIn && probe.session) return this.signedIn(probe.session);
      return this.signedOut(this.#noticeFor(probe?.code));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // A 401 has signed the inbox out already (the client's onSignedOut); a 403 is a session it cannot use.
      if (e.status === 401) return;
      if (e.status === 403) return this.signedOut();
      // Otherwise the server was not reached or failed: keep what is shown, and ask again while nothing is.
    }
    if (this.phase === 'checking') setTimeout(() => this.checkSession(), 3000);
  }

  signedIn(session: SignedIn): void {
    const { limits, locale, ...agent } = session;
    this.agent = agent;
    this.locale = langOf(locale);
    this.limits = parseLimits(limits);
    this.api.csrfToken = agent.csrfToken ?? '';
    this.signOutNotice = undefined;
    this.phase = 'signed-in';
    this.connection.connect();
    this.#loadTeam();
    this.changed();
  }

  /** Shows the sign-in screen, saying why when the agent did not sign out themselves. */
  signedOut(notice?: SignOutNotice): void {
    this.signOutNotice = notice;
    this.connection.disconnect();
    this.phase = 'signed-out';
    this.agent = undefined;
    this.locale = undefined;
    this.status = undefined;
    this.api.csrfToken = '';
    this.changed();
  }

  /**
   * Sets the language of the agent's account (`PATCH /api/v1/agents/me`), in which the inbox speaks from the server's
   * answer on and Parley emails them. Throws the {@link ApiError} of a refusal, and then changes nothing.
   */
  async changeLocale(locale: Lang): Promise<void> {
    const change: AccountChange = { locale };
    const account = await this.api.patch<Account>('/agents/me', change);
    this.locale = langOf(account?.locale) ?? locale;
    this.changed();
  }

  /**
   * Says whether the agent takes chats now or is away (`PATCH /api/v1/agents/me`); the team and the widgets hear of it.
   * Throws the {@link ApiError} of a refusal, and then changes nothing.
   */
  async changeStatus(status: AgentStatus): Promise<void> {
    const change: AccountChange = { status };
    const account = await this.api.patch<Account>('/agents/me', change);
    this.status = account?.status ?? status;
    this.changed();
  }

  async signOut(): Promise<void> {
    this.connection.disconnect();
    try {
      await this.api.delete('/agent/session');
    } catch (e) {
      // Signed out here anyway; the session ends on the server when it expires.
      if (!(e instanceof ApiError)) throw e;
    }
    this.selected = undefined;
    this.list.clear();
    this.tags.clear();
    this.conversations.clear();
    this.notes.clear();
    this.sms.clear();
    this.signedOut();
  }

  /**
   * The server closed the connection because the session ended (`4001`: signed out, expired, or the password or role
   * changed elsewhere) or the agent was removed from the team (`4002`): nothing of theirs is kept, and the sign-in
   * form says why.
   */
  sessionEnded(why: SignOutNotice): void {
    this.selected = undefined;
    this.list.clear();
    this.tags.clear();
    this.conversations.clear();
    this.notes.clear();
    this.sms.clear();
    this.signedOut(why);
  }

  /** Counts the team's loads: only the latest one's answer is kept. */
  #teamLoads = 0;

  async #loadTeam(): Promise<void> {
    const load = ++this.#teamLoads;
    try {
      const team = await this.api.get<TeamMember[] | { agents?: TeamMember[]; members?: TeamMember[] }>('/agents');
      if (load !== this.#teamLoads) return;
      const members = Array.isArray(team) ? team : (team?.agents ?? team?.members ?? []);
      this.team = members.filter((m) => typeof m?.id === 'string' && !m.deactivated);
      const me = this.team.find((m) => m.id === this.agent?.id);
      if (me?.status) this.status = me.status;
      this.changed();
    } catch (e) {
      // Without the team, tickets can still be read and answered; assigning offers only the assignee.
      if (!(e instanceof ApiError)) throw e;
    }
  }

  // ---- tickets ------------------------------------------------------------------------------------------------

  /** Parses tickets from the server and keeps them in {@link known}. */
  remember(raw: unknown): Ticket[] {
    const tickets = (Array.isArray(raw) ? raw : []).map(parseTicket).filter((t): t is Ticket => !!t);
    for (const t of tickets) this.known.set(t.conversationId, t);
    return tickets;
  }

  /** Counts the tickets unread for this agent, for the badge; live frames keep it up to date afterwards. */
  async #reloadBadge(): Promise<void> {
    try {
      const page = await this.api.get<{ tickets: unknown[] }>(
        `/tickets?status=open&assignee=all&unread=true&limit=${BADGE_MAX}`,
      );
      this.unreadIds = new Set(this.remember(page?.tickets).map((t) => t.id));
      this.changed();
    } catch (e) {
      // The badge keeps its count until the next (re)connection.
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** A ticket changed: the list, the badge and the open thread follow, and the agent hears of visitors' news. */
  ticketChanged(t: Ticket): void {
    const before = this.known.get(t.conversationId);
    if (before && before.lastSeq > t.lastSeq) return;
    this.known.set(t.conversationId, t);
    const unread = new Set(this.unreadIds);
    if (t.unread === true && t.status === 'open') unread.add(t.id);
    else if (t.unread === false || t.status !== 'open') unread.delete(t.id);
    this.unreadIds = unread;
    this.list.ticketChanged(t);
    const news = t.lastMessage?.author === 'visitor' && t.lastSeq > (before?.lastSeq ?? 0);
    const watching = t.conversationId === this.selected && document.visibilityState === 'visible';
    if (news && !watching && t.status !== 'closed') {
      const s = this.strings;
      this.#options.notify({
        title: before ? s.notifyMessage(this.nameOf(t)) : s.notifyTicket(this.nameOf(t)),
        body: t.lastMessage!.text || s.image,
        tag: t.id,
        onClick: () => this.select(t),
      });
    }
    this.changed();
  }

  /** Opens a ticket's thread. */
  select(ticket: Ticket): void {
    if (this.selected === ticket.conversationId) return;
    if (!this.known.has(ticket.conversationId)) this.known.set(ticket.conversationId, ticket);
    if (this.selected && this.ready) this.connection.send({ type: 'close', conversationId: this.selected });
    this.selected = ticket.conversationId;
    this.seen.markSeen(ticket);
    if (this.ready) this.conversations.open(ticket.conversationId);
    this.notes.open(ticket);
    this.sms.open(ticket);
    this.changed();
  }

  /** Opens a ticket known by its ids only (a mention's): from what the inbox holds, or asked of the server. */
  async openTicket(ticketId: string, conversationId: string): Promise<void> {
    const held = this.known.get(conversationId);
    if (held) return this.select(held);
    try {
      const body = await this.api.get<{ ticket?: unknown }>(`/tickets/${encodeURIComponent(ticketId)}?limit=1`);
      const [t] = this.remember([body?.ticket]);
      if (t) this.select(t);
    } catch (e) {
      // The ticket is gone or the server was not reached: the mention stays listed.
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** Closes the open thread: back to the list. */
  back(): void {
    const id = this.selected;
    this.selected = undefined;
    if (id && this.ready) this.connection.send({ type: 'close', conversationId: id });
    this.changed();
  }

  // ---- the live connection ------------------------------------------------------------------------------------

  receive(frame: ServerFrame): void {
    switch (frame.type) {
      case 'inbox':
        this.agent = { ...this.agent, ...frame.agent, name: frame.agent.name || this.agent?.name || '' };
        this.waitingWarnMs = (frame.waitingThresholdSeconds ?? WAITING_WARN_MS / 1000) * 1000;
        this.ready = true;
        // (Re)connected: the list and the badge are read afresh, so nothing missed while away is left out.
        this.list.reload();
        void this.tags.load();
        this.#reloadBadge();
        this.conversations.resume();
        this.notes.reloadMentions();
        if (this.ticket) this.notes.open(this.ticket);
        // What changed of the open SMS ticket while away (its replies' delivery) is read afresh too.
        this.sms.follow();
        // Who is online may have changed while this inbox was away: the team is read afresh too.
        this.#loadTeam();
        break;
      case 'presence':
        // A teammate this inbox does not know yet joined the team since it was read: it is read again.
        if (!this.team.some((m) => m.id === frame.agentId)) {
          this.#loadTeam();
          return;
        }
        this.team = this.team.map((m) => (m.id === frame.agentId ? { ...m, presence: frame.presence } : m));
        this.changed();
        return;
      case 'ticket': {
        const t = frame.ticket;
        // A message ends its sender's typing at once: a visitor who wrote (the first message of a new ticket too,
        // which no row held before) is no longer typing, whether or not their thread is open here.
        if (t.lastMessage?.author === 'visitor' && t.lastSeq > (this.known.get(t.conversationId)?.lastSeq ?? 0)) {
          this.conversations.typists.clear(t.conversationId);
        }
        this.ticketChanged(t);
        // The ticket's news follows every change of its SMS side (a reply's delivery, an opt-out).
        this.sms.follow(t.conversationId);
        break;
      }
      case 'profile':
        this.profileNews = { profileId: frame.profileId };
        this.changed();
        return;
      case 'settings':
        if (frame.waitingThresholdSeconds) this.waitingWarnMs = frame.waitingThresholdSeconds * 1000;
        this.settingsNews++;
        // The SMS channel may have been turned on or off.
        this.sms.follow();
        break;
      case 'tags':
        void this.tags.load();
        return;
      case 'macros':
        this.macrosNews++;
        this.changed();
        return;
      default:
        if (!this.conversations.receive(frame) && !this.notes.receive(frame)) return;
        // A message or a reply's ack or refusal in the open SMS ticket: its delivery (or opt-out) may have changed.
        if (frame.type === 'message' || frame.type === 'ack') this.sms.follow(frame.conversationId);
        else if (frame.type === 'error' && frame.code?.startsWith('sms_')) this.sms.follow();
    }
    const open = this.ticket;
    if (open) this.seen.markSeen(open);
    this.changed();
  }
}

/** A language the inbox speaks, from the server's word for it; undefined for anything else. */
function langOf(tag: unknown): Lang | undefined {
  return tag === 'en' || tag === 'pl' ? tag : undefined;
}
