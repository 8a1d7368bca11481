import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../define.js';
import { LANGUAGES } from './texts-per-language.js';
import { SectionFormController } from './settings-form.controller.js';
import { SettingsScreen, sectionForm, sharedStyles } from './settings-screen.js';
import { faqsI18n, type FaqsStrings } from './faqs.i18n.js';
import type { Faq, FaqsSection } from './types.js';

/** The most alternative phrasings an FAQ has (docs/rest-settings.md). */
const MAX_PHRASINGS = 10;

/** The FAQs as saved: blank phrasings the admin left are not sent. */
const withoutBlankPhrasings = (faqs: Faq[]): Faq[] =>
  faqs.map((f) => ({ ...f, phrasings: (f.phrasings ?? []).filter((p) => p.trim()) }));

/**
 * @summary FAQs: questions and answers offered to visitors before they write, in the order shown, reordered by
 * dragging or with the arrow buttons, with a preview of what visitors see; each with other ways to ask its question,
 * which the AI agent finds it by.
 */
export class ParleySettingsFaqs extends SettingsScreen<FaqsStrings> {
  static override styles = [
    ...sharedStyles,
    css`
      .faqs,
      .faq-preview {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .faqs li {
        padding: 12px;
        margin-bottom: 10px;
        border: 1px solid var(--_border);
        border-radius: 10px;
        background: var(--_surface-2);
        cursor: grab;
      }
      .faqs li.dragging {
        opacity: 0.5;
      }
      .faqs .field {
        margin-bottom: 8px;
      }
      .phrasings {
        flex-direction: column;
        flex-wrap: nowrap;
        gap: 6px;
      }
      .phrasings .row input {
        flex: 1 1 12em;
        min-width: 0;
      }
      .faq-preview li {
        margin: 0 0 6px;
        padding: 9px 13px;
        border-radius: 14px;
        background: var(--_surface);
        border: 1px solid var(--_border);
        white-space: pre-wrap;
      }
    `,
  ];

  protected readonly words = faqsI18n;

  private readonly form = new SectionFormController<FaqsSection>(this, 'faqs');
  @state() private dragged?: number;

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const move = (from: number, to: number) =>
        form.edit((x) => {
          if (to < 0 || to >= x.faqs.length) return;
          const [f] = x.faqs.splice(from, 1);
          x.faqs.splice(to, 0, f);
        });
      const set = (i: number, change: Partial<Faq>) => form.edit((x) => (x.faqs[i] = { ...x.faqs[i], ...change }));
      return sectionForm(
        form,
        s,
        (x) => ({ faqs: withoutBlankPhrasings(x.faqs) }),
        html`<p class="hint">${s.dragHint}</p>
          ${d.faqs.length ? nothing : html`<p>${s.noFaqs}</p>`}
          <ol class="faqs">
            ${d.faqs.map(
              (f, i) => html`<li
                draggable="true"
                class=${this.dragged === i ? 'dragging' : ''}
                @dragstart=${() => (this.dragged = i)}
                @dragover=${(e: DragEvent) => e.preventDefault()}
                @drop=${(e: DragEvent) => {
                  e.preventDefault();
                  if (this.dragged !== undefined) move(this.dragged, i);
                  this.dragged = undefined;
                }}
                @dragend=${() => (this.dragged = undefined)}
              >
                <div class="field">
                  <label for="q-${i}">${s.question} ${i + 1}</label>
                  <input id="q-${i}" .value=${f.question} aria-invalid=${form.invalid(`faqs.${i}.question`)} @input=${(e: Event) => set(i, { question: (e.target as HTMLInputElement).value })} />
                </div>
                <div class="field">
                  <label for="a-${i}">${s.answer} ${i + 1}</label>
                  <textarea id="a-${i}" rows="2" .value=${f.answer} aria-invalid=${form.invalid(`faqs.${i}.answer`)} @input=${(e: Event) => set(i, { answer: (e.target as HTMLTextAreaElement).value })}></textarea>
                </div>
                <div class="field">
                  <label for="l-${i}">${s.shownTo}</label>
                  <select id="l-${i}" @change=${(e: Event) => set(i, { language: ((e.target as HTMLSelectElement).value || null) as Faq['language'] })}>
                    <option value="" ?selected=${!f.language}>${s.everyLanguage}</option>
                    ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${f.language === l}>${s.inLanguage(s.languageNames[l])}</option>`)}
                  </select>
                </div>
                ${this.renderPhrasings(f, i)}
                <div class="row">
                  <label class="choice"><input type="checkbox" .checked=${f.published} @change=${(e: Event) => set(i, { published: (e.target as HTMLInputElement).checked })} /> ${s.published}</label>
                  <span class="spacer"></span>
                  <button type="button" class="ghost" aria-label="${s.moveUp}: ${f.question}" ?disabled=${i === 0} @click=${() => move(i, i - 1)}>↑</button>
                  <button type="button" class="ghost" aria-label="${s.moveDown}: ${f.question}" ?disabled=${i === d.faqs.length - 1} @click=${() => move(i, i + 1)}>↓</button>
                  <button type="button" class="ghost" @click=${() => form.edit((x) => x.faqs.splice(i, 1))}>${s.remove}</button>
                </div>
              </li>`,
            )}
          </ol>
          <button type="button" class="ghost" @click=${() => form.edit((x) => x.faqs.push({ question: '', answer: '', published: true, phrasings: [] }))}>${s.addFaq}</button>`,
        html`<figure class="preview">
          <figcaption>${s.visitorsSee}</figcaption>
          <ul class="faq-preview">
            ${d.faqs
              .filter((f) => f.published && f.question.trim())
              .map(
                (f) =>
                  html`<li>${f.question}${f.language ? html` <span class="hint">(${s.languageNames[f.language]})</span>` : nothing}</li>`,
              )}
          </ul>
        </figure>`,
      );
    });
  }

  /** The FAQ's other ways to ask its question: a field each, removable, and a button for one more (up to ten). */
  private renderPhrasings(f: Faq, i: number) {
    const s = this.s;
    const form = this.form;
    const phrasings = phrasingsOf(f);
    const change = (edit: (list: string[]) => void) =>
      form.edit((x) => {
        const list = [...phrasingsOf(x.faqs[i])];
        edit(list);
        x.faqs[i] = { ...x.faqs[i], phrasings: list };
      });
    return html`<fieldset class="phrasings" aria-describedby="ph-hint-${i}">
      <legend>${s.phrasings}</legend>
      <p class="hint" id="ph-hint-${i}">${s.phrasingsHint}</p>
      ${phrasings.map(
        (p, j) => html`<div class="row">
          <label class="vh" for="p-${i}-${j}">${s.phrasing(j + 1, i + 1)}</label>
          <input
            id="p-${i}-${j}"
            maxlength="300"
            .value=${p}
            aria-invalid=${form.invalid(`faqs.${i}.phrasings`)}
            @input=${(e: Event) => change((list) => (list[j] = (e.target as HTMLInputElement).value))}
          />
          <button type="button" class="ghost" aria-label=${s.removePhrasing(p || String(j + 1))} @click=${() => change((list) => list.splice(j, 1))}>×</button>
        </div>`,
      )}
      <div class="row">
        <button type="button" class="ghost" ?disabled=${phrasings.length >= MAX_PHRASINGS} @click=${() => {
          change((list) => list.push(''));
          void this.updateComplete.then(() =>
            this.renderRoot.querySelector<HTMLInputElement>(`#p-${i}-${phrasings.length}`)?.focus(),
          );
        }}>${s.addPhrasing}</button>
      </div>
    </fieldset>`;
  }
}

/** An FAQ's phrasings; none when a server that predates them left the field out. */
function phrasingsOf(f: Faq): string[] {
  return f.phrasings ?? [];
}

define('parley-settings-faqs', ParleySettingsFaqs);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-faqs': ParleySettingsFaqs;
  }
}
