/** Language resolution and plural helpers shared by Parley's elements. */

export type Lang = 'en' | 'pl';

/** The element's `lang`, else `<html lang>`, else the browser's language; English unless it is Polish. */
export function resolveLang(el: HTMLElement): Lang {
  const tag = el.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
  return tag.toLowerCase().startsWith('pl') ? 'pl' : 'en';
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
