import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { TAG_COLOURS, tagChip, tagStyles, type Tag, type TagColour } from '../tags.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { tagsI18n, type TagsScreenStrings } from './tags.i18n.js';

/** A tag as the form edits it: a new one has no id. */
interface Draft {
  id?: string;
  name: string;
  colour: TagColour;
}

/**
 * @summary Tags (`/api/v1/tags`): the list agents tag tickets from. Add one (name and colour), edit it in place
 * (rename, recolour) and delete it after a confirmation that says it is taken off every ticket. Every change reaches
 * every open inbox at once.
 */
export class ParleySettingsTags extends SettingsScreen<TagsScreenStrings> {
  static override styles = [
    ...sharedStyles,
    tagStyles,
    css`
      .swatches {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0;
        padding: 0;
        border: 0;
      }
      .swatches label {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        cursor: pointer;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      .confirm p {
        flex: 1 1 100%;
        margin: 0;
      }
    `,
  ];

  protected readonly words = tagsI18n;

  private readonly calls = new RequestController(this, 'tags');
  @state() private tags?: Tag[];
  @state() private editing?: Draft;
  @state() private deleting?: Tag;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await this.calls.run((api) => api.get<Tag[]>('/tags'));
    if (answer) this.tags = answer.value;
  }

  protected override render() {
    return this.calls.until(!!this.tags, () => this.renderTags(this.tags!));
  }

  /** The refusal in the screen's words when it knows the code, else as the server put it. */
  private outcome() {
    const refusal = this.calls.refusal;
    const words = refusal && this.s.errors[refusal.code];
    return words ? html`<p class="refusal" role="alert" id="refusal-tags">${words}</p>` : this.calls.outcome();
  }

  private renderTags(tags: Tag[]) {
    const s = this.s;
    const d = this.editing;
    return html`<p class="hint">${s.intro}</p>
      ${tags.length ? nothing : html`<p>${s.noTags}</p>`}
      <ul class="list">
        ${tags.map((t) =>
          d?.id === t.id
            ? html`<li>${this.renderForm(d)}</li>`
            : this.deleting?.id === t.id
              ? html`<li class="confirm" role="alertdialog" aria-labelledby="delete-q">
                  <p id="delete-q">${s.deleteConfirm(t.name)}</p>
                  <button class="primary danger" ?disabled=${this.calls.busy} @click=${() => void this.deleteNow(t)}>${s.delete}</button>
                  <button class="ghost" @click=${() => (this.deleting = undefined)}>${s.cancel}</button>
                </li>`
              : html`<li>
                  ${tagChip(t)}
                  <span class="spacer"></span>
                  <button class="ghost" aria-label=${s.edit(t.name)} @click=${() => this.edit({ id: t.id, name: t.name, colour: t.colour as TagColour })}>
                    ${s.editWord}
                  </button>
                  <button class="ghost" aria-label=${s.deleteTag(t.name)} @click=${() => this.confirmDelete(t)}>${s.delete}</button>
                </li>`,
        )}
      </ul>
      ${
        d && !d.id
          ? this.renderForm(d)
          : html`${this.outcome()}<button class="ghost new" @click=${() => this.edit({ name: '', colour: 'blue' })}>+ ${s.newTag}</button>`
      }`;
  }

  private edit(draft: Draft): void {
    this.editing = draft;
    this.deleting = undefined;
    this.calls.refusal = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#tagName')?.focus());
  }

  private confirmDelete(t: Tag): void {
    this.deleting = t;
    this.editing = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.confirm .danger')?.focus());
  }

  private renderForm(d: Draft) {
    const s = this.s;
    return html`<form
      class="card"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.save(this.editing!);
      }}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.editing = undefined)}
    >
      <div class="field">
        <label for="tagName">${s.tagName}</label>
        <input
          id="tagName"
          maxlength="40"
          .value=${d.name}
          aria-invalid=${this.calls.invalid('name')}
          aria-describedby="refusal-tags"
          @input=${(e: Event) => (this.editing = { ...this.editing!, name: (e.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset class="swatches">
        <legend>${s.tagColour}</legend>
        ${TAG_COLOURS.map(
          (c) => html`<label>
            <input
              type="radio"
              name="colour"
              value=${c}
              .checked=${d.colour === c}
              @change=${() => (this.editing = { ...this.editing!, colour: c })}
            />
            ${tagChip({ id: c, name: s.colours[c], colour: c })}
          </label>`,
        )}
      </fieldset>
      ${this.outcome()}
      <div class="buttons">
        <button class="primary" ?disabled=${this.calls.busy}>${this.calls.busy ? s.saving : d.id ? s.save : s.add}</button>
        <button type="button" class="ghost" @click=${() => (this.editing = undefined)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  private async save(d: Draft): Promise<void> {
    const body = { name: d.name, colour: d.colour };
    const answer = await this.calls.run((api) => (d.id ? api.put(`/tags/${d.id}`, body) : api.post('/tags', body)), {
      busy: true,
    });
    if (!answer) return;
    this.editing = undefined;
    const list = await this.calls.run((api) => api.get<Tag[]>('/tags'));
    if (!list) return;
    this.tags = list.value;
    this.calls.confirm();
  }

  private async deleteNow(t: Tag): Promise<void> {
    if (await this.calls.run((api) => api.delete(`/tags/${t.id}`), { busy: true })) {
      this.tags = this.tags?.filter((x) => x.id !== t.id);
      this.deleting = undefined;
    }
  }
}

define('parley-settings-tags', ParleySettingsTags);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-tags': ParleySettingsTags;
  }
}
