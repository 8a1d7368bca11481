/**
 * How many SMS a text costs, the way phone networks count it (3GPP TS 23.038): a text written wholly in the GSM 7-bit
 * default alphabet travels in septets, 160 to one SMS, or 153 to each part of a longer one (the rest of each part
 * holds the header that joins them again); the characters of the alphabet's extension table take two septets each
 * (an escape, then the character). Any other character (ą, ó, ł, an emoji…) sends the whole text in UCS-2: 70 UTF-16
 * code units to one SMS, 67 to each part of a longer one, an emoji outside the Basic Multilingual Plane counting two.
 *
 * Only an estimate for the agent writing: the provider decides in the end (it may avoid splitting an escape or a
 * surrogate pair between two parts, which can cost a part more). What Parley stores of each reply sent is the
 * provider's own count.
 */

/** The GSM 7-bit default alphabet: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** The extension table: two septets each (an escape, then the character); form feed is one of them. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'gsm' | 'ucs2';

/** What a text costs as an SMS. */
export interface SmsCount {
  /** GSM 7-bit when every character is in the alphabet or its extension table, else UCS-2. */
  encoding: SmsEncoding;
  /** The text's length as Parley limits it: UTF-16 code units, as the chat's limit counts them. */
  characters: number;
  /** The septets (GSM) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** How many SMS the text takes; 0 for an empty text. */
  segments: number;
}

/** One SMS holds this much, alone or as a part of a longer message, by encoding. */
export const SEGMENT = {
  gsm: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/** The septets a text takes in the GSM 7-bit alphabet, or undefined when a character is not in it. */
export function septets(text: string): number | undefined {
  let n = 0;
  for (const c of text) {
    if (GSM_BASIC.has(c)) n += 1;
    else if (GSM_EXTENDED.has(c)) n += 2;
    else return undefined;
  }
  return n;
}

/** How many SMS `units` of an encoding take. */
export function segmentsOf(units: number, encoding: SmsEncoding): number {
  const size = SEGMENT[encoding];
  if (units === 0) return 0;
  return units <= size.single ? 1 : Math.ceil(units / size.part);
}

/** What `text` costs as an SMS. */
export function countSms(text: string): SmsCount {
  const gsm = septets(text);
  const encoding: SmsEncoding = gsm === undefined ? 'ucs2' : 'gsm';
  const units = gsm ?? text.length;
  return { encoding, characters: text.length, units, segments: segmentsOf(units, encoding) };
}
