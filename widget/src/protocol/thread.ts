import type { AckFrame, Author, ChatMessage, Citation, ImageRef } from './messages.js';

/** A message the client sent that the server has not acknowledged yet (or refused). */
export interface PendingMessage {
  clientMessageId: string;
  text: string;
  state: 'sending' | 'failed';
  /** Error code from the server's `error` frame, when refused. */
  error?: string;
  /** An image sent with it, shown from the sender's copy until the server's arrives. */
  image?: ImageRef;
}

/**
 * An image a message waits for: its preview (an object URL) and its upload, made once; after a failure the next call
 * tries again. The upload fails with an `Error` whose message is the problem's code.
 */
export interface PendingImage {
  readonly preview: string;
  upload(): Promise<ImageRef>;
}

/** What a message list renders: committed messages in `seq` order, then the client's pending ones. */
export interface ThreadEntry {
  key: string;
  author: Author;
  authorName?: string;
  text: string;
  sentAt?: string;
  seq?: number;
  clientMessageId?: string;
  state: 'sent' | 'sending' | 'failed';
  error?: string;
  /** A system message's event, worded by the client. */
  event?: string;
  image?: ImageRef;
  /** A label that marks an entry the other side never sees (an agent's internal note), shown with it. */
  note?: string;
  /** What an AI agent's message cites. */
  citations?: Citation[];
  /**
   * Where the message is on its way to the other side, when it travels further (an SMS reply's delivery state): the
   * words shown, what screen readers hear before them, and whether it failed.
   */
  delivery?: { text: string; label?: string; failed?: boolean };
}

/** Events after which a conversation is closed for good. */
export const CLOSING_EVENTS = ['ended_by_visitor', 'closed_by_agent', 'ended_after_handoff'];

/**
 * The messages of one conversation as a client holds them.
 *
 * Committed messages are unique by `seq` and kept in `seq` order whatever order they arrive in. A `message`
 * and the `ack` of the same send may arrive in either order; both settle the pending message with that
 * `clientMessageId`. {@link lastSeq} counts only messages received in `message` frames, so resuming with
 * `afterSeq = lastSeq` never skips a message that was known only from an `ack`.
 */
export class Thread {
  #messages: ChatMessage[] = [];
  #pending: PendingMessage[] = [];
  #lastSeq = 0;

  constructor(init?: {
    messages?: readonly ChatMessage[];
    pending?: readonly { clientMessageId: string; text: string; image?: ImageRef }[];
  }) {
    for (const m of init?.messages ?? []) this.addMessage(m);
    for (const p of init?.pending ?? []) this.#pending.push({ ...p, state: 'sending' });
  }

  /** Highest `seq` received in a `message` frame: the `afterSeq` to resume with. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  get messages(): readonly ChatMessage[] {
    return this.#messages;
  }

  get pending(): readonly PendingMessage[] {
    return this.#pending;
  }

  /** Pending messages that still have to reach the server, oldest first. */
  get unsent(): PendingMessage[] {
    return this.#pending.filter((p) => p.state === 'sending');
  }

  /** Adds a committed message. Returns false when a message with that `seq` was already held. */
  addMessage(m: ChatMessage): boolean {
    this.#lastSeq = Math.max(this.#lastSeq, m.seq);
    if (m.clientMessageId) this.#dropPending(m.clientMessageId);
    return this.#insert({ ...m });
  }

  /**
   * Settles a pending message by its `ack`. If the `message` frame has not arrived yet, the text is shown as
   * committed at `ack.seq` until it does.
   */
  acknowledge(ack: AckFrame, author: Author, authorName?: string): void {
    const pending = this.#pending.find((p) => p.clientMessageId === ack.clientMessageId);
    if (!pending) return;
    this.#dropPending(ack.clientMessageId);
    this.#insert({
      conversationId: ack.conversationId,
      seq: ack.seq,
      clientMessageId: ack.clientMessageId,
      author,
      authorName,
      text: pending.text,
      sentAt: new Date().toISOString(),
      ...(pending.image && { image: pending.image }),
    });
  }

  /** Queues a message for sending; it shows as "sending" until acknowledged. */
  queue(clientMessageId: string, text: string, image?: ImageRef): PendingMessage {
    const pending: PendingMessage = { clientMessageId, text, state: 'sending', ...(image && { image }) };
    this.#pending.push(pending);
    return pending;
  }

  /** Marks a pending message refused with the server's error code. Returns false if it is not pending. */
  fail(clientMessageId: string, code: string): boolean {
    const pending = this.#pending.find((p) => p.clientMessageId === clientMessageId);
    if (!pending) return false;
    pending.state = 'failed';
    pending.error = code;
    return true;
  }

  /** Puts a refused message back in the queue, with the same `clientMessageId`. */
  retry(clientMessageId: string): PendingMessage | undefined {
    const pending = this.#pending.find((p) => p.clientMessageId === clientMessageId);
    if (pending) {
      pending.state = 'sending';
      delete pending.error;
    }
    return pending;
  }

  /** Forgets a pending message (the visitor dismissed a refused one). */
  discard(clientMessageId: string): void {
    this.#dropPending(clientMessageId);
  }

  entries(self: Author, selfName?: string): ThreadEntry[] {
    const committed: ThreadEntry[] = this.#messages.map((m) => ({
      key: `s${m.seq}`,
      author: m.author,
      authorName: m.authorName,
      text: m.text,
      sentAt: m.sentAt,
      seq: m.seq,
      clientMessageId: m.clientMessageId,
      state: 'sent',
      event: m.event,
      image: m.image,
      citations: m.citations,
    }));
    const pending: ThreadEntry[] = this.#pending.map((p) => ({
      key: `c${p.clientMessageId}`,
      author: self,
      authorName: selfName,
      text: p.text,
      clientMessageId: p.clientMessageId,
      state: p.state,
      error: p.error,
      image: p.image,
    }));
    return committed.concat(pending);
  }

  #dropPending(clientMessageId: string): void {
    this.#pending = this.#pending.filter((p) => p.clientMessageId !== clientMessageId);
  }

  #insert(m: ChatMessage): boolean {
    const list = this.#messages;
    let i = list.length;
    while (i > 0 && list[i - 1].seq > m.seq) i--;
    if (i > 0 && list[i - 1].seq === m.seq) {
      // The server's copy wins over one known only from an ack.
      list[i - 1] = m;
      return false;
    }
    list.splice(i, 0, m);
    return true;
  }
}
