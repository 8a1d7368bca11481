import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../i18n.js';
import tokens from '../../styles/tokens.styles.js';
import type { ApiClient } from '../api.js';
import type { RequestController, SectionFormController } from './settings-form.controller.js';
import { settingsI18n, type SettingsStrings } from './settings.i18n.js';
import screenStyles from './settings-screen.styles.js';

/** The styles every screen has; a screen adds its own after them. */
export const sharedStyles = [tokens, screenStyles];

/**
 * What every settings screen is given by `<parley-settings>`: the inbox's API client, the language, Parley's origin
 * and the signed-in admin's id. Each screen is an element of its own, loaded when it is first opened.
 */
export abstract class SettingsScreen<Words extends object = object> extends LitElement {
  static override styles = sharedStyles;

  /** The screen's own words in each language (`<screen>.i18n.ts`), besides those all screens share. */
  protected abstract readonly words: Record<Lang, Words>;

  /** The inbox's client of the agents' API; every call of the screen goes through it. */
  @property({ attribute: false }) api!: ApiClient;
  @property() locale: Lang = 'en';
  /** Parley's origin, or '' for the page's own. */
  @property() base = '';
  /** The signed-in admin's id. */
  @property() me = '';
  /** Grows with every change of the store's settings that the inbox hears of, this admin's own included. */
  @property({ type: Number }) news = 0;

  /** The words of the screen in its language: those all screens share and its own. */
  get s(): SettingsStrings & Words {
    return { ...settingsI18n[this.locale], ...this.words[this.locale] };
  }
}

/** A form that saves `body()` (read from the draft at the time of saving), with the refusal or "Saved" under it. */
export function sectionForm<T extends object>(
  form: SectionFormController<T>,
  s: SettingsStrings,
  body: (draft: T) => Record<string, unknown>,
  fields: unknown,
  aside?: unknown,
  /** Nothing can be saved (what the form edits is decided elsewhere): the button is disabled. */
  locked = false,
): TemplateResult {
  return html`<div class="with-aside">
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (form.draft && !locked) void form.save(body(form.draft));
      }}
    >
      ${fields}
      ${form.outcome()}
      <div class="buttons"><button class="primary" ?disabled=${form.busy || locked}>${form.busy ? s.saving : s.save}</button></div>
    </form>
    ${aside ?? nothing}
  </div>`;
}

export function toggle(
  id: string,
  label: string,
  hint: string,
  on: boolean,
  change: (on: boolean) => void,
  disabled = false,
): TemplateResult {
  return html`<div class="toggle">
    <input id=${id} type="checkbox" role="switch" .checked=${on} ?disabled=${disabled} aria-describedby="${id}-hint" @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
    <p id="${id}-hint" class="hint">${hint}</p>
  </div>`;
}

/** A labelled input whose value is the body's field at `path` (marked when a refusal is about it). */
export interface InputOptions {
  id: string;
  path: string;
  label: string;
  value: string;
  change: (value: string) => void;
  type?: 'text' | 'url' | 'number' | 'email' | 'time' | 'date' | 'color';
  hint?: string;
  disabled?: boolean;
}

export function input(calls: RequestController, o: InputOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      type=${o.type ?? 'text'}
      .value=${o.value}
      ?disabled=${o.disabled ?? false}
      aria-invalid=${calls.invalid(o.path)}
      aria-describedby=${o.hint ? `${o.id}-hint` : nothing}
      @input=${(e: Event) => o.change((e.target as HTMLInputElement).value)}
    />
    ${o.hint ? html`<p id="${o.id}-hint" class="hint">${o.hint}</p>` : nothing}
  </div>`;
}

export function textarea(calls: RequestController, o: InputOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <textarea
      id=${o.id}
      rows="3"
      .value=${o.value}
      aria-invalid=${calls.invalid(o.path)}
      aria-describedby=${o.hint ? `${o.id}-hint` : nothing}
      @input=${(e: Event) => o.change((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint">${o.hint}</p>` : nothing}
  </div>`;
}
