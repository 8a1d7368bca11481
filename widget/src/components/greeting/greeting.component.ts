import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import tokens from '../../styles/tokens.styles.js';
import { aiLabel, aiLabelStyles } from '../message-list/ai-label.js';

/** The words of the greeting: the store's name, and the AI agent's label. */
export interface GreetingStrings {
  support: string;
  ai: string;
  aiAgent: string;
}

/**
 * @summary The store's first words in the chat, before anything is written: its welcome under its name, or, while the
 * store's AI agent is on, the AI agent's greeting, with its "AI" label.
 */
export class ParleyGreeting extends LitElement {
  static override styles = [
    tokens,
    aiLabelStyles,
    css`
      :host {
        display: block;
        margin: 0 0 6px;
        max-width: 82%;
      }
      .from {
        margin: 0 4px 3px;
        font-size: 12px;
        color: var(--_text-2);
      }
      .ai {
        margin-inline-start: 0;
      }
      p {
        margin: 0;
        padding: 10px 13px;
        border-radius: 18px;
        width: fit-content;
        background: var(--_surface-2);
        font-size: 14.5px;
        line-height: 1.4;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) strings!: GreetingStrings;

  /** What the store (or its AI agent) says. */
  @property() text = '';

  /** The store's AI agent says it. */
  @property({ type: Boolean }) ai = false;

  protected override render() {
    const s = this.strings;
    return html`<bdi class="from">${s.support}</bdi>${this.ai ? aiLabel(s) : nothing}<p dir="auto">${this.text}</p>`;
  }
}
