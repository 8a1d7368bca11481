import { newClientMessageId, type ServerFrame } from '../protocol/messages.js';
import { Thread } from '../protocol/thread.js';
import { TYPING_EVERY_MS, Typists } from '../protocol/typing.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';
import { refusal } from '../protocol/limits.js';

/** Least time between two `seen` frames. */
const SEEN_EVERY_MS = 1000;

/** An image attached to the reply being written, with a preview URL; or why the one chosen was refused. */
export type Attachment =
  { file: File; url: string; refused?: undefined } | { refused: 'not_an_image' | 'upload_too_large' };

/**
 * The conversations the agent has opened: their threads (with replies waiting for their `ack`), who is typing, how
 * far each visitor has read, the image attached to each reply being written, and the frames that go with them
 * (`open`, `seen`, `typing`, `send`), resumed after a reconnect without losing or repeating a reply.
 */
export class Conversations {
  /** Who is typing, by conversation. */
  readonly typists: Typists;
  readonly #store: InboxStore;
  readonly #threads = new Map<string, Thread>();
  /** Images of replies, by `clientMessageId`: the file, and its upload once done. */
  readonly #uploads = new Map<string, { file: File; imageId?: string }>();
  /** How far each conversation's visitor has read (read receipts). */
  readonly #visitorSeen = new Map<string, number>();
  /** Highest `seq` reported in a `seen` frame, by conversation. */
  readonly #seenSent = new Map<string, number>();
  readonly #attachments = new Map<string, Attachment>();
  /** The history epoch the server said last: threads held were received in it. */
  #epoch?: string;
  #seenAt = 0;
  #seenTimer?: ReturnType<typeof setTimeout>;
  #typedAt = 0;

  constructor(store: InboxStore) {
    this.#store = store;
    this.typists = new Typists(() => store.changed());
  }

  thread(conversationId: string): Thread {
    let thread = this.#threads.get(conversationId);
    if (!thread) this.#threads.set(conversationId, (thread = new Thread()));
    return thread;
  }

  /** The highest `seq` the conversation's visitor has seen. */
  visitorSeen(conversationId: string): number {
    return this.#visitorSeen.get(conversationId) ?? 0;
  }

  /** Asks for a conversation's messages after those already held, and says how far they are read. */
  open(conversationId: string): void {
    this.#sendOpen(conversationId);
    this.sendSeen();
  }

  /** After (re)connecting: the open thread is asked for again, and replies not acknowledged are sent again. */
  resume(): void {
    const open = this.#store.selected;
    if (open) this.#sendOpen(open);
    for (const [conversationId, thread] of this.#threads) {
      for (const p of thread.unsent) this.#send(conversationId, p);
    }
  }

  /** `open` with what is held of the conversation: the last `seq` and the history epoch it was received in. */
  #sendOpen(conversationId: string): void {
    this.#store.connection.send({
      type: 'open',
      conversationId,
      afterSeq: this.thread(conversationId).lastSeq,
      ...(this.#epoch && { epoch: this.#epoch }),
    });
  }

  /**
   * The answer to `open`. A new epoch means the history held may be another one: every other thread held is
   * dropped (opening it later loads it afresh); `reset` drops this one, whose whole history follows. Replies not
   * acknowledged yet are kept, and sent again.
   */
  #opened(conversationId: string, epoch: string | undefined, reset: boolean): void {
    if (epoch && this.#epoch && epoch !== this.#epoch) {
      for (const [id, thread] of this.#threads) {
        if (id !== conversationId) this.#threads.set(id, new Thread({ pending: thread.unsent }));
      }
    }
    if (epoch) this.#epoch = epoch;
    if (reset) {
      const held = this.#threads.get(conversationId);
      this.#threads.set(conversationId, new Thread({ pending: held?.unsent ?? [] }));
      this.#seenSent.delete(conversationId);
    }
  }

  /** Takes the frames about conversations; false for any other. */
  receive(frame: ServerFrame): boolean {
    switch (frame.type) {
      case 'opened':
        this.#opened(frame.conversationId, frame.epoch, frame.reset === true);
        return true;
      case 'message':
        this.#threads.get(frame.conversationId)?.addMessage(frame);
        if (frame.author === 'visitor') this.typists.clear(frame.conversationId);
        if (frame.conversationId === this.#store.selected) this.sendSeen();
        return true;
      case 'receipt':
        this.#visitorSeen.set(frame.conversationId, frame.visitorSeenSeq);
        return true;
      case 'typing':
        if (frame.author === 'visitor' && frame.conversationId) {
          const t = this.#store.known.get(frame.conversationId);
          this.typists.set(
            frame.conversationId,
            t ? this.#store.nameOf(t) : frame.authorName || this.#store.strings.visitor,
          );
        }
        return false;
      case 'ack':
        this.#threads.get(frame.conversationId)?.acknowledge(frame, 'agent', this.#store.agent?.name);
        return true;
      case 'error':
        if (frame.clientMessageId) for (const t of this.#threads.values()) t.fail(frame.clientMessageId, frame.code);
        return true;
      default:
        return false;
    }
  }

  /** Tells the server how far the open thread has been read: at most once a second, only while visible. */
  sendSeen(): void {
    const id = this.#store.selected;
    if (!id || !this.#store.ready || document.visibilityState === 'hidden') return;
    const seq = this.thread(id).lastSeq;
    if (!seq || (this.#seenSent.get(id) ?? 0) >= seq) return;
    const wait = this.#seenAt + SEEN_EVERY_MS - Date.now();
    if (wait > 0) {
      this.#seenTimer ??= setTimeout(() => {
        this.#seenTimer = undefined;
        this.sendSeen();
      }, wait);
      return;
    }
    if (this.#store.connection.send({ type: 'seen', conversationId: id, seq })) {
      this.#seenAt = Date.now();
      this.#seenSent.set(id, seq);
    }
  }

  /** The agent wrote in a reply: the visitor sees them typing (a frame at most every few seconds). */
  typed(conversationId: string, text: string): void {
    if (!this.#store.ready || !text.trim() || Date.now() - this.#typedAt < TYPING_EVERY_MS) return;
    this.#typedAt = Date.now();
    this.#store.connection.send({ type: 'typing', conversationId });
  }

  /** The image attached to a conversation's reply being written. */
  attachment(conversationId: string): Attachment | undefined {
    return this.#attachments.get(conversationId);
  }

  /**
   * Attaches an image to a conversation's reply (replacing one attached before), or removes it. A file the server's
   * limits refuse is not attached: the refusal shows instead.
   */
  attach(conversationId: string, file?: File): void {
    const before = this.#attachments.get(conversationId);
    if (before && !before.refused) URL.revokeObjectURL(before.url);
    const refused = file && refusal(file, this.#store.limits);
    if (refused) this.#attachments.set(conversationId, { refused });
    else if (file) this.#attachments.set(conversationId, { file, url: URL.createObjectURL(file) });
    else this.#attachments.delete(conversationId);
    this.#store.changed();
  }

  /** Whether a file pasted or dropped is an image to attach: one of the types the server accepts, when it says. */
  isImage(file: File): boolean {
    const types = this.#store.limits?.uploadImageTypes;
    return types ? types.includes(file.type) : file.type.startsWith('image/');
  }

  /** Sends a reply with the image attached, if any: shown at once, confirmed by the server's `ack`. */
  reply(conversationId: string, text: string): void {
    const clientMessageId = newClientMessageId();
    this.#typedAt = 0;
    const held = this.#attachments.get(conversationId);
    const attachment = held && !held.refused ? held : undefined;
    this.#attachments.delete(conversationId);
    if (attachment) this.#uploads.set(clientMessageId, { file: attachment.file });
    const p = this.thread(conversationId).queue(clientMessageId, text, attachment && { id: '', url: attachment.url });
    this.#send(conversationId, p);
    this.#store.changed();
  }

  retry(conversationId: string, clientMessageId: string): void {
    const p = this.thread(conversationId).retry(clientMessageId);
    if (p) this.#send(conversationId, p);
    this.#store.changed();
  }

  discard(conversationId: string, clientMessageId: string): void {
    this.thread(conversationId).discard(clientMessageId);
    this.#store.changed();
  }

  /** Drops a `seen` frame waiting to be sent (the inbox left the page). */
  halt(): void {
    clearTimeout(this.#seenTimer);
    this.#seenTimer = undefined;
  }

  /** Forgets everything (signing out). */
  clear(): void {
    this.halt();
    this.#threads.clear();
    for (const a of this.#attachments.values()) if (!a.refused) URL.revokeObjectURL(a.url);
    this.#attachments.clear();
  }

  /** Sends a reply, uploading its image first (once: a resend reuses the upload). */
  async #send(conversationId: string, p: { clientMessageId: string; text: string }): Promise<void> {
    const upload = this.#uploads.get(p.clientMessageId);
    if (upload && !upload.imageId) {
      try {
        upload.imageId = (await this.#store.api.upload(upload.file)).id;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        this.thread(conversationId).fail(p.clientMessageId, e.status ? e.code : 'internal_error');
        this.#store.changed();
        return;
      }
    }
    if (!this.#store.ready) return;
    this.#store.connection.send({
      type: 'send',
      conversationId,
      clientMessageId: p.clientMessageId,
      ...(p.text && { text: p.text }),
      ...(upload?.imageId && { imageId: upload.imageId }),
    });
  }
}
