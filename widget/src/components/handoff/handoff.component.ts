import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import tokens from '../../styles/tokens.styles.js';

/** Fired by `<parley-handoff>` when the visitor asks for a person. */
export class ParleyHandoffEvent extends Event {
  constructor() {
    super('parley-handoff', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-handoff': ParleyHandoffEvent;
  }
}

const person = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="8" r="4"/><path d="M4.5 20.5c1.2-4 4.1-6 7.5-6s6.3 2 7.5 6"/></svg>`;

/**
 * @summary "Talk to a person": while the store's AI agent answers, the visitor's way to the team, in view above the
 * composer all the while.
 *
 * @fires parley-handoff - The visitor asked for a person.
 * @csspart button - The button.
 */
export class ParleyHandoff extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: flex;
        justify-content: flex-end;
        padding: 2px 12px 6px;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 34px;
        padding: 5px 13px;
        border: 1px solid var(--_border);
        border-radius: 17px;
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
        font-size: 13px;
        font-weight: 550;
        cursor: pointer;
      }
      button:hover {
        border-color: var(--_accent);
        color: var(--_accent);
      }
      button:focus-visible {
        outline: 3px solid color-mix(in srgb, var(--_accent) 55%, transparent);
        outline-offset: 2px;
      }
      @media (max-width: 480px) {
        button {
          min-height: 40px;
        }
      }
    `,
  ];

  @property({ attribute: false }) strings!: { talkToPerson: string };

  protected override render() {
    return html`<button type="button" part="button" @click=${() => this.dispatchEvent(new ParleyHandoffEvent())}>
      ${person}${this.strings.talkToPerson}
    </button>`;
  }
}
