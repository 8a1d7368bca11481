import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { fakeSockets, message } from '../test/fake-socket.js';
import { deepActive, q, qa, settle } from '../test/deep.js';
import type { ParleyInbox } from './inbox.component.js';
import './parley-inbox.js';

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;
const realFetch = window.fetch;
let requests: { url: string; method: string; body?: unknown }[] = [];

function stubFetch(handler: Handler) {
  requests = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return handler(url, init);
  }) as typeof fetch;
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const ADA = { id: 'a-1', email: 'ada@parley.test', name: 'Ada', role: 'admin' };
const LIMITS = { messageMaxLength: 4000, uploadMaxBytes: 5_242_880, uploadImageTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] };
/** The session as `GET /api/v1/agent/session` answers it. */
const SESSION = { ...ADA, csrfToken: 'csrf-1', limits: LIMITS };
const ticket = (id: string, minute: number, text: string, lastSeq = 1) => ({
  id,
  conversationId: `c-${id}`,
  status: 'open',
  visitorName: null,
  visitorCode: id.toUpperCase(),
  assigneeId: null,
  assigneeName: null,
  lastSeq,
  lastMessage: { author: 'visitor', text, sentAt: '' },
  createdAt: '2026-11-25T10:00:00Z',
  lastActivityAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00Z`,
});

const names = (el: ParleyInbox) => qa(el, '.ticket .who').map((n) => n.textContent);

const BOB = { id: 'a-2', email: 'bob@parley.test', name: 'Bob', role: 'agent' };

/** The server as the inbox sees it: the session, the team, and pages of tickets (`listed`, or per URL). */
function stubServer(listed: object[], pages: (url: URL) => object | undefined = () => undefined, session: object = SESSION) {
  stubFetch((url) => {
    const u = new URL(url, location.href);
    if (u.pathname.endsWith('/api/v1/agents')) return json(200, [ADA, BOB]);
    if (u.pathname.endsWith('/api/v1/tickets')) {
      if (u.searchParams.get('unread') === 'true') return json(200, { tickets: [] });
      return json(200, pages(u) ?? { tickets: listed });
    }
    return json(200, session);
  });
}

async function signedInInbox(
  listed: object[] = [ticket('a', 1, 'first question'), ticket('b', 2, 'second question')],
  pages?: (url: URL) => object | undefined,
  session?: object,
) {
  stubServer(listed, pages, session);
  const fake = fakeSockets();
  const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
  await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
  const socket = fake.last();
  socket.open();
  socket.receive({ type: 'inbox', agent: ADA, tickets: [] });
  await waitUntil(() => qa(el, '.ticket').length === listed.length && !q(el, 'ul[aria-busy="true"]'), 'the list is loaded');
  await settle(el);
  return { el, socket, ...fake };
}

/** The reply's text area. */
const replyArea = (el: Element) => q<LitElement>(el, 'parley-composer')!.shadowRoot!.querySelector('textarea')!;

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

  it('should sign in with JSON and show the problem detail when refused', async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(401, { title: 'Unauthorized', detail: 'Wrong email or password.' })
        : json(401, { title: 'Unauthorized' }),
    );
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fakeSockets().factory}></parley-inbox>`);
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
  describe('ticket state, seen, closing and typing', () => {

    it('should send seen after opening a thread and for new messages, at most once a second', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[1].click();
      await settle(el);
      socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor' }));
      socket.receive(message(2, 'anyone?', { conversationId: 'c-a', author: 'visitor' }));
      expect(socket.sentOfType('seen')).to.deep.equal([{ type: 'seen', conversationId: 'c-a', seq: 1 }]);
      await waitUntil(() => socket.sentOfType('seen').length === 2, 'the rest follows within a second', { timeout: 2000 });
      expect(socket.sentOfType('seen')[1]).to.deep.equal({ type: 'seen', conversationId: 'c-a', seq: 2 });
      // Messages of other conversations say nothing.
      socket.receive(message(5, 'elsewhere', { conversationId: 'c-b', author: 'visitor' }));
      await new Promise((r) => setTimeout(r, 1100));
      expect(socket.sentOfType('seen')).to.have.length(2);
    });

    it("should take the unread mark from the server's ticket frames", async () => {
      const { el, socket } = await signedInInbox();
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'read elsewhere', 2), unread: false } });
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'new for me', 2), unread: true } });
      await settle(el);
      expect(qa(el, '.ticket.unread').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'new for me', 2), unread: false } });
      await settle(el);
      expect(qa(el, '.ticket.unread')).to.have.length(0);
    });

    it("should follow the store's waiting threshold from the inbox frame", async () => {
      const { el, socket } = await signedInInbox();
      socket.receive({ type: 'inbox', agent: ADA, tickets: [], waitingThresholdSeconds: 600 });
      const ago = (min: number) => new Date(Date.now() - min * 60_000 - 5000).toISOString();
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'hello?', 2), waitingSince: ago(5) } });
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'hi', 2), waitingSince: ago(12) } });
      await settle(el);
      expect(qa(el, '.ticket.waiting').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);
    });

    it('should highlight tickets whose visitor has waited over 3 minutes', async () => {
      const { el, socket } = await signedInInbox();
      const ago = (min: number) => new Date(Date.now() - min * 60_000 - 5000).toISOString();
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'hello?', 2), waitingSince: ago(5) } });
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'hi', 2), waitingSince: ago(1) } });
      await settle(el);
      const waiting = qa(el, '.ticket.waiting');
      expect(waiting.map((t) => t.dataset.conversation)).to.deep.equal(['c-a']);
      expect(waiting[0].querySelector('.wait')!.textContent).to.equal('waiting 5 min');
      await expect(el).to.be.accessible();
    });

    it('should show status and assignee, and close the ticket through the API with the CSRF token', async () => {
      const calls: { url: string; init?: RequestInit }[] = [];
      const { el, socket } = await signedInInbox();
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'hello?', 2), assigneeId: 'a-1', assigneeName: 'Ada' } });
      await settle(el);
      qa(el, '.ticket').find((t) => t.dataset.conversation === 'c-a')!.click();
      await settle(el);
      expect(q(el, '.thread-head p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open · Assigned to Ada');

      let answer = json(409, { title: 'Conflict', status: 409, detail: 'The ticket changed meanwhile.' });
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push({ url: String(input), init });
        return answer;
      }) as typeof fetch;
      q<HTMLButtonElement>(el, '.close-ticket')!.click();
      await settle(el);
      expect(q(el, '.menu.close')!.getAttribute('role'), 'closing asks first').to.equal('alertdialog');
      expect(calls, 'nothing is closed before the confirmation').to.have.length(0);
      q<HTMLButtonElement>(el, '.menu.close .primary')!.click();
      await waitUntil(() => q(el, '.head-error'), 'problem detail shown');
      expect(q(el, '.head-error')!.textContent).to.equal('The ticket changed meanwhile.');
      expect(q(el, '.head-error')!.getAttribute('role')).to.equal('alert');
      expect(calls[0].url).to.match(/\/api\/v1\/tickets\/a\/close$/);
      expect(calls[0].init).to.deep.include({ method: 'POST', credentials: 'include' });
      expect((calls[0].init!.headers as Record<string, string>)['X-Parley-CSRF']).to.equal('csrf-1');

      answer = json(200, { ...ticket('a', 7, 'hello?', 3), status: 'closed', assigneeName: 'Ada' });
      q<HTMLButtonElement>(el, '.menu.close .primary')!.click();
      await waitUntil(() => q(el, '.closed-note'), 'closed shown');
      expect(q(el, '.head-error')).to.equal(null);
      expect(q(el, '.closed-note')!.textContent).to.equal('This conversation is closed.');
      expect(q(el, '.close-ticket'), 'nothing left to close').to.equal(null);
      expect(q(el, '.thread-head .status')!.textContent).to.equal('Closed');
      const composer = q<LitElement>(el, 'parley-composer')!;
      await composer.updateComplete;
      expect(composer.shadowRoot!.querySelector('textarea')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('should word closing events and show a closed ticket from its frame', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[0].click();
      await settle(el);
      socket.receive(message(1, 'second question', { conversationId: 'c-b', author: 'visitor' }));
      socket.receive(message(2, 'The visitor ended the chat.', { conversationId: 'c-b', author: 'system', event: 'ended_by_visitor' }));
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 9, 'The visitor ended the chat.', 2), status: 'closed' } });
      await settle(el);
      const list = q<LitElement>(el, 'parley-message-list')!;
      expect(list.shadowRoot!.querySelector('li.system .bubble')!.textContent).to.equal('The visitor ended the chat.');
      expect(q(el, '.closed-note')).to.not.equal(null);
    });

    it('should show the visitor typing in the list and the open thread until their message arrives', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[1].click();
      await settle(el);
      socket.receive({ type: 'typing', conversationId: 'c-a', author: 'visitor', authorName: 'Visitor A' });
      socket.receive({ type: 'typing', conversationId: 'c-b', author: 'visitor', authorName: 'Visitor B' });
      await settle(el);
      expect(q(el, 'p.typing')!.textContent).to.equal('Visitor A is typing…');
      expect(q(el, 'p.typing')!.getAttribute('aria-live')).to.equal('polite');
      expect(qa(el, '.preview.typing')).to.have.length(2);

      socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor' }));
      socket.receive({ type: 'ticket', ticket: ticket('b', 8, 'typed it', 2) });
      await settle(el);
      expect(q(el, 'p.typing')!.textContent).to.equal('');
      expect(qa(el, '.preview.typing')).to.have.length(0);

      const area = replyArea(el);
      for (const text of ['O', 'On']) {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      expect(socket.sentOfType('typing')).to.deep.equal([{ type: 'typing', conversationId: 'c-a' }]);
    });
  });
});

describe('<parley-inbox> list, badge, actions and shortcuts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const listCalls = () => requests.filter((r) => /\/api\/v1\/tickets\?/.test(r.url) && !r.url.includes('unread=true')).map((r) => new URL(r.url, location.href));

  it('should load the list by status tab, whose tickets, channel and search', async () => {
    const { el } = await signedInInbox();
    expect(Object.fromEntries(listCalls()[0].searchParams)).to.deep.equal({ status: 'open', assignee: 'all', limit: '30' });

    qa(el, '.tabs button')[1].click();
    await waitUntil(() => listCalls().length === 2);
    expect(listCalls()[1].searchParams.get('status')).to.equal('snoozed');
    expect(qa(el, '.tabs button')[1].getAttribute('aria-pressed')).to.equal('true');

    const assignee = q<HTMLSelectElement>(el, '#assignee')!;
    assignee.value = 'mine';
    assignee.dispatchEvent(new Event('change'));
    await waitUntil(() => listCalls().length === 3);
    expect(listCalls()[2].searchParams.get('assignee')).to.equal('mine');

    const search = q<HTMLInputElement>(el, '#search')!;
    search.value = 'red jacket';
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => listCalls().length === 4, 'the search is asked for after a pause', { timeout: 2000 });
    expect(Object.fromEntries(listCalls()[3].searchParams)).to.deep.include({ status: 'snoozed', assignee: 'mine', q: 'red jacket' });
    await expect(el).to.be.accessible();
  });

  it('should page on with the cursor and keep live tickets out of a tab they do not belong to', async () => {
    const first = [ticket('a', 9, 'newest'), ticket('b', 8, 'older')];
    const { el, socket } = await signedInInbox([...first, ticket('c', 1, 'oldest')], (u) =>
      u.searchParams.get('cursor') === 'next-1' ? { tickets: [ticket('c', 1, 'oldest')] } : { tickets: first, nextCursor: 'next-1' },
    );
    // The end of the list is in view: the next page came on its own, with the cursor.
    expect(listCalls().map((u) => u.searchParams.get('cursor'))).to.deep.equal([null, 'next-1']);
    expect(names(el)).to.deep.equal(['Visitor A', 'Visitor B', 'Visitor C']);
    expect(q(el, '.more'), 'no more pages').to.equal(null);

    socket.receive({ type: 'ticket', ticket: { ...ticket('b', 10, 'snoozed now', 2), status: 'snoozed' } });
    await settle(el);
    expect(names(el), 'a snoozed ticket leaves the Open tab').to.deep.equal(['Visitor A', 'Visitor C']);
  });

  it('should count the unread tickets in the Helpdesk badge, live', async () => {
    stubFetch((url) => {
      const u = new URL(url, location.href);
      if (u.pathname.endsWith('/api/v1/agents')) return json(200, [ADA]);
      if (u.searchParams.get('unread') === 'true') return json(200, { tickets: [{ ...ticket('a', 1, 'hi'), unread: true }] });
      if (u.pathname.endsWith('/api/v1/tickets')) return json(200, { tickets: [ticket('a', 1, 'hi')] });
      return json(200, ADA);
    });
    const fake = fakeSockets();
    const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
    await waitUntil(() => fake.sockets.length === 1);
    const socket = fake.last();
    socket.open();
    socket.receive({ type: 'inbox', agent: ADA, tickets: [] });
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

  it('should assign, snooze and mark unread through the API', async () => {
    const { el } = await signedInInbox();
    await waitUntil(() => qa(el, '.ticket').length === 2);
    qa(el, '.ticket')[1].click();
    await settle(el);
    const posted: { url: string; body: unknown }[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      posted.push({ url: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return json(200, ticket('a', 6, 'first question', 1));
    }) as typeof fetch;

    const assign = q<HTMLSelectElement>(el, 'select.assign')!;
    expect([...assign.options].map((o) => o.textContent)).to.deep.equal(['Unassigned', 'Ada (me)', 'Bob']);
    assign.value = 'a-2';
    assign.dispatchEvent(new Event('change'));
    await waitUntil(() => posted.length === 1);
    expect(posted[0]).to.deep.equal({ url: `${location.origin}/api/v1/tickets/a/assign`, body: { assigneeId: 'a-2' } });

    await waitUntil(() => !q<HTMLButtonElement>(el, '.actions button')!.disabled, 'the assignment is done');
    q<HTMLButtonElement>(el, '.actions button')!.click();
    await settle(el);
    const before = Date.now();
    q<HTMLButtonElement>(el, '.menu.snooze button')!.click();
    await waitUntil(() => posted.length === 2);
    expect(posted[1].url).to.match(/\/tickets\/a\/snooze$/);
    const until = Date.parse((posted[1].body as { until: string }).until);
    expect(until - before).to.be.within(3_590_000, 3_610_000);

    await waitUntil(() => !q(el, '.menu.snooze'), 'the snooze is done');
    const unread = qa(el, '.actions button').find((b) => b.textContent!.trim() === 'Mark unread')!;
    unread.click();
    await waitUntil(() => posted.length === 3);
    expect(posted[2].url).to.match(/\/tickets\/a\/unread$/);
    await waitUntil(() => !q(el, '.thread-head'), 'back to the list');
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

  it("should say who wrote an agent's last message: You for this agent, the colleague's name otherwise", async () => {
    const { el, socket } = await signedInInbox();
    const agentSaid = (id: string, by: string, text: string) => ({ ...ticket(id, 9, text, 3), lastMessage: { author: 'agent', authorId: by, text, sentAt: '' } });
    socket.receive({ type: 'ticket', ticket: agentSaid('a', 'a-1', 'mine') });
    socket.receive({ type: 'ticket', ticket: agentSaid('b', 'a-2', 'theirs') });
    const previews = () => Object.fromEntries(qa(el, '.ticket').map((t) => [t.dataset.conversation, t.querySelector('.preview')!.textContent]));
    await waitUntil(() => previews()['c-b'] === 'Bob: theirs', 'the team is loaded');
    expect(previews()).to.deep.equal({ 'c-a': 'You: mine', 'c-b': 'Bob: theirs' });
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

describe('<parley-inbox> images in replies', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const png = () => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAJJRU5ErkJggg=='), (c) => c.charCodeAt(0))], 'shot.png', { type: 'image/png' });

  it('should attach a pasted image, preview it, upload it on send and send its id', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    const uploads: { type: string | null; csrf: string | null }[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/api/v1/uploads')) {
        const h = new Headers(init?.headers);
        uploads.push({ type: h.get('content-type'), csrf: h.get('x-parley-csrf') });
        return json(201, { id: 'up-1', contentType: 'image/png', size: 70 });
      }
      return json(200, { tickets: [] });
    }) as typeof fetch;

    const composer = q<LitElement>(el, 'parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, composed: true, cancelable: true });
    paste.clipboardData!.items.add(png());
    area.dispatchEvent(paste);
    await settle(el);
    expect(paste.defaultPrevented).to.equal(true);
    const preview = q<HTMLImageElement>(el, '.attachment img')!;
    expect(preview.src).to.match(/^blob:/);
    expect(preview.alt).to.equal('The image to send');
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled, 'an image alone can be sent').to.equal(false);

    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await waitUntil(() => socket.sentOfType('send').length === 1, 'sent after the upload');
    expect(uploads).to.deep.equal([{ type: 'image/png', csrf: 'csrf-1' }]);
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ conversationId: 'c-b', imageId: 'up-1' });
    expect(send).not.to.have.property('text');
    expect(q(el, '.attachment'), 'the preview is cleared').to.equal(null);
    const list = q<LitElement>(el, 'parley-message-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('li.sending button.image'), 'the image shows while sending').to.not.equal(null);
  });

  it('should ignore a pasted file that is not an image, and show a refused upload as failed', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    const area = replyArea(el);
    const svg = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, composed: true, cancelable: true });
    svg.clipboardData!.items.add(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    area.dispatchEvent(svg);
    await settle(el);
    expect(svg.defaultPrevented).to.equal(false);
    expect(q(el, '.attachment')).to.equal(null);

    window.fetch = (async () => json(413, { code: 'upload_too_large', title: 'Too large', status: 413 })) as typeof fetch;
    const input = q<HTMLInputElement>(el, 'input.file')!;
    const files = new DataTransfer();
    files.items.add(png());
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await settle(el);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const list = q<LitElement>(el, 'parley-message-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('li.failed .error'), 'the refusal shows');
    expect(list.shadowRoot!.querySelector('li.failed .error')!.textContent).to.contain('The image is too large.');
    expect(socket.sentOfType('send'), 'nothing sent').to.have.length(0);
  });
});

describe('<parley-inbox> saved replies', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const MACROS = [
    { id: 'm1', title: 'Greeting', text: 'Hi there, Ada here.' },
    { id: 'm2', title: 'Shipping', text: 'We ship within 2 days.' },
  ];

  async function withMacros() {
    const ctx = await signedInInbox([ticket('a', 1, 'first question')], undefined);
    const asked: string[] = [];
    const inner = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/macros')) {
        asked.push(String(input));
        return json(200, MACROS);
      }
      return inner(input, init);
    }) as typeof fetch;
    qa(ctx.el, '.ticket')[0].click();
    await settle(ctx.el);
    const composer = q<LitElement>(ctx.el, 'parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    const typeText = async (text: string) => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(ctx.el);
    };
    const key = (k: string) => area.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
    return { ...ctx, asked, area, typeText, key };
  }

  it('should offer saved replies on / and put the chosen one in the reply, sending nothing', async () => {
    const { el, socket, asked, area, typeText, key } = await withMacros();
    await typeText('/');
    await waitUntil(() => qa(el, '.macros [role=option]').length === 2, 'the saved replies show');
    expect(asked).to.deep.equal([`${location.origin}/api/v1/tickets/a/macros`]);
    await typeText('/ship');
    expect(qa(el, '.macros [role=option]').map((o) => o.querySelector('strong')!.textContent)).to.deep.equal(['Shipping']);

    await typeText('/');
    key('ArrowDown');
    await settle(el);
    expect(qa(el, '.macros [role=option]')[1].getAttribute('aria-selected')).to.equal('true');
    key('Enter');
    await settle(el);
    expect(area.value).to.equal('We ship within 2 days.');
    expect(q(el, '.macros'), 'the menu closes').to.equal(null);
    expect(socket.sentOfType('send'), 'Enter picked, it did not send').to.have.length(0);

    key('Enter');
    expect(socket.sentOfType('send').map((f) => f.text)).to.deep.equal(['We ship within 2 days.']);
  });

  it('should search saved replies from the button, insert at the caret, and refetch them when they change', async () => {
    const { el, socket, asked, area, typeText } = await withMacros();
    await typeText('Hello! ');
    area.setSelectionRange(7, 7);
    const button = qa(el, 'parley-composer [slot=before]').find((b) => b.getAttribute('aria-label') === 'Saved replies')!;
    button.click();
    await waitUntil(() => q(el, '.macro-search') && deepActive() === q(el, '.macro-search'), 'the search has the focus');
    const search = q<HTMLInputElement>(el, '.macro-search')!;
    search.value = 'greet';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(search.getAttribute('aria-activedescendant')).to.equal('macro-m1');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await settle(el);
    expect(area.value).to.equal('Hello! Hi there, Ada here.');

    socket.receive({ type: 'macros' });
    await typeText('/');
    await waitUntil(() => asked.length === 2, 'fetched again after the change');
    await expect(el).to.be.accessible();
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
    stubServer([{ ...ticket('a', 1, 'dzień dobry'), visitorName: null, visitorCode: '5F2A' }]);
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
    const { el } = await signedInInbox([{ ...ticket('a', 1, 'hi'), visitorName: 'Visitor 5F2A', visitorCode: undefined }]);
    expect(names(el)).to.deep.equal(['Visitor 5F2A']);
  });
});
