import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../define.js';
import tokens from '../styles/tokens.styles.js';
import { ApiError } from './api.js';
import type { InboxStore } from './inbox-store.js';
import shared from './shared.styles.js';
import { StoreController } from './store.controller.js';
import { searchText, type ListFilter } from './ticket-query.js';
import { tagStrings, type TagStrings } from './tags.i18n.js';

/** A saved view, as `GET /api/v1/views` answers it (`docs/tags.md`). */
export interface SavedView {
  id: string;
  name: string;
  shared: boolean;
  editable: boolean;
  filter: { status?: string; assignee?: string; channel?: string; tag?: string; q?: string };
  updatedAt?: string;
}

/** The list filter a view keeps, with the list's defaults for what it leaves out. */
export function filterOf(view: SavedView): ListFilter {
  const f = view.filter ?? {};
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
  return {
    status: pick(f.status, ['open', 'snoozed', 'closed'] as const, 'open'),
    assignee: pick(f.assignee, ['all', 'mine', 'unassigned'] as const, 'all'),
    channel: pick(f.channel, ['chat', 'sms'] as const, ''),
    tag: f.tag ?? '',
    q: f.q ?? '',
  };
}

/** The body of `POST`/`PUT /api/v1/views` for the list's filter. */
export function viewBody(name: string, filter: ListFilter, shared: boolean) {
  const q = searchText(filter);
  return {
    name,
    shared,
    filter: {
      status: filter.status,
      assignee: filter.assignee,
      ...(filter.channel && { channel: filter.channel }),
      ...(filter.tag && { tag: filter.tag }),
      ...(q && { q }),
    },
  };
}

const ROUTE = /^#\/views\/([\w-]+)/;

/**
 * @summary The saved views: a menu beside the list's filters with the agent's own views and the team's, each opened
 * with one click (and at `#/views/<id>`), "Save view" for the current filters (admins may share it with the team),
 * and rename and delete for the views the agent may change.
 */
export class ParleyViews extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      /* The menu opens towards the list, from the button at its end, so the list's edge never cuts it. */
      .menu {
        position: absolute;
        z-index: 6;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        width: min(300px, 86vw);
        padding: 8px;
        border: 1px solid var(--_border, #d0d5dd);
        border-radius: 8px;
        background: var(--_surface, #fff);
        box-shadow: 0 6px 24px rgb(0 0 0 / 0.15);
      }
      h3 {
        margin: 6px 4px 2px;
        font-size: 12px;
        text-transform: uppercase;
        color: var(--_muted, #667085);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .toggle bdi {
        display: inline-block;
        max-width: 9em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        vertical-align: bottom;
      }
      li {
        display: flex;
        gap: 2px;
        align-items: center;
      }
      li .open {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-align: start;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      li .open[aria-current='true'] {
        font-weight: 700;
      }
      form {
        display: grid;
        gap: 6px;
        margin-top: 6px;
      }
      form .row {
        display: flex;
        gap: 6px;
      }
      .none,
      .error {
        margin: 4px;
        font-size: 13px;
      }
      .icon {
        min-width: 28px;
      }
    `,
  ];

  @property({ attribute: false }) store!: InboxStore;
  @property() locale: 'en' | 'pl' = 'en';

  @state() private views: SavedView[] = [];
  @state() private open = false;
  /** What the menu shows below the views: the new view's form, a rename or a deletion to confirm. */
  @state() private editing?: { kind: 'new' | 'rename' | 'delete'; view?: SavedView; name: string; shared: boolean };
  @state() private error = '';
  @state() private busy = false;
  /** The view last opened, while the list's filter is still its. */
  @state() private current?: SavedView;

  readonly #onHash = () => void this.#followRoute();
  readonly #onDocClick = (e: Event) => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  constructor() {
    super();
    new StoreController(this, () => this.store);
  }

  private get s(): TagStrings {
    return tagStrings[this.locale] ?? tagStrings.en;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    document.addEventListener('click', this.#onDocClick);
    void this.load().then(() => this.#followRoute());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    document.removeEventListener('click', this.#onDocClick);
  }

  /** Fetches the views (again). */
  async load(): Promise<void> {
    try {
      const views = await this.store.api.get<SavedView[]>('/views');
      if (Array.isArray(views)) this.views = views;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }

  /** `#/views/<id>` opens that view once the views are known. */
  async #followRoute(): Promise<void> {
    const id = ROUTE.exec(location.hash)?.[1];
    if (!id || this.current?.id === id) return;
    let view = this.views.find((v) => v.id === id);
    if (!view) {
      await this.load();
      view = this.views.find((v) => v.id === id);
    }
    if (view) this.#apply(view);
  }

  #apply(view: SavedView): void {
    this.current = view;
    this.store.list.applyFilter(filterOf(view));
    this.open = false;
    if (ROUTE.exec(location.hash)?.[1] !== view.id) location.hash = `#/views/${view.id}`;
  }

  async #toggle(): Promise<void> {
    this.open = !this.open;
    this.editing = undefined;
    this.error = '';
    if (this.open) await this.load();
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    this.busy = true;
    this.error = '';
    try {
      if (editing.kind === 'new') {
        const view = await this.store.api.post<SavedView>(
          '/views',
          viewBody(editing.name, this.store.list.filter, editing.shared),
        );
        this.current = view;
        this.open = false;
        if (view?.id) history.replaceState(null, '', `#/views/${view.id}`);
      } else if (editing.kind === 'rename' && editing.view) {
        await this.store.api.put(`/views/${editing.view.id}`, {
          name: editing.name,
          filter: viewBody(editing.name, filterOf(editing.view), false).filter,
        });
      } else if (editing.kind === 'delete' && editing.view) {
        await this.store.api.delete(`/views/${editing.view.id}`);
        if (this.current?.id === editing.view.id) this.current = undefined;
      }
      this.editing = undefined;
      await this.load();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.error = this.s.errors[err.code] ?? this.s.viewFailed;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const s = this.s;
    const filter = this.store.list.filter;
    const current = this.current && sameFilter(filterOf(this.current), filter) ? this.current : undefined;
    return html`<button class="ghost toggle" aria-expanded=${this.open} aria-controls="views-menu" @click=${() => void this.#toggle()}>
        ${s.views}${current ? html`: <bdi>${current.name}</bdi>` : nothing} ▾
      </button>
      ${this.open ? this.#renderMenu(s, current) : nothing}`;
  }

  #renderMenu(s: TagStrings, current?: SavedView) {
    const mine = this.views.filter((v) => !v.shared);
    const team = this.views.filter((v) => v.shared);
    const group = (title: string, views: SavedView[], id: string) =>
      views.length
        ? html`<h3 id=${id}>${title}</h3>
            <ul aria-labelledby=${id}>
              ${views.map((v) => this.#renderView(v, s, v.id === current?.id))}
            </ul>`
        : nothing;
    const e = this.editing;
    return html`<div class="menu" id="views-menu" @keydown=${this.#onMenuKey}>
      ${group(s.personalViews, mine, 'views-mine')} ${group(s.sharedViews, team, 'views-team')}
      ${this.views.length ? nothing : html`<p class="none">${s.noViews}</p>`}
      ${
        e
          ? html`<form @submit=${this.#submit}>
            ${
              e.kind === 'delete'
                ? html`<p role="alert">${s.deleteViewConfirm(e.view!.name)}</p>`
                : html`<label for="view-name">${s.viewName}</label>
                  <input
                    id="view-name"
                    maxlength="60"
                    required
                    .value=${e.name}
                    @input=${(ev: InputEvent) => (this.editing = { ...e, name: (ev.target as HTMLInputElement).value })}
                  />
                  ${
                    e.kind === 'new' && this.store.isAdmin
                      ? html`<label
                          ><input
                            type="checkbox"
                            .checked=${e.shared}
                            @change=${(ev: Event) => (this.editing = { ...e, shared: (ev.target as HTMLInputElement).checked })}
                          />
                          ${s.shareView}</label
                        >`
                      : nothing
                  }`
            }
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
            <div class="row">
              <button class="primary ${e.kind === 'delete' ? 'danger' : ''}" ?disabled=${this.busy}>${e.kind === 'delete' ? s.delete : s.save}</button>
              <button type="button" class="ghost" @click=${() => (this.editing = undefined)}>${s.cancel}</button>
            </div>
          </form>`
          : html`<button class="ghost save" @click=${() => this.#startNew()}>+ ${s.saveView}</button>`
      }
    </div>`;
  }

  /** Escape closes the menu and gives the focus back to its button. */
  #onMenuKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };

  #startNew(): void {
    this.editing = { kind: 'new', name: '', shared: false };
    this.error = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#view-name')?.focus());
  }

  #renderView(v: SavedView, s: TagStrings, active: boolean) {
    return html`<li>
      <button class="ghost open" aria-current=${active ? 'true' : 'false'} @click=${() => this.#apply(v)}><bdi>${v.name}</bdi></button>
      ${
        v.editable
          ? html`<button
                class="ghost icon"
                aria-label=${s.renameView(v.name)}
                title=${s.renameView(v.name)}
                @click=${() => {
                  this.editing = { kind: 'rename', view: v, name: v.name, shared: v.shared };
                  this.error = '';
                }}
              >
                ✎
              </button>
              <button
                class="ghost icon"
                aria-label=${s.deleteView(v.name)}
                title=${s.deleteView(v.name)}
                @click=${() => {
                  this.editing = { kind: 'delete', view: v, name: v.name, shared: v.shared };
                  this.error = '';
                }}
              >
                ×
              </button>`
          : nothing
      }
    </li>`;
  }
}

function sameFilter(a: ListFilter, b: ListFilter): boolean {
  return (
    a.status === b.status &&
    a.assignee === b.assignee &&
    a.channel === b.channel &&
    a.tag === b.tag &&
    searchText(a) === searchText(b)
  );
}

define('parley-views', ParleyViews);

declare global {
  interface HTMLElementTagNameMap {
    'parley-views': ParleyViews;
  }
}
