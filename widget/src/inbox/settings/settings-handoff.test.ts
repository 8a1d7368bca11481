import { expect, waitUntil } from '@open-wc/testing';
import type { ParleySettings } from './settings.component.js';
import { handoffI18n } from './handoff.i18n.js';
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
  type,
} from './settings.fake-server.js';

const ZENDESK = {
  subdomain: 'northwind',
  clientId: 'parley_handoff',
  secretSet: true,
  updatedAt: '2026-12-06T10:00:00.000Z',
};
const GORGIAS = {
  domain: 'northwind',
  email: 'ops@northwind.example',
  secretSet: true,
  updatedAt: '2026-12-06T11:00:00.000Z',
};
const handoff = (extra: object = {}) => ({ secretsKeyConfigured: true, zendesk: null, gorgias: null, ...extra });
const noContent = () => new Response(null, { status: 204 });
const refusal = (status: number, code: string, detail: string) =>
  json({ type: `urn:parley:problem:${code}`, title: 'Refused', status, code, detail }, status);

/** The first element matching `selector` in a helpdesk's card. */
const inCard = <T extends Element = HTMLElement>(el: ParleySettings, helpdesk: string, selector: string) =>
  q<T>(el, `#card-${helpdesk} ${selector}`);
const field = (el: ParleySettings, id: string) => q<HTMLInputElement>(el, `#${id}`);
const cardButton = (el: ParleySettings, helpdesk: string, text: string) =>
  qa<HTMLButtonElement>(el, `#card-${helpdesk} button`).find((b) => b.textContent!.trim() === text)!;
const connect = (el: ParleySettings, helpdesk: string) =>
  inCard<HTMLButtonElement>(el, helpdesk, 'form .primary').click();
const writes = () => calls.filter((c) => c.method !== 'GET');
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

/** Fills a helpdesk's form. */
function fill(el: ParleySettings, helpdesk: string, account: string, user: string, secret: string) {
  type(field(el, `${helpdesk}-account`), account);
  type(field(el, `${helpdesk}-user`), user);
  type(field(el, `${helpdesk}-secret`), secret);
}

describe('the handoff settings screen', () => {
  afterEach(restoreFetch);

  it('should say that it loads until the helpdesks are read, then offer to connect each', async () => {
    let answer!: (r: Response) => void;
    server({ 'GET /settings/handoff': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const el = await settings('chat');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#/settings/handoff"]')!;
    expect(link.textContent).to.equal('Handoff');
    expect(link.closest('li')!.previousElementSibling!.textContent, 'right after the AI agent').to.equal('AI agent');
    link.click();
    await waitUntil(() => screen(el).localName === 'parley-settings-handoff' && answer, 'the helpdesks are asked for');
    await screen(el).updateComplete;
    expect(q(el, 'p[role=status]').textContent).to.equal('Loading…');
    expect(q(el, '.list'), 'no cards meanwhile').to.equal(null);
    answer(json(handoff()));
    await loaded(el);

    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('Handoff');
    const notes = qa(el, '.hint').map(text);
    expect(notes).to.include(
      'External helpdesks reply by email, so a visitor who has not given their email address is asked for it before the handoff.',
    );
    expect(q(el, 'a[href="#/settings/assistant"]').textContent, 'the target is chosen there').to.equal('AI agent');
    expect(qa(el, '.helpdesk h3').map(text)).to.deep.equal(['Zendesk', 'Gorgias']);
    expect(qa(el, '.helpdesk .badge').map(text)).to.deep.equal(['Not connected', 'Not connected']);
    expect(qa(el, '.suffix').map(text)).to.deep.equal(['.zendesk.com', '.gorgias.com']);
    expect(field(el, 'zendesk-secret').type).to.equal('password');
    expect(field(el, 'gorgias-secret').type).to.equal('password');
    expect(field(el, 'gorgias-user').type).to.equal('email');
    expect(q(el, 'label[for=zendesk-user]').textContent).to.equal('Client ID');
    expect(q(el, 'label[for=gorgias-user]').textContent).to.equal('User email');
    expect(text(inCard(el, 'zendesk', '.hint'))).to.contain(
      'Admin Center → Apps and integrations → APIs → OAuth clients',
    );
    expect(text(inCard(el, 'zendesk', '.hint'))).to.contain('“Confidential”');
    expect(text(inCard(el, 'zendesk', 'form .primary'))).to.equal('Connect');
    expect(q(el, '.warning'), 'the secrets key is set').to.equal(null);
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /settings/chat', 'GET /settings/handoff']);
    await expect(el).to.be.accessible();
  });

  it('should say why the helpdesks could not be read', async () => {
    server({ 'GET /settings/handoff': () => refusal(403, 'admins_only', 'Only admins may do this.') });
    const el = await settings('chat');
    el.section = 'handoff';
    await waitUntil(() => screen(el).localName === 'parley-settings-handoff' && q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').getAttribute('role')).to.equal('alert');
    expect(q(el, '.refusal').textContent).to.equal('Only admins may do this.');
  });

  it('should refuse an account that is not a bare subdomain before sending anything', async () => {
    server({ 'GET /settings/handoff': () => json(handoff()) });
    const el = await settings('handoff');
    const cases: [string, string][] = [
      ['shop.zendesk.com', 'Only the subdomain: write “shop” — .zendesk.com is added for you.'],
      ['https://shop.zendesk.com/', 'Only the subdomain: write “shop” — .zendesk.com is added for you.'],
      ['a/b', 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.'],
      ['x:443', 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.'],
      ['shop.example.com', 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.'],
      ['-shop', 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.'],
      ['a'.repeat(64), 'Only the subdomain: letters, digits and hyphens — no dots, slashes or ports.'],
      ['', 'Write your Zendesk subdomain.'],
    ];
    for (const [account, words] of cases) {
      fill(el, 'zendesk', account, 'parley_handoff', 's3cr3t');
      connect(el, 'zendesk');
      await waitUntil(() => q(el, '#zendesk-account-error'), `refused: ${account}`);
      const input = field(el, 'zendesk-account');
      expect(q(el, '#zendesk-account-error').textContent, account).to.equal(words);
      expect(input.getAttribute('aria-invalid'), account).to.equal('true');
      expect(input.getAttribute('aria-describedby'), account).to.equal('zendesk-account-hint zendesk-account-error');
      expect(screen(el).shadowRoot!.activeElement, 'the field to correct has the focus').to.equal(input);
      expect(field(el, 'zendesk-user').getAttribute('aria-invalid'), 'only that field').to.equal('false');
      type(input, 'northwind');
      await screen(el).updateComplete;
      expect(q(el, '#zendesk-account-error'), 'gone as the admin corrects it').to.equal(null);
    }
    expect(writes(), 'nothing was sent').to.deep.equal([]);

    type(field(el, 'zendesk-account'), 'a/b');
    type(field(el, 'zendesk-user'), '');
    type(field(el, 'zendesk-secret'), '');
    connect(el, 'zendesk');
    await waitUntil(() => q(el, '#zendesk-secret-error'), 'every field is checked');
    expect(qa(el, '[aria-invalid=true]').map((e) => e.id)).to.deep.equal([
      'zendesk-account',
      'zendesk-user',
      'zendesk-secret',
    ]);
    expect(q(el, '#zendesk-user-error').textContent).to.equal('Write the OAuth client’s unique identifier.');
    expect(q(el, '#zendesk-secret-error').textContent, 'a first connection needs the secret').to.equal(
      'Paste the OAuth client’s secret.',
    );
    expect(screen(el).shadowRoot!.activeElement, 'the first of them').to.equal(field(el, 'zendesk-account'));
    expect(writes()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('should connect Zendesk and show the account, never the secret', async () => {
    server({
      'GET /settings/handoff': () => json(handoff()),
      'PUT /settings/handoff/zendesk': () => json(ZENDESK),
    });
    const el = await settings('handoff');
    fill(el, 'zendesk', ' Northwind ', ' parley_handoff ', 's3cr3t-value\n');
    connect(el, 'zendesk');
    await waitUntil(() => inCard(el, 'zendesk', 'dl'), 'connected');

    expect(writes()).to.deep.equal([
      {
        method: 'PUT',
        path: '/settings/handoff/zendesk',
        csrf: 'csrf-1',
        body: { subdomain: 'northwind', clientId: 'parley_handoff', clientSecret: 's3cr3t-value' },
      },
    ]);
    expect(text(inCard(el, 'zendesk', '.badge'))).to.equal('Connected');
    const details = qa(el, '#card-zendesk dd').map(text);
    expect(details.slice(0, 3)).to.deep.equal([
      'northwind.zendesk.com',
      'parley_handoff',
      'Secret stored — never shown again',
    ]);
    expect(inCard(el, 'zendesk', 'time').getAttribute('datetime')).to.equal(ZENDESK.updatedAt);
    expect(inCard(el, 'zendesk', 'input'), 'the form is closed').to.equal(null);
    expect(screen(el).shadowRoot!.innerHTML, 'the secret is not kept on screen').to.not.contain('s3cr3t');
    expect(inCard(el, 'zendesk', '[role=status]').textContent).to.equal(
      'Zendesk is connected. Test the connection to make sure it works.',
    );
    expect(['Test connection', 'Change', 'Disconnect'].map((t) => !!cardButton(el, 'zendesk', t))).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(cardButton(el, 'zendesk', 'Test connection').getAttribute('aria-label')).to.equal(
      'Test connection to Zendesk',
    );
    expect(field(el, 'gorgias-account'), 'Gorgias is still to be connected').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('should connect Gorgias with a user’s email and API key, refusing a mistyped email first', async () => {
    server({
      'GET /settings/handoff': () => json(handoff()),
      'PUT /settings/handoff/gorgias': () => json(GORGIAS),
    });
    const el = await settings('handoff');
    fill(el, 'gorgias', 'northwind.gorgias.com', 'ops at northwind', 'key');
    connect(el, 'gorgias');
    await waitUntil(() => q(el, '#gorgias-user-error'), 'refused');
    expect(q(el, '#gorgias-account-error').textContent).to.equal(
      'Only the domain: write “northwind” — .gorgias.com is added for you.',
    );
    expect(q(el, '#gorgias-user-error').textContent).to.equal('This is not an email address.');
    expect(writes()).to.deep.equal([]);

    fill(el, 'gorgias', 'northwind', 'ops@northwind.example', 'gorgias-api-key');
    connect(el, 'gorgias');
    await waitUntil(() => inCard(el, 'gorgias', 'dl'), 'connected');
    expect(writes()[0]).to.deep.include({
      path: '/settings/handoff/gorgias',
      csrf: 'csrf-1',
      body: { domain: 'northwind', email: 'ops@northwind.example', apiKey: 'gorgias-api-key' },
    });
    expect(qa(el, '#card-gorgias dd').map(text).slice(0, 3)).to.deep.equal([
      'northwind.gorgias.com',
      'ops@northwind.example',
      'Secret stored — never shown again',
    ]);
  });

  it('should show the server’s refusal under the field it is about, in the admin’s words, and keep the draft', async () => {
    const refusals: [string, string, string | undefined, string, string][] = [
      ['invalid_client_id', 'Bad client id.', undefined, 'zendesk-user', 'The client ID has no spaces'],
      ['invalid_helpdesk_account', 'Bad.', undefined, 'zendesk-account', 'Only the subdomain:'],
      ['invalid_helpdesk_secret', 'Bad.', 'clientSecret', 'zendesk-secret', 'The secret has no spaces'],
    ];
    for (const [code, detail, named, id, words] of refusals) {
      server({
        'GET /settings/handoff': () => json(handoff()),
        'PUT /settings/handoff/zendesk': () => problem(code, detail, named),
      });
      const el = await settings('handoff');
      fill(el, 'zendesk', 'northwind', 'parley_handoff', 's3cr3t');
      connect(el, 'zendesk');
      await waitUntil(() => q(el, '.refusal[role=alert]'), `refused with ${code}`);
      const input = field(el, id);
      const alerts = qa(el, '[role=alert]');
      expect(alerts, code).to.have.length(1);
      expect(alerts[0].textContent, code).to.contain(words);
      expect(input.closest('.field')!.contains(alerts[0]), `${code}: under its field`).to.equal(true);
      expect(
        qa(el, '[aria-invalid=true]').map((e) => e.id),
        code,
      ).to.deep.equal([id]);
      expect(input.getAttribute('aria-describedby'), code).to.equal(`${id}-hint refusal-zendesk`);
      expect(field(el, 'zendesk-user').value, 'the draft is kept').to.equal('parley_handoff');
      expect(inCard(el, 'zendesk', 'dl'), 'not connected').to.equal(null);
      el.remove();
    }
  });

  it('should show that the secrets key went missing when the server says so, and disable the forms', async () => {
    server({
      'GET /settings/handoff': () => json(handoff()),
      'PUT /settings/handoff/zendesk': () =>
        refusal(409, 'secrets_key_missing', 'PARLEY_SECRETS_KEY is not set on this server.'),
    });
    const el = await settings('handoff');
    fill(el, 'zendesk', 'northwind', 'parley_handoff', 's3cr3t');
    connect(el, 'zendesk');
    await waitUntil(() => q(el, '.warning'), 'the warning');
    expect(inCard(el, 'zendesk', '[role=alert]').textContent).to.contain('PARLEY_SECRETS_KEY is not set');
    expect(field(el, 'zendesk-account').matches(':disabled')).to.equal(true);
    expect(field(el, 'gorgias-account').matches(':disabled')).to.equal(true);
  });

  it('should change the connection, keeping the stored secret when its field is left empty', async () => {
    server({
      'GET /settings/handoff': () => json(handoff({ zendesk: ZENDESK })),
      'PUT /settings/handoff/zendesk': (body) =>
        json({ ...ZENDESK, ...(body as object), updatedAt: '2026-12-07T09:00:00.000Z' }),
    });
    const el = await settings('handoff');
    expect(field(el, 'zendesk-account'), 'connected: no form').to.equal(null);
    const change = cardButton(el, 'zendesk', 'Change');
    expect(change.getAttribute('aria-label')).to.equal('Change the Zendesk connection');
    change.click();
    await screen(el).updateComplete;
    expect(field(el, 'zendesk-account').value).to.equal('northwind');
    expect(field(el, 'zendesk-user').value).to.equal('parley_handoff');
    expect(field(el, 'zendesk-secret').value, 'the secret is never shown').to.equal('');
    expect(q(el, '#zendesk-secret-hint').textContent).to.equal('Leave empty to keep the stored secret.');
    expect(screen(el).shadowRoot!.activeElement).to.equal(field(el, 'zendesk-account'));
    await expect(el).to.be.accessible();

    // Escape leaves the form as it was.
    field(el, 'zendesk-user').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await screen(el).updateComplete;
    expect(field(el, 'zendesk-account'), 'closed').to.equal(null);
    expect(writes()).to.deep.equal([]);

    cardButton(el, 'zendesk', 'Change').click();
    await screen(el).updateComplete;
    type(field(el, 'zendesk-user'), 'parley_handoff_2');
    connect(el, 'zendesk');
    await waitUntil(() => !field(el, 'zendesk-account'), 'saved');
    expect(writes()).to.have.length(1);
    expect(writes()[0].body, 'without the secret: the stored one stays').to.deep.equal({
      subdomain: 'northwind',
      clientId: 'parley_handoff_2',
    });
    expect(qa(el, '#card-zendesk dd').map(text)[1]).to.equal('parley_handoff_2');

    cardButton(el, 'zendesk', 'Change').click();
    await screen(el).updateComplete;
    type(field(el, 'zendesk-secret'), 'new-secret');
    connect(el, 'zendesk');
    await waitUntil(() => writes().length === 2 && !field(el, 'zendesk-account'), 'saved again');
    expect(writes()[1].body, 'a new secret replaces the stored one').to.deep.equal({
      subdomain: 'northwind',
      clientId: 'parley_handoff_2',
      clientSecret: 'new-secret',
    });
  });

  it('should announce how each test of the connection went', async () => {
    let result: object = {};
    server({
      'GET /settings/handoff': () => json(handoff({ zendesk: ZENDESK, gorgias: GORGIAS })),
      'POST /settings/handoff/zendesk/test': () => json(result),
      'POST /settings/handoff/gorgias/test': () => json(result),
    });
    const el = await settings('handoff');
    const outcomes: [string, object, string][] = [
      [
        'zendesk',
        { ok: true, outcome: 'connected', status: 200, tookMs: 231 },
        'Connected: Zendesk accepted the credentials in 231 ms.',
      ],
      [
        'zendesk',
        { ok: false, outcome: 'unauthorized', status: 401, tookMs: 120 },
        'Zendesk refused the credentials (HTTP 401). Check them, or make new ones and change the connection.',
      ],
      [
        'zendesk',
        { ok: false, outcome: 'not_found', status: 404, tookMs: 90 },
        'Zendesk has no account northwind.zendesk.com. Check the subdomain.',
      ],
      [
        'gorgias',
        { ok: false, outcome: 'not_found', status: 404, tookMs: 90 },
        'Gorgias has no account northwind.gorgias.com. Check the domain.',
      ],
      [
        'gorgias',
        { ok: false, outcome: 'rate_limited', status: 429, tookMs: 80 },
        'Gorgias asked Parley to wait: too many requests. Try again in a minute.',
      ],
      [
        'zendesk',
        { ok: false, outcome: 'unreachable', status: null, tookMs: 10000 },
        'Zendesk could not be reached: no answer within 10000 ms. Try again later.',
      ],
      [
        'gorgias',
        { ok: false, outcome: 'failed', status: 502, tookMs: 300 },
        'The test failed: Gorgias answered with HTTP status 502.',
      ],
    ];
    for (const [helpdesk, answer, words] of outcomes) {
      result = answer;
      const before = calls.length;
      const status = inCard(el, helpdesk, '[role=status]');
      cardButton(el, helpdesk, 'Test connection').click();
      await waitUntil(() => calls.length > before && status.textContent === words, words);
      expect(calls.at(-1)).to.deep.include({
        method: 'POST',
        path: `/settings/handoff/${helpdesk}/test`,
        csrf: 'csrf-1',
      });
      expect(status.id).to.equal(`${helpdesk}-status`);
      expect(status.classList.contains('good'), words).to.equal((answer as { ok: boolean }).ok);
      expect(inCard(el, helpdesk, '[role=status]'), 'the same live region, announced politely').to.equal(status);
    }
    await expect(el).to.be.accessible();
  });

  it('should say when Parley refuses a test: too many of them, or the helpdesk was disconnected meanwhile', async () => {
    let answer = () => refusal(429, 'rate_limited', 'Too many requests.');
    server({
      'GET /settings/handoff': () => json(handoff({ zendesk: ZENDESK })),
      'POST /settings/handoff/zendesk/test': () => answer(),
    });
    const el = await settings('handoff');
    cardButton(el, 'zendesk', 'Test connection').click();
    await waitUntil(() => inCard(el, 'zendesk', '[role=alert]'), 'refused');
    expect(inCard(el, 'zendesk', '[role=alert]').textContent).to.equal(
      'Too many tests in a short time. Wait a minute and try again.',
    );
    expect(inCard(el, 'zendesk', '[role=status]').textContent).to.equal('');

    answer = () => refusal(404, 'helpdesk_not_connected', 'Zendesk is not connected.');
    cardButton(el, 'zendesk', 'Test connection').click();
    await waitUntil(() => field(el, 'zendesk-account'), 'shown as not connected');
    expect(inCard(el, 'zendesk', '[role=alert]').textContent).to.equal('Zendesk is not connected any more.');
    expect(text(inCard(el, 'zendesk', '.badge'))).to.equal('Not connected');
  });

  it('should disconnect only once confirmed, and say why not while the AI agent hands off to it', async () => {
    let answer = () => refusal(409, 'helpdesk_in_use', 'The AI agent hands off to zendesk.');
    server({
      'GET /settings/handoff': () => json(handoff({ zendesk: ZENDESK })),
      'DELETE /settings/handoff/zendesk': () => answer(),
    });
    const el = await settings('handoff');
    cardButton(el, 'zendesk', 'Disconnect').click();
    await screen(el).updateComplete;
    const dialog = inCard(el, 'zendesk', '[role=alertdialog]');
    expect(q(el, `#${dialog.getAttribute('aria-labelledby')}`).textContent).to.equal(
      'Disconnect Zendesk (northwind.zendesk.com)? Parley forgets its credentials, and the AI agent can no longer hand off to it.',
    );
    expect(screen(el).shadowRoot!.activeElement).to.equal(inCard(el, 'zendesk', '.danger'));
    await expect(el).to.be.accessible();
    cardButton(el, 'zendesk', 'Cancel').click();
    await screen(el).updateComplete;
    expect(inCard(el, 'zendesk', '[role=alertdialog]')).to.equal(null);
    expect(screen(el).shadowRoot!.activeElement, 'back where it was').to.equal(cardButton(el, 'zendesk', 'Disconnect'));
    expect(writes(), 'nothing without confirmation').to.deep.equal([]);

    cardButton(el, 'zendesk', 'Disconnect').click();
    await screen(el).updateComplete;
    inCard<HTMLButtonElement>(el, 'zendesk', '.danger').click();
    await waitUntil(() => inCard(el, 'zendesk', '[role=alert]'), 'refused');
    expect(writes()).to.deep.equal([
      { method: 'DELETE', path: '/settings/handoff/zendesk', csrf: 'csrf-1', body: undefined },
    ]);
    const alert = inCard(el, 'zendesk', '[role=alert]');
    expect(text(alert)).to.equal(
      'The AI agent hands conversations off to Zendesk: choose another target on the AI agent screen before disconnecting it. AI agent',
    );
    expect(alert.querySelector('a')!.getAttribute('href')).to.equal('#/settings/assistant');
    expect(text(inCard(el, 'zendesk', '.badge')), 'still connected').to.equal('Connected');

    answer = noContent;
    cardButton(el, 'zendesk', 'Disconnect').click();
    await screen(el).updateComplete;
    inCard<HTMLButtonElement>(el, 'zendesk', '.danger').click();
    await waitUntil(() => field(el, 'zendesk-account'), 'disconnected');
    expect(writes()).to.have.length(2);
    expect(text(inCard(el, 'zendesk', '.badge'))).to.equal('Not connected');
    expect(inCard(el, 'zendesk', '[role=status]').textContent).to.equal('Zendesk is disconnected.');
    expect(inCard(el, 'zendesk', '[role=alert]')).to.equal(null);
    expect(field(el, 'zendesk-account').value, 'an empty form').to.equal('');
    expect(q(el, '#zendesk-secret-hint').textContent).to.equal('Stored encrypted and never shown again.');
  });

  it('should say that PARLEY_SECRETS_KEY is missing and disable the forms', async () => {
    server({ 'GET /settings/handoff': () => json(handoff({ secretsKeyConfigured: false, gorgias: GORGIAS })) });
    const el = await settings('handoff');
    const warning = q(el, '.warning');
    expect(warning.getAttribute('role')).to.equal('note');
    expect(warning.textContent).to.contain('PARLEY_SECRETS_KEY');
    expect(qa<HTMLInputElement>(el, '#card-zendesk input').every((i) => i.matches(':disabled'))).to.equal(true);
    expect(inCard<HTMLButtonElement>(el, 'zendesk', 'form .primary').disabled).to.equal(true);
    expect(cardButton(el, 'gorgias', 'Change').disabled, 'no new secret can be stored').to.equal(true);
    expect(cardButton(el, 'gorgias', 'Disconnect').disabled, 'but it can be disconnected').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('should speak Polish', async () => {
    server({ 'GET /settings/handoff': () => json(handoff({ gorgias: GORGIAS, secretsKeyConfigured: false })) });
    const el = await settings('handoff', 'pl');
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('Przekazywanie rozmów');
    expect(q(el, '.warning').textContent).to.contain('Nie można połączyć żadnego helpdesku');
    expect(qa(el, '.helpdesk .badge').map(text)).to.deep.equal(['Nie połączono', 'Połączono']);
    expect(q(el, 'label[for=zendesk-account]').textContent).to.equal('Subdomena');
    expect(text(inCard(el, 'zendesk', 'form .primary'))).to.equal('Połącz');
    expect(qa(el, '#card-gorgias dd').map(text)[2]).to.equal('Sekret zapisany — nigdy więcej nie będzie pokazany');
    expect(cardButton(el, 'gorgias', 'Sprawdź połączenie')).to.not.equal(undefined);
    expect(cardButton(el, 'gorgias', 'Odłącz')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('should have every word in English and Polish', () => {
    const words = handoffI18n;
    /** The keys of a tree of words, down to the strings, calling functions with sample arguments. */
    const keys = (o: unknown, path = ''): string[] => {
      if (typeof o === 'function')
        return keys((o as (...a: unknown[]) => unknown)('Zendesk', 'x.zendesk.com', {}), path);
      if (o === null || typeof o !== 'object') return [path];
      return Object.keys(o)
        .sort()
        .flatMap((k) => keys((o as Record<string, unknown>)[k], `${path}.${k}`));
    };
    expect(keys(words.pl)).to.deep.equal(keys(words.en));
    expect(keys(words.en)).to.include.members([
      '.problems.helpdesk_in_use',
      '.invalid.account.gorgias',
      '.names.zendesk',
    ]);
    const english = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(english) : [];
    const pl = new Set(english(words.pl));
    const untranslated = english(words.en).filter((w) => pl.has(w) && !['Zendesk', 'Gorgias'].includes(w));
    expect(untranslated, 'nothing left in English').to.deep.equal([]);
  });
});
