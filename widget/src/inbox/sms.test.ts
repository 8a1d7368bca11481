import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { q, qa, settle } from '../test/deep.js';
import { message } from '../test/fake-socket.js';
import { json, LIMITS, realFetch, replyArea, SESSION, signedInInbox, ticket } from '../test/inbox-harness.js';
import { deliveryError } from './sms-thread.js';
import { smsStrings } from './sms.i18n.js';
import { parseTicketSms, SMS_FOLLOW_MS } from './sms.js';

const SMS_TICKET = { ...ticket('s', 3, 'Where is my order 1234?', 4), channel: 'sms', visitorName: '+48600100200' };
const STATE = {
  phone: '+48600100200',
  optedOut: false,
  enabled: true,
  maxLength: 1600,
  messages: [
    { seq: 2, state: 'delivered', segments: 1, updatedAt: '2026-12-09T10:00:05Z' },
    {
      seq: 3,
      state: 'undelivered',
      errorCode: '30003',
      error: 'unreachable handset',
      segments: 1,
      updatedAt: '2026-12-09T10:01:05Z',
    },
    { seq: 4, state: 'pending', segments: 2, updatedAt: '2026-12-09T10:02:00Z' },
  ],
};
const THREAD = [
  message(1, 'Where is my order 1234?', { conversationId: 'c-s', author: 'visitor', authorName: undefined }),
  message(2, 'It ships today', { conversationId: 'c-s' }),
  message(3, 'Tracking: NW123', { conversationId: 'c-s' }),
  message(4, 'Anything else?', { conversationId: 'c-s', author: 'bot', authorName: 'Assistant' }),
];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A signed-in inbox listing an SMS ticket and a chat one, whose server answers `GET /tickets/s/sms` with `state` (or
 * what `answer` says at the time): `reads` counts those reads.
 */
async function smsInbox(state: object = STATE, session?: object) {
  const ctx = await signedInInbox([SMS_TICKET, ticket('b', 2, 'second question')], undefined, session);
  const reads: string[] = [];
  const smsServer = { answer: () => json(200, state) };
  const inner = window.fetch;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (/\/api\/v1\/tickets\/[^/]+\/sms$/.test(url)) {
      reads.push(new URL(url, location.href).pathname);
      return smsServer.answer();
    }
    return inner(input, init);
  }) as typeof fetch;
  return { ...ctx, reads, smsServer };
}

/** Opens the SMS ticket, with its thread, once its SMS side was read. */
async function openSms(ctx: Awaited<ReturnType<typeof smsInbox>>, thread = THREAD) {
  qa(ctx.el, '.ticket')
    .find((t) => t.dataset.conversation === 'c-s')!
    .click();
  await waitUntil(() => ctx.reads.length === 1, 'the SMS side is read when the ticket opens');
  await waitUntil(() => q(ctx.el, '.sms-phone, .sms-notice.unavailable'), 'and shown');
  for (const frame of thread) ctx.socket.receive(frame);
  await settle(ctx.el);
}

const list = (el: Element) => q<LitElement>(el, 'parley-message-list')!.shadowRoot!;
const delivery = (el: Element, seq: number) =>
  list(el).querySelector(`li[data-seq="${seq}"] [part~=delivery]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const composer = (el: Element) => q<LitElement>(el, 'parley-composer')!;
async function write(el: Element, text: string) {
  const area = replyArea(el);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
  return area;
}
const counter = (el: Element) => q(el, '.sms-counter')?.textContent?.trim() ?? null;
const spoken = (el: Element) => q(el, '.sms-info [aria-live]')!.textContent!.trim();

describe('SMS tickets in the inbox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should show the customer’s number and each reply’s delivery state, in words', async () => {
    const ctx = await smsInbox();
    await openSms(ctx);
    const { el } = ctx;
    expect(ctx.reads).to.deep.equal(['/api/v1/tickets/s/sms']);
    const phone = q(el, '.thread-head .sms-phone')!;
    expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('SMS from +48600100200');
    expect(phone.querySelector('a')!.getAttribute('href')).to.equal('tel:+48600100200');

    expect(delivery(el, 1), 'the customer’s own message').to.equal(null);
    expect(delivery(el, 2)).to.equal('SMS: Delivered');
    expect(delivery(el, 3), 'the code in words, kept for support').to.equal(
      'SMS: Not delivered: phone unreachable (30003)',
    );
    expect(delivery(el, 4), 'the AI agent’s reply too').to.equal('SMS: Pending');
    const failed = list(el).querySelector('li[data-seq="3"] [part~=delivery]')!;
    expect(failed.classList.contains('undelivered')).to.equal(true);
    expect(failed.querySelector('.vh')!.textContent, 'screen readers hear what the state is of').to.equal('SMS: ');
    expect(q(el, '.sms-notice'), 'replies can be sent').to.equal(null);
    await expect(el).to.be.accessible();

    // A chat ticket has no SMS side.
    await pause(SMS_FOLLOW_MS + 50);
    const before = ctx.reads.length;
    qa(el, '.ticket')
      .find((t) => t.dataset.conversation === 'c-b')!
      .click();
    await settle(el);
    await pause(SMS_FOLLOW_MS + 50);
    expect(ctx.reads, 'never asked for a chat ticket').to.have.length(before);
    expect(q(el, '.sms-phone')).to.equal(null);
    expect(q(el, '.sms-info')).to.equal(null);
  });

  it('should read the delivery again after the ticket’s news, its messages and the agent’s reply, once per burst', async () => {
    const ctx = await smsInbox();
    await openSms(ctx);
    const { el, socket, smsServer } = ctx;
    await waitUntil(() => ctx.reads.length === 2, 'the thread’s messages are followed by one read');
    await pause(SMS_FOLLOW_MS + 100);
    expect(ctx.reads, 'one read for the burst of four messages').to.have.length(2);

    // The provider said the pending reply was delivered: the ticket's news follows.
    const messages = STATE.messages.map((m) => (m.seq === 4 ? { ...m, state: 'delivered' } : m));
    smsServer.answer = () => json(200, { ...STATE, messages });
    socket.receive({ type: 'ticket', ticket: { ...SMS_TICKET, lastActivityAt: '2026-11-25T10:05:00Z' } });
    await pause(SMS_FOLLOW_MS / 2);
    expect(ctx.reads, 'not at once: the news may come in a burst').to.have.length(2);
    await waitUntil(() => delivery(el, 4) === 'SMS: Delivered', 'delivered', { timeout: 2000 });
    expect(ctx.reads).to.have.length(3);

    // News of other tickets changes nothing here.
    socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'more'), lastSeq: 3 } });
    socket.receive(message(9, 'elsewhere', { conversationId: 'c-b', author: 'visitor' }));
    await pause(SMS_FOLLOW_MS + 100);
    expect(ctx.reads).to.have.length(3);

    // The agent's reply: its state shows once the server has it.
    smsServer.answer = () =>
      json(200, {
        ...STATE,
        messages: [...messages, { seq: 5, state: 'queued', segments: 1, updatedAt: '2026-12-09T10:06:00Z' }],
      });
    const area = await write(el, 'It ships today');
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ conversationId: 'c-s', text: 'It ships today' });
    socket.receive({ type: 'ack', conversationId: 'c-s', clientMessageId: send.clientMessageId, seq: 5 });
    socket.receive(message(5, 'It ships today', { conversationId: 'c-s', clientMessageId: send.clientMessageId }));
    await waitUntil(() => delivery(el, 5) === 'SMS: Queued', 'the reply’s state', { timeout: 2000 });
    await pause(SMS_FOLLOW_MS + 100);
    expect(ctx.reads, 'the send, its ack and its message: one read').to.have.length(4);
  });

  it('should say that the customer opted out, and refuse replies until they opt back in', async () => {
    const ctx = await smsInbox({ ...STATE, optedOut: true, optedOutAt: '2026-12-09T09:30:00Z' });
    await openSms(ctx);
    const { el, socket, smsServer } = ctx;
    const banner = q(el, '.sms-notice.opted-out')!;
    expect(banner.getAttribute('role')).to.equal('status');
    expect(banner.textContent).to.match(/^This customer opted out on .*2026.* by texting STOP/);
    expect(banner.textContent).to.contain('until they text START');
    await composer(el).updateComplete;
    const area = replyArea(el);
    expect(area.disabled, 'no reply to send').to.equal(true);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(socket.sentOfType('send')).to.have.length(0);
    await expect(el).to.be.accessible();

    // They texted START: the ticket's news says so.
    smsServer.answer = () => json(200, STATE);
    socket.receive({ type: 'ticket', ticket: { ...SMS_TICKET, lastActivityAt: '2026-11-25T10:09:00Z' } });
    await waitUntil(() => !q(el, '.sms-notice'), 'opted back in', { timeout: 2000 });
    await composer(el).updateComplete;
    expect(replyArea(el).disabled).to.equal(false);
  });

  it('should say that SMS is off, with the way to the settings for admins', async () => {
    const ctx = await smsInbox({ ...STATE, enabled: false });
    await openSms(ctx);
    const notice = q(ctx.el, '.sms-notice.disabled')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'SMS is turned off: replies to this ticket are refused until it is on again. Settings → SMS',
    );
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('#/settings/sms');
    await composer(ctx.el).updateComplete;
    expect(replyArea(ctx.el).disabled).to.equal(true);
  });

  it('should count characters and SMS as the agent writes, and refuse a reply over the longest SMS', async () => {
    const ctx = await smsInbox({ ...STATE, maxLength: 200 });
    await openSms(ctx);
    const { el, socket } = ctx;
    expect(counter(el), 'nothing written').to.equal(null);
    await write(el, 'It ships today');
    expect(counter(el)).to.equal('14 characters · 1 SMS');
    expect(spoken(el)).to.equal('1 SMS');
    await write(el, 'x'.repeat(161));
    expect(counter(el)).to.equal('161 characters · 2 SMS');
    await write(el, 'Dzień dobry');
    expect(counter(el)).to.equal('11 characters · 1 SMS (Unicode)');
    await write(el, 'ó'.repeat(71));
    expect(counter(el)).to.equal('71 characters · 2 SMS (Unicode)');
    expect(spoken(el)).to.equal('2 SMS (Unicode)');
    expect(
      composer(el).shadowRoot!.querySelector('.counter'),
      'the composer’s own counter gives way to this one',
    ).to.equal(null);

    const area = await write(el, 'x'.repeat(205));
    const over = q(el, '.sms-counter')!;
    expect(over.classList.contains('over')).to.equal(true);
    expect(over.textContent!.trim()).to.equal(
      '205 characters: an SMS reply may have at most 200. Shorten it to send it.',
    );
    expect(spoken(el)).to.equal('Too long for an SMS reply: at most 200 characters.');
    await composer(el).updateComplete;
    expect(composer(el).shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(true);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(socket.sentOfType('send'), 'nothing over the limit is sent').to.have.length(0);

    await write(el, 'x'.repeat(200));
    expect(q(el, '.sms-counter')!.classList.contains('over')).to.equal(false);
    replyArea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(socket.sentOfType('send')).to.have.length(1);
    await settle(el);
    expect(counter(el), 'the counter starts again').to.equal(null);
  });

  it('should offer no image on an SMS ticket, and attach none pasted or dropped', async () => {
    const ctx = await smsInbox();
    await openSms(ctx);
    const { el } = ctx;
    expect(q(el, 'input.file'), 'no file picker').to.equal(null);
    expect(qa(q(el, 'parley-reply')!, 'button.attach').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Saved replies',
    ]);
    expect(q(el, '.sms-no-images')!.textContent).to.equal('No images over SMS');
    const png = new File([new Uint8Array(8)], 'shot.png', { type: 'image/png' });
    const paste = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    paste.clipboardData!.items.add(png);
    replyArea(el).dispatchEvent(paste);
    const drop = new DragEvent('drop', {
      dataTransfer: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    drop.dataTransfer!.items.add(png);
    q(el, 'parley-ticket-thread')!.dispatchEvent(drop);
    await settle(el);
    expect(paste.defaultPrevented || drop.defaultPrevented).to.equal(false);
    expect(q(el, '.attachment'), 'nothing attached').to.equal(null);
  });

  it('should word the server’s refusals of an SMS reply, and read the ticket’s SMS side again', async () => {
    const ctx = await smsInbox();
    await openSms(ctx);
    const { el, socket, smsServer } = ctx;
    await pause(SMS_FOLLOW_MS + 100);
    const before = ctx.reads.length;
    const refusals: [string, string][] = [
      ['sms_opted_out', 'Not sent: the customer opted out of SMS (STOP). They can opt back in by texting START.'],
      ['sms_too_long', 'Not sent: too long for an SMS reply.'],
      ['sms_no_images', 'Not sent: images cannot be sent over SMS.'],
      ['sms_disabled', 'Not sent: SMS is turned off.'],
    ];
    smsServer.answer = () => json(200, { ...STATE, optedOut: true });
    for (const [code, words] of refusals) {
      const area = await write(el, `a reply ${code}`);
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
      const send = socket.sentOfType('send').at(-1)!;
      socket.receive({ type: 'error', code, message: 'refused', clientMessageId: send.clientMessageId });
      await settle(el);
      const errors = [...list(el).querySelectorAll('li.failed .error')];
      expect(errors.at(-1)!.textContent, code).to.contain(words);
      expect(errors.at(-1)!.getAttribute('role')).to.equal('alert');
      if (code === 'sms_opted_out') {
        await waitUntil(() => q(el, '.sms-notice.opted-out'), 'the opt-out shows', { timeout: 2000 });
        smsServer.answer = () => json(200, STATE);
        socket.receive({ type: 'ticket', ticket: { ...SMS_TICKET, lastActivityAt: '2026-11-25T10:10:00Z' } });
        await waitUntil(() => !q(el, '.sms-notice'), 'opted in again', { timeout: 2000 });
        await composer(el).updateComplete;
      }
    }
    expect(ctx.reads.length).to.be.greaterThan(before);
  });

  it('should say when the SMS side cannot be read, and speak Polish', async () => {
    const ctx = await smsInbox(STATE, { ...SESSION, locale: 'pl', limits: LIMITS });
    ctx.smsServer.answer = () => json(503, { code: 'unavailable', title: 'Unavailable', status: 503 });
    await openSms(ctx, []);
    const { el, smsServer, socket } = ctx;
    expect(q(el, '.sms-notice.unavailable')!.textContent).to.contain('Nie udało się odczytać');
    await composer(el).updateComplete;
    expect(replyArea(el).disabled, 'replies still go: the server decides').to.equal(false);

    smsServer.answer = () => json(200, STATE);
    for (const frame of THREAD) socket.receive(frame);
    await waitUntil(() => delivery(el, 2) === 'SMS: Doręczono', 'read again with the next news', { timeout: 2000 });
    expect(delivery(el, 3), 'the code in Polish, not the server’s English').to.equal(
      'SMS: Nie doręczono: telefon nieosiągalny (30003)',
    );
    expect(delivery(el, 4)).to.equal('SMS: Oczekuje');
    expect(q(el, '.sms-phone')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('SMS z numeru +48600100200');
    await write(el, 'Paczka wyszła dziś');
    expect(counter(el)).to.equal('18 znaków · 1 SMS (Unicode)');
    await write(el, 'ą'.repeat(140));
    expect(counter(el)).to.equal('140 znaków · 3 SMS-y (Unicode)');
    expect(q(el, '.sms-no-images')!.textContent).to.equal('SMS-em nie wyślesz obrazów');
  });

  it('should word why a reply was not delivered in the agent’s language, falling back to the server’s text', async () => {
    const failures = {
      ...STATE,
      messages: [
        {
          seq: 2,
          state: 'failed',
          errorCode: '21211',
          error: 'invalid number',
          segments: 1,
          updatedAt: STATE.messages[0].updatedAt,
        },
        {
          seq: 3,
          state: 'undelivered',
          errorCode: '63999',
          error: 'carrier hiccup',
          segments: 1,
          updatedAt: STATE.messages[1].updatedAt,
        },
        { seq: 4, state: 'failed', error: 'SMS was turned off', segments: 2, updatedAt: STATE.messages[2].updatedAt },
      ],
    };
    const ctx = await smsInbox(failures, { ...SESSION, locale: 'pl', limits: LIMITS });
    await openSms(ctx);
    const { el } = ctx;
    expect(delivery(el, 2), 'a code Parley knows').to.equal('SMS: Błąd: nieprawidłowy numer (21211)');
    expect(delivery(el, 3), 'a code it does not know').to.equal('SMS: Nie doręczono: carrier hiccup (63999)');
    expect(delivery(el, 4), 'Parley’s own reason, without a code').to.equal('SMS: Błąd: SMS was turned off');
    for (const seq of [2, 3, 4]) {
      const state = list(el).querySelector(`li[data-seq="${seq}"] [part~=delivery]`)!;
      expect(state.classList.contains('undelivered'), `${seq} shows as not delivered`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('should know each of the provider’s codes Parley knows, in English and Polish', () => {
    // Those of SmsErrors on the server.
    const codes = '21610 21211 21614 21612 21408 21606 21617 30003 30004 30005 30006 30007 30008 30034'.split(' ');
    expect(Object.keys(smsStrings.en.providerErrors).sort()).to.deep.equal([...codes].sort());
    expect(Object.keys(smsStrings.pl.providerErrors).sort()).to.deep.equal([...codes].sort());
    const cases: [string, { errorCode?: string; error?: string }, string | undefined, string | undefined][] = [
      [
        'known',
        { errorCode: '30003', error: 'phone unreachable' },
        'phone unreachable (30003)',
        'telefon nieosiągalny (30003)',
      ],
      [
        'known, the provider’s own words',
        { errorCode: '21610', error: 'Attempt to send to unsubscribed recipient' },
        'recipient opted out (21610)',
        'odbiorca wypisał się z SMS-ów (21610)',
      ],
      [
        'known, without text',
        { errorCode: '30034' },
        'sender not registered for this traffic (30034)',
        'nadawca niezarejestrowany dla tego rodzaju wysyłek (30034)',
      ],
      [
        'unknown, with text',
        { errorCode: '40001', error: 'queue overflow' },
        'queue overflow (40001)',
        'queue overflow (40001)',
      ],
      [
        'unknown, the server’s words for it',
        { errorCode: '40001', error: 'provider error 40001' },
        'provider error (40001)',
        'błąd operatora (40001)',
      ],
      ['unknown, without text', { errorCode: '40001' }, 'provider error (40001)', 'błąd operatora (40001)'],
      [
        'not a code of the table’s object',
        { errorCode: 'constructor', error: 'odd' },
        'odd (constructor)',
        'odd (constructor)',
      ],
      ['no code', { error: 'no attempt left' }, 'no attempt left', 'no attempt left'],
      ['no code, nothing more than the state', { error: 'not delivered' }, undefined, undefined],
      ['nothing', {}, undefined, undefined],
    ];
    for (const [what, m, en, pl] of cases) {
      expect(deliveryError(m, smsStrings.en), `${what} (en)`).to.equal(en);
      expect(deliveryError(m, smsStrings.pl), `${what} (pl)`).to.equal(pl);
    }
    expect(smsStrings.en.state('undelivered', deliveryError({ errorCode: '30003' }, smsStrings.en))).to.equal(
      'Not delivered: phone unreachable (30003)',
    );
    expect(smsStrings.pl.state('failed', deliveryError({ errorCode: '30007' }, smsStrings.pl))).to.equal(
      'Błąd: odfiltrowana przez operatora (30007)',
    );
  });

  it('should take only a usable answer for a ticket’s SMS side', () => {
    expect(parseTicketSms(null)).to.equal(undefined);
    expect(parseTicketSms({ phone: '+48600100200', optedOut: false, enabled: true })).to.equal(undefined);
    expect(
      parseTicketSms({
        ...STATE,
        messages: [...STATE.messages, { seq: 'x', state: 'sent' }, { seq: 9, state: 'lost' }],
        extra: 1,
      }),
    ).to.deep.equal(STATE);
  });
});
