import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../components/message-list/message-list.js';
import type { ParleyMessageDiscardEvent, ParleyMessageRetryEvent } from '../events/parley-message-send.js';
import { parseTicket, type Ticket } from '../protocol/messages.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import { ParleyProfileToggleEvent, ParleyThreadBackEvent } from './events.js';
import { backArrow, thumbIcon } from './icons.js';
import type { InboxStore, TeamMember } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import { cssProperty } from './css-property.js';
import { hue, initials } from './names.js';
import { ShortcutsController } from './shortcuts.controller.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';
import { snoozeTimes } from './ticket-query.js';
import styles from './ticket-thread.styles.js';
import { isSms } from './sms.js';
import { smsStrings, type SmsInboxStrings } from './sms.i18n.js';
import { smsNotice, smsPhone, smsThreadStyles, withDelivery } from './sms-thread.js';
import './tag-picker.component.js';

/**
 * @summary The open ticket: its header (visitor, status, assignee) with the ticket's actions (assign, snooze, mark
 * unread, close), the conversation with read receipts and the visitor typing, and the reply box (`<parley-reply>`).
 *
 * An SMS ticket shows the customer's number, each reply's delivery state under it, and why replies cannot be sent
 * when the customer opted out or the channel is off.
 *
 * Keys: `e` close, `s` snooze, `u` mark unread, Escape closes a menu. An image dropped on the thread is attached to
 * the reply (not on an SMS ticket: SMS carry no images).
 *
 * @fires parley-thread-back - The agent went back to the list.
 * @fires parley-profile-toggle - The agent showed or hid the customer's profile.
 */
export class ParleyTicketThread extends LitElement {
  static override styles = [tokens, shared, styles, smsThreadStyles];

  @property({ attribute: false }) store!: InboxStore;
  @property({ attribute: false }) strings!: InboxStrings;
  @property() locale = 'en';
  /** The time snooze choices count from. */
  @property({ type: Number }) now = Date.now();
  /** Whether the customer's profile is shown (narrow screens). */
  @property({ type: Boolean }) profileOpen = false;

  /** The open menu of the header, or the close confirmation. */
  @state() private menu?: 'snooze' | 'close';
  @state() private acting = false;
  @state() private actionError?: string;
  #ticketId?: string;

  constructor() {
    super();
    new StoreController(this, () => this.store);
    const open = () => {
      const t = this.store.ticket;
      return t && t.status !== 'closed' ? t : undefined;
    };
    new ShortcutsController(this, () => ({
      e: () => open() && this.#openMenu('close'),
      s: () => open() && this.#openMenu('snooze'),
      u: () => this.store.ticket && this.#markUnread(this.store.ticket),
    }));
    this.addEventListener('dragover', (e) => this.store.ticket && e.preventDefault());
    this.addEventListener('drop', (e) => this.#onDrop(e));
  }

  protected override willUpdate(): void {
    const id = this.store.selected;
    if (id === this.#ticketId) return;
    this.#ticketId = id;
    this.menu = undefined;
    this.actionError = undefined;
  }

  #onDrop(e: DragEvent): void {
    const id = this.store.selected;
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => this.store.conversations.isImage(f));
    if (!id || !file || isSms(this.store.ticket)) return;
    e.preventDefault();
    this.store.conversations.attach(id, file);
  }

  #back(): void {
    this.dispatchEvent(new ParleyThreadBackEvent());
  }

  /** A ticket action of the REST API (`close`, `assign`, `snooze`, `unread`); the answer is the ticket as now. */
  async #act(t: Ticket, action: string, body?: object): Promise<boolean> {
    this.acting = true;
    this.actionError = undefined;
    try {
      const ticket = parseTicket(await this.store.api.post(`/tickets/${encodeURIComponent(t.id)}/${action}`, body));
      if (ticket) {
        this.store.ticketChanged(ticket);
        return true;
      }
      this.actionError = this.strings.actionFailed;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.actionError = e.detail || this.strings.actionFailed;
    } finally {
      this.acting = false;
    }
    return false;
  }

  async #close(t: Ticket): Promise<void> {
    if (await this.#act(t, 'close')) this.menu = undefined;
  }

  #assign(t: Ticket, e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    this.#act(t, 'assign', { assigneeId: id || null });
  }

  async #snooze(t: Ticket, until: Date): Promise<void> {
    if (isNaN(+until)) return;
    if (await this.#act(t, 'snooze', { until: until.toISOString() })) this.menu = undefined;
  }

  #snoozeAt(t: Ticket, e: SubmitEvent): void {
    e.preventDefault();
    const value = new FormData(e.target as HTMLFormElement).get('until');
    if (typeof value === 'string' && value) this.#snooze(t, new Date(value));
  }

  /** Marks the ticket unread for this agent and goes back to the list, as mail apps do. */
  async #markUnread(t: Ticket): Promise<void> {
    if (!(await this.#act(t, 'unread'))) return;
    this.store.seen.forget(t);
    this.#back();
  }

  async #openMenu(menu?: 'snooze' | 'close'): Promise<void> {
    this.menu = this.menu === menu ? undefined : menu;
    await this.updateComplete;
    const first =
      this.menu && this.renderRoot.querySelector<HTMLElement>(`.menu.${this.menu} button, .menu.${this.menu} input`);
    first?.focus();
  }

  /** Escape closes a menu of the header. */
  #menuKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.#openMenu();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thread-head .actions button')?.focus());
  }

  get #sms(): SmsInboxStrings {
    return smsStrings[this.locale === 'pl' ? 'pl' : 'en'];
  }

  /** The team, with the ticket's assignee even when they left it. */
  #withAssignee(t: Ticket): TeamMember[] {
    const team = this.store.team;
    return t.assigneeId && !team.some((m) => m.id === t.assigneeId)
      ? [...team, { id: t.assigneeId, name: t.assigneeName ?? t.assigneeId }]
      : team;
  }

  protected override render() {
    const s = this.strings;
    const store = this.store;
    const t = store.ticket;
    if (!t) return html`<p class="empty">${s.pickTicket}</p>`;
    const conversations = store.conversations;
    const closed = t.status === 'closed';
    const name = store.nameOf(t);
    const typist = closed ? undefined : conversations.typists.get(t.conversationId);
    const sw = this.#sms;
    const sms = store.sms.of(t);
    const strings = {
      ...s,
      visitor: name,
      errors: {
        ...s.errors,
        ...s.noteErrors,
        ...sw.errors,
        message_too_long: s.tooLong(store.limits?.messageMaxLength),
      },
    };
    return html`${this.#renderHead(t, s, name)}
      ${this.menu === 'snooze' && !closed ? this.#renderSnooze(t, s) : nothing}
      ${
        this.menu === 'close' && !closed
          ? html`<div class="menu close" role="alertdialog" aria-labelledby="close-q" @keydown=${this.#menuKey}>
            <p id="close-q">${s.closeConfirm}</p>
            <button class="primary danger" ?disabled=${this.acting} @click=${() => this.#close(t)}>${s.closeTicket}</button>
            <button class="ghost" @click=${() => this.#openMenu()}>${s.cancel}</button>
          </div>`
          : nothing
      }
      ${this.actionError ? html`<p class="error head-error" role="alert">${this.actionError}</p>` : nothing}
      <parley-message-list
        self="agent"
        locale=${this.locale}
        .entries=${withDelivery(
          store.notes.merge(
            t.conversationId,
            conversations
              .thread(t.conversationId)
              .entries('agent', store.agent?.name)
              .map((e) => (e.author === 'visitor' ? { ...e, authorName: name } : e)),
            s.noteLabel,
            store.agent?.name,
          ),
          sms,
          sw,
        )}
        .seenSeq=${conversations.visitorSeen(t.conversationId)}
        .strings=${strings}
        @parley-message-retry=${(e: ParleyMessageRetryEvent) =>
          store.notes.holds(t.conversationId, e.detail.clientMessageId)
            ? store.notes.retry(t.conversationId, e.detail.clientMessageId)
            : conversations.retry(t.conversationId, e.detail.clientMessageId)}
        @parley-message-discard=${(e: ParleyMessageDiscardEvent) =>
          store.notes.holds(t.conversationId, e.detail.clientMessageId)
            ? store.notes.discard(t.conversationId, e.detail.clientMessageId)
            : conversations.discard(t.conversationId, e.detail.clientMessageId)}
      ></parley-message-list>
      <p class="typing ${typist ? 'on' : ''}" aria-live="polite">${typist ? s.typing(typist) : ''}</p>
      ${closed ? html`<p class="closed-note">${s.closedNote}</p>` : nothing}
      ${isSms(t) && !closed ? smsNotice(sms, store.sms.failed(t), sw, { admin: store.isAdmin, locale: this.locale }) : nothing}
      <parley-reply .store=${store} .strings=${s} .ticket=${t} locale=${this.locale}></parley-reply>`;
  }

  #renderHead(t: Ticket, s: InboxStrings, name: string) {
    const closed = t.status === 'closed';
    const until = t.status === 'snoozed' && t.snoozedUntil ? new Date(t.snoozedUntil) : undefined;
    const me = this.store.agent?.id;
    return html`<header class="thread-head">
      <button class="ghost back" aria-label=${s.back} title=${s.back} @click=${this.#back}>${backArrow}</button>
      <span class="avatar" data-hue=${cssProperty('--_hue', String(hue(t.id)))} aria-hidden="true">${initials(name)}</span>
      <div>
        <h2 dir="auto">${name}</h2>
        <p>
          <span class="status ${t.status}">${s.status[t.status] ?? t.status}</span>
          ${
            until && !isNaN(+until)
              ? s.snoozedUntil(
                  new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'short' }).format(until),
                )
              : nothing
          }
          · ${t.assigneeName ? s.assignedTo(t.assigneeName) : s.unassigned}
        </p>
        ${smsPhone(this.store.sms.of(t), this.#sms)}
        ${
          t.rating
            ? html`<p class="rating ${t.rating.score}">
                ${thumbIcon(t.rating.score === 'bad')}<strong>${s.rated[t.rating.score]}</strong>
                ${t.rating.comment ? html`<q dir="auto">${t.rating.comment}</q>` : nothing}
              </p>`
            : nothing
        }
      </div>
      <parley-tag-picker class="tag-picker" .store=${this.store} .ticket=${t} locale=${this.locale === 'pl' ? 'pl' : 'en'}></parley-tag-picker>
      <div class="actions">
        <label class="vh" for="assign-${t.id}">${s.assignTo}</label>
        <select id="assign-${t.id}" class="assign" ?disabled=${this.acting || closed} .value=${t.assigneeId ?? ''} @change=${(e: Event) => this.#assign(t, e)}>
          <option value="">${s.unassigned}</option>
          ${this.#withAssignee(t).map((m) => html`<option value=${m.id} ?selected=${m.id === t.assigneeId}>${m.id === me ? s.me(m.name) : m.name}</option>`)}
        </select>
        ${
          closed
            ? nothing
            : html`<button class="ghost" aria-expanded=${this.menu === 'snooze'} aria-keyshortcuts="s" ?disabled=${this.acting} @click=${() => this.#openMenu('snooze')}>${s.snooze}</button>`
        }
        <button class="ghost" aria-keyshortcuts="u" ?disabled=${this.acting} @click=${() => this.#markUnread(t)}>${s.markUnread}</button>
        <button class="ghost show-profile" aria-expanded=${this.profileOpen} @click=${() => this.dispatchEvent(new ParleyProfileToggleEvent(!this.profileOpen))}>${s.profile}</button>
        ${
          closed
            ? nothing
            : html`<button class="ghost close-ticket" aria-expanded=${this.menu === 'close'} aria-keyshortcuts="e" ?disabled=${this.acting} @click=${() => this.#openMenu('close')}>${s.closeTicket}</button>`
        }
      </div>
    </header>`;
  }

  #renderSnooze(t: Ticket, s: InboxStrings) {
    const { hour, tomorrow, nextWeek } = snoozeTimes(new Date(this.now));
    const when = (d: Date) =>
      new Intl.DateTimeFormat(this.locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(d);
    return html`<div class="menu snooze" role="group" aria-label=${s.snooze} @keydown=${this.#menuKey}>
      <button class="ghost" @click=${() => this.#snooze(t, hour)}>${s.inAnHour}</button>
      <button class="ghost" @click=${() => this.#snooze(t, tomorrow)}>${s.tomorrow} <small>${when(tomorrow)}</small></button>
      <button class="ghost" @click=${() => this.#snooze(t, nextWeek)}>${s.nextWeek} <small>${when(nextWeek)}</small></button>
      <form @submit=${(e: SubmitEvent) => this.#snoozeAt(t, e)}>
        <label for="snooze-at">${s.chooseTime}</label>
        <input id="snooze-at" name="until" type="datetime-local" required min=${localInput(new Date(this.now))} />
        <button class="ghost" type="submit">${s.snooze}</button>
      </form>
    </div>`;
  }
}

/** A date as a `datetime-local` input's value, in local time. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
