/**
 * Parley's WebSocket protocol (v1), as described in docs/protocol.md.
 *
 * Frames are JSON objects discriminated by `type`. Server frames are validated by {@link parseServerFrame}
 * before anything trusts them; unknown fields are ignored and unknown frame types are dropped. The longest message
 * the server accepts is not known here: it comes from the server (`limits.messageMaxLength`).
 */

import type * as wire from '../wire/index.js';

export type Author = 'visitor' | 'agent' | 'system' | 'bot';

export type ErrorCode =
  | 'malformed_frame'
  | 'unknown_type'
  | 'not_ready'
  | 'empty_message'
  | 'message_too_long'
  | 'conversation_not_found'
  | 'conversation_closed'
  | 'client_message_id_reused'
  | 'identity_rejected'
  | 'internal_error';

/** One committed message of a conversation. */
export interface ChatMessage {
  conversationId: string;
  seq: number;
  clientMessageId?: string;
  author: Author;
  authorName?: string;
  text: string;
  sentAt: string;
  /** On a system message: what happened (`ended_by_visitor`, `closed_by_agent`); clients word it themselves. */
  event?: string;
  /** An image shown with the message (the text may then be empty). */
  image?: ImageRef;
  /** What an AI agent's message cites: sources to read more, or choices the visitor may ask next. */
  citations?: Citation[];
}

/**
 * A source an AI agent's answer comes from (with an http(s) link to read more, when it has one), or a "Did you mean…"
 * choice, whose title the visitor may send as their next question.
 */
export interface Citation {
  kind: 'source' | 'choice';
  title: string;
  link?: string;
}

/** An uploaded image a message shows; `url` is relative to the server and needs the reader's credentials. */
export interface ImageRef {
  id: string;
  url: string;
  contentType?: string;
}

export interface ConversationSummary {
  id: string;
  status: string;
  /**
   * `browsing` (the visitor reads the FAQs, no message yet), `assisted` (the store's AI agent answers),
   * `handoff_email` (handed to the store's helpdesk, which answers by email: the visitor is asked for their address),
   * `live` or `closed`; absent from servers that do not say.
   */
  stage?: string;
  lastSeq: number;
}

export interface Ticket {
  id: string;
  conversationId: string;
  status: string;
  /** The name the store knows for the visitor; '' when it knows none. */
  visitorName: string;
  /** Four hex characters that tell visitors without a name apart ("5F2A"); absent from servers that do not say. */
  visitorCode?: string;
  assigneeId: string | null;
  assigneeName: string | null;
  lastSeq: number;
  lastMessage: { author: Author; authorId?: string; text: string; sentAt: string } | null;
  createdAt: string;
  lastActivityAt: string;
  channel?: string;
  /** Unread for the agent of this connection; absent from servers that do not say. */
  unread?: boolean;
  /** Since when the visitor has been waiting for an agent. */
  waitingSince?: string;
  snoozedUntil?: string;
  /** The visitor's rating of the conversation once it ended. */
  rating?: { score: 'good' | 'bad'; comment?: string; ratedAt: string };
  /** The tags the ticket carries, in the order they were put on; absent from servers that do not say. */
  tags?: TicketTag[];
}

/** A tag on a ticket: its id, and its name and colour as the tag list had them when the ticket was sent. */
export interface TicketTag {
  id: string;
  name: string;
  colour: string;
}

export interface Agent {
  id: string;
  email?: string;
  name: string;
  role?: string;
  /** From the REST session only: repeated in the X-Parley-CSRF header of every state-changing request. */
  csrfToken?: string;
}

// ---- server → client ------------------------------------------------------------------------------------

// The frames the parsers below hand on unchanged are the generated wire types; the others are the widget's own
// models of what it accepts (defaults filled in, untrusted fields dropped).
export type {
  AckFrame,
  AvailabilityFrame,
  ContactFrame,
  ErrorFrame,
  MacrosFrame,
  PongFrame,
  PresenceFrame,
  TagsFrame,
  RatedFrame,
  ReceiptFrame,
  SettingsFrame,
} from '../wire/index.js';
type AckFrame = wire.AckFrame;
type AvailabilityFrame = wire.AvailabilityFrame;
type PresenceFrame = wire.PresenceFrame;
type ContactFrame = wire.ContactFrame;
type ErrorFrame = wire.ErrorFrame;
type MacrosFrame = wire.MacrosFrame;
type TagsFrame = wire.TagsFrame;
type PongFrame = wire.PongFrame;
type RatedFrame = wire.RatedFrame;
type ReceiptFrame = wire.ReceiptFrame;
type SettingsFrame = wire.SettingsFrame;
export interface MessageFrame extends ChatMessage {
  type: 'message';
}
export interface ReadyFrame {
  type: 'ready';
  visitorId: string;
  token?: string;
  conversation: ConversationSummary | null;
  /** The history epoch, said again in the next `hello`. */
  epoch?: string;
  /** What the client held of the conversation is not the server's history: drop it, the whole history follows. */
  reset?: true;
  /** Parley has an address to write to the visitor: the widget does not ask for one. */
  emailKnown?: true;
}
/** (agent) The answer to `open`: the history epoch, and whether the thread held is to be dropped for a fresh one. */
export interface OpenedFrame {
  type: 'opened';
  conversationId: string;
  epoch?: string;
  reset?: true;
}
export interface InboxFrame {
  type: 'inbox';
  agent: Agent;
  tickets: Ticket[];
  /** A visitor waiting longer than this for an agent is highlighted (the store's setting). */
  waitingThresholdSeconds?: number;
}
export interface TicketFrame {
  type: 'ticket';
  ticket: Ticket;
}
export interface ConversationFrame {
  type: 'conversation';
  conversation: ConversationSummary;
}
export interface TypingFrame {
  type: 'typing';
  conversationId?: string;
  author: Author;
  authorName?: string;
}
/** An internal note on a ticket: agents only, never sent to a visitor. */
export type Note = wire.Note;
/** (agent) A new note on a ticket this inbox has open. */
export interface NoteFrame {
  type: 'note';
  note: Note;
}
/** (agent) A new note mentions the agent of this inbox. */
export interface MentionFrame {
  type: 'mention';
  note: Note;
}
/** A customer's profile or event history changed: a sidebar showing it fetches it again. */
export interface ProfileFrame {
  type: 'profile';
  profileId: string;
}

export type ServerFrame =
  | PongFrame
  | ErrorFrame
  | MessageFrame
  | AckFrame
  | ReadyFrame
  | OpenedFrame
  | InboxFrame
  | TicketFrame
  | ConversationFrame
  | TypingFrame
  | ReceiptFrame
  | MacrosFrame
  | TagsFrame
  | ProfileFrame
  | SettingsFrame
  | NoteFrame
  | MentionFrame
  | RatedFrame
  | AvailabilityFrame
  | PresenceFrame
  | ContactFrame;

// ---- client → server ------------------------------------------------------------------------------------

// What the widget and the inbox send is typed by the wire contract itself: these types are generated from
// docs/schemas/frames/client (see generate-wire-types.mjs), so a frame that no longer fits its schema fails the build.
export type {
  BrowseFrame,
  CloseFrame,
  ContactClientFrame,
  EndFrame,
  HandoffEmailFrame,
  HelloFrame,
  LiveFrame,
  OpenFrame,
  PingFrame,
  RateFrame,
  SeenFrame,
  SendFrame,
  TypingClientFrame,
} from '../wire/index.js';

export type ClientFrame =
  | wire.PingFrame
  | wire.HelloFrame
  | wire.SendFrame
  | wire.OpenFrame
  | wire.CloseFrame
  | wire.EndFrame
  | wire.TypingClientFrame
  | wire.SeenFrame
  | wire.BrowseFrame
  | wire.LiveFrame
  | wire.RateFrame
  | wire.ContactClientFrame
  | wire.HandoffEmailFrame;

// ---- parsing --------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isSeq = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optString = (v: unknown): string | undefined => (isString(v) ? v : undefined);
const isAuthor = (v: unknown): v is Author => v === 'visitor' || v === 'agent' || v === 'system' || v === 'bot';

function parseMessage(o: Json): MessageFrame | null {
  const image = parseImage(o.image);
  // An image-only message has no text.
  const text = isString(o.text) ? o.text : image ? '' : null;
  if (!isString(o.conversationId) || !isSeq(o.seq) || o.seq < 1 || !isAuthor(o.author) || text === null) {
    return null;
  }
  return {
    type: 'message',
    conversationId: o.conversationId,
    seq: o.seq,
    clientMessageId: optString(o.clientMessageId),
    author: o.author,
    authorName: optString(o.authorName),
    text,
    sentAt: isString(o.sentAt) ? o.sentAt : new Date().toISOString(),
    event: optString(o.event),
    ...(image && { image }),
    ...(Array.isArray(o.citations) && { citations: o.citations.filter(isCitation).map(citation) }),
  };
}

/**
 * One message of a thread the REST API answers (`ThreadMessage`: a ticket's detail, the AI agent's conversations),
 * which carries no conversation: it is the thread's. Null when it lacks what a message needs.
 */
export function parseThreadMessage(o: unknown, conversationId: string): ChatMessage | null {
  if (!isObject(o)) return null;
  const frame = parseMessage({ ...o, conversationId });
  if (!frame) return null;
  const { type: _, ...message } = frame;
  return message;
}

const isCitation = (c: unknown): c is Json =>
  isObject(c) && (c.kind === 'source' || c.kind === 'choice') && isString(c.title);

/** A citation as shown: its link only when it is an absolute http(s) one. */
const citation = (c: Json): Citation => ({
  kind: c.kind as Citation['kind'],
  title: c.title as string,
  ...(isString(c.link) && /^https?:\/\//i.test(c.link) && { link: c.link }),
});

function parseImage(i: unknown): ImageRef | undefined {
  return isObject(i) && isString(i.id) && isString(i.url) && /^\/(?!\/)/.test(i.url)
    ? { id: i.id, url: i.url, contentType: optString(i.contentType) }
    : undefined;
}

function parseConversation(c: unknown): ConversationSummary | null {
  return isObject(c) && isString(c.id) && isSeq(c.lastSeq)
    ? {
        id: c.id,
        status: optString(c.status) ?? 'open',
        lastSeq: c.lastSeq,
        ...(isString(c.stage) && { stage: c.stage }),
      }
    : null;
}

/** Validates one ticket object; returns null when a required field is missing or mistyped. */
export function parseTicket(o: unknown): Ticket | null {
  if (!isObject(o) || !isString(o.id) || !isString(o.conversationId) || !isSeq(o.lastSeq)) return null;
  const last = o.lastMessage;
  return {
    id: o.id,
    conversationId: o.conversationId,
    status: optString(o.status) ?? 'open',
    visitorName: optString(o.visitorName) ?? '',
    visitorCode: optString(o.visitorCode),
    assigneeId: optString(o.assigneeId) ?? null,
    assigneeName: optString(o.assigneeName) ?? null,
    lastSeq: o.lastSeq,
    lastMessage:
      isObject(last) && isAuthor(last.author) && isString(last.text)
        ? {
            author: last.author,
            authorId: optString(last.authorId),
            text: last.text,
            sentAt: optString(last.sentAt) ?? '',
          }
        : null,
    createdAt: optString(o.createdAt) ?? '',
    lastActivityAt: optString(o.lastActivityAt) ?? optString(o.createdAt) ?? '',
    channel: optString(o.channel),
    unread: typeof o.unread === 'boolean' ? o.unread : undefined,
    waitingSince: optString(o.waitingSince),
    snoozedUntil: optString(o.snoozedUntil),
    ...(isObject(o.rating) &&
      (o.rating.score === 'good' || o.rating.score === 'bad') && {
        rating: {
          score: o.rating.score,
          comment: optString(o.rating.comment),
          ratedAt: optString(o.rating.ratedAt) ?? '',
        },
      }),
    ...(Array.isArray(o.tags) && {
      tags: o.tags
        .filter((g): g is TicketTag => isObject(g) && isString(g.id) && isString(g.name) && isString(g.colour))
        .map(({ id, name, colour }) => ({ id, name, colour })),
    }),
  };
}

/**
 * Parses one text frame from the server. Returns null for anything that is not a well-formed frame of a
 * known type, so callers can simply ignore it.
 */
/** An internal note from the server, or null when it lacks what the inbox needs. */
export function parseNote(o: unknown): Note | null {
  if (!isObject(o)) return null;
  const { id, ticketId, conversationId, clientNoteId, authorId, text, createdAt } = o;
  if (![id, ticketId, conversationId, clientNoteId, authorId, text, createdAt].every(isString)) return null;
  const mentions = Array.isArray(o.mentions) ? o.mentions : [];
  return {
    id: id as string,
    ticketId: ticketId as string,
    conversationId: conversationId as string,
    clientNoteId: clientNoteId as string,
    authorId: authorId as string,
    authorName: optString(o.authorName) ?? '',
    text: text as string,
    createdAt: createdAt as string,
    mentions: mentions
      .filter(isObject)
      .filter((m) => isString(m.id))
      .map((m) => ({ id: m.id as string, name: optString(m.name) ?? '' })),
  };
}

export function parseServerFrame(data: unknown): ServerFrame | null {
  return parseFrame(data, parseInboxFrame);
}

/** The agent-only frames (`inbox`, `ticket`), kept apart so the visitor widget does not carry them. */
function parseInboxFrame(o: Json): ServerFrame | null {
  switch (o.type) {
    case 'inbox': {
      if (!Array.isArray(o.tickets)) return null;
      const a = isObject(o.agent) ? o.agent : {};
      return {
        type: 'inbox',
        agent: {
          id: optString(a.id) ?? '',
          name: optString(a.name) ?? '',
          email: optString(a.email),
          role: optString(a.role),
        },
        tickets: o.tickets.map(parseTicket).filter((t): t is Ticket => t !== null),
        ...(isSeq(o.waitingThresholdSeconds) &&
          o.waitingThresholdSeconds > 0 && { waitingThresholdSeconds: o.waitingThresholdSeconds }),
      };
    }
    case 'ticket': {
      const ticket = parseTicket(o.ticket);
      return ticket ? { type: 'ticket', ticket } : null;
    }
    case 'macros':
      return { type: 'macros' };
    case 'tags':
      return { type: 'tags' };
    case 'opened':
      return isString(o.conversationId)
        ? {
            type: 'opened',
            conversationId: o.conversationId,
            ...(isString(o.epoch) && { epoch: o.epoch }),
            ...(o.reset === true && { reset: true }),
          }
        : null;
    case 'profile':
      return isString(o.profileId) ? { type: 'profile', profileId: o.profileId } : null;
    case 'presence':
      return isString(o.agentId) && (o.presence === 'online' || o.presence === 'away' || o.presence === 'offline')
        ? { type: 'presence', agentId: o.agentId, presence: o.presence }
        : null;
    case 'note':
    case 'mention': {
      const note = parseNote(o.note);
      return note ? { type: o.type, note } : null;
    }
    default:
      return null;
  }
}

/**
 * Parses one text frame of the frames both endpoints share (what the visitor endpoint sends); `more` parses
 * any other type.
 */
export function parseFrame(data: unknown, more?: (o: Json) => ServerFrame | null): ServerFrame | null {
  if (!isString(data)) return null;
  let o: unknown;
  try {
    o = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(o)) return null;
  switch (o.type) {
    case 'pong':
      return { type: 'pong' };
    case 'error':
      return isString(o.code)
        ? { type: 'error', code: o.code, message: optString(o.message), clientMessageId: optString(o.clientMessageId) }
        : null;
    case 'message':
      return parseMessage(o);
    case 'ack':
      return isString(o.clientMessageId) && isString(o.conversationId) && isSeq(o.seq)
        ? { type: 'ack', clientMessageId: o.clientMessageId, conversationId: o.conversationId, seq: o.seq }
        : null;
    case 'ready':
      return {
        type: 'ready',
        visitorId: optString(o.visitorId) ?? '',
        token: optString(o.token),
        conversation: parseConversation(o.conversation),
        ...(isString(o.epoch) && { epoch: o.epoch }),
        ...(o.reset === true && { reset: true }),
        ...(o.emailKnown === true && { emailKnown: true }),
      };
    case 'contact':
      return {
        type: 'contact',
        emailKnown: o.emailKnown === true,
        email: optString(o.email),
        storeEmail: o.storeEmail === true,
      };
    case 'conversation': {
      const conversation = parseConversation(o.conversation);
      return conversation ? { type: 'conversation', conversation } : null;
    }
    case 'typing':
      return isAuthor(o.author)
        ? {
            type: 'typing',
            conversationId: optString(o.conversationId),
            author: o.author,
            authorName: optString(o.authorName),
          }
        : null;
    case 'settings':
      return {
        type: 'settings',
        ...(isSeq(o.waitingThresholdSeconds) && { waitingThresholdSeconds: o.waitingThresholdSeconds }),
      };
    case 'availability':
      return { type: 'availability', teamOnline: o.teamOnline === true };
    case 'rated':
      return isString(o.conversationId) && (o.score === 'good' || o.score === 'bad')
        ? {
            type: 'rated',
            conversationId: o.conversationId,
            score: o.score,
            comment: optString(o.comment),
            ratedAt: String(o.ratedAt),
          }
        : null;
    case 'receipt':
      return isString(o.conversationId) && isSeq(o.visitorSeenSeq) && isSeq(o.agentSeenSeq)
        ? {
            type: 'receipt',
            conversationId: o.conversationId,
            visitorSeenSeq: o.visitorSeenSeq,
            agentSeenSeq: o.agentSeenSeq,
          }
        : null;
    default:
      return more?.(o) ?? null;
  }
}

/** A client message id as the protocol wants it: 1–64 characters of `[A-Za-z0-9_-]`. */
export function newClientMessageId(): string {
  return crypto.randomUUID();
}
