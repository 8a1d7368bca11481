import type { ChatMessage, ImageRef } from '../../protocol/messages.js';

/** What the widget keeps in `localStorage` between pages, one record per Parley server. */
export interface VisitorRecord {
  token?: string;
  conversationId?: string;
  /** The newest messages held, in `seq` order. */
  messages: ChatMessage[];
  /**
   * Messages not acknowledged yet; sent again, with the same id, on the next connection. An image whose upload had
   * not finished has an empty id: its file is gone with the page.
   */
  pending: { clientMessageId: string; text: string; image?: ImageRef }[];
  /** Highest `seq` the visitor has seen with the panel open. */
  seenSeq: number;
  open: boolean;
  /** The conversation held is closed: nothing more can be sent in it. */
  closed?: boolean;
  /** The visitor's rating of the closed conversation, as the server holds it. */
  rating?: { score: 'good' | 'bad'; comment?: string };
  /** The address the visitor gave for replies while the team was away, or that they said no to giving one. */
  contact?: { email?: string; skipped?: boolean };
  /** The history epoch of the `ready` after which the messages were held. */
  epoch?: string;
  /** The conversation's stage as last heard (`browsing`, `assisted`, `handoff_email`, `live`, `closed`). */
  stage?: string;
}

/** How many messages are kept between pages. */
const KEPT = 100;

const empty = (): VisitorRecord => ({ messages: [], pending: [], seenSeq: 0, open: false });

/** One record per server, and per store user for visitors signed in to the store. */
export function storageKey(server: string, userId?: string): string {
  return userId ? `parley.chat:${server}:user:${userId}` : `parley.chat:${server}`;
}

export function loadRecord(key: string): VisitorRecord {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (raw && typeof raw === 'object') {
      return {
        ...empty(),
        token: typeof raw.token === 'string' ? raw.token : undefined,
        conversationId: typeof raw.conversationId === 'string' ? raw.conversationId : undefined,
        messages: Array.isArray(raw.messages) ? raw.messages.filter(isMessage) : [],
        pending: Array.isArray(raw.pending) ? raw.pending.filter(isPending) : [],
        seenSeq: Number.isInteger(raw.seenSeq) ? raw.seenSeq : 0,
        open: raw.open === true,
        closed: raw.closed === true,
        epoch: typeof raw.epoch === 'string' ? raw.epoch : undefined,
        stage: typeof raw.stage === 'string' ? raw.stage : undefined,
        contact: typeof raw.contact?.email === 'string' || raw.contact?.skipped === true ? raw.contact : undefined,
        rating:
          raw.rating?.score === 'good' || raw.rating?.score === 'bad'
            ? {
                score: raw.rating.score,
                comment: typeof raw.rating.comment === 'string' ? raw.rating.comment : undefined,
              }
            : undefined,
      };
    }
  } catch {
    // Storage unavailable or corrupt: start afresh.
  }
  return empty();
}

export function saveRecord(key: string, record: VisitorRecord): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...record, messages: record.messages.slice(-KEPT) }));
  } catch {
    // Storage full or unavailable: the server still has everything.
  }
}

function isMessage(m: unknown): m is ChatMessage {
  const o = m as ChatMessage;
  return !!o && Number.isInteger(o.seq) && typeof o.text === 'string' && typeof o.author === 'string';
}

function isPending(p: unknown): p is VisitorRecord['pending'][number] {
  const o = p as VisitorRecord['pending'][number];
  return (
    !!o &&
    typeof o.clientMessageId === 'string' &&
    typeof o.text === 'string' &&
    (!o.image || (typeof o.image.id === 'string' && /^(\/api\/v1\/uploads\/|$)/.test(o.image.url)))
  );
}

export function forgetRecord(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
