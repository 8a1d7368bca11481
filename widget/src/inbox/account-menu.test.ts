import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { fakeSockets } from '../test/fake-socket.js';
import {
  ADA,
  BOB,
  json,
  names,
  realFetch,
  requests,
  SESSION,
  signedInInbox,
  stubFetch,
  ticket,
} from '../test/inbox-harness.js';
import type { ParleyInbox } from './inbox.component.js';

/** The account menu's button in the top bar. */
const accountButton = (el: Element) => q<HTMLButtonElement>(el, 'button.account')!;
const radio = (el: Element, lang: string) => q<HTMLInputElement>(el, `input[name="locale"][value="${lang}"]`)!;
/** The top bar's sign-out button: its words show which language the inbox speaks. */
const signOut = (el: Element) => q<HTMLButtonElement>(el, '.topbar > button.ghost')!;

/** Answers the account's change with `answer`, and what the signed-in inbox asks besides with empty pages. */
function stubAccount(answer: () => Response | Promise<Response>) {
  const headers: Record<string, string>[] = [];
  stubFetch((url, init) => {
    if (new URL(url, location.href).pathname.endsWith('/api/v1/agents/me')) {
      headers.push({ ...(init?.headers as Record<string, string>) });
      return answer();
    }
    return json(200, { tickets: [] });
  });
  return headers;
}

describe('<parley-account-menu> in <parley-inbox>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should speak the language of the account once signed in, whatever the page says', async () => {
    const { el } = await signedInInbox([ticket('a', 1, 'pytanie')], undefined, { ...SESSION, locale: 'pl' });

    expect(el.getAttribute('lang'), 'the page asked for English').to.equal('en');
    expect(signOut(el).textContent).to.equal('Wyloguj się');
    expect(q(el, '.app')!.getAttribute('lang')).to.equal('pl');
    expect(names(el)).to.deep.equal(['Gość A']);
    expect(radio(el, 'pl').checked).to.equal(true);
  });

  it('should speak the page’s language before sign-in and the account’s afterwards', async () => {
    stubFetch((url, init) => {
      const path = new URL(url, location.href).pathname;
      if (path.endsWith('/agent/session/probe')) return json(200, { signedIn: false, code: 'not_signed_in' });
      if (path.endsWith('/agent/session')) {
        return init?.method === 'POST' ? json(200, { ...SESSION, locale: 'en' }) : json(401, { code: 'not_signed_in' });
      }
      return json(200, path.endsWith('/agents') ? [] : { tickets: [] });
    });
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="pl" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => q(el, '#email'), 'sign-in form');
    expect(q(el, 'label[for="email"]')!.textContent).to.equal('E-mail');

    q<HTMLInputElement>(el, '#email')!.value = 'ada@parley.test';
    q<HTMLInputElement>(el, '#password')!.value = 'secret';
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => q(el, '.topbar'), 'signed in');
    await settle(el);

    expect(signOut(el).textContent).to.equal('Sign out');
    expect(q(el, '.app')!.getAttribute('lang')).to.equal('en');
  });

  it('should open from the keyboard, change the account’s language and switch the inbox at once', async () => {
    const { el } = await signedInInbox();
    const button = accountButton(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, 'button.account .me')!.textContent).to.equal('Ada');
    expect(q(el, 'button.account .vh')!.textContent).to.equal(', Your account, Available for chats');
    expect(q(el, '#account-panel')!.hidden).to.equal(true);

    button.focus();
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '#account-panel')!.hidden).to.equal(false);
    expect(q(el, 'fieldset.language legend')!.textContent).to.equal('Language');
    expect(qa(el, 'fieldset.language label').map((l) => [l.getAttribute('lang'), l.textContent])).to.deep.equal([
      ['en', 'English'],
      ['pl', 'Polski'],
    ]);
    expect(radio(el, 'en').checked).to.equal(true);
    await expect(q(el, 'parley-account-menu')!).to.be.accessible();

    let answer!: (r: Response) => void;
    const headers = stubAccount(() => new Promise<Response>((resolve) => (answer = resolve)));
    radio(el, 'pl').click();
    await settle(el);
    expect(radio(el, 'pl').checked, 'the choice shows while the server is asked').to.equal(true);
    expect(q(el, 'fieldset.language')!.getAttribute('aria-busy')).to.equal('true');
    expect(signOut(el).textContent, 'English until the server agrees').to.equal('Sign out');
    answer(json(200, { locale: 'pl' }));
    await waitUntil(() => signOut(el).textContent === 'Wyloguj się', 'the inbox speaks Polish');
    await settle(el);

    const change = requests.find((r) => r.url.endsWith('/api/v1/agents/me'));
    expect(change).to.deep.include({ method: 'PATCH', body: { locale: 'pl' } });
    expect(headers[0]!['X-Parley-CSRF']).to.equal('csrf-1');
    expect(el.store!.locale).to.equal('pl');
    expect(q(el, '.app')!.getAttribute('lang')).to.equal('pl');
    expect(q(el, 'fieldset.language legend')!.textContent).to.equal('Język');
    expect(q(el, 'button.account .vh')!.textContent).to.equal(', Twoje konto, Przyjmuję czaty');
    expect(radio(el, 'pl').checked).to.equal(true);
    expect(names(el)).to.deep.equal(['Gość B', 'Gość A']);
    expect(q(el, 'fieldset.language')!.getAttribute('aria-busy')).to.equal('false');
    expect(q(el, '[role="alert"]')).to.equal(null);
  });

  it('should show an alert and keep the language when the server refuses it', async () => {
    const { el } = await signedInInbox();
    accountButton(el).click();
    await settle(el);
    stubAccount(() =>
      json(400, {
        code: 'unsupported_locale',
        status: 400,
        detail: "The locale is 'en' (English) or 'pl' (Polish).",
        field: 'locale',
      }),
    );

    radio(el, 'pl').click();
    await waitUntil(() => q(el, '#account-panel [role="alert"]'), 'the refusal is shown');
    await settle(el);

    expect(q(el, '#account-panel [role="alert"]')!.textContent).to.equal(
      'The language could not be changed. Try again.',
    );
    expect(el.store!.locale).to.equal('en');
    expect(radio(el, 'en').checked, 'the choice goes back').to.equal(true);
    expect(radio(el, 'pl').checked).to.equal(false);
    expect(signOut(el).textContent).to.equal('Sign out');
  });

  it('should sign out from the menu, back to the page’s language', async () => {
    const { el } = await signedInInbox([ticket('a', 1, 'pytanie')], undefined, { ...SESSION, locale: 'pl' });
    accountButton(el).click();
    await settle(el);
    stubFetch(() => json(401, { code: 'not_signed_in', status: 401, detail: 'Sign in to use the inbox.' }));

    q<HTMLButtonElement>(el, '#account-panel .sign-out')!.click();
    await waitUntil(() => q(el, '#email'), 'the sign-in form');

    expect(requests.map((r) => [r.method, new URL(r.url).pathname])).to.deep.include([
      'DELETE',
      '/api/v1/agent/session',
    ]);
    expect(q(el, 'label[for="email"]')!.textContent).to.equal('Email');
    expect(el.store!.locale).to.equal(undefined);
  });

  it('should close on Escape with the focus back on its button, and on a click elsewhere', async () => {
    const { el } = await signedInInbox();
    const button = accountButton(el);
    button.click();
    await settle(el);
    radio(el, 'en').focus();

    radio(el, 'en').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '#account-panel')!.hidden).to.equal(true);
    expect(deepActive()).to.equal(button);

    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('should say the agent is away and back, show it on the avatar, and revert a refusal', async () => {
    const bodies: unknown[] = [];
    let refuse = false;
    const { el } = await signedInInbox();
    stubFetch((url, init) => {
      const path = new URL(url, location.href).pathname;
      if (path.endsWith('/api/v1/agents/me')) {
        bodies.push(JSON.parse(String(init?.body)));
        return refuse
          ? json(500, { code: 'internal_error' })
          : json(200, { locale: 'en', status: JSON.parse(String(init?.body)).status });
      }
      return json(200, { tickets: [] });
    });
    accountButton(el).click();
    await settle(el);
    expect(q(el, 'fieldset.status legend')!.textContent).to.equal('Your status');
    const status = (value: string) => q<HTMLInputElement>(el, `input[name="status"][value="${value}"]`)!;
    expect(status('available').checked).to.equal(true);
    expect(q(el, 'button.account .dot')!.className).to.equal('dot online');

    status('away').click();
    await waitUntil(() => el.store!.status === 'away', 'away');
    await settle(el);
    expect(bodies).to.deep.equal([{ status: 'away' }]);
    expect(q(el, 'button.account .dot')!.className).to.equal('dot away');
    expect(q(el, 'button.account .vh')!.textContent).to.equal(', Your account, Away');

    refuse = true;
    status('available').click();
    await waitUntil(() => q(el, '#account-panel [role="alert"]'), 'refused');
    await settle(el);
    expect(q(el, '#account-panel [role="alert"]')!.textContent).to.equal('The status could not be changed. Try again.');
    expect(status('away').checked, 'the choice goes back').to.equal(true);
    expect(el.store!.status).to.equal('away');
  });

  it('should list the team with who is online, away or offline, following presence frames live', async () => {
    const { el, socket } = await signedInInbox();
    accountButton(el).click();
    await settle(el);
    const team = () =>
      qa(el, '.team li').map(
        (li) => `${li.querySelector('bdi')!.textContent} ${li.querySelector('small')!.textContent}`,
      );
    expect(team(), 'the agent themselves is not listed').to.deep.equal(['Bob Offline']);

    socket.receive({ type: 'presence', agentId: 'a-2', presence: 'online' });
    await settle(el);
    expect(team()).to.deep.equal(['Bob Online']);
    expect(q(el, '.team .dot')!.className).to.equal('dot online');

    socket.receive({ type: 'presence', agentId: 'a-2', presence: 'away' });
    await settle(el);
    expect(team()).to.deep.equal(['Bob Away']);
  });

  it('should name statuses and presence in Polish', async () => {
    const { el, socket } = await signedInInbox([ticket('a', 1, 'pytanie')], undefined, { ...SESSION, locale: 'pl' });
    accountButton(el).click();
    await settle(el);
    socket.receive({ type: 'presence', agentId: 'a-2', presence: 'away' });
    await settle(el);
    expect(q(el, 'fieldset.status legend')!.textContent).to.equal('Twój status');
    expect(qa(el, 'fieldset.status label').map((l) => l.textContent!.trim())).to.deep.equal([
      'Przyjmuję czaty',
      'Zaraz wracam',
    ]);
    expect(qa(el, '.team li small').map((li) => li.textContent)).to.deep.equal(['Zaraz wraca']);
  });

  it('should read the team again when a teammate it does not know yet comes online', async () => {
    const { el, socket } = await signedInInbox();
    accountButton(el).click();
    await settle(el);
    const cleo = { id: 'a-3', email: 'cleo@parley.test', name: 'Cleo', role: 'agent', presence: 'online' };
    stubFetch((url) =>
      new URL(url, location.href).pathname.endsWith('/api/v1/agents')
        ? json(200, [ADA, BOB, cleo])
        : json(200, { tickets: [] }),
    );
    socket.receive({ type: 'presence', agentId: 'a-3', presence: 'online' });
    await waitUntil(() => qa(el, '.team li').length === 2, 'the new teammate is listed');
    expect(qa(el, '.team li bdi').map((b) => b.textContent)).to.deep.equal(['Cleo', 'Bob']);
  });
});
