import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatConnectionController } from '../../controllers/chat-connection.controller.js';
import {
  newClientMessageId,
  type ChatMessage,
  type ClientFrame,
  type ConversationSummary,
  type ServerFrame,
} from '../../protocol/messages.js';
import { CLOSING_EVENTS, Thread, type PendingImage, type PendingMessage } from '../../protocol/thread.js';
import { TYPING_EVERY_MS, TYPING_SHOWN_MS } from '../../protocol/typing.js';
import { forgetRecord, loadRecord, saveRecord, type VisitorRecord } from './visitor-store.js';

export interface VisitorSessionOptions {
  connection: () => ChatConnectionController;
  /** Where the record is kept: one per server, and per store user. */
  storageKey: () => string;
  /** A store user's signed identity, or a reply email's link, sent instead of the visitor token. */
  identity: () => { userId: string; userHash: string } | { resume: string } | undefined;
  /** Whether the panel is open (what the visitor sees open is seen). */
  open: () => boolean;
  /** Extra members of the visitor's first `send`/`live`: that the store's links were shown. */
  consent: () => { linksShown?: true };
  /** The visitor asked for a person: the conversation is to go live (handed off, while the AI agent answers it). */
  helping: () => boolean;
  /** The store's AI agent is on: it answers what the visitor writes until it hands the conversation off. */
  assistant: () => boolean;
  /** Called when the conversation closes for good. */
  closed: () => void;
  /** The name of who types without a name of their own: the store's team (`agent`), or its AI agent (`bot`). */
  support: (author: string) => string;
  /** The language tag the widget reads in: the server's texts for the visitor come in it. */
  language: () => string;
}

/**
 * The visitor's side of a conversation, kept across pages and tabs: the visitor token, the conversation, its newest
 * messages and the messages not acknowledged yet (the offline queue, sent in order and again with their ids on the next
 * connection; a message with an image waits for its upload, and the messages after it wait for it), what the visitor
 * has seen, and the frames that carry them (`hello`, `send`, `seen`, `typing`).
 * Another tab of the same visitor writing the record is followed, so both tabs show one thread.
 */
export class VisitorSessionController implements ReactiveController {
  record: VisitorRecord = loadRecord('');
  thread = new Thread();
  /** The connection said `ready`: messages may be sent. */
  ready = false;
  /** The team has seen the conversation up to this `seq` (read receipts). */
  agentSeen = 0;
  /** The server refused the visitor's identity: nothing is kept. */
  rejected = false;
  /** The conversation the visitor left for a new one: its late frames are ignored. */
  left?: string;
  /** Who of the team (or its AI agent) is typing, for a few seconds after their last `typing` frame. */
  typist = '';
  #typingTimer?: ReturnType<typeof setTimeout>;
  readonly #host: ReactiveControllerHost;
  readonly #options: VisitorSessionOptions;
  #resynced = false;
  /** Highest `seq` reported to the server in a `seen` frame on this connection. */
  #reportedSeq = 0;
  #typedAt = 0;
  /** The images of messages not acknowledged yet, by `clientMessageId`. */
  readonly #images = new Map<string, PendingImage>();
  /** Messages sent on this connection (a new one sends them again). */
  readonly #sent = new Set<string>();
  /** Messages whose image is being uploaded. */
  readonly #uploading = new Set<string>();
  readonly #onStorage = (e: StorageEvent) => e.key === this.#options.storageKey() && this.#otherTab();

  constructor(host: ReactiveControllerHost, options: VisitorSessionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Loads the record and follows other tabs' changes to it (the host is the page's chat). */
  start(): void {
    this.record = loadRecord(this.#options.storageKey());
    this.thread = new Thread({ messages: this.record.messages, pending: this.record.pending });
    addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#onStorage);
  }

  /** The `hello` that resumes the visitor and their conversation after the messages held. */
  hello(): ClientFrame {
    this.ready = false;
    // What the team may know of a visitor: their language, and the page they are on, without its query or
    // fragment (which may hold private tokens). The server keeps the first it hears.
    const page = location.origin + location.pathname;
    const language = this.#options.language();
    return {
      type: 'hello',
      ...(this.#options.identity() ?? { token: this.record.token }),
      conversationId: this.record.conversationId,
      afterSeq: this.thread.lastSeq,
      ...(this.record.epoch && { epoch: this.record.epoch }),
      ...(/^https?:/.test(page) && page.length <= 2000 && { page }),
      ...(navigator.language?.length <= 35 && { locale: navigator.language }),
      ...(language && language.length <= 35 && { language }),
    };
  }

  /**
   * The server's `ready`: the visitor's token and conversation. Answers false when what this browser held belonged
   * to another conversation and the connection starts again to fetch it afresh.
   */
  resume(token: string | undefined, c: ConversationSummary | null, epoch?: string, reset?: boolean): boolean {
    if (token) this.record.token = token;
    if (epoch) this.record.epoch = epoch;
    if (reset && c?.id === this.record.conversationId) {
      // The server's history is not the one held (another epoch, or fewer messages): what was held is dropped and
      // the whole history follows this `ready`; messages not acknowledged yet are sent again.
      this.thread = new Thread({ pending: this.thread.unsent });
      this.agentSeen = 0;
      this.record.seenSeq = 0;
    }
    const held = this.thread.lastSeq;
    if (c?.id !== this.record.conversationId || (c && c.lastSeq < held)) {
      // What this browser held belongs to another conversation: start the thread afresh.
      this.thread = new Thread({ pending: this.thread.unsent });
      this.agentSeen = 0;
      this.record.conversationId = c?.id;
      this.record.seenSeq = 0;
      if (held > 0 && c && !this.#resynced) {
        this.#resynced = true;
        this.persist();
        this.#options.connection().reconnect();
        return false;
      }
    }
    this.ready = true;
    this.#reportedSeq = 0;
    return true;
  }

  /** Takes the frames of the visitor endpoint about the conversation. */
  receive(frame: ServerFrame): void {
    const open = this.#options.open();
    switch (frame.type) {
      case 'ready':
        if (!this.resume(frame.token, frame.conversation, frame.epoch, frame.reset)) return;
        this.record.stage = frame.conversation?.stage;
        if (frame.conversation?.status === 'closed') this.close();
        this.flush();
        this.goLive();
        if (open) this.markSeen();
        break;
      case 'message':
        if (!this.add(frame)) return;
        if (frame.author !== 'visitor') {
          this.typist = '';
          // The AI agent answers in its stage; the handoff to the store's helpdesk asks for the visitor's address, and
          // keeps asking until the conversation ends once the question is passed on; anything else the store says (a
          // handoff's notice, the welcome, a reply of the team) is said in a live conversation.
          if (frame.event !== 'passed_to_helpdesk')
            this.record.stage =
              frame.author === 'bot' ? 'assisted' : frame.event === 'handoff_email_asked' ? 'handoff_email' : 'live';
        }
        if (CLOSING_EVENTS.includes(frame.event!)) this.close();
        if (open) this.markSeen();
        break;
      case 'conversation': {
        const c = frame.conversation;
        if (this.#options.helping() && !this.record.conversationId && c.status !== 'closed' && c.id !== this.left) {
          // The answer to `browse`: the conversation to take live.
          this.record.conversationId = c.id;
          this.record.stage = c.stage;
          this.goLive();
          break;
        }
        if (c.id !== this.record.conversationId) return;
        this.record.stage = c.stage;
        if (c.status === 'closed') this.close();
        break;
      }
      case 'typing':
        if (
          frame.author !== 'visitor' &&
          !this.record.closed &&
          (frame.conversationId ?? this.record.conversationId) === this.record.conversationId
        ) {
          this.typist = (frame.author === 'agent' && frame.authorName) || this.#options.support(frame.author);
          clearTimeout(this.#typingTimer);
          this.#typingTimer = setTimeout(() => {
            this.typist = '';
            this.#host.requestUpdate();
          }, TYPING_SHOWN_MS);
          this.#host.requestUpdate();
        }
        return;
      case 'receipt':
        if (frame.conversationId !== this.record.conversationId) return;
        this.agentSeen = frame.agentSeenSeq;
        break;
      case 'ack':
        this.record.conversationId ??= frame.conversationId;
        this.thread.acknowledge(frame, 'visitor');
        break;
      case 'error':
        if (frame.code === 'conversation_closed') this.close();
        if (frame.clientMessageId) this.thread.fail(frame.clientMessageId, frame.code);
        break;
      default:
        return;
    }
    this.persist();
    this.#host.requestUpdate();
  }

  /**
   * Takes the conversation live once the visitor asked for a person: `browse` first when none is known, then `live`
   * once the server names it. A conversation the visitor wrote in is live already, unless the AI agent answers it:
   * then `live` has it hand the conversation off. One handed to the store's helpdesk waits for the visitor's answer:
   * only they may decline it.
   */
  goLive(): void {
    const { conversationId, closed, stage } = this.record;
    if (
      !this.#options.helping() ||
      !this.ready ||
      closed ||
      stage === 'live' ||
      stage === 'handoff_email' ||
      (stage !== 'assisted' &&
        !this.#options.assistant() &&
        (this.thread.messages.length || this.thread.pending.length))
    )
      return;
    this.#options
      .connection()
      .send(conversationId ? { type: 'live', conversationId, ...this.#options.consent() } : { type: 'browse' });
  }

  /** A committed message of the conversation; false when it belongs to another. */
  add(m: ChatMessage): boolean {
    if (m.conversationId === this.left) return false;
    if (this.record.conversationId && m.conversationId !== this.record.conversationId) return false;
    this.record.conversationId = m.conversationId;
    this.thread.addMessage(m);
    return true;
  }

  /** The conversation is closed for good: what has not reached the server stays, refused, for the next one. */
  close(): void {
    this.#options.closed();
    this.record.closed = true;
    this.typist = '';
    for (const p of this.thread.unsent) this.thread.fail(p.clientMessageId, 'conversation_closed');
  }

  /** Leaves the closed conversation (keeping the visitor token): the next message starts a new one. */
  startNew(): void {
    const carried = this.thread.pending.map(({ clientMessageId, text, image }) => {
      const id = newClientMessageId();
      const pendingImage = this.#images.get(clientMessageId);
      if (pendingImage) this.#images.set(id, pendingImage);
      return { clientMessageId: id, text, image };
    });
    this.left = this.record.conversationId;
    this.thread = new Thread({ pending: carried });
    this.agentSeen = 0;
    Object.assign(this.record, {
      conversationId: undefined,
      closed: false,
      seenSeq: 0,
      rating: undefined,
      stage: undefined,
    });
    this.persist();
    if (carried.length) this.#options.connection().connect();
    this.flush();
    this.#host.requestUpdate();
  }

  /** The server does not recognise the visitor: nothing of them is kept. */
  forget(): void {
    this.rejected = true;
    forgetRecord(this.#options.storageKey());
  }

  /** Writes a message (with an image, whose preview shows): shown at once, sent now or when the connection is back. */
  queue(text: string, image?: PendingImage): void {
    // The message hides the indicator on the other side: the next keystroke may show it again at once.
    this.#typedAt = 0;
    const clientMessageId = newClientMessageId();
    if (image) this.#images.set(clientMessageId, image);
    this.thread.queue(clientMessageId, text, image && { id: '', url: image.preview });
    this.persist();
    this.#host.requestUpdate();
    const connection = this.#options.connection();
    if (connection.connected && this.ready) this.#drain();
    else connection.connect();
  }

  /** Sends a refused message again, with its id (uploading its image again if that is what failed). */
  retry(clientMessageId: string): void {
    this.thread.retry(clientMessageId);
    this.#sent.delete(clientMessageId);
    this.#host.requestUpdate();
    this.#drain();
  }

  discard(clientMessageId: string): void {
    this.thread.discard(clientMessageId);
    this.#images.delete(clientMessageId);
    this.persist();
    this.#host.requestUpdate();
  }

  /** Sends every message still waiting for an `ack`, with its original id. */
  flush(): void {
    this.#sent.clear();
    this.#drain();
  }

  /** Sends the messages not sent on this connection, in order, up to the first whose image is still uploading. */
  #drain(): void {
    if (!this.ready || !this.#options.connection().connected || this.record.closed) return;
    for (const p of this.thread.unsent) {
      const image = this.#images.get(p.clientMessageId);
      if (p.image && !p.image.id) {
        if (image) return this.#upload(p, image);
        // Its upload had not finished when the page that held the file went.
        this.thread.fail(p.clientMessageId, 'image_lost');
        continue;
      }
      if (this.#sent.has(p.clientMessageId)) continue;
      this.#sent.add(p.clientMessageId);
      this.#options.connection().send({
        type: 'send',
        clientMessageId: p.clientMessageId,
        ...(p.text && { text: p.text }),
        ...(p.image && { imageId: p.image.id }),
        conversationId: this.record.conversationId,
        ...this.#options.consent(),
      });
    }
  }

  /** Uploads a message's image (one upload at a time); then the queue goes on, whether the upload worked or not. */
  #upload({ clientMessageId }: PendingMessage, image: PendingImage): void {
    if (this.#uploading.has(clientMessageId)) return;
    this.#uploading.add(clientMessageId);
    image
      .upload()
      .then(
        ({ id, contentType }) => {
          const p = this.thread.pending.find((m) => m.clientMessageId === clientMessageId);
          if (p) p.image = { id, contentType, url: image.preview };
        },
        (e: Error) => this.thread.fail(clientMessageId, e.message),
      )
      .then(() => {
        this.#uploading.delete(clientMessageId);
        this.persist();
        this.#host.requestUpdate();
        this.#drain();
      });
  }

  /** The visitor wrote in the composer: the team sees them typing (a frame at most every few seconds). */
  typed(text: string): void {
    if (!this.ready || !text.trim() || Date.now() - this.#typedAt < TYPING_EVERY_MS) return;
    this.#typedAt = Date.now();
    this.#options.connection().send({ type: 'typing', conversationId: this.record.conversationId });
  }

  /** Messages of the team the visitor has not seen. */
  get unread(): number {
    return this.thread.messages.filter((m) => m.seq > this.record.seenSeq && m.author !== 'visitor').length;
  }

  /** What the open panel shows is seen, and the server hears of it while the page is visible. */
  markSeen(): void {
    const seq = this.thread.lastSeq;
    this.record.seenSeq = Math.max(this.record.seenSeq, seq);
    this.persist();
    const conversationId = this.record.conversationId;
    if (this.ready && conversationId && seq > this.#reportedSeq && document.visibilityState === 'visible') {
      if (this.#options.connection().send({ type: 'seen', conversationId, seq })) this.#reportedSeq = seq;
    }
  }

  persist(): void {
    const lastSeq = this.thread.lastSeq;
    this.record.open = this.#options.open();
    this.record.messages = this.thread.messages.filter((m) => m.seq <= lastSeq);
    this.record.pending = this.thread.unsent.map(({ clientMessageId, text, image }) => ({
      clientMessageId,
      text,
      ...(image && { image: { id: image.id, url: image.id && `/api/v1/uploads/${image.id}` } }),
    }));
    if (!this.rejected) saveRecord(this.#options.storageKey(), this.record);
  }

  /**
   * Another tab of this visitor wrote the record: a tab that has no conversation yet takes the other's visitor and
   * conversation, and a tab of the same visitor follows the conversation the other started.
   */
  #otherTab(): void {
    if (this.rejected) return;
    const fresh = loadRecord(this.#options.storageKey());
    const mine = this.record;
    const sameVisitor = !!this.#options.identity() || fresh.token === mine.token;
    const join = !!fresh.token && fresh.token !== mine.token && !mine.conversationId;
    const follow =
      sameVisitor &&
      !!fresh.conversationId &&
      fresh.conversationId !== mine.conversationId &&
      fresh.conversationId !== this.left;
    if (!join && !follow) return;
    mine.token = fresh.token ?? mine.token;
    if (fresh.conversationId !== mine.conversationId) {
      this.thread = new Thread({ pending: this.thread.unsent });
      Object.assign(mine, { conversationId: fresh.conversationId, closed: fresh.closed, seenSeq: 0 });
      this.agentSeen = 0;
    }
    const connection = this.#options.connection();
    if (connection.status !== 'idle') connection.reconnect();
    this.#host.requestUpdate();
  }
}
