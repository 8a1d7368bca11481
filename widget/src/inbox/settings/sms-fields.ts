// The SMS settings form's rules, as the server applies them: which field a refusal is about, what each field takes,
// and the check of the whole form before it is sent. No element here: the screen (sms.component.ts) uses them.
import type { SmsSettings } from '../../wire/index.js';
import type { SmsField, SmsStrings } from './sms.i18n.js';

export type Keywords = 'optOutKeywords' | 'optInKeywords';

export const KEYWORDS: Keywords[] = ['optOutKeywords', 'optInKeywords'];
/** The form's fields in the order they show, which is the order the focus goes to the first wrong one. */
export const FIELDS: SmsField[] = [
  'baseUrl',
  'accountId',
  'authToken',
  'secondaryAuthToken',
  'sender',
  'optOutKeywords',
  'optInKeywords',
];

/** The field a refusal of the server is about, when the problem does not name it. */
export const FIELD_OF: Record<string, SmsField> = {
  invalid_url: 'baseUrl',
  invalid_sms_account: 'accountId',
  invalid_sms_sender: 'sender',
  secrets_key_missing: 'authToken',
  sms_token_required: 'authToken',
  invalid_sms_token: 'authToken',
  invalid_sms_keywords: 'optOutKeywords',
};

const ACCOUNT = /^[A-Za-z0-9]{0,64}$/;
/** A number in E.164, or a Messaging Service SID. */
const SENDER = /^(?:\+[1-9]\d{1,14}|MG[0-9a-fA-F]{32})$/;
const MAX_TOKEN = 200;
const MAX_KEYWORDS = 20;
const MAX_KEYWORD = 20;

/** A number as people write it (+48 600-100-200) in the form the server takes (+48600100200). */
export const compactNumber = (v: string) => (/^\+[\d\s().-]+$/.test(v.trim()) ? v.replace(/[\s().-]/g, '') : v.trim());

/** The keywords written in a field: separated by commas (or lines), each once, whatever its case. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,\n]/)
    .map((k) => k.trim())
    .filter((k) => k && !seen.has(k.toUpperCase()) && seen.add(k.toUpperCase()));
}

/** Whether the server would take `url` as the provider's base URL: https (http on loopback), nothing but a place. */
function acceptableUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(u.hostname);
  return (
    (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) &&
    !u.username &&
    !u.password &&
    !u.search &&
    !u.hash &&
    !url.includes('#') &&
    !url.includes('?')
  );
}

/** What the form's checks say in words: the `invalid` strings of the SMS screen. */
type Invalid = SmsStrings['invalid'];

/**
 * What is wrong with the SMS form, by field, as the server would refuse it; empty when nothing is.
 *
 * @param tokens the token fields as typed (never part of the draft)
 * @param missing what turning SMS on still needs, when it is being turned on
 */
export function checkSmsForm(
  d: SmsSettings,
  tokens: { authToken: string; secondaryAuthToken: string },
  missing: ('accountId' | 'sender' | 'authToken')[],
  v: Invalid,
): Partial<Record<SmsField, string>> {
  const errors: Partial<Record<SmsField, string>> = {};
  const baseUrl = d.baseUrl.trim();
  if (!baseUrl) errors.baseUrl = v.baseUrlRequired;
  else if (!acceptableUrl(baseUrl)) errors.baseUrl = v.baseUrl;
  if (!ACCOUNT.test(d.accountId.trim())) errors.accountId = v.accountId;
  const sender = compactNumber(d.sender);
  if (sender && !SENDER.test(sender)) errors.sender = v.sender;
  for (const f of ['authToken', 'secondaryAuthToken'] as const) {
    const token = tokens[f].trim();
    if (token.length > MAX_TOKEN || /\s/.test(token)) errors[f] = v.token;
  }
  for (const k of KEYWORDS)
    if (d[k].length > MAX_KEYWORDS || d[k].some((w) => w.length > MAX_KEYWORD)) errors[k] = v.keywords;
  for (const f of missing) errors[f] ??= v.needed[f];
  return errors;
}
