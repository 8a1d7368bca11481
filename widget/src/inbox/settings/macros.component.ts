import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { RequestController } from './settings-form.controller.js';
import { SettingsScreen, sharedStyles } from './settings-screen.js';
import { macrosI18n, type MacrosStrings } from './macros.i18n.js';
import type { Macro, Member, Variable } from './types.js';

/**
 * @summary Saved replies: the team's macros (`/api/v1/macros`), written with variables such as
 * `{{visitor.firstName}}` and a preview with sample values.
 */
export class ParleySettingsMacros extends SettingsScreen<MacrosStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .chip {
        padding: 2px 8px;
        border: 1px solid var(--_border);
        border-radius: 999px;
        background: var(--_surface-2);
        font: 12px ui-monospace, monospace;
      }
    `,
  ];

  protected readonly words = macrosI18n;

  private readonly calls = new RequestController(this, 'macros');
  /** The saved replies, once loaded. */
  @state() private macros?: Macro[];
  @state() private variables: Variable[] = [];
  /** The admin's name, which the preview gives `{{agent.name}}`. */
  @state() private myName = '';
  @state() private editing?: Macro;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const answer = await this.calls.run((api) =>
      Promise.all([
        api.get<Macro[]>('/macros'),
        api.get<Variable[]>('/macros/variables'),
        api.get<Member[]>('/agents'),
      ]),
    );
    if (!answer) return;
    const [macros, variables, team] = answer.value;
    this.macros = macros;
    this.variables = variables;
    this.myName = team.find((t) => t.id === this.me)?.name ?? '';
  }

  protected override render() {
    return this.calls.until(!!this.macros, () => this.renderMacros(this.macros!));
  }

  private renderMacros(macros: Macro[]) {
    const s = this.s;
    const m = this.editing;
    const preview = m && this.renderMacroText(m.body);
    return html`<div class="with-aside">
      <div>
        ${macros.length ? nothing : html`<p>${s.noMacros}</p>`}
        <ul class="list">
          ${macros.map(
            (x) => html`<li>
              <strong>${x.title}</strong><span class="hint">${x.body}</span>
              <span class="spacer"></span>
              <button class="ghost" @click=${() => (this.editing = { ...x })}>${s.edit}</button>
              <button class="ghost" @click=${() => this.deleteMacro(x)}>${s.remove}</button>
            </li>`,
          )}
        </ul>
        ${
          m
            ? html`<form
              class="card"
              novalidate
              @submit=${(e: Event) => {
                e.preventDefault();
                void this.saveMacro(this.editing!);
              }}
            >
              <div class="field">
                <label for="macroTitle">${s.macroTitle}</label>
                <input id="macroTitle" .value=${m.title} aria-invalid=${this.calls.invalid('title')} @input=${(e: Event) => (this.editing = { ...this.editing!, title: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="field">
                <label for="macroBody">${s.macroBody}</label>
                <textarea id="macroBody" rows="4" .value=${m.body} aria-invalid=${this.calls.invalid('body')} @input=${(e: Event) => (this.editing = { ...this.editing!, body: (e.target as HTMLTextAreaElement).value })}></textarea>
              </div>
              <p class="hint">${s.variables}:
                ${this.variables.map(
                  (v) =>
                    html`<button type="button" class="chip" title=${v.description} aria-label=${s.insertVariable(v.placeholder)} @click=${() => (this.editing = { ...this.editing!, body: `${this.editing!.body}${v.placeholder}` })}>${v.placeholder}</button> `,
                )}
              </p>
              ${this.calls.outcome()}
              <div class="buttons">
                <button class="primary" ?disabled=${this.calls.busy}>${this.calls.busy ? s.saving : s.save}</button>
                <button type="button" class="ghost" @click=${() => (this.editing = undefined)}>${s.cancel}</button>
              </div>
            </form>`
            : html`${this.calls.outcome()}<button class="ghost" @click=${() => (this.editing = { title: '', body: '' })}>${s.newMacro}</button>`
        }
      </div>
      ${
        m
          ? html`<figure class="preview">
            <figcaption>${s.macroPreview}</figcaption>
            <p class="bubble">${preview}</p>
          </figure>`
          : nothing
      }
    </div>`;
  }

  /** The macro's text with sample values: the visitor is a sample customer, the agent is the admin. */
  private renderMacroText(body: string): string {
    const values: Record<string, string> = {
      'visitor.firstName': this.s.sampleVisitor.split(' ')[0],
      'visitor.name': this.s.sampleVisitor,
      'agent.name': this.myName,
      'agent.firstName': this.myName.split(' ')[0],
    };
    return body.replace(
      /\{\{[ \t]*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)[ \t]*\}\}/g,
      (all, name: string) => values[name] ?? all,
    );
  }

  private async saveMacro(m: Macro): Promise<void> {
    const body = { title: m.title, body: m.body };
    const answer = await this.calls.run(
      (api) => (m.id ? api.put(`/macros/${m.id}`, body) : api.post('/macros', body)),
      { busy: true },
    );
    if (!answer) return;
    this.editing = undefined;
    const list = await this.calls.run((api) => api.get<Macro[]>('/macros'));
    if (!list) return;
    this.macros = list.value;
    this.calls.confirm();
  }

  private async deleteMacro(m: Macro): Promise<void> {
    if (await this.calls.run((api) => api.delete(`/macros/${m.id}`)))
      this.macros = this.macros?.filter((x) => x.id !== m.id);
  }
}

define('parley-settings-macros', ParleySettingsMacros);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-macros': ParleySettingsMacros;
  }
}
