/** Language resolution and plural helpers shared by Parley's elements. */

export type Lang = 'en' | 'pl';

/** The language tag the element reads in: its `lang`, else `<html lang>`, else the browser's language. */
export function languageTag(el: HTMLElement): string {
  return el.getAttribute('lang') || document.documentElement.lang || navigator.language || '';
}

/**
 * The language of the element's {@link languageTag}: English or Polish, and `fallback` (English unless given, such as
 * the store's own language) for any other.
 */
export function resolveLang(el: HTMLElement, fallback: Lang = 'en'): Lang {
  const primary = languageTag(el).toLowerCase().split(/[-_]/)[0];
  return primary === 'pl' || primary === 'en' ? primary : fallback;
}

export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Picks the plural form for `n` in `lang` and replaces `{n}` in it. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(lang).select(n) as keyof PluralForms;
  return (forms[rule] ?? forms.other).replace('{n}', String(n));
}
