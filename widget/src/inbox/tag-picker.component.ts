import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../define.js';
import { parseTicket, type Ticket } from '../protocol/messages.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';
import { tagStrings, type TagStrings } from './tags.i18n.js';
import { tagChip, tagStyles, type Tag } from './tags.js';

/**
 * @summary A ticket's tags in the thread's header: its chips, each with a remove button ("Remove tag VIP"), and "Add
 * tag", a combobox over the store's tag list.
 *
 * Typing filters the list; the arrows move through it, Enter adds the highlighted tag, Escape closes it. Any agent
 * tags any ticket, closed ones too. The answer of the server (the ticket) goes to the store, and every other inbox
 * hears of it in a `ticket` frame.
 */
export class ParleyTagPicker extends LitElement {
  static override styles = [
    tokens,
    shared,
    tagStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      .add {
        min-height: 24px;
        padding: 0 8px;
        font-size: 12px;
      }
      .picker {
        position: absolute;
        z-index: 5;
        inset-inline-start: 0;
        top: calc(100% + 4px);
        width: min(260px, 80vw);
        padding: 6px;
        border: 1px solid var(--_border, #d0d5dd);
        border-radius: 8px;
        background: var(--_surface, #fff);
        box-shadow: 0 6px 24px rgb(0 0 0 / 0.15);
      }
      .picker input {
        box-sizing: border-box;
        width: 100%;
      }
      [role='listbox'] {
        max-height: 220px;
        margin: 6px 0 0;
        padding: 0;
        overflow: auto;
        list-style: none;
      }
      [role='option'] {
        padding: 4px 6px;
        border-radius: 6px;
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--_surface-2, #eef2f7);
        outline: 2px solid var(--parley-accent, #2563eb);
        outline-offset: -2px;
      }
      .none,
      .error {
        margin: 6px 4px 0;
        font-size: 13px;
      }
    `,
  ];

  @property({ attribute: false }) store!: InboxStore;
  @property({ attribute: false }) ticket!: Ticket;
  @property() locale: 'en' | 'pl' = 'en';

  @state() private open = false;
  @state() private query = '';
  @state() private active = 0;
  @state() private busy = false;
  @state() private error = '';

  constructor() {
    super();
    new StoreController(this, () => this.store);
  }

  private get s(): TagStrings {
    return tagStrings[this.locale] ?? tagStrings.en;
  }

  /** The tags the ticket does not carry yet whose names hold the typed text, in any case. */
  private get choices(): Tag[] {
    const carried = new Set((this.ticket.tags ?? []).map((t) => t.id));
    const q = this.query.trim().toLocaleLowerCase(this.locale);
    return this.store.tags.tags.filter(
      (t) => !carried.has(t.id) && (!q || t.name.toLocaleLowerCase(this.locale).includes(q)),
    );
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('ticket') && (changed.get('ticket') as Ticket | undefined)?.id !== this.ticket?.id) {
      this.open = false;
      this.error = '';
    }
  }

  #openPicker(): void {
    this.open = true;
    this.query = '';
    this.active = 0;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.picker input')?.focus());
  }

  #close(): void {
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.add')?.focus());
  }

  #onKey(e: KeyboardEvent): void {
    const choices = this.choices;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = choices.length;
      if (n) this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.busy) return;
      const chosen = choices[Math.min(this.active, choices.length - 1)];
      if (chosen) void this.#change('add', chosen.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.#close();
    }
  }

  /** Tags or untags the ticket; the server's answer is the ticket as it is now. */
  async #change(how: 'add' | 'remove', tagId: string): Promise<void> {
    const t = this.ticket;
    this.busy = true;
    this.error = '';
    try {
      const path = `/tickets/${encodeURIComponent(t.id)}/tags`;
      const answer =
        how === 'add'
          ? await this.store.api.post<unknown>(path, { tagId })
          : await this.store.api.delete<unknown>(`${path}/${encodeURIComponent(tagId)}`);
      const ticket = parseTicket(answer);
      if (ticket) this.store.ticketChanged(ticket);
      if (how === 'add') {
        this.query = '';
        this.active = 0;
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.error = this.s.errors[e.code] ?? this.s.tagFailed;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const s = this.s;
    const tags = this.store.tags.of(this.ticket);
    const choices = this.open ? this.choices : [];
    const active = Math.min(this.active, Math.max(0, choices.length - 1));
    const listId = `tag-options-${this.ticket.id}`;
    return html`<div class="tags" role="group" aria-label=${s.tags}>
        ${tags.map((t) =>
          tagChip(t, {
            label: s.removeTag(t.name),
            disabled: this.busy,
            onRemove: () => void this.#change('remove', t.id),
          }),
        )}
        <button class="ghost add" aria-expanded=${this.open} aria-haspopup="listbox" @click=${() => (this.open ? this.#close() : this.#openPicker())}>
          + ${s.addTag}
        </button>
      </div>
      ${
        this.open
          ? html`<div class="picker" @focusout=${this.#onFocusOut}>
            <input
              role="combobox"
              aria-label=${s.findTag}
              placeholder=${s.findTag}
              aria-expanded="true"
              aria-controls=${listId}
              aria-autocomplete="list"
              aria-activedescendant=${choices.length ? `${listId}-${active}` : nothing}
              .value=${this.query}
              aria-busy=${this.busy ? 'true' : 'false'}
              @input=${(e: InputEvent) => {
                this.query = (e.target as HTMLInputElement).value;
                this.active = 0;
              }}
              @keydown=${this.#onKey}
            />
            <ul role="listbox" id=${listId} aria-label=${s.tags}>
              ${choices.map(
                (t, i) => html`<li
                  role="option"
                  id="${listId}-${i}"
                  aria-selected=${i === active}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => void this.#change('add', t.id)}
                >
                  ${tagChip(t)}
                </li>`,
              )}
            </ul>
            ${
              choices.length
                ? nothing
                : html`<p class="none" role="status">${this.store.tags.tags.length ? s.noTagsMatch : s.noTagsYet}</p>`
            }
          </div>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }

  /** Closes the picker when the focus leaves it (not when it moves inside it). */
  #onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    // To the "Add tag" button: its click closes the picker.
    if (to && to === this.renderRoot.querySelector('.add')) return;
    if (!to || !(e.currentTarget as HTMLElement).contains(to)) this.open = false;
  };
}

define('parley-tag-picker', ParleyTagPicker);

declare global {
  interface HTMLElementTagNameMap {
    'parley-tag-picker': ParleyTagPicker;
  }
}
