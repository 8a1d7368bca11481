import { expect, waitUntil } from '@open-wc/testing';
import type { ParleySettings } from './settings.component.js';
import {
  calls,
  json,
  loaded,
  problem,
  q,
  qa,
  restoreFetch,
  screen,
  server,
  settings,
  submit,
  type,
} from './settings.fake-server.js';
import { parseKeywords } from './sms.component.js';

const SMS = {
  enabled: false,
  secretsKeyConfigured: true,
  demoProvider: false,
  baseUrl: 'https://api.twilio.com',
  accountId: '',
  sender: '',
  authTokenStored: false,
  secondaryAuthTokenStored: false,
  optOutKeywords: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'],
  optInKeywords: ['START', 'UNSTOP'],
  inboundUrl: 'https://parley.example/api/v1/channels/sms/inbound',
  statusUrl: 'https://parley.example/api/v1/channels/sms/status',
  maxLength: 1600,
};
const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const CONFIGURED = {
  ...SMS,
  enabled: true,
  accountId: ACCOUNT,
  sender: '+48221234567',
  authTokenStored: true,
  updatedAt: '2026-12-08T10:00:00.000Z',
};
const refusal = (status: number, code: string, detail: string) =>
  json({ type: `urn:parley:problem:${code}`, title: 'Refused', status, code, detail }, status);

const field = (el: ParleySettings, id: string) => q<HTMLInputElement>(el, `#${id}`);
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
/** Saves the form, and waits until it shows "Saved" and can be saved again. */
async function save(el: ParleySettings) {
  submit(el);
  await screen(el).updateComplete;
  await waitUntil(() => q(el, '.saved') && !q<HTMLButtonElement>(el, 'form .primary').disabled, 'saved');
}
const writes = () => calls.filter((c) => c.method !== 'GET');
const check = async (el: ParleySettings, box: HTMLInputElement) => {
  box.click();
  await screen(el).updateComplete;
};
/** The SMS screen, the server holding `sms` and answering a save with what it was given. */
async function smsScreen(sms: object = SMS, answers: Record<string, (body: unknown) => Response> = {}) {
  let held: Record<string, unknown> = { ...SMS, ...sms };
  server({
    'GET /settings/sms': () => json(held),
    'PUT /settings/sms': (body) => {
      const b = body as Record<string, unknown>;
      const { authToken, secondaryAuthToken, dropSecondaryAuthToken, ...rest } = b;
      held = {
        ...held,
        ...rest,
        authTokenStored: held.authTokenStored || !!authToken,
        secondaryAuthTokenStored: dropSecondaryAuthToken
          ? false
          : held.secondaryAuthTokenStored || !!secondaryAuthToken,
        updatedAt: '2026-12-09T08:00:00.000Z',
      };
      return json(held);
    },
    ...answers,
  });
  return settings('sms');
}

describe('the SMS settings screen', () => {
  afterEach(restoreFetch);

  it('should be listed right after Handoff and load the SMS settings, tokens never shown', async () => {
    let answer!: (r: Response) => void;
    server({ 'GET /settings/sms': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const el = await settings('chat');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#/settings/sms"]')!;
    expect(link.textContent).to.equal('SMS');
    expect(link.closest('li')!.previousElementSibling!.textContent, 'right after Handoff').to.equal('Handoff');
    link.click();
    await waitUntil(() => screen(el).localName === 'parley-settings-sms' && answer, 'the settings are asked for');
    await screen(el).updateComplete;
    expect(q(el, 'p[role=status]').textContent).to.equal('Loading…');
    answer(json({ ...CONFIGURED, secondaryAuthTokenStored: true }));
    await loaded(el);

    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('SMS');
    expect(text(q(el, '.intro'))).to.contain('A reply may be up to 1600 characters long.');
    const enabled = field(el, 'sms-enabled');
    expect([enabled.type, enabled.getAttribute('role'), enabled.checked]).to.deep.equal(['checkbox', 'switch', true]);
    expect(field(el, 'sms-baseUrl').value).to.equal('https://api.twilio.com');
    expect(field(el, 'sms-accountId').value).to.equal(ACCOUNT);
    expect(field(el, 'sms-sender').value).to.equal('+48221234567');
    for (const id of ['sms-authToken', 'sms-secondaryAuthToken']) {
      expect(field(el, id).type, id).to.equal('password');
      expect(field(el, id).value, `${id}: write-only`).to.equal('');
      expect(q(el, `#${id}-hint`).textContent, id).to.equal('Stored — never shown again. Leave empty to keep it.');
    }
    expect(q(el, 'label[for=sms-drop-secondary]').textContent).to.equal('Forget the secondary token');
    expect(field(el, 'sms-optOutKeywords').value).to.equal('STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT');
    expect(field(el, 'sms-optInKeywords').value).to.equal('START, UNSTOP');
    expect(text(q(el, '.updated'))).to.match(/^Last changed .*2026/);
    expect(q(el, '.warning'), 'the secrets key is set').to.equal(null);
    expect(q(el, '.demo'), 'a real provider').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('should show the webhook addresses read-only, with how to use them and Copy buttons', async () => {
    const el = await smsScreen(CONFIGURED);
    const inbound = field(el, 'sms-inbound-url');
    const status = field(el, 'sms-status-url');
    expect([inbound.value, inbound.readOnly]).to.deep.equal([SMS.inboundUrl, true]);
    expect([status.value, status.readOnly]).to.deep.equal([SMS.statusUrl, true]);
    expect(q(el, 'label[for=sms-inbound-url]').textContent).to.equal('A message comes in');
    expect(text(q(el, '.how-to'))).to.contain(
      'paste the first address as the webhook (HTTP POST) for “A message comes in”',
    );
    const copied: string[] = [];
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    clipboard.writeText = async (t: string) => void copied.push(t);
    try {
      const buttons = qa<HTMLButtonElement>(el, '.webhooks .copy');
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Copy the address for “A message comes in”',
        'Copy the address for “Status callback”',
      ]);
      buttons[0].click();
      await waitUntil(() => q(el, '.webhooks [role=status]').textContent, 'announced');
      expect(copied).to.deep.equal([SMS.inboundUrl]);
      expect(q(el, '.webhooks [role=status]').textContent).to.equal('The address for “A message comes in” is copied.');

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      buttons[1].click();
      await waitUntil(() => q(el, '.webhooks [role=status]').textContent!.startsWith('Could not'), 'by hand');
      expect([status.selectionStart, status.selectionEnd], 'selected, to copy by hand').to.deep.equal([
        0,
        SMS.statusUrl.length,
      ]);
    } finally {
      delete (clipboard as Partial<typeof clipboard>).writeText;
    }
  });

  it('should save the whole section with the CSRF token, a new token once, and parsed keywords', async () => {
    const el = await smsScreen();
    await check(el, field(el, 'sms-enabled'));
    type(field(el, 'sms-accountId'), ` ${ACCOUNT} `);
    type(field(el, 'sms-authToken'), 'tok-primary-1');
    type(field(el, 'sms-sender'), '+48 22 123-45-67');
    type(field(el, 'sms-optOutKeywords'), 'STOP, stop, NIE,  ,KONIEC');
    type(field(el, 'sms-optInKeywords'), 'START ,TAK');
    await save(el);

    expect(writes()).to.deep.equal([
      {
        method: 'PUT',
        path: '/settings/sms',
        csrf: 'csrf-1',
        body: {
          enabled: true,
          baseUrl: 'https://api.twilio.com',
          accountId: ACCOUNT,
          sender: '+48221234567',
          authToken: 'tok-primary-1',
          optOutKeywords: ['STOP', 'NIE', 'KONIEC'],
          optInKeywords: ['START', 'TAK'],
        },
      },
    ]);
    expect(q(el, '.saved').getAttribute('role')).to.equal('status');
    expect(field(el, 'sms-authToken').value, 'the token field is emptied').to.equal('');
    expect(q(el, '#sms-authToken-hint').textContent).to.equal('Stored — never shown again. Leave empty to keep it.');
    expect(screen(el).shadowRoot!.innerHTML, 'the token is not kept on screen').to.not.contain('tok-primary-1');
    expect(field(el, 'sms-optOutKeywords').value).to.equal('STOP, NIE, KONIEC');
    expect(field(el, 'sms-sender').value).to.equal('+48221234567');
  });

  it('should keep the stored tokens when their fields stay empty, and forget the secondary one when asked', async () => {
    const el = await smsScreen({ ...CONFIGURED, secondaryAuthTokenStored: true });
    type(field(el, 'sms-sender'), 'MG0123456789abcdef0123456789abcdef');
    await save(el);
    const body = writes()[0].body as Record<string, unknown>;
    expect(body).to.not.have.any.keys('authToken', 'secondaryAuthToken', 'dropSecondaryAuthToken');
    expect(body.sender).to.equal('MG0123456789abcdef0123456789abcdef');

    // A new secondary token for a rotation.
    type(field(el, 'sms-secondaryAuthToken'), 'tok-next');
    await save(el);
    expect(writes()[1].body).to.deep.include({ secondaryAuthToken: 'tok-next' });
    expect(writes()[1].body).to.not.have.any.keys('authToken', 'dropSecondaryAuthToken');

    // The rotation is over.
    type(field(el, 'sms-secondaryAuthToken'), 'typed-then-dropped');
    await check(el, field(el, 'sms-drop-secondary'));
    expect(field(el, 'sms-secondaryAuthToken').disabled, 'nothing to write while it is forgotten').to.equal(true);
    await save(el);
    expect(writes()[2].body).to.deep.include({ dropSecondaryAuthToken: true });
    expect(writes()[2].body).to.not.have.any.keys('secondaryAuthToken', 'authToken');
    expect(field(el, 'sms-drop-secondary'), 'none stored any more').to.equal(null);
    expect(q(el, '#sms-secondaryAuthToken-hint').textContent).to.contain('While you rotate the auth token');
  });

  it('should refuse what the server would refuse before sending anything, on the field to correct', async () => {
    const el = await smsScreen();
    await check(el, field(el, 'sms-enabled'));
    submit(el);
    await waitUntil(() => q(el, '#sms-accountId-error'), 'refused');
    expect(qa(el, '[aria-invalid=true]').map((e) => e.id)).to.deep.equal([
      'sms-accountId',
      'sms-authToken',
      'sms-sender',
    ]);
    expect(q(el, '#sms-accountId-error').textContent).to.equal('Write the account SID to turn SMS on.');
    expect(q(el, '#sms-authToken-error').textContent).to.equal('Paste the auth token to turn SMS on.');
    expect(q(el, '#sms-sender-error').textContent).to.equal('Write the sender to turn SMS on.');
    expect(field(el, 'sms-accountId').getAttribute('aria-describedby')).to.equal(
      'sms-accountId-hint sms-accountId-error',
    );
    expect(screen(el).shadowRoot!.activeElement, 'the first of them has the focus').to.equal(
      field(el, 'sms-accountId'),
    );

    type(field(el, 'sms-accountId'), 'AC-12');
    type(field(el, 'sms-sender'), '600 100 200');
    type(field(el, 'sms-authToken'), 'tok');
    type(field(el, 'sms-baseUrl'), 'http://api.twilio.com/?x=1');
    type(field(el, 'sms-optOutKeywords'), 'STOP, PLEASE-STOP-SENDING-ME-THINGS');
    submit(el);
    await waitUntil(() => q(el, '#sms-baseUrl-error'), 'refused again');
    expect(q(el, '#sms-baseUrl-error').textContent).to.contain('An https:// address');
    expect(q(el, '#sms-accountId-error').textContent).to.equal('Only letters and digits, at most 64.');
    expect(q(el, '#sms-sender-error').textContent).to.contain('A number in international form');
    expect(q(el, '#sms-optOutKeywords-error').textContent).to.equal(
      'At most 20 keywords of at most 20 characters each.',
    );
    expect(q(el, '#sms-authToken-error'), 'the token is there now').to.equal(null);
    expect(screen(el).shadowRoot!.activeElement).to.equal(field(el, 'sms-baseUrl'));
    type(field(el, 'sms-baseUrl'), 'http://localhost:9080/fake');
    await screen(el).updateComplete;
    expect(q(el, '#sms-baseUrl-error'), 'gone as the admin corrects it').to.equal(null);
    expect(writes(), 'nothing was sent').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('should show the server’s refusals under the field they are about, keeping the draft', async () => {
    const cases: [Response, string, string][] = [
      [problem('invalid_sms_sender', 'Bad sender.'), 'sms-sender', 'The sender is a number in international form'],
      [problem('invalid_sms_account', 'Bad account.'), 'sms-accountId', 'The account SID has only letters and digits.'],
      [problem('invalid_url', 'Bad URL.', 'baseUrl'), 'sms-baseUrl', 'This API address is refused'],
      [problem('sms_not_configured', 'Not configured.'), 'sms-authToken', 'Paste the auth token to turn SMS on.'],
    ];
    for (const [answer, id, words] of cases) {
      const el = await smsScreen(
        { ...CONFIGURED, enabled: false, authTokenStored: false },
        {
          'PUT /settings/sms': () => answer.clone(),
        },
      );
      type(field(el, 'sms-sender'), '+48600100200');
      submit(el);
      await waitUntil(() => q(el, '.refusal[role=alert]'), `refused: ${id}`);
      const alerts = qa(el, '[role=alert]');
      expect(alerts, id).to.have.length(1);
      expect(alerts[0].textContent, id).to.contain(words);
      expect(field(el, id).closest('.field')!.contains(alerts[0]), `${id}: under its field`).to.equal(true);
      expect(
        qa(el, '[aria-invalid=true]').map((e) => e.id),
        id,
      ).to.deep.equal([id]);
      expect(field(el, id).getAttribute('aria-describedby'), id).to.equal(`${id}-hint refusal-sms`);
      expect(screen(el).shadowRoot!.activeElement, id).to.equal(field(el, id));
      expect(field(el, 'sms-sender').value, 'the draft is kept').to.equal('+48600100200');
      el.remove();
    }
  });

  it('should warn when no token can be stored, and when the server finds the secrets key gone', async () => {
    let el = await smsScreen({ secretsKeyConfigured: false });
    expect(text(q(el, '.warning'))).to.contain('PARLEY_SECRETS_KEY');
    expect(field(el, 'sms-authToken').disabled).to.equal(true);
    el.remove();

    el = await smsScreen(SMS, {
      'PUT /settings/sms': () => refusal(409, 'secrets_key_missing', 'PARLEY_SECRETS_KEY is not set.'),
    });
    expect(q(el, '.warning')).to.equal(null);
    type(field(el, 'sms-authToken'), 'tok');
    submit(el);
    await waitUntil(() => q(el, '.warning'), 'the warning');
    expect(text(q(el, '#refusal-sms'))).to.contain('PARLEY_SECRETS_KEY is not set on this server');
    expect(field(el, 'sms-authToken').disabled).to.equal(true);
  });

  it('should link to the phone simulator while the demo’s fake provider is in use', async () => {
    const el = await smsScreen({
      ...CONFIGURED,
      demoProvider: true,
      baseUrl: 'http://localhost:9080/api/v1/demo/twilio',
    });
    const link = q<HTMLAnchorElement>(el, '.demo a');
    expect(link.getAttribute('href')).to.equal('/demo/phone/');
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.equal('phone simulator (opens in a new tab)');
    expect(text(q(el, '.demo'))).to.contain('not to real phones');
  });

  it('should send a test SMS to a number and announce how it went', async () => {
    let result: object | Response = {};
    const el = await smsScreen(CONFIGURED, {
      'POST /settings/sms/test': () => (result instanceof Response ? result : json(result)),
    });
    const to = field(el, 'sms-test-to');
    const status = q(el, '#sms-test-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(to.getAttribute('aria-describedby')).to.equal('sms-test-to-hint sms-test-status');
    const send = q<HTMLButtonElement>(el, '.send-test');

    type(to, '600100200');
    send.click();
    await waitUntil(() => status.textContent, 'refused here');
    expect(status.textContent).to.equal('Write the number in international form, starting with +.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(writes()).to.deep.equal([]);

    const outcomes: [object | Response, string, string][] = [
      [
        { ok: true, outcome: 'sent', status: 201, providerId: 'SM0123', tookMs: 140 },
        'Sent: the provider took the message (SM0123) in 140 ms.',
        'good',
      ],
      [
        { ok: false, outcome: 'refused', status: 400, error: '21211 invalid number', tookMs: 90 },
        'The provider refused the message (HTTP 400): 21211 invalid number.',
        'bad',
      ],
      [
        { ok: false, outcome: 'unauthorized', status: 401, tookMs: 80 },
        'The provider refused the account SID or the auth token (HTTP 401). Check them and save again.',
        'bad',
      ],
      [{ ok: false, outcome: 'unreachable', tookMs: 10000 }, 'no answer within 10000 ms', 'bad'],
      [refusal(429, 'rate_limited', 'Too many.'), 'Too many test messages in a short time.', 'bad'],
      [problem('sms_not_configured', 'No.'), 'SMS needs the account SID, the sender and the auth token', 'bad'],
    ];
    type(to, '+48 600 100 200');
    for (const [answer, words, tone] of outcomes) {
      result = answer;
      send.click();
      await waitUntil(() => status.textContent!.includes(words), words);
      expect(status.classList.contains(tone), words).to.equal(true);
    }
    expect(writes().map((c) => c.body)).to.deep.equal(outcomes.map(() => ({ to: '+48600100200' })));
    expect(writes().every((c) => c.path === '/settings/sms/test' && c.csrf === 'csrf-1')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('should speak Polish', async () => {
    server({ 'GET /settings/sms': () => json({ ...CONFIGURED, demoProvider: true }) });
    const el = await settings('sms', 'pl');
    await loaded(el);
    expect(q(el, 'label[for=sms-enabled]').textContent).to.equal('Odbieraj SMS-y i odpowiadaj na nie');
    expect(q(el, '#sms-authToken-hint').textContent).to.contain('Zapisany — nigdy więcej nie będzie pokazany');
    expect(text(q(el, '.demo a'))).to.equal('symulatora telefonu (otwiera się w nowej karcie)');
    expect(q(el, '.send-test').textContent!.trim()).to.equal('Wyślij testowy SMS');
  });

  it('should parse keywords once each, whatever their case', () => {
    expect(parseKeywords(' STOP,stop , Stopall,,\nKONIEC ')).to.deep.equal(['STOP', 'Stopall', 'KONIEC']);
    expect(parseKeywords('')).to.deep.equal([]);
  });
});
