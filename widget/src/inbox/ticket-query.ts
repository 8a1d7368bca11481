import type { Ticket } from '../protocol/messages.js';

/** What the ticket list shows: a status tab, whose tickets, which channel, which tag, and a search. */
export interface ListFilter {
  status: 'open' | 'snoozed' | 'closed';
  assignee: 'all' | 'mine' | 'unassigned';
  /** `''` for every channel. */
  channel: '' | 'chat' | 'sms';
  /** A tag's id; `''` for any tag. */
  tag: string;
  q: string;
}

export const DEFAULT_FILTER: ListFilter = { status: 'open', assignee: 'all', channel: '', tag: '', q: '' };

/** Tickets per page of the list. */
export const PAGE_SIZE = 30;

/** The shortest search the server answers (`search_too_short` below it): three characters in a row. */
export const MIN_SEARCH = 3;

/** The search the list asks for: the typed text without the spaces around it, `''` while it is too short. */
export function searchText(filter: ListFilter): string {
  const q = filter.q.trim();
  return [...q].length >= MIN_SEARCH ? q : '';
}

/** Whether the typed search is too short to be asked for yet (one or two characters). */
export function searchTooShort(filter: ListFilter): boolean {
  const q = filter.q.trim();
  return q !== '' && [...q].length < MIN_SEARCH;
}

/** The path (under `/api/v1`) of `GET /tickets` for one page of the list. */
export function listPath(filter: ListFilter, cursor?: string, limit = PAGE_SIZE): string {
  const params = new URLSearchParams({ status: filter.status, assignee: filter.assignee, limit: String(limit) });
  if (filter.channel) params.set('channel', filter.channel);
  if (filter.tag) params.set('tag', filter.tag);
  const q = searchText(filter);
  if (q) params.set('q', q);
  if (cursor) params.set('cursor', cursor);
  return `/tickets?${params}`;
}

/**
 * Whether a ticket that changed belongs in the list as filtered. A search cannot be judged here (the server
 * searches the whole conversation): while searching, only tickets already listed are kept up to date.
 */
export function belongs(t: Ticket, filter: ListFilter, me: string | undefined, listed: boolean): boolean {
  if (t.status !== filter.status) return false;
  if (filter.assignee === 'mine' && t.assigneeId !== me) return false;
  if (filter.assignee === 'unassigned' && t.assigneeId) return false;
  if (filter.channel && (t.channel ?? 'chat') !== filter.channel) return false;
  // A ticket that gains the tag joins the list, one that loses it leaves.
  if (filter.tag && !(t.tags ?? []).some((g) => g.id === filter.tag)) return false;
  return searchText(filter) ? listed : true;
}

/** Snooze choices, as instants: in an hour, tomorrow at 9:00, next Monday at 9:00 (local time). */
export function snoozeTimes(now: Date): { hour: Date; tomorrow: Date; nextWeek: Date } {
  const at9 = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 9, 0, 0, 0);
  const toMonday = (8 - now.getDay()) % 7 || 7;
  return { hour: new Date(now.getTime() + 3_600_000), tomorrow: at9(now, 1), nextWeek: at9(now, toMonday) };
}
