import { css, html, nothing } from 'lit';
import type { Ticket, TicketTag } from '../protocol/messages.js';
import { ApiError, type ApiClient } from './api.js';

/** The palette a tag's colour comes from, as the server names it (`docs/tags.md`). */
export const TAG_COLOURS = ['grey', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

/** A tag of the store's list, as `GET /api/v1/tags` answers it. */
export interface Tag extends TicketTag {
  updatedAt?: string;
}

/**
 * The store's tag list, fetched when the agent signs in and again whenever a `tags` frame says it changed; chips show
 * the list's current name and colour, so a renamed or deleted tag changes at once on every row.
 */
export class TagList {
  tags: Tag[] = [];
  /** The list was fetched at least once. */
  loaded = false;
  readonly #api: ApiClient;
  readonly #changed: () => void;
  #asked = 0;

  constructor(api: ApiClient, changed: () => void) {
    this.#api = api;
    this.#changed = changed;
  }

  /** Fetches the list (again); keeps the one it has when the server is not reached. */
  async load(): Promise<void> {
    const asked = ++this.#asked;
    try {
      const list = await this.#api.get<Tag[]>('/tags');
      if (asked !== this.#asked || !Array.isArray(list)) return;
      this.tags = list.filter((t) => typeof t?.id === 'string' && typeof t.name === 'string');
      this.loaded = true;
      this.#changed();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }

  byId(id: string): Tag | undefined {
    return this.tags.find((t) => t.id === id);
  }

  /**
   * A ticket's tags as the list has them now: renamed ones with their new name, deleted ones left out (once the list is
   * known; before, as the ticket says).
   */
  of(ticket: Ticket): TicketTag[] {
    const tags = ticket.tags ?? [];
    if (!this.loaded) return tags;
    return tags.map((t) => this.byId(t.id)).filter((t): t is Tag => !!t);
  }

  clear(): void {
    this.#asked++;
    this.tags = [];
    this.loaded = false;
  }
}

/** A tag's colour name, or grey for one this inbox does not know. */
export function colourOf(tag: TicketTag): TagColour {
  return (TAG_COLOURS as readonly string[]).includes(tag.colour) ? (tag.colour as TagColour) : 'grey';
}

/** A small coloured chip with the tag's name; `remove` adds a remove button named `removeLabel`. */
export function tagChip(tag: TicketTag, remove?: { label: string; onRemove: () => void; disabled?: boolean }) {
  return html`<span class="tag-chip" data-colour=${colourOf(tag)}
    ><bdi>${tag.name}</bdi>${
      remove
        ? html`<button
            type="button"
            class="tag-remove"
            aria-label=${remove.label}
            title=${remove.label}
            ?disabled=${remove.disabled}
            @click=${remove.onRemove}
          >
            ×
          </button>`
        : nothing
    }</span
  >`;
}

/**
 * The chips' look: a light tint of the colour with dark text in it (contrast above 4.5:1 for every colour of the
 * palette), the same in the list, the thread and the settings.
 */
export const tagStyles = css`
  .tag-chip {
    --_tag-bg: #eceff3;
    --_tag-fg: #374151;
    display: inline-flex;
    align-items: center;
    gap: 2px;
    max-width: 14em;
    padding: 0 8px;
    border-radius: 999px;
    background: var(--_tag-bg);
    color: var(--_tag-fg);
    font-size: 12px;
    font-weight: 600;
    line-height: 20px;
    white-space: nowrap;
  }
  .tag-chip bdi {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .tag-chip[data-colour='red'] {
    --_tag-bg: #fde2e1;
    --_tag-fg: #991b1b;
  }
  .tag-chip[data-colour='orange'] {
    --_tag-bg: #ffedd5;
    --_tag-fg: #9a3412;
  }
  .tag-chip[data-colour='yellow'] {
    --_tag-bg: #fef3c7;
    --_tag-fg: #854d0e;
  }
  .tag-chip[data-colour='green'] {
    --_tag-bg: #dcfce7;
    --_tag-fg: #166534;
  }
  .tag-chip[data-colour='teal'] {
    --_tag-bg: #ccfbf1;
    --_tag-fg: #115e59;
  }
  .tag-chip[data-colour='blue'] {
    --_tag-bg: #dbeafe;
    --_tag-fg: #1e40af;
  }
  .tag-chip[data-colour='purple'] {
    --_tag-bg: #ede9fe;
    --_tag-fg: #5b21b6;
  }
  .tag-chip[data-colour='pink'] {
    --_tag-bg: #fce7f3;
    --_tag-fg: #9d174d;
  }
  .tag-remove {
    min-width: 20px;
    min-height: 20px;
    margin-inline-end: -6px;
    padding: 0 4px;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .tag-remove:hover,
  .tag-remove:focus-visible {
    background: color-mix(in srgb, currentColor 15%, transparent);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
`;
