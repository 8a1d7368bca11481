import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ParleyMessageSendEvent } from '../../events/parley-message-send.js';
import tokens from '../../styles/tokens.styles.js';
import styles from './composer.styles.js';
import { EMOJI } from './emoji-palette.js';
import { loadEmojiImages } from './load-emoji-images.js';

export interface ComposerStrings {
  message: string;
  placeholder: string;
  send: string;
  charsLeft: (n: number) => string;
  charsOver: (n: number) => string;
  /** The label of the emoji button and of its palette. */
  emoji: string;
}

let colourEmoji: boolean | undefined;
/** Whether this system draws emoji in colour (a colour emoji font): a drawn 😀 has coloured pixels, a missing one none. */
export function drawsColourEmoji(): boolean {
  if (colourEmoji === undefined) {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    colourEmoji = !context;
    if (context) {
      context.canvas.width = context.canvas.height = 20;
      context.font = '16px sans-serif';
      context.textBaseline = 'top';
      context.fillText('😀', 0, 0);
      const d = context.getImageData(0, 0, 20, 20).data;
      for (let i = 0; i < d.length && !colourEmoji; i += 4)
        colourEmoji = d[i + 3] > 0 && (Math.abs(d[i] - d[i + 1]) > 30 || Math.abs(d[i + 1] - d[i + 2]) > 30);
    }
  }
  return colourEmoji;
}

/** The counter appears when this few characters are left. */
const COUNTER_FROM = 500;

/**
 * @summary Where a message is written: Enter sends, Shift+Enter makes a new line.
 *
 * Never sends an empty message (unless something is attached) or one over {@link maxLength} characters; a counter
 * shows near the limit (unless the host shows its own).
 *
 * With {@link suggests}, the text is a combobox of the suggestions its host shows above it while a word is typed (the
 * team to mention in an agent's note): {@link showSuggestions} says which list is open and which option is active.
 *
 * @slot above - Shown above the form (e.g. the preview of an attached image, or a listbox of suggestions).
 * @slot before - Buttons before the emoji button (e.g. "Attach an image").
 *
 * @fires parley-message-send - The user sent a message; `detail.text` is trimmed.
 * @csspart composer - The form.
 */
export class ParleyComposer extends LitElement {
  static override styles = [tokens, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property({ attribute: false }) strings!: ComposerStrings;

  /** The text being written. */
  @property() value = '';

  /** Nothing can be written or sent. */
  @property({ type: Boolean }) disabled = false;

  /** The longest message that may be sent; undefined leaves the length to the server. */
  @property({ attribute: false }) maxLength?: number;

  /** Something is attached (slotted by the host): the message may be sent without text. */
  @property({ type: Boolean }) attached = false;

  /**
   * The host suggests words as they are typed (a listbox slotted `above`, see {@link showSuggestions}): the text is
   * then a combobox.
   */
  @property({ type: Boolean }) suggests = false;

  /** The host shows a counter of its own (an SMS reply's length and segments): none shows near the limit. */
  @property({ type: Boolean }) hideCounter = false;

  @state() private length = 0;
  @state() private picking = false;
  /** The palette's pictures, on a system that cannot draw emoji in colour; loaded when the palette first opens. */
  @state() private pictures?: Record<string, string>;
  /** The host's suggestions while shown, and the one Enter would pick. */
  @state() private suggestions?: { listbox: Element; active: Element | null };

  @query('textarea') private textarea!: HTMLTextAreaElement;

  protected override render() {
    const s = this.strings;
    const left = this.maxLength === undefined ? Infinity : this.maxLength - this.length;
    return html`${
      this.picking
        ? html`<div class="palette" role="group" aria-label=${s.emoji} @keydown=${this.#paletteKey}>
            ${EMOJI.map(
              (e) =>
                html`<button type="button" aria-label=${e} @click=${() => this.insert(e)}>${this.pictures?.[e] ? html`<img src=${this.pictures[e]} alt="" width="22" height="22" />` : e}</button>`,
            )}
          </div>`
        : nothing
    }
      <slot name="above"></slot>
      <form part="composer" @submit=${this.submit}>
        <slot name="before"></slot>
        <button
          type="button"
          class="emoji"
          aria-label=${s.emoji}
          title=${s.emoji}
          aria-expanded=${this.picking}
          ?disabled=${this.disabled}
          @click=${() => this.#pick(!this.picking)}
        >
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round">
            <circle cx="12" cy="12" r="9" /><path d="M8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01" />
          </svg>
        </button>
        <textarea
          rows="1"
          .role=${this.suggests ? 'combobox' : null}
          .ariaAutoComplete=${this.suggests ? 'list' : null}
          .ariaExpanded=${this.suggests ? String(!!this.suggestions) : null}
          aria-label=${s.message}
          placeholder=${s.placeholder}
          .value=${this.value}
          ?disabled=${this.disabled}
          @input=${this.input}
          @keydown=${this.keydown}
        ></textarea>
        <button type="submit" aria-label=${s.send} title=${s.send} ?disabled=${this.disabled || (this.length === 0 && !this.attached) || left < 0}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </form>
      ${
        left <= COUNTER_FROM && !this.hideCounter
          ? html`<div class="counter ${left < 0 ? 'over' : ''}" aria-live="polite">
            ${left < 0 ? s.charsOver(-left) : s.charsLeft(left)}
          </div>`
          : nothing
      }`;
  }

  protected override updated(): void {
    // The listbox is the host's, outside this shadow root, where ID references cannot reach: elements can.
    const area = this.textarea;
    if (!this.suggests || !area) return;
    const { listbox, active } = this.suggestions ?? {};
    if (area.ariaControlsElements?.[0] !== listbox) area.ariaControlsElements = listbox ? [listbox] : null;
    if (area.ariaActiveDescendantElement !== (active ?? null)) area.ariaActiveDescendantElement = active ?? null;
  }

  /**
   * Shows that the suggestions `listbox` (slotted `above`) is open, with its `active` option (the one Enter picks),
   * or, without a listbox, that it is closed. The host keeps the focus in the text and drives the list with its keys.
   */
  showSuggestions(listbox?: Element | null, active?: Element | null): void {
    const now = this.suggestions;
    if (!listbox) this.suggestions = undefined;
    else if (now?.listbox !== listbox || now.active !== (active ?? null))
      this.suggestions = { listbox, active: active ?? null };
  }

  async #pick(on: boolean): Promise<void> {
    if (on && !this.pictures && !drawsColourEmoji()) {
      // Without a colour emoji font the palette would be empty boxes: it shows pictures of the same emoji instead.
      this.pictures = await loadEmojiImages().then(
        (m) => m.EMOJI_IMAGES,
        () => undefined,
      );
    }
    this.picking = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(on ? '.palette button' : '.emoji')?.focus();
  }

  /** Escape closes the palette (not the chat around it); the arrow keys move along it. */
  #paletteKey(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.palette button')];
    const at = buttons.indexOf(e.target as HTMLElement);
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 8, ArrowUp: -8 }[e.key];
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#pick(false);
    } else if (step && at >= 0) {
      e.preventDefault();
      buttons[Math.min(buttons.length - 1, Math.max(0, at + step))].focus();
    }
  }

  /** Puts text where the caret is (over the selection), and goes back to writing. */
  insert(text: string): void {
    const area = this.textarea;
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    this.#written();
  }

  /** Where the caret is in the text. */
  get caret(): number {
    return this.textarea?.selectionStart ?? this.value.length;
  }

  /** Replaces the `count` characters before the caret with `text`, the caret after it. */
  replaceBefore(count: number, text: string): void {
    const area = this.textarea;
    const end = area.selectionStart;
    area.setRangeText(text, Math.max(0, end - count), end, 'end');
    this.#written();
  }

  /** Replaces everything written with `text`, the caret at its end. */
  replace(text: string): void {
    this.textarea.value = text;
    this.#written();
  }

  #written(): void {
    const area = this.textarea;
    this.value = area.value;
    this.length = this.value.trim().length;
    this.picking = false;
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Focus goes to the text, not to the first button (the host delegates focus). */
  override focus(options?: FocusOptions): void {
    if (this.textarea) this.textarea.focus(options);
    else super.focus(options);
  }

  private input(e: Event): void {
    this.value = (e.target as HTMLTextAreaElement).value;
    this.length = this.value.trim().length;
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.send();
    }
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    this.send();
    this.textarea.focus();
  }

  private send(): void {
    const text = this.value.trim();
    if ((!text && !this.attached) || (this.maxLength !== undefined && text.length > this.maxLength) || this.disabled)
      return;
    this.dispatchEvent(new ParleyMessageSendEvent(text));
    this.value = '';
    this.length = 0;
    this.textarea.value = '';
  }
}
