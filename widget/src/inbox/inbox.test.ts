import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { q, qa, settle } from '../test/deep.js';
import { fakeSockets, message } from '../test/fake-socket.js';
import {
  ADA,
  json,
  names,
  realFetch,
  replyArea,
  requests,
  SESSION,
  signedInInbox,
  stubFetch,
  stubServer,
  ticket,
} from '../test/inbox-harness.js';
import type { ApiClient } from './api.js';
import type { ParleyInbox } from './inbox.component.js';

describe('<parley-inbox>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should show the sign-in form when there is no session', async () => {
    stubFetch(() => json(401, { title: 'Unauthorized', status: 401 }));
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => q(el, '#email'), 'sign-in form');
    expect(q(el, 'label[for="email"]')!.textContent).to.equal('Email');
    expect(q(el, 'label[for="password"]')!.textContent).to.equal('Password');
    expect(fake.sockets, 'no WebSocket without a session').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('should ask the session probe, and show the sign-in form when it says signed out, without a refused request', async () => {
    stubFetch(() => json(200, { signedIn: false, code: 'not_signed_in', detail: 'Sign in to use the inbox.' }));
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => q(el, '#email'), 'sign-in form');
    expect(requests.map((r) => [r.method, new URL(r.url).pathname])).to.deep.equal([
      ['GET', '/api/v1/agent/session/probe'],
    ]);
    expect(fake.sockets, 'no WebSocket without a session').to.have.length(0);
    const signIn = q<LitElement>(el, 'parley-sign-in')!;
    await signIn.updateComplete;
    expect(signIn.shadowRoot!.querySelector('.notice'), 'no notice: nobody was signed out').to.equal(null);
  });

  it('should say the account was removed when the session probe says so', async () => {
    stubFetch(() => json(200, { signedIn: false, code: 'account_removed', detail: 'Your account was removed.' }));
    const el = await fixture<ParleyInbox>(
      html`<parley-inbox lang="en" .socketFactory=${fakeSockets().factory}></parley-inbox>`,
    );
    await waitUntil(() => q(el, 'parley-sign-in'), 'signed out');
    const signIn = q<LitElement>(el, 'parley-sign-in')!;
    await signIn.updateComplete;
    expect(signIn.shadowRoot!.querySelector('.notice')?.textContent).to.equal(
      'Your account was removed from the team. Ask an admin if you need access again.',
    );
  });

  it('should show the sign-in screen saying the session ended when the inbox closes with 4001', async () => {
    const { el, socket, sockets } = await signedInInbox();
    socket.drop(4001);
    await waitUntil(() => q(el, '#email'), 'sign-in form');
    expect(q(el, '.notice')!.textContent).to.contain('You were signed out');
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets, 'no reconnect after a sign-out').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('should say the account was removed when the inbox closes with 4002, in Polish too', async () => {
    const { el, socket } = await signedInInbox();
    el.setAttribute('lang', 'pl');
    socket.drop(4002);
    await waitUntil(() => q(el, '.notice'), 'notice');
    expect(q(el, '.notice')!.textContent).to.equal(
      'Twoje konto zostało usunięte z zespołu. Poproś administratora, jeśli potrzebujesz dostępu.',
    );
  });

  it('should sign in with JSON and show the problem detail when refused', async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(401, { title: 'Unauthorized', detail: 'Wrong email or password.' })
        : json(401, { title: 'Unauthorized' }),
    );
    const el = await fixture<ParleyInbox>(
      html`<parley-inbox lang="en" .socketFactory=${fakeSockets().factory}></parley-inbox>`,
    );
    await waitUntil(() => q(el, '#email'), 'sign-in form');
    q<HTMLInputElement>(el, '#email')!.value = 'ada@parley.test';
    q<HTMLInputElement>(el, '#password')!.value = 'nope';
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => q(el, '[role="alert"]'), 'error shown');
    expect(q(el, '[role="alert"]')!.textContent).to.equal('Wrong email or password.');
    expect(requests.at(-1)).to.deep.include({ method: 'POST', body: { email: 'ada@parley.test', password: 'nope' } });
    expect(requests.at(-1)!.url).to.match(/\/api\/v1\/agent\/session$/);
  });

  it('should say hello and list tickets, upserting live ticket frames newest first without duplicates', async () => {
    const { el, socket } = await signedInInbox();
    expect(socket.url).to.match(/^ws:\/\/.*\/ws\/agent$/);
    expect(socket.sent[0]).to.deep.equal({ type: 'hello' });
    expect(names(el)).to.deep.equal(['Visitor B', 'Visitor A']);

    socket.receive({ type: 'ticket', ticket: ticket('a', 5, 'a new message', 2) });
    socket.receive({ type: 'ticket', ticket: ticket('c', 3, 'brand new') });
    await settle(el);
    expect(names(el)).to.deep.equal(['Visitor A', 'Visitor C', 'Visitor B']);
    expect(qa(el, '.ticket')[0].querySelector('.preview')!.textContent).to.equal('a new message');
    expect(qa(el, '.ticket.unread')).to.have.length(3);
  });

  it('should open a ticket, render its thread in seq order and reply', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[1].click();
    await settle(el);
    expect(socket.sentOfType('open')).to.deep.equal([{ type: 'open', conversationId: 'c-a', afterSeq: 0 }]);

    socket.receive(message(2, 'Hello, Ada here', { conversationId: 'c-a' }));
    socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor', authorName: undefined }));
    socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor', authorName: undefined }));
    await settle(el);
    const list = q<LitElement>(el, 'parley-message-list')!;
    await list.updateComplete;
    const texts = () => [...list.shadowRoot!.querySelectorAll('[part~="bubble"]')].map((b) => b.textContent);
    expect(texts()).to.deep.equal(['first question', 'Hello, Ada here']);
    expect(list.shadowRoot!.querySelector('.name')!.textContent).to.equal('Visitor A');
    expect(q(el, '.thread-head h2')!.textContent).to.equal('Visitor A');
    expect(qa(el, '.ticket')[1].getAttribute('aria-current')).to.equal('true');
    expect(qa(el, '.ticket.unread').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);

    const composer = q<LitElement>(el, 'parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    area.value = 'On its way!';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ conversationId: 'c-a', text: 'On its way!' });
    await settle(el);
    await list.updateComplete;
    expect(texts()).to.deep.equal(['first question', 'Hello, Ada here', 'On its way!']);
    expect(list.shadowRoot!.querySelector('li:last-child')!.classList.contains('sending')).to.equal(true);
  });

  it('should re-hello, re-open with afterSeq and resend unacknowledged replies after a reconnect', async () => {
    const { el, socket, sockets, last } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    socket.receive(message(1, 'second question', { conversationId: 'c-b', author: 'visitor' }));
    await settle(el);
    const area = replyArea(el);
    area.value = 'reply';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const [send] = socket.sentOfType('send');

    socket.drop();
    await waitUntil(() => sockets.length === 2, 'reconnects', { timeout: 3000 });
    const again = last();
    again.open();
    expect(again.sent).to.deep.equal([{ type: 'hello' }]);
    again.receive({ type: 'inbox', agent: ADA, tickets: [] });
    expect(again.sent.slice(1)).to.deep.equal([
      { type: 'open', conversationId: 'c-b', afterSeq: 1 },
      { type: 'send', conversationId: 'c-b', clientMessageId: send.clientMessageId, text: 'reply' },
    ]);
  });

  it('is accessible when signed in', async () => {
    const { el } = await signedInInbox();
    await expect(el).to.be.accessible();
  });

  it('should show the sign-in form when a call answers that the session ended', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    window.fetch = (async () => json(401, { title: 'Unauthorized', status: 401 })) as typeof fetch;
    q<HTMLButtonElement>(el, '.close-ticket')!.click();
    await settle(el);
    q<HTMLButtonElement>(el, '.menu.close .primary')!.click();
    await waitUntil(() => q(el, '#email'), 'the sign-in form');
    expect(q(el, '.topbar')).to.equal(null);
    expect(socket.readyState, 'the connection is closed').to.equal(3);
  });

  it("should hand the settings the inbox's API client, with the session's CSRF token", async () => {
    const { el } = await signedInInbox();
    location.hash = '#/settings/chat';
    try {
      await waitUntil(() => q(el, 'parley-settings'), 'the settings show');
      const settings = q<HTMLElement & { api?: ApiClient; csrfToken?: string }>(el, 'parley-settings')!;
      expect(settings.api).to.equal(el.store!.api);
      expect(settings.api!.csrfToken).to.equal('csrf-1');
      expect(settings.csrfToken).to.equal('csrf-1');
    } finally {
      location.hash = '';
    }
  });

  /** A signed-in inbox with one ticket, unread. */
  async function withOneUnread() {
    stubFetch((url) => {
      const u = new URL(url, location.href);
      if (u.pathname.endsWith('/api/v1/agents')) return json(200, [ADA]);
      if (u.searchParams.get('unread') === 'true')
        return json(200, { tickets: [{ ...ticket('a', 1, 'hi'), unread: true }] });
      if (u.pathname.endsWith('/api/v1/tickets')) return json(200, { tickets: [ticket('a', 1, 'hi')] });
      return json(200, { signedIn: true, session: ADA });
    });
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => fake.sockets.length === 1);
    const socket = fake.last();
    socket.open();
    socket.receive({ type: 'inbox', agent: ADA, tickets: [] });
    return { el, socket };
  }

  it('should count the unread tickets in the Helpdesk badge, live', async () => {
    const { el, socket } = await withOneUnread();
    await waitUntil(() => q(el, 'nav.main .badge'), 'the badge shows');
    expect(q(el, 'nav.main .badge')!.textContent).to.equal('1');
    expect(q(el, 'nav.main a')!.textContent!.replace(/\s+/g, ' ')).to.contain('Helpdesk');

    socket.receive({ type: 'ticket', ticket: { ...ticket('z', 3, 'new one', 1), unread: true } });
    await settle(el);
    expect(q(el, 'nav.main .badge')!.textContent).to.equal('2');
    socket.receive({ type: 'ticket', ticket: { ...ticket('a', 4, 'hi', 2), unread: false } });
    socket.receive({ type: 'ticket', ticket: { ...ticket('z', 5, 'new one', 1), unread: true, status: 'closed' } });
    await settle(el);
    expect(q(el, 'nav.main .badge')).to.equal(null);
  });

  it('should show the unread count in the tab title and a dot on the icon, and put both back', async () => {
    const svg = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3C/svg%3E";
    document.title = 'Inbox · Parley';
    const icon = Object.assign(document.createElement('link'), { rel: 'icon' });
    icon.setAttribute('href', svg);
    document.head.append(icon);
    try {
      const { el, socket } = await withOneUnread();
      await waitUntil(() => document.title === '(1) Inbox · Parley', `the title reads ${document.title}`);
      expect(icon.getAttribute('href'))
        .to.contain('%3Ccircle')
        .and.match(/%3C\/svg%3E$/);

      socket.receive({ type: 'ticket', ticket: { ...ticket('z', 3, 'new one', 1), unread: true } });
      await settle(el);
      expect(document.title).to.equal('(2) Inbox · Parley');
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 4, 'hi', 2), unread: false } });
      socket.receive({ type: 'ticket', ticket: { ...ticket('z', 5, 'new one', 1), unread: false } });
      await settle(el);
      expect(document.title, 'nothing unread').to.equal('Inbox · Parley');
      expect(icon.getAttribute('href')).to.equal(svg);

      socket.receive({ type: 'ticket', ticket: { ...ticket('z', 6, 'again', 1), unread: true } });
      await settle(el);
      expect(document.title).to.equal('(1) Inbox · Parley');
      el.remove();
      expect(document.title, 'the page’s own title once the inbox goes').to.equal('Inbox · Parley');
      expect(icon.getAttribute('href')).to.equal(svg);
    } finally {
      icon.remove();
      document.title = '';
    }
  });

  it('should move through tickets with j and k, and list the shortcuts on ?', async () => {
    const { el, socket } = await signedInInbox();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    await settle(el);
    expect(socket.sentOfType('open').at(-1)).to.deep.equal({ type: 'open', conversationId: 'c-b', afterSeq: 0 });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    await settle(el);
    expect(socket.sentOfType('open').at(-1)!.conversationId).to.equal('c-a');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    await settle(el);
    expect(socket.sentOfType('open').at(-1)!.conversationId).to.equal('c-b');

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    const help = q<HTMLDialogElement>(el, 'dialog.help')!;
    expect(help.open).to.equal(true);
    expect(qa(el, 'dialog.help dt').length).to.be.greaterThan(5);
    help.close();

    const area = replyArea(el);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    await settle(el);
    expect(socket.sentOfType('open').at(-1)!.conversationId, 'typing a j in a reply moves nothing').to.equal('c-b');
  });

  it('should chime and notify for a visitor message in a ticket the agent is not looking at', async () => {
    const { el, socket } = await signedInInbox();
    const notices: { title: string; body: string }[] = [];
    el.notifier.notify = (n) => notices.push(n);
    qa(el, '.ticket')[0].click();
    await settle(el);
    socket.receive({ type: 'ticket', ticket: ticket('a', 7, 'are you there?', 2) });
    socket.receive({ type: 'ticket', ticket: ticket('b', 8, 'in the open one', 2) });
    socket.receive({ type: 'ticket', ticket: ticket('n', 9, 'hello, new here', 1) });
    expect(notices.map((n) => [n.title, n.body])).to.deep.equal([
      ['New message from Visitor A', 'are you there?'],
      ['New conversation from Visitor N', 'hello, new here'],
    ]);
  });
});

describe('<parley-inbox> names', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("should name the visitor's messages after the ticket's visitor, as the store's profile names them", async () => {
    const { el, socket } = await signedInInbox([{ ...ticket('a', 1, 'hi'), visitorName: 'Dana Demo' }]);
    qa(el, '.ticket')[0].click();
    await settle(el);
    socket.receive(message(1, 'hi', { conversationId: 'c-a', author: 'visitor', authorName: 'Visitor 5F2A' }));
    await settle(el);
    const list = q<LitElement>(el, 'parley-message-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.name')!.textContent).to.equal('Dana Demo');
  });
});

describe('<parley-inbox> in Polish', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("should name visitors without a name by their code, in the inbox's language", async () => {
    stubServer([{ ...ticket('a', 1, 'dzień dobry'), visitorName: null, visitorCode: '5F2A' }], undefined, {
      ...SESSION,
      locale: 'pl',
    });
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="pl" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => fake.sockets.length === 1);
    fake.last().open();
    fake.last().receive({ type: 'inbox', agent: ADA, tickets: [] });
    await waitUntil(() => names(el).length === 1);
    expect(names(el)).to.deep.equal(['Gość 5F2A']);
    const named = await signedInInbox([{ ...ticket('b', 1, 'hi'), visitorName: 'Dana Demo' }]);
    expect(names(named.el), 'a real name stays as it is').to.deep.equal(['Dana Demo']);
  });

  it("should show a name as the server words it when the server sends no visitor's code", async () => {
    const { el } = await signedInInbox([
      { ...ticket('a', 1, 'hi'), visitorName: 'Visitor 5F2A', visitorCode: undefined },
    ]);
    expect(names(el)).to.deep.equal(['Visitor 5F2A']);
  });
});
