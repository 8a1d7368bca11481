import type { Ticket } from '../protocol/messages.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';
import { belongs, DEFAULT_FILTER, listPath, searchText, type ListFilter } from './ticket-query.js';
import { sortTickets, upsertTicket } from './tickets.js';

type Page = { tickets?: unknown[]; nextCursor?: string | null };

/**
 * The ticket list: the filter (status tab, whose tickets, channel, search), the tickets listed for it, newest
 * activity first, and keyset pages as the list scrolls. Live ticket changes keep it up to date.
 */
export class TicketList {
  filter: ListFilter = { ...DEFAULT_FILTER };
  tickets: Ticket[] = [];
  /** The cursor of the next page; undefined once the last page is in. */
  nextCursor?: string;
  loading = false;
  failed = false;
  readonly #store: InboxStore;
  /** Tells a page from one asked for before the filter changed. */
  #asked = 0;

  constructor(store: InboxStore) {
    this.#store = store;
  }

  /** Grows each time a whole filter is applied (a saved view): the search box shows its text then. */
  applied = 0;

  /** Whether the filter narrows the tab's list (for the wording of an empty list): a search, an assignee, a channel, a tag. */
  get narrowed(): boolean {
    const f = this.filter;
    return !!(searchText(f) || f.assignee !== 'all' || f.channel || f.tag);
  }

  /** Replaces the whole filter (a saved view's) and loads the list's first page for it. */
  applyFilter(filter: ListFilter): void {
    this.applied++;
    this.setFilter({ ...DEFAULT_FILTER, ...filter });
  }

  /** Changes the filter and loads the list's first page for it. */
  setFilter(change: Partial<ListFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.tickets = [];
    this.nextCursor = undefined;
    this.reload();
  }

  /** Loads the list's first page for the filter (again), replacing what is listed. */
  async reload(): Promise<void> {
    const asked = ++this.#asked;
    const page = await this.#load(listPath(this.filter));
    if (asked !== this.#asked || !page) return;
    this.tickets = sortTickets(this.#store.remember(page.tickets));
    this.nextCursor = page.nextCursor ?? undefined;
    this.#store.changed();
  }

  /** Loads the next page of the list, when there is one. */
  async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.loading) return;
    const asked = this.#asked;
    const page = await this.#load(listPath(this.filter, cursor));
    if (asked !== this.#asked || !page) return;
    this.tickets = this.#store.remember(page.tickets).reduce((list, t) => upsertTicket(list, t), this.tickets);
    this.nextCursor = page.nextCursor ?? undefined;
    this.#store.changed();
  }

  /** A ticket changed: it joins, moves in or leaves the list as the filter says. */
  ticketChanged(t: Ticket): void {
    const listed = this.tickets.some((x) => x.id === t.id);
    if (belongs(t, this.filter, this.#store.agent?.id, listed)) this.tickets = upsertTicket(this.tickets, t);
    else if (listed) this.tickets = this.tickets.filter((x) => x.id !== t.id);
  }

  /** The ticket `step` rows after (or before) the open one; the first when none is open. */
  neighbour(selected: string | undefined, step: number): Ticket | undefined {
    const at = this.tickets.findIndex((x) => x.conversationId === selected);
    return this.tickets[at < 0 ? 0 : Math.max(0, Math.min(this.tickets.length - 1, at + step))];
  }

  clear(): void {
    this.#asked++;
    this.tickets = [];
    this.nextCursor = undefined;
    this.loading = false;
  }

  async #load(path: string): Promise<Page | null> {
    const asked = this.#asked;
    this.loading = true;
    this.failed = false;
    this.#store.changed();
    try {
      return (await this.#store.api.get<Page>(path)) ?? {};
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (asked === this.#asked) this.failed = true;
      return null;
    } finally {
      if (asked === this.#asked) {
        this.loading = false;
        this.#store.changed();
      }
    }
  }
}
