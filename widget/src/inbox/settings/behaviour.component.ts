import { html } from 'lit';
import { define } from '../../define.js';
import { SectionFormController } from './settings-form.controller.js';
import type { Lang } from '../../i18n.js';
import { SettingsScreen, input, sectionForm } from './settings-screen.js';
import { LANGUAGES, fieldsPerLanguage, inStoreLanguage } from './texts-per-language.js';
import { behaviourI18n, type BehaviourStrings } from './behaviour.i18n.js';
import type { BehaviourSection } from './types.js';

/**
 * @summary Behaviour: the store's name and language, the welcome message, the policy links shown to visitors and when a
 * ticket counts as waiting.
 */
export class ParleySettingsBehaviour extends SettingsScreen<BehaviourStrings> {
  protected readonly words = behaviourI18n;
  private readonly form = new SectionFormController<BehaviourSection>(this, 'behaviour');

  protected override render() {
    const s = this.s;
    const form = this.form;
    return form.view((d) => {
      const store = d.language ?? 'en';
      return sectionForm(
        form,
        s,
        (x) => ({
          storeName: x.storeName ?? '',
          language: x.language ?? 'en',
          welcomeMessage: x.welcomeMessage,
          welcomeMessageTranslations: x.welcomeMessageTranslations ?? {},
          links: x.links,
          waitingThresholdSeconds: x.waitingThresholdSeconds,
        }),
        html`${input(form, {
          id: 'storeName',
          path: 'storeName',
          label: s.storeName,
          value: d.storeName ?? '',
          change: (v) => form.edit((x) => (x.storeName = v)),
          hint: s.storeNameHint,
        })}
          <div class="field">
            <label for="storeLanguage">${s.storeLanguage}</label>
            <select id="storeLanguage" aria-describedby="storeLanguage-hint" aria-invalid=${form.invalid('language')} @change=${(e: Event) => form.edit((x) => this.#changeLanguage(x, (e.target as HTMLSelectElement).value as Lang))}>
              ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === store}>${s.languageNames[l]}</option>`)}
            </select>
            <p id="storeLanguage-hint" class="hint">${s.storeLanguageHint}</p>
          </div>
          ${fieldsPerLanguage(form, s, {
            id: 'welcomeMessage',
            path: 'welcomeMessage',
            translationsPath: 'welcomeMessageTranslations',
            label: s.welcomeMessage,
            store,
            value: { text: d.welcomeMessage, translations: d.welcomeMessageTranslations ?? {} },
            change: (v) =>
              form.edit((x) => {
                x.welcomeMessage = v.text;
                x.welcomeMessageTranslations = v.translations;
              }),
            multiline: true,
          })}
          ${input(form, {
            id: 'privacyUrl',
            path: 'links.privacyPolicyUrl',
            label: s.privacyUrl,
            value: d.links.privacyPolicyUrl ?? '',
            change: (v) => form.edit((x) => (x.links = { ...x.links, privacyPolicyUrl: v || null })),
            type: 'url',
          })}
          ${input(form, {
            id: 'termsUrl',
            path: 'links.termsUrl',
            label: s.termsUrl,
            value: d.links.termsUrl ?? '',
            change: (v) => form.edit((x) => (x.links = { ...x.links, termsUrl: v || null })),
            type: 'url',
          })}
          ${input(form, {
            id: 'waitingThreshold',
            path: 'waitingThresholdSeconds',
            label: s.waitingThreshold,
            value: String(Math.round(d.waitingThresholdSeconds / 60)),
            change: (v) => form.edit((x) => (x.waitingThresholdSeconds = Math.round(Number(v) * 60))),
            type: 'number',
            hint: s.waitingThresholdHint,
          })}`,
      );
    });
  }

  /** The store turns to another language: each text stays with the language it is written in. */
  #changeLanguage(x: BehaviourSection, language: Lang): void {
    const moved = inStoreLanguage(
      { text: x.welcomeMessage, translations: x.welcomeMessageTranslations ?? {} },
      language,
      x.language ?? 'en',
    );
    x.language = language;
    x.welcomeMessage = moved.text;
    x.welcomeMessageTranslations = moved.translations;
  }
}

define('parley-settings-behaviour', ParleySettingsBehaviour);

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings-behaviour': ParleySettingsBehaviour;
  }
}
