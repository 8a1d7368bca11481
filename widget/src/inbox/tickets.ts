import type { Ticket } from '../protocol/messages.js';

const activity = (t: Ticket) => Date.parse(t.lastActivityAt) || 0;

/** Newest activity first; ties keep a stable order by id. */
export function sortTickets(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort((a, b) => activity(b) - activity(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Replaces the ticket with the same id (or adds it) and keeps the list ordered by newest activity. */
export function upsertTicket(tickets: readonly Ticket[], ticket: Ticket): Ticket[] {
  const current = tickets.find((t) => t.id === ticket.id);
  // A late frame must not roll a ticket back to an older state.
  if (current && current.lastSeq > ticket.lastSeq) return [...tickets];
  return sortTickets([...tickets.filter((t) => t.id !== ticket.id), ticket]);
}

/** Merges an `inbox` snapshot into the tickets held, keeping whichever state of a ticket is newer. */
export function mergeSnapshot(held: readonly Ticket[], snapshot: readonly Ticket[]): Ticket[] {
  return snapshot.reduce<Ticket[]>((list, t) => upsertTicket(list, t), sortTickets(held));
}

/** Which ticket activity this browser has viewed: ticket id → highest `seq` seen. */
export class SeenTickets {
  #seen: Record<string, number>;

  constructor(private readonly key = 'parley.inbox.seen') {
    try {
      this.#seen = JSON.parse(localStorage.getItem(key) ?? '{}') ?? {};
    } catch {
      this.#seen = {};
    }
  }

  isUnread(t: Ticket): boolean {
    return t.lastSeq > (this.#seen[t.id] ?? 0);
  }

  /** Forgets what this browser saw of a ticket: the agent marked it unread. */
  forget(t: Ticket): void {
    delete this.#seen[t.id];
    this.#save();
  }

  markSeen(t: Ticket): void {
    if (!this.isUnread(t)) return;
    this.#seen[t.id] = t.lastSeq;
    this.#save();
  }

  #save(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.#seen));
    } catch {
      // Not kept across reloads then.
    }
  }
}

/** "now", "5 min ago", "yesterday"… relative to `now`. */
export function relativeTime(iso: string, now: number, lang: string): string {
  const then = Date.parse(iso);
  if (!then) return '';
  const seconds = Math.round((then - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(seconds / 86400), 'day');
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(then);
}
