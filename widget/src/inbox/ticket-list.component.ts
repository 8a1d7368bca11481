import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Ticket } from '../protocol/messages.js';
import tokens from '../styles/tokens.styles.js';
import { ParleyTicketSelectEvent } from './events.js';
import { bubble, envelope, thumbIcon } from './icons.js';
import type { InboxStore } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import { cssProperty } from './css-property.js';
import { hue, initials } from './names.js';
import { ShortcutsController } from './shortcuts.controller.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';
import { searchTooShort, type ListFilter } from './ticket-query.js';
import styles from './ticket-list.styles.js';
import { relativeTime } from './tickets.js';
import { tagChip, tagStyles } from './tags.js';
import { tagStrings } from './tags.i18n.js';
import './views.component.js';

/**
 * @summary The ticket list: status tabs, whose tickets, channel and search, the tickets newest activity first (unread,
 * waiting, typing, the visitor's rating, assignee), and the next page as its end scrolls into view.
 *
 * Keys: `j`/`k` open the next/previous ticket, `/` goes to the search, the arrows move between rows.
 *
 * @fires parley-ticket-select - The agent chose a ticket; `detail` is the ticket.
 */
export class ParleyTicketList extends LitElement {
  static override styles = [tokens, shared, styles, tagStyles];

  @property({ attribute: false }) store!: InboxStore;
  @property({ attribute: false }) strings!: InboxStrings;
  @property() locale = 'en';
  /** The time the list's relative times and waits count from. */
  @property({ type: Number }) now = Date.now();

  #searchTimer?: ReturnType<typeof setTimeout>;
  #moreObserver?: IntersectionObserver;
  /** The open ticket at the last render: when it closes, its row gets the focus back. */
  #shown?: string;
  /** The last whole filter (a saved view's) the search box was given. */
  #applied = 0;

  constructor() {
    super();
    new StoreController(this, () => this.store);
    new ShortcutsController(this, () => ({
      j: () => this.#go(1),
      k: () => this.#go(-1),
      '/': () => this.renderRoot.querySelector<HTMLInputElement>('.search input')?.focus(),
    }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#moreObserver?.disconnect();
    this.#moreObserver = undefined;
  }

  protected override updated(): void {
    const selected = this.store.selected;
    const closed = this.#shown;
    // After the page's layout shows the list again (narrow screens show the list or the thread).
    if (closed && !selected)
      setTimeout(() => this.renderRoot.querySelector<HTMLElement>(`[data-conversation="${closed}"]`)?.focus());
    this.#shown = selected;
    this.#observeMore();
    if (this.#applied !== this.store.list.applied) {
      this.#applied = this.store.list.applied;
      const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
      if (search) search.value = this.store.list.filter.q;
    }
  }

  #select(t: Ticket): void {
    this.dispatchEvent(new ParleyTicketSelectEvent(t));
  }

  #go(step: number): boolean {
    const next = this.store.list.neighbour(this.store.selected, step);
    if (next) this.#select(next);
    return true;
  }

  #setFilter(change: Partial<ListFilter>): void {
    this.store.list.setFilter(change);
  }

  #onSearch(e: InputEvent): void {
    const q = (e.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#setFilter({ q }), 300);
  }

  /** Loads the next page as its end scrolls into view. */
  #observeMore(): void {
    const more = this.renderRoot.querySelector('.more');
    if (!more || typeof IntersectionObserver === 'undefined') return;
    this.#moreObserver ??= new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && this.store.list.loadMore(),
      {
        root: this.renderRoot.querySelector('section'),
        rootMargin: '200px',
      },
    );
    this.#moreObserver.disconnect();
    this.#moreObserver.observe(more);
  }

  /** Up/Down/Home/End move between tickets. */
  #onListKeydown(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.ticket')];
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  }

  protected override render() {
    const s = this.strings;
    const list = this.store.list;
    const f = list.filter;
    return html`<section aria-labelledby="tickets-title">
      <div class="list-head">
        <h1 id="tickets-title">${s.tickets}</h1>
        <div class="tabs" role="group" aria-label=${s.statusFilter}>
          ${(['open', 'snoozed', 'closed'] as const).map(
            (st) =>
              html`<button aria-pressed=${f.status === st} @click=${() => this.#setFilter({ status: st })}>${s.status[st]}</button>`,
          )}
        </div>
        <div class="filters">
          <label class="vh" for="assignee">${s.assigneeFilter}</label>
          <select id="assignee" .value=${f.assignee} @change=${(e: Event) => this.#setFilter({ assignee: (e.target as HTMLSelectElement).value as ListFilter['assignee'] })}>
            <option value="all">${s.all}</option>
            <option value="mine">${s.mine}</option>
            <option value="unassigned">${s.unassigned}</option>
          </select>
          <label class="vh" for="channel">${s.channelFilter}</label>
          <select id="channel" .value=${f.channel} @change=${(e: Event) => this.#setFilter({ channel: (e.target as HTMLSelectElement).value as ListFilter['channel'] })}>
            <option value="">${s.allChannels}</option>
            <option value="chat">${s.channels.chat}</option>
            <option value="sms">${s.channels.sms}</option>
          </select>
        </div>
        <div class="filters">
          ${this.#renderTagFilter(f)}
          <parley-views .store=${this.store} locale=${this.locale === 'pl' ? 'pl' : 'en'}></parley-views>
        </div>
        <div class="search" role="search">
          <label class="vh" for="search">${s.search}</label>
          <input
            id="search"
            type="search"
            placeholder=${s.search}
            aria-keyshortcuts="/"
            aria-describedby="search-hint"
            @input=${this.#onSearch}
          />
          <p id="search-hint" class="search-hint" role="status">${searchTooShort(f) ? s.searchTooShort : nothing}</p>
        </div>
      </div>
      ${
        list.tickets.length === 0 && !list.loading
          ? html`<p class="empty" role="status">${list.failed ? s.listFailed : list.narrowed ? s.noMatches : s.noTickets[f.status]}</p>`
          : html`<ul role="list" @keydown=${this.#onListKeydown} aria-busy=${list.loading}>
            ${list.tickets.map((t) => this.#renderTicket(t, s))}
            ${
              list.nextCursor
                ? html`<li class="more"><button class="ghost" ?disabled=${list.loading} @click=${() => list.loadMore()}>${list.loading ? s.loading : s.loadMore}</button></li>`
                : nothing
            }
          </ul>`
      }
    </section>`;
  }

  #renderTicket(t: Ticket, s: InboxStrings) {
    const store = this.store;
    const selected = store.selected;
    // The server's word for this agent, when it says, and what this browser has shown.
    const unread = t.unread !== false && store.seen.isUnread(t) && t.conversationId !== selected;
    const name = store.nameOf(t);
    const last = t.lastMessage;
    const waited = t.waitingSince && t.status !== 'closed' ? this.now - Date.parse(t.waitingSince) : 0;
    const waiting = waited >= store.waitingWarnMs;
    const typing = t.status !== 'closed' && store.conversations.typists.get(t.conversationId);
    return html`<li>
      <button
        class="ticket ${unread ? 'unread' : ''} ${waiting ? 'waiting' : ''}"
        data-conversation=${t.conversationId}
        aria-current=${t.conversationId === selected ? 'true' : 'false'}
        @click=${() => this.#select(t)}
      >
        <span class="avatar" data-hue=${cssProperty('--_hue', String(hue(t.id)))} aria-hidden="true">${initials(name)}</span>
        <span class="row">
          <span class="channel" role="img" aria-label=${s.channels[t.channel ?? 'chat'] ?? t.channel}>${t.channel === 'sms' ? envelope : bubble}</span>
          <bdi class="who">${name}</bdi>
          <time datetime=${t.lastActivityAt}>${relativeTime(t.lastActivityAt, this.now, this.locale)}</time>
        </span>
        <span class="row">
          ${
            typing
              ? html`<span class="preview typing">${s.typingShort}</span>`
              : html`<span class="preview">${last ? this.#preview(last, s) : ''}</span>`
          }
          ${
            t.rating
              ? html`<span class="rating ${t.rating.score}" role="img" aria-label=${s.rated[t.rating.score]} title=${s.rated[t.rating.score]}>${thumbIcon(t.rating.score === 'bad')}</span>`
              : nothing
          }
          ${waiting ? html`<span class="wait">${s.waiting(Math.floor(waited / 60_000))}</span>` : nothing}
          ${t.assigneeName ? html`<span class="assignee" title=${s.assignedTo(t.assigneeName)}>${initials(t.assigneeName)}</span>` : nothing}
          ${unread ? html`<span class="dot" role="img" aria-label=${s.unread}></span>` : nothing}
        </span>
        ${this.#renderTags(t)}
      </button>
    </li>`;
  }

  /** The tag filter: any tag, or one of the store's (and the chosen one while the list does not hold it). */
  #renderTagFilter(f: ListFilter) {
    const t = tagStrings[this.locale === 'pl' ? 'pl' : 'en'];
    const tags = this.store.tags.tags;
    const gone = f.tag && this.store.tags.loaded && !tags.some((g) => g.id === f.tag);
    return html`<label class="vh" for="tag-filter">${t.tagFilter}</label>
      <select id="tag-filter" .value=${f.tag} @change=${(e: Event) => this.#setFilter({ tag: (e.target as HTMLSelectElement).value })}>
        <option value="">${t.anyTag}</option>
        ${tags.map((g) => html`<option value=${g.id} ?selected=${g.id === f.tag}>${g.name}</option>`)}
        ${gone ? html`<option value=${f.tag} selected>${t.tagGone}</option>` : nothing}
      </select>`;
  }

  /** A row's tags as small chips, in the tag list's current names and colours. */
  #renderTags(t: Ticket) {
    const tags = this.store.tags.of(t);
    if (!tags.length) return nothing;
    const words = tagStrings[this.locale === 'pl' ? 'pl' : 'en'];
    return html`<span class="row tags" role="group" aria-label=${words.tags}>${tags.map((g) => tagChip(g))}</span>`;
  }

  /** The last message's first words; an agent's with who wrote it ("You" for this agent), the AI agent's with its label. */
  #preview(last: NonNullable<Ticket['lastMessage']>, s: InboxStrings) {
    if (last.author === 'bot') return html`<span title=${s.aiAgent}>${s.ai}</span>: <bdi>${last.text}</bdi>`;
    if (last.author !== 'agent') return html`<bdi>${last.text}</bdi>`;
    const who =
      last.authorId === this.store.agent?.id
        ? s.you
        : (this.store.team.find((m) => m.id === last.authorId)?.name ?? s.support);
    return html`<bdi>${who}</bdi>: <bdi>${last.text}</bdi>`;
  }
}
