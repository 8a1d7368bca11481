import type { Ticket } from '../protocol/messages.js';
import type { SmsMessageState, TicketSms } from '../wire/index.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';

/** News of an SMS ticket often comes in bursts (a reply, its ack, then its states): one read follows them all. */
export const SMS_FOLLOW_MS = 300;

const STATES: readonly SmsMessageState['state'][] = ['pending', 'queued', 'sent', 'delivered', 'undelivered', 'failed'];

/** A ticket's SMS side as the server answered it, with what the inbox cannot use left out; undefined if unusable. */
export function parseTicketSms(raw: unknown): TicketSms | undefined {
  const o = raw as Partial<TicketSms> | null;
  if (
    !o ||
    typeof o.phone !== 'string' ||
    typeof o.optedOut !== 'boolean' ||
    typeof o.enabled !== 'boolean' ||
    typeof o.maxLength !== 'number' ||
    o.maxLength < 1
  )
    return undefined;
  const messages = (Array.isArray(o.messages) ? o.messages : []).filter(
    (m): m is SmsMessageState => Number.isInteger(m?.seq) && STATES.includes(m.state),
  );
  return {
    phone: o.phone,
    optedOut: o.optedOut,
    ...(typeof o.optedOutAt === 'string' && { optedOutAt: o.optedOutAt }),
    enabled: o.enabled,
    maxLength: o.maxLength,
    messages,
  };
}

export const isSms = (t: Ticket | undefined): t is Ticket => t?.channel === 'sms';

/**
 * The SMS side of the open ticket, when it is an SMS ticket (`GET /api/v1/tickets/{id}/sms`): the customer's number,
 * whether they opted out, whether the channel is on, and where each reply sent by SMS is. Read when the ticket opens,
 * and again (once for a burst, {@link SMS_FOLLOW_MS} after its last) whenever the ticket's news, one of its messages,
 * the store's settings or a reply of the agent's comes.
 */
export class SmsTickets {
  readonly #store: InboxStore;
  /** What was read of each SMS ticket opened, by ticket id: opening it again shows it at once. */
  readonly #held = new Map<string, TicketSms>();
  /** SMS tickets whose last read failed. */
  readonly #failed = new Set<string>();
  #timer?: ReturnType<typeof setTimeout>;
  /** Counts the reads: only the latest one's answer is kept. */
  #reads = 0;

  constructor(store: InboxStore) {
    this.#store = store;
  }

  /** The open SMS ticket's SMS side, as last read; undefined until read, or for a ticket of another channel. */
  of(t: Ticket | undefined): TicketSms | undefined {
    return isSms(t) ? this.#held.get(t.id) : undefined;
  }

  /** Whether the last read of the SMS ticket failed. */
  failed(t: Ticket | undefined): boolean {
    return isSms(t) && this.#failed.has(t.id);
  }

  /** An SMS ticket was opened: its SMS side is read now. */
  open(t: Ticket): void {
    this.halt();
    if (isSms(t)) void this.#read(t);
  }

  /**
   * Something happened that may change the open SMS ticket's SMS side (in `conversationId`, or anywhere when not
   * given): it is read again shortly, once for a burst of such news.
   */
  follow(conversationId?: string): void {
    const open = this.#store.ticket;
    if (!isSms(open) || (conversationId !== undefined && conversationId !== open.conversationId)) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const now = this.#store.ticket;
      if (now?.id === open.id) void this.#read(now);
    }, SMS_FOLLOW_MS);
  }

  /** Drops a read waiting to be made (the inbox left the page). */
  halt(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Forgets everything (signing out). */
  clear(): void {
    this.halt();
    this.#reads++;
    this.#held.clear();
    this.#failed.clear();
  }

  async #read(t: Ticket): Promise<void> {
    const read = ++this.#reads;
    let sms: TicketSms | undefined;
    try {
      sms = parseTicketSms(await this.#store.api.get<unknown>(`/tickets/${encodeURIComponent(t.id)}/sms`));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    if (read !== this.#reads) return;
    if (sms) {
      this.#held.set(t.id, sms);
      this.#failed.delete(t.id);
    } else {
      this.#failed.add(t.id);
    }
    this.#store.changed();
  }
}
