import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '../components/composer/composer.js';
import type { ParleyComposer } from '../components/composer/composer.component.js';
import type { ParleyMessageSendEvent } from '../events/parley-message-send.js';
import type { Ticket } from '../protocol/messages.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import { bolt, paperclip } from './icons.js';
import type { InboxStore } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import { filterMacros, parseMacros, slashQuery, type Macro } from './macros.js';
import { mentionQuery, mentionable } from './mention-query.js';
import styles from './reply.styles.js';
import { countSms } from './sms-segments.js';
import { isSms } from './sms.js';
import { smsStrings } from './sms.i18n.js';
import { ShortcutsController } from './shortcuts.controller.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';

/**
 * @summary The reply to the open ticket: the composer (at most the server's message length), saved replies (typed
 * `/` in an empty reply, or the button with a search), and an image attached from the file picker, a paste or a drop.
 * Its Note tab writes an internal note instead, which only agents see (also on closed tickets); typing `@` there
 * offers the team to mention: the note's text is a combobox of that list, which the focus never leaves.
 *
 * On an SMS ticket the reply counts its characters and the SMS it takes (an error, and not sent, beyond the longest
 * SMS reply), offers no image, and is disabled while the customer opted out or the channel is off.
 *
 * Keys: `r` goes to the reply. It takes the focus when a ticket opens. Arrows move between the Reply and Note tabs.
 * In the team list, Up and Down move, Enter or Tab inserts the teammate's name, Escape closes it.
 */
export class ParleyReply extends LitElement {
  static override styles = [tokens, shared, styles];

  @property({ attribute: false }) store!: InboxStore;
  @property({ attribute: false }) strings!: InboxStrings;
  /** The ticket replied to. */
  @property({ attribute: false }) ticket!: Ticket;
  @property() locale = 'en';

  /** The saved replies rendered for the ticket; undefined until asked for (and after they change). */
  @state() private macros?: Macro[];
  /** The saved-replies menu: opened by typing `/` in an empty reply, or by its button (with a search field). */
  @state() private macroMenu?: { via: 'slash' | 'button'; query: string; active: number };

  /** Whether the composer writes a reply to the visitor or an internal note. */
  @state() private mode: 'reply' | 'note' = 'reply';
  /** The team members offered while an `@name` is being typed in a note. */
  @state() private mentionMenu?: { query: string; active: number };
  /** The reply being written, for the counter of an SMS ticket. */
  @state() private draft = '';

  @query('parley-composer') private composer?: ParleyComposer;

  #macrosNews = 0;

  constructor() {
    super();
    new StoreController(this, () => this.store);
    new ShortcutsController(this, () => ({ r: () => this.composer?.focus() }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const ticketChanged = changed.has('ticket') && changed.get('ticket')?.conversationId !== this.ticket.conversationId;
    if (ticketChanged || this.store.macrosNews !== this.#macrosNews) {
      // Rendered afresh when next wanted (or now, while the menu is open).
      this.#macrosNews = this.store.macrosNews;
      this.macros = undefined;
      if (ticketChanged) {
        this.draft = '';
        this.macroMenu = undefined;
        this.mentionMenu = undefined;
        this.mode = 'reply';
      } else if (this.macroMenu) this.#loadMacros();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('ticket') && changed.get('ticket')?.conversationId !== this.ticket.conversationId)
      this.composer?.focus();
    // The note's text is the combobox of the team list: open or not, and the teammate Enter would pick.
    if (this.mode === 'note') {
      const listbox = this.renderRoot.querySelector('#mention-list');
      this.composer?.showSuggestions(listbox, listbox?.querySelector('[aria-selected="true"]'));
    }
  }

  get #closed(): boolean {
    return this.ticket.status === 'closed';
  }

  #onInput(): void {
    const value = this.composer?.value ?? '';
    if (this.mode === 'note') {
      // A note is never typed to the visitor: no typing indicator, no saved replies.
      const query = mentionQuery(value.slice(0, this.composer?.caret ?? value.length));
      this.mentionMenu = query !== null && this.#members(query).length ? { query, active: 0 } : undefined;
      return;
    }
    this.draft = value;
    const query = slashQuery(value);
    if (query !== null) this.#openMacros('slash', query);
    else if (this.macroMenu?.via === 'slash') this.macroMenu = undefined;
    this.store.conversations.typed(this.ticket.conversationId, value);
  }

  #onSend(e: ParleyMessageSendEvent): void {
    if (this.mode === 'note') {
      this.mentionMenu = undefined;
      this.store.notes.add(this.ticket, e.detail.text);
    } else {
      this.draft = '';
      this.store.conversations.reply(this.ticket.conversationId, e.detail.text);
      // Its delivery state appears once the server has it.
      this.store.sms.follow(this.ticket.conversationId);
    }
  }

  async #setMode(mode: 'reply' | 'note', focusTab = false): Promise<void> {
    this.mode = mode;
    this.macroMenu = undefined;
    this.mentionMenu = undefined;
    this.draft = '';
    await this.updateComplete;
    if (focusTab) this.renderRoot.querySelector<HTMLElement>(`#tab-${mode}`)?.focus();
    else this.composer?.focus();
  }

  /** Left and right arrows, Home and End move between the tabs (the tabs pattern of the ARIA practices). */
  #tabKey(e: KeyboardEvent): void {
    const to = { ArrowLeft: 'reply', ArrowRight: 'note', Home: 'reply', End: 'note' }[e.key] as
      'reply' | 'note' | undefined;
    if (!to) return;
    e.preventDefault();
    this.#setMode(to, true);
  }

  // ---- mentions -----------------------------------------------------------------------------------------------

  /** The team members whose name fits what was typed after `@`, never the agent themselves. */
  #members(query: string) {
    return mentionable(this.store.team, query, this.store.agent?.id);
  }

  #pickMention(name: string): void {
    const menu = this.mentionMenu;
    this.mentionMenu = undefined;
    if (menu) this.composer?.replaceBefore(menu.query.length + 1, `@${name} `);
  }

  /** Arrows, Enter, Tab and Escape drive the team list while it is open; other keys go on to the note. */
  readonly #mentionKeys = {
    capture: true,
    handleEvent: (e: KeyboardEvent) => {
      const menu = this.mentionMenu;
      if (!menu) return;
      const list = this.#members(menu.query);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const n = list.length || 1;
        this.mentionMenu = { ...menu, active: (menu.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n };
      } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && list[menu.active]) {
        this.#pickMention(list[menu.active].name);
      } else if (e.key === 'Escape') {
        this.mentionMenu = undefined;
      } else {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    },
  };

  #attach(file?: File | null): void {
    if (!file) return;
    this.store.conversations.attach(this.ticket.conversationId, file);
    this.composer?.focus();
  }

  #onPaste(e: ClipboardEvent): void {
    // SMS carry no images: what is pasted goes in as text, if it can.
    if (isSms(this.ticket)) return;
    const file = [...(e.clipboardData?.files ?? [])].find((f) => this.store.conversations.isImage(f));
    if (!file) return;
    e.preventDefault();
    this.#attach(file);
  }

  // ---- saved replies ------------------------------------------------------------------------------------------

  async #loadMacros(): Promise<void> {
    const t = this.ticket;
    try {
      const body = await this.store.api.get<unknown>(`/tickets/${encodeURIComponent(t.id)}/macros`);
      if (this.ticket.id === t.id) this.macros = parseMacros(body);
    } catch (e) {
      // The menu says so: no saved replies to offer.
      if (!(e instanceof ApiError)) throw e;
      if (this.ticket.id === t.id) this.macros = [];
    }
  }

  #openMacros(via: 'slash' | 'button', query: string): void {
    if (!this.macros) this.#loadMacros();
    this.macroMenu = { via, query, active: 0 };
  }

  async #toggleMacros(): Promise<void> {
    if (this.macroMenu) {
      this.macroMenu = undefined;
      return;
    }
    this.#openMacros('button', '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.macro-search')?.focus();
  }

  get #shownMacros(): Macro[] {
    return this.macroMenu && this.macros ? filterMacros(this.macros, this.macroMenu.query) : [];
  }

  /** Puts a macro's text in the reply: over the `/query` typed, or where the caret is; the agent may edit it. */
  #pickMacro(m: Macro): void {
    const via = this.macroMenu?.via;
    this.macroMenu = undefined;
    if (via === 'slash') this.composer?.replace(m.text);
    else this.composer?.insert(m.text);
  }

  /** Arrows, Enter, Tab and Escape drive the menu while it is open; other keys go on to the reply or the search. */
  #macroKey(e: KeyboardEvent): void {
    const menu = this.macroMenu;
    if (!menu) return;
    const list = this.#shownMacros;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const n = list.length || 1;
      this.macroMenu = { ...menu, active: (menu.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n };
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && list[menu.active]) {
      this.#pickMacro(list[menu.active]);
    } else if (e.key === 'Escape') {
      this.macroMenu = undefined;
      this.composer?.focus();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  /** Before the reply sees the key (capture): while `/` opened the menu, its keys drive the menu. */
  readonly #composerKeys = {
    capture: true,
    handleEvent: (e: KeyboardEvent) => this.macroMenu?.via === 'slash' && this.#macroKey(e),
  };

  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override render() {
    const s = this.strings;
    const note = this.mode === 'note';
    return html`<div class="modes" role="tablist" aria-label=${s.replyModes}>
        ${(['reply', 'note'] as const).map(
          (m) => html`<button
            type="button"
            role="tab"
            id="tab-${m}"
            class="mode ${m}"
            aria-selected=${this.mode === m}
            aria-controls="reply-panel"
            tabindex=${this.mode === m ? 0 : -1}
            @click=${() => this.#setMode(m)}
            @keydown=${this.#tabKey}
          >${m === 'reply' ? s.replyTab : s.noteTab}</button>`,
        )}
      </div>
      <div id="reply-panel" class="panel ${note ? 'note' : 'reply'}" role="tabpanel" aria-labelledby="tab-${this.mode}">
        ${note ? this.#renderNote(s) : this.#renderReply(s)}
      </div>`;
  }

  #renderNote(s: InboxStrings) {
    return html`<p class="note-hint">${s.noteLabel}</p>
      <parley-composer
        class="note-composer"
        suggests
        .strings=${{ ...s, message: s.noteTab, placeholder: s.notePlaceholder, send: s.addNote }}
        @keydown=${this.#mentionKeys}
        @input=${this.#onInput}
        @click=${this.#onInput}
        @parley-message-send=${this.#onSend}
      >
        ${this.mentionMenu ? this.#renderMentions(s) : nothing}
      </parley-composer>`;
  }

  #renderMentions(s: InboxStrings) {
    const menu = this.mentionMenu!;
    const list = this.#members(menu.query);
    const active = list[menu.active];
    return html`<div slot="above" class="macros mentions">
      <ul id="mention-list" role="listbox" aria-label=${s.mentionTeam}>
        ${list.map(
          (
            m,
            i,
          ) => html`<li id="mention-${m.id}" role="option" aria-selected=${i === menu.active} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#pickMention(m.name)}>
            <strong>@${m.name}</strong>
          </li>`,
        )}
      </ul>
      <p class="vh" aria-live="polite">${active ? s.mentionActive(active.name, list.length) : ''}</p>
    </div>`;
  }

  #renderReply(s: InboxStrings) {
    const closed = this.#closed;
    const attachment = this.store.conversations.attachment(this.ticket.conversationId);
    const types = this.store.limits?.uploadImageTypes;
    const messageMax = this.store.limits?.messageMaxLength;
    const smsTicket = isSms(this.ticket);
    const sms = this.store.sms.of(this.ticket);
    // An SMS reply is refused here while the customer opted out or the channel is off (the thread says why).
    const blocked = !!sms && (sms.optedOut || !sms.enabled);
    const max = sms ? Math.min(sms.maxLength, messageMax ?? Infinity) : messageMax;
    return html`<parley-composer
        .strings=${s}
        .maxLength=${max}
        ?disabled=${closed || blocked}
        ?attached=${!smsTicket && !!attachment && !attachment.refused}
        ?hideCounter=${smsTicket}
        @keydown=${this.#composerKeys}
        @input=${this.#onInput}
        @paste=${this.#onPaste}
        @parley-message-send=${this.#onSend}
      >
        ${attachment && !smsTicket ? this.#renderAttachment(s, attachment) : nothing}
        ${this.macroMenu ? this.#renderMacros(s) : nothing}
        <button slot="before" type="button" class="attach" aria-label=${s.macros} title=${s.macrosHint} aria-expanded=${!!this.macroMenu} ?disabled=${closed || blocked} @click=${this.#toggleMacros}>
          ${bolt}
        </button>
        ${
          smsTicket
            ? nothing
            : html`<button slot="before" type="button" class="attach" aria-label=${s.attach} title=${s.attach} ?disabled=${closed} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.file')?.click()}>
                ${paperclip}
              </button>
              <input slot="before" class="file" type="file" accept=${types ? types.join(',') : 'image/*'} hidden @change=${(
                e: Event,
              ) => {
                const input = e.target as HTMLInputElement;
                this.#attach(input.files?.[0]);
                input.value = '';
              }} />`
        }
      </parley-composer>
      ${smsTicket ? this.#renderSmsInfo(sms?.maxLength) : nothing}`;
  }

  /**
   * Under an SMS ticket's reply: how long it is and how many SMS it takes (an error beyond the longest SMS reply),
   * and that images cannot be sent. A screen reader hears only when the number of SMS changes, not every key.
   */
  #renderSmsInfo(max?: number) {
    const w = smsStrings[this.locale === 'pl' ? 'pl' : 'en'];
    const text = this.mode === 'reply' ? this.draft.trim() : '';
    const count = countSms(text);
    const over = max !== undefined && count.characters > max;
    const unicode = count.encoding === 'ucs2';
    return html`<div class="sms-info">
      ${
        text
          ? html`<p class="sms-counter ${over ? 'over' : ''}">${over ? w.over(count.characters, max) : w.counter(count.characters, count.segments, unicode)}</p>`
          : nothing
      }
      <p class="sms-no-images">${w.noImages}</p>
      <p class="vh" aria-live="polite">${!text ? '' : over ? w.tooLong(max) : w.segments(count.segments, unicode)}</p>
    </div>`;
  }

  #renderAttachment(s: InboxStrings, attachment: NonNullable<ReturnType<InboxStore['conversations']['attachment']>>) {
    const remove = html`<button type="button" class="ghost icon" aria-label=${s.removeAttachment} title=${s.removeAttachment} @click=${() => this.store.conversations.attach(this.ticket.conversationId)}>×</button>`;
    return attachment.refused
      ? html`<div slot="above" class="attachment"><p class="error" role="alert">${s.errors[attachment.refused]}</p>${remove}</div>`
      : html`<div slot="above" class="attachment"><img src=${attachment.url} alt=${s.attachmentPreview} />${remove}</div>`;
  }

  #renderMacros(s: InboxStrings) {
    const menu = this.macroMenu!;
    const list = this.#shownMacros;
    const active = list[menu.active];
    return html`<div slot="above" class="macros">
      ${
        menu.via === 'button'
          ? html`<input
            class="macro-search"
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls="macro-list"
            aria-activedescendant=${active ? `macro-${active.id}` : nothing}
            aria-label=${s.searchMacros}
            placeholder=${s.searchMacros}
            .value=${menu.query}
            @input=${(e: Event) => (this.macroMenu = { ...menu, query: (e.target as HTMLInputElement).value, active: 0 })}
            @keydown=${this.#macroKey}
          />`
          : nothing
      }
      ${
        list.length
          ? html`<ul id="macro-list" role="listbox" aria-label=${s.macros}>
            ${list.map(
              (
                m,
                i,
              ) => html`<li id="macro-${m.id}" role="option" aria-selected=${i === menu.active} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#pickMacro(m)}>
                <strong>${m.title}</strong><span>${m.text}</span>
              </li>`,
            )}
          </ul>`
          : html`<p class="none">${!this.macros ? s.loading : this.macros.length ? s.noMacroMatches : s.noMacros}</p>`
      }
      <p class="vh" aria-live="polite">${active ? s.macroActive(active.title, list.length) : ''}</p>
    </div>`;
  }
}
