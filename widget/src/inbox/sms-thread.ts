import { css, html, nothing, type TemplateResult } from 'lit';
import type { ThreadEntry } from '../protocol/thread.js';
import type { SmsMessageState, TicketSms } from '../wire/index.js';
import type { SmsInboxStrings } from './sms.i18n.js';

/**
 * The parts of an SMS ticket's thread: the customer's number in the header, each reply's delivery state under it, and
 * why replies cannot be sent (the customer opted out, the channel is off).
 */

/** The entries with the delivery state of each message sent by SMS (by its `seq`) under it. */
export function withDelivery(entries: ThreadEntry[], sms: TicketSms | undefined, s: SmsInboxStrings): ThreadEntry[] {
  if (!sms?.messages.length) return entries;
  const bySeq = new Map(sms.messages.map((m) => [m.seq, m]));
  return entries.map((e) => {
    const m = e.seq === undefined || e.note ? undefined : bySeq.get(e.seq);
    if (!m) return e;
    const failed = m.state === 'undelivered' || m.state === 'failed';
    return {
      ...e,
      delivery: { text: s.state(m.state, failed ? deliveryError(m, s) : undefined), label: s.delivery, failed },
    };
  });
}

/**
 * Why a message was not delivered, in the agent's language where Parley knows the provider's code, with the code kept
 * for support: "phone unreachable (30003)". A code Parley does not know keeps the server's text; an error without a
 * code (Parley's own, such as "SMS was turned off") is the server's text as it is. What the server says when it has
 * nothing more to say (`provider error 12345` for a code it does not know, `not delivered` without a code) is no text.
 */
export function deliveryError(m: Pick<SmsMessageState, 'errorCode' | 'error'>, s: SmsInboxStrings): string | undefined {
  const code = m.errorCode;
  if (!code) return m.error === 'not delivered' ? undefined : m.error;
  if (Object.hasOwn(s.providerErrors, code)) return `${s.providerErrors[code]} (${code})`;
  const text = m.error && m.error !== `provider error ${code}` ? m.error : s.providerError;
  return `${text} (${code})`;
}

/** The customer's number, under their name in the header. */
export function smsPhone(sms: TicketSms | undefined, s: SmsInboxStrings): TemplateResult | typeof nothing {
  if (!sms) return nothing;
  return html`<p class="sms-phone">${s.phone} <a href="tel:${sms.phone}" dir="ltr">${sms.phone}</a></p>`;
}

/** Why replies to the SMS ticket cannot be sent (or what could not be read), above the reply; nothing when they can. */
export function smsNotice(
  sms: TicketSms | undefined,
  failed: boolean,
  s: SmsInboxStrings,
  o: { admin: boolean; locale: string },
): TemplateResult | typeof nothing {
  if (!sms) return failed ? html`<p class="sms-notice unavailable" role="status">${s.unavailable}</p>` : nothing;
  if (sms.optedOut) {
    const since = sms.optedOutAt ? new Date(sms.optedOutAt) : undefined;
    const when =
      since && !isNaN(+since)
        ? new Intl.DateTimeFormat(o.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(since)
        : undefined;
    return html`<p class="sms-notice opted-out" role="status">${s.optedOut(when)}</p>`;
  }
  if (!sms.enabled) {
    return html`<p class="sms-notice disabled" role="status">${s.disabled}${
      o.admin ? html` <a href="#/settings/sms">${s.settingsLink}</a>` : nothing
    }</p>`;
  }
  return nothing;
}

export const smsThreadStyles = css`
  .thread-head p.sms-phone a {
    color: inherit;
    font-variant-numeric: tabular-nums;
  }
  .sms-notice {
    margin: 6px 18px 0;
    padding: 8px 12px;
    border-radius: 8px;
    font-size: 13px;
    background: #fff4e5;
    color: #7a3e00;
  }
  .sms-notice.opted-out {
    background: #fdecea;
    color: var(--_danger);
  }
  .sms-notice a {
    color: inherit;
  }
`;
