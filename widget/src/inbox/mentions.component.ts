import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import tokens from '../styles/tokens.styles.js';
import type { InboxStore } from './inbox-store.js';
import type { InboxStrings } from './inbox.i18n.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';

/**
 * @summary The agent's mentions: a button with the count of notes that mention them and that they have not seen,
 * opening the list of them; choosing one opens its ticket (which marks its mentions seen).
 *
 * Keys: Escape closes the list and goes back to the button.
 */
export class ParleyMentions extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      .toggle {
        position: relative;
        white-space: nowrap;
      }
      .count {
        position: absolute;
        top: -2px;
        right: -4px;
        min-width: 18px;
        padding: 0 5px;
        box-sizing: border-box;
        border-radius: 9px;
        background: #b45309;
        color: #fff;
        font-size: 11px;
        line-height: 18px;
        font-weight: 600;
      }
      .panel {
        position: absolute;
        right: 0;
        top: calc(100% + 6px);
        z-index: 20;
        width: min(360px, calc(100vw - 24px));
        max-height: 60vh;
        overflow-y: auto;
        border: 1px solid var(--_border);
        border-radius: 12px;
        background: var(--_surface);
        box-shadow: 0 12px 32px rgb(16 24 40 / 0.16);
      }
      h2 {
        margin: 0;
        padding: 10px 14px;
        font-size: 14px;
        border-bottom: 1px solid var(--_border);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 4px;
      }
      li button {
        display: flex;
        flex-direction: column;
        gap: 2px;
        width: 100%;
        padding: 8px 10px;
        border: 0;
        border-radius: 8px;
        background: none;
        color: inherit;
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      li button:hover,
      li button:focus-visible {
        background: #fff4c2;
      }
      li span {
        color: var(--_text-2);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        max-width: 100%;
      }
      .none {
        margin: 0;
        padding: 12px 14px;
        color: var(--_text-2);
      }
    `,
  ];

  @property({ attribute: false }) store!: InboxStore;
  @property({ attribute: false }) strings!: InboxStrings;

  @state() private open = false;

  constructor() {
    super();
    new StoreController(this, () => this.store);
  }

  async #toggle(on = !this.open): Promise<void> {
    this.open = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(on ? '.panel button, .panel' : '.toggle')?.focus();
  }

  #key(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.#toggle(false);
  }

  protected override render() {
    const s = this.strings;
    const mentions = this.store.notes.mentions;
    const n = mentions.length;
    return html`<button
        class="ghost toggle"
        aria-expanded=${this.open}
        aria-controls="mentions"
        title=${s.mentions}
        @click=${() => this.#toggle()}
      >
        @ <span class="label">${s.mentions}</span>
        ${n ? html`<span class="count" aria-hidden="true">${n}</span><span class="vh">, ${s.mentionCount(n)}</span>` : nothing}
      </button>
      ${
        this.open
          ? html`<div id="mentions" class="panel" role="region" aria-labelledby="mentions-title" tabindex="-1" @keydown=${this.#key}>
            <h2 id="mentions-title">${s.mentions}</h2>
            ${
              n
                ? html`<ul>
                  ${mentions.map(
                    (m) => html`<li>
                      <button type="button" @click=${() => {
                        this.open = false;
                        this.store.openTicket(m.ticketId, m.conversationId);
                      }}>
                        <strong>${s.mentionedBy(m.authorName || s.teammate)}</strong>
                        <span dir="auto">${m.text}</span>
                      </button>
                    </li>`,
                  )}
                </ul>`
                : html`<p class="none">${s.noMentions}</p>`
            }
          </div>`
          : nothing
      }`;
  }
}
