import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
  calls,
  json,
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

const TYPES = [
  'ticket.created',
  'ticket.status_changed',
  'ticket.assigned',
  'message.created',
  'conversation.handed_off',
];
const overview = (webhooks: unknown[] = [], extra: object = {}) => ({
  webhooks,
  eventTypes: TYPES,
  maxEndpoints: 20,
  httpAllowed: false,
  ...extra,
});
const HOOK = {
  id: 'w1',
  url: 'https://shop.example.com/parley',
  description: 'Orders',
  types: ['message.created'],
  enabled: true,
  consecutiveFailures: 0,
  createdAt: '2026-12-06T10:00:00.000Z',
};
const DELIVERY = {
  id: 'd1',
  eventId: 'evt_3f1c2b7d9e8a4c6b8d0e1f2a3b4c5d6e',
  type: 'message.created',
  status: 'failed',
  attempts: 7,
  createdAt: '2026-12-06T10:01:00.000Z',
  responseStatus: 500,
  error: 'the receiver answered 500',
};

describe('<parley-settings> webhooks', () => {
  afterEach(restoreFetch);

  it('should add a webhook with the events chosen and show its secret once', async () => {
    let listed: unknown[] = [];
    server({
      'GET /webhooks': () => json(overview(listed)),
      'POST /webhooks': (body) => {
        listed = [{ ...HOOK, ...(body as object), id: 'w2' }];
        return json({ ...(listed[0] as object), secret: 'whsec_c2VjcmV0LXNob3duLW9uY2U=' }, 201);
      },
    });
    const el = await settings('webhooks');
    expect(q(el, 'p').textContent).to.contain('Standard Webhooks');
    expect(q(el, '.hint:not(:first-child)') ?? null).to.not.equal(null);
    button(el, '+ Add a webhook').click();
    await screen(el).updateComplete;
    type(q<HTMLInputElement>(el, '#webhookUrl'), ' https://shop.example.com/parley ');
    type(q<HTMLInputElement>(el, '#webhookDescription'), 'Orders');
    const boxes = qa<HTMLInputElement>(el, 'fieldset input[type=checkbox]');
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, true, true, true, true]);
    for (const box of boxes.slice(0, 3)) box.click();
    boxes[4].click();
    await screen(el).updateComplete;
    await expect(el).to.be.accessible();
    submit(el);

    await waitUntil(() => q(el, '.secret'), 'the secret is shown');
    expect(calls.find((c) => c.method === 'POST')!).to.deep.include({
      csrf: 'csrf-1',
      body: {
        url: 'https://shop.example.com/parley',
        description: 'Orders',
        types: ['message.created'],
        enabled: true,
      },
    });
    expect(q(el, '.secret code').textContent).to.equal('whsec_c2VjcmV0LXNob3duLW9uY2U=');
    expect(q(el, '.endpoint .url').textContent).to.equal('https://shop.example.com/parley');
    expect(q(el, '.endpoint .types').textContent).to.equal('A message is written');
    expect(q(el, '.badge').textContent).to.equal('Enabled');
    await expect(el).to.be.accessible();
  });

  it('should show a refusal beside the URL and add nothing', async () => {
    server({
      'GET /webhooks': () => json(overview()),
      'POST /webhooks': () =>
        problem('webhook_address_refused', 'Parley does not send events to 10.0.0.1: it is a private address.'),
    });
    const el = await settings('webhooks');
    button(el, '+ Add a webhook').click();
    await screen(el).updateComplete;
    type(q<HTMLInputElement>(el, '#webhookUrl'), 'https://10.0.0.1/in');
    submit(el);

    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').textContent).to.contain('private or reserved network');
    expect(q(el, '#webhookUrl').getAttribute('aria-invalid')).to.equal('true');
    expect(qa(el, '.endpoint')).to.have.length(0);
    expect(q<HTMLInputElement>(el, '#webhookUrl').value, 'the draft is kept').to.equal('https://10.0.0.1/in');
  });

  it('should say why no webhook can be added without a secrets key', async () => {
    server({ 'GET /webhooks': () => json(overview([], { secretsUnavailable: 'PARLEY_SECRETS_KEY is not set.' })) });
    const el = await settings('webhooks');

    expect(q(el, '.warning').textContent).to.contain('PARLEY_SECRETS_KEY is not set.');
    expect(button(el, '+ Add a webhook').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('should send a test event, rotate the secret, read the delivery log and redeliver', async () => {
    server({
      'GET /webhooks': () => json(overview([{ ...HOOK, consecutiveFailures: 2 }])),
      'POST /webhooks/w1/test': () =>
        json({ ...DELIVERY, id: 'd2', type: 'webhook.test', status: 'failed', attempts: 1, responseStatus: 503 }),
      'POST /webhooks/w1/secret': () =>
        json({ ...HOOK, previousSecretUntil: '2026-12-07T10:00:00.000Z', secret: 'whsec_bmV3LXNlY3JldA==' }),
      'GET /webhooks/w1/deliveries': () => json({ deliveries: [DELIVERY] }),
      'POST /webhooks/w1/deliveries/d1/redeliver': () => json({ ...DELIVERY, status: 'delivered', attempts: 1 }),
    });
    const el = await settings('webhooks');
    expect(q(el, '.endpoint').textContent).to.contain('2 failures in a row');

    button(el, 'Send test event').click();
    await waitUntil(() => q(el, '.endpoint p.refusal'), 'the test outcome');
    expect(q(el, '.endpoint p.refusal').textContent).to.equal('The test event failed: the receiver answered 503.');

    button(el, 'Rotate secret').click();
    await waitUntil(() => q(el, '.secret'), 'the new secret');
    expect(q(el, '.secret code').textContent).to.equal('whsec_bmV3LXNlY3JldA==');

    const log = button(el, 'Delivery log');
    expect(log.getAttribute('aria-expanded')).to.equal('false');
    log.click();
    await waitUntil(() => q(el, 'table'), 'the log');
    expect(button(el, 'Hide the log').getAttribute('aria-expanded')).to.equal('true');
    const cells = qa(el, 'tbody td').map((td) => td.textContent!.trim());
    expect(cells[1]).to.contain('A message is written');
    expect(cells[2]).to.equal('Failed');
    expect(cells[3]).to.equal('7');
    expect(cells[4]).to.contain('500');
    await expect(el).to.be.accessible();
    button(el, 'Redeliver').click();
    await waitUntil(() => calls.some((c) => c.path === '/webhooks/w1/deliveries/d1/redeliver'), 'redelivered');
    expect(calls.filter((c) => c.method === 'POST').every((c) => c.csrf === 'csrf-1')).to.equal(true);
  });

  it('should speak Polish', async () => {
    server({
      'GET /webhooks': () => json(overview([{ ...HOOK, enabled: false, disabled: 'gone', consecutiveFailures: 3 }])),
    });
    const el = await settings('webhooks', 'pl');

    expect(q(el, '.badge').textContent).to.equal('Wyłączony: odbiorca odpowiedział 410 Gone');
    expect(q(el, '.endpoint').textContent).to.contain('3 nieudane próby z rzędu');
    expect(button(el, '+ Dodaj webhook')).to.not.equal(undefined);
    expect(button(el, 'Wyślij zdarzenie testowe')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
