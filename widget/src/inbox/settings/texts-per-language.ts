import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n.js';
import type { RequestController, ScreenHost } from './settings-form.controller.js';
import { input, textarea } from './settings-screen.js';
import type { SettingsStrings } from './settings.i18n.js';
import type { BehaviourSection } from './types.js';

/** The languages a store writes its texts for visitors in. */
export const LANGUAGES: readonly Lang[] = ['en', 'pl'];

/** A store text as the settings keep it: in the store's own language, and its translations by language tag. */
export interface TextPerLanguage {
  text: string;
  translations: Record<string, string>;
}

/** The text in `lang` as a screen shows it: its own, or for the store's language the store's text. */
export function textIn(t: TextPerLanguage, lang: Lang, store: Lang): string {
  return t.translations[lang] ?? (lang === store ? t.text : '');
}

/**
 * The text with `value` written in `lang`: the store's language's goes to the store's text, any other's to its
 * translation (removed when empty, so that its visitors read the store's text).
 */
export function withTextIn(t: TextPerLanguage, lang: Lang, store: Lang, value: string): TextPerLanguage {
  const translations = { ...t.translations };
  if (lang === store) {
    delete translations[lang];
    return { text: value, translations };
  }
  if (value.trim()) translations[lang] = value;
  else delete translations[lang];
  return { text: t.text, translations };
}

/**
 * The texts as the store's language `store` keeps them: a store that turned to another language finds the text it
 * wrote in it as its own, and its former own text as that language's translation.
 */
export function inStoreLanguage(t: TextPerLanguage, store: Lang, was: Lang): TextPerLanguage {
  if (store === was) return t;
  const translations = { ...t.translations, [was]: t.text };
  const text = translations[store] ?? t.text;
  delete translations[store];
  return { text, translations };
}

/**
 * One field per language for a store text, the store's language first; a refusal of the store's text marks its field,
 * one of a translation the others (`path`, `translationsPath`).
 */
export function fieldsPerLanguage(
  calls: RequestController,
  s: SettingsStrings,
  o: {
    id: string;
    path: string;
    translationsPath: string;
    label: string;
    store: Lang;
    value: TextPerLanguage;
    change: (value: TextPerLanguage) => void;
    multiline?: boolean;
    hint?: string;
    disabled?: boolean;
  },
): TemplateResult {
  const order = [o.store, ...LANGUAGES.filter((l) => l !== o.store)];
  const field = o.multiline ? textarea : input;
  return html`${order.map((lang) =>
    field(calls, {
      // The store's language's field keeps the text's own id; the others add their language.
      id: lang === o.store ? o.id : `${o.id}-${lang}`,
      path: lang === o.store ? o.path : o.translationsPath,
      label: `${o.label} · ${s.languageNames[lang]}${lang === o.store ? ` (${s.storeLanguageNote})` : ''}`,
      value: textIn(o.value, lang, o.store),
      change: (v) => o.change(withTextIn(o.value, lang, o.store, v)),
      hint:
        lang === o.store
          ? o.hint
          : s.otherLanguageHint(s.languageNames[lang], s.languageNames[o.store]) + (o.hint ? ` ${o.hint}` : ''),
      disabled: o.disabled,
    }),
  )}`;
}

/**
 * The store's own language, for screens that show texts per language outside the behaviour section where it is
 * set: read when the screen is shown and again when the settings change.
 */
export class StoreLanguageController implements ReactiveController {
  value: Lang = 'en';
  #news = -1;

  constructor(private readonly host: ScreenHost & { news: number }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
  }

  hostUpdate(): void {
    if (this.host.news !== this.#news) this.#read();
  }

  #read(): void {
    this.#news = this.host.news;
    this.host.api
      .get<BehaviourSection>('/settings/behaviour')
      .then((b) => {
        const language = b.language === 'pl' ? 'pl' : 'en';
        if (language !== this.value) {
          this.value = language;
          this.host.requestUpdate();
        }
      })
      .catch(() => undefined);
  }
}
