import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fakeSockets, message } from '../test/fake-socket.js';
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
const ticket = (id: string, minute: number, text: string, lastSeq = 1) => ({
  id,
  conversationId: `c-${id}`,
  status: 'open',
  visitorName: `Visitor ${id.toUpperCase()}`,
  assigneeId: null,
  assigneeName: null,
  lastSeq,
  lastMessage: { author: 'visitor', text, sentAt: '' },
  createdAt: '2026-11-25T10:00:00Z',
  lastActivityAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00Z`,
});

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const names = (el: ParleyInbox) => qa(el, '.ticket .who').map((n) => n.textContent);

async function signedInInbox() {
  stubFetch(() => json(200, ADA));
  const fake = fakeSockets();
  const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
  await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
  const socket = fake.last();
  socket.open();
  socket.receive({ type: 'inbox', agent: ADA, tickets: [ticket('a', 1, 'first question'), ticket('b', 2, 'second question')] });
  await el.updateComplete;
  return { el, socket, ...fake };
}

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
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Visitor A', 'Visitor C', 'Visitor B']);
    expect(qa(el, '.ticket')[0].querySelector('.preview')!.textContent).to.equal('a new message');
    expect(qa(el, '.ticket.unread')).to.have.length(3);
  });

  it('should open a ticket, render its thread in seq order and reply', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[1].click();
    await el.updateComplete;
    expect(socket.sentOfType('open')).to.deep.equal([{ type: 'open', conversationId: 'c-a', afterSeq: 0 }]);

    socket.receive(message(2, 'Hello, Ada here', { conversationId: 'c-a' }));
    socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor', authorName: undefined }));
    socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor', authorName: undefined }));
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('parley-message-list')!;
    await list.updateComplete;
    const texts = () => [...list.shadowRoot!.querySelectorAll('[part~="bubble"]')].map((b) => b.textContent);
    expect(texts()).to.deep.equal(['first question', 'Hello, Ada here']);
    expect(list.shadowRoot!.querySelector('.name')!.textContent).to.equal('Visitor A');
    expect(q(el, '.thread-head h2')!.textContent).to.equal('Visitor A');
    expect(qa(el, '.ticket')[1].getAttribute('aria-current')).to.equal('true');
    expect(qa(el, '.ticket.unread').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);

    const composer = el.shadowRoot!.querySelector('parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    area.value = 'On its way!';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ conversationId: 'c-a', text: 'On its way!' });
    await el.updateComplete;
    await list.updateComplete;
    expect(texts()).to.deep.equal(['first question', 'Hello, Ada here', 'On its way!']);
    expect(list.shadowRoot!.querySelector('li:last-child')!.classList.contains('sending')).to.equal(true);
  });

  it('should re-hello, re-open with afterSeq and resend unacknowledged replies after a reconnect', async () => {
    const { el, socket, sockets, last } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await el.updateComplete;
    socket.receive(message(1, 'second question', { conversationId: 'c-b', author: 'visitor' }));
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector('parley-composer')!.shadowRoot!.querySelector('textarea')!;
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
    const settle = async (el: ParleyInbox) => {
      await el.updateComplete;
      await el.shadowRoot!.querySelector('parley-message-list')?.updateComplete;
    };

    it('should send seen after opening a thread and for new messages, at most once a second', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[1].click();
      await el.updateComplete;
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
      await el.updateComplete;
      expect(qa(el, '.ticket.unread').map((t) => t.dataset.conversation)).to.deep.equal(['c-b']);
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'new for me', 2), unread: false } });
      await el.updateComplete;
      expect(qa(el, '.ticket.unread')).to.have.length(0);
    });

    it('should highlight tickets whose visitor has waited over 3 minutes', async () => {
      const { el, socket } = await signedInInbox();
      const ago = (min: number) => new Date(Date.now() - min * 60_000 - 5000).toISOString();
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'hello?', 2), waitingSince: ago(5) } });
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 6, 'hi', 2), waitingSince: ago(1) } });
      await el.updateComplete;
      const waiting = qa(el, '.ticket.waiting');
      expect(waiting.map((t) => t.dataset.conversation)).to.deep.equal(['c-a']);
      expect(waiting[0].querySelector('.wait')!.textContent).to.equal('waiting 5 min');
      await expect(el).to.be.accessible();
    });

    it('should show status and assignee, and close the ticket through the API with the CSRF token', async () => {
      const calls: { url: string; init?: RequestInit }[] = [];
      const { el, socket } = await signedInInbox();
      (el as unknown as { agent: object }).agent = { ...ADA, csrfToken: 'csrf-1' };
      socket.receive({ type: 'ticket', ticket: { ...ticket('a', 5, 'hello?', 2), assigneeId: 'a-1', assigneeName: 'Ada' } });
      await el.updateComplete;
      qa(el, '.ticket').find((t) => t.dataset.conversation === 'c-a')!.click();
      await el.updateComplete;
      expect(q(el, '.thread-head p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open · Assigned to Ada');

      let answer = json(409, { title: 'Conflict', status: 409, detail: 'The ticket changed meanwhile.' });
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push({ url: String(input), init });
        return answer;
      }) as typeof fetch;
      q<HTMLButtonElement>(el, '.close-ticket')!.click();
      await waitUntil(() => q(el, '.head-error'), 'problem detail shown');
      expect(q(el, '.head-error')!.textContent).to.equal('The ticket changed meanwhile.');
      expect(q(el, '.head-error')!.getAttribute('role')).to.equal('alert');
      expect(calls[0].url).to.match(/\/api\/v1\/tickets\/a\/close$/);
      expect(calls[0].init).to.deep.include({ method: 'POST', credentials: 'include' });
      expect((calls[0].init!.headers as Record<string, string>)['X-Parley-CSRF']).to.equal('csrf-1');

      answer = json(200, { ...ticket('a', 7, 'hello?', 3), status: 'closed', assigneeName: 'Ada' });
      q<HTMLButtonElement>(el, '.close-ticket')!.click();
      await waitUntil(() => q(el, '.closed-note'), 'closed shown');
      expect(q(el, '.head-error')).to.equal(null);
      expect(q(el, '.closed-note')!.textContent).to.equal('This conversation is closed.');
      expect(q(el, '.close-ticket'), 'nothing left to close').to.equal(null);
      expect(q(el, '.thread-head .status')!.textContent).to.equal('Closed');
      const composer = el.shadowRoot!.querySelector('parley-composer')!;
      await composer.updateComplete;
      expect(composer.shadowRoot!.querySelector('textarea')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('should word closing events and show a closed ticket from its frame', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[0].click();
      await el.updateComplete;
      socket.receive(message(1, 'second question', { conversationId: 'c-b', author: 'visitor' }));
      socket.receive(message(2, 'The visitor ended the chat.', { conversationId: 'c-b', author: 'system', event: 'ended_by_visitor' }));
      socket.receive({ type: 'ticket', ticket: { ...ticket('b', 9, 'The visitor ended the chat.', 2), status: 'closed' } });
      await settle(el);
      const list = el.shadowRoot!.querySelector('parley-message-list')!;
      expect(list.shadowRoot!.querySelector('li.system .bubble')!.textContent).to.equal('The visitor ended the chat.');
      expect(q(el, '.closed-note')).to.not.equal(null);
    });

    it('should show the visitor typing in the list and the open thread until their message arrives', async () => {
      const { el, socket } = await signedInInbox();
      qa(el, '.ticket')[1].click();
      await el.updateComplete;
      socket.receive({ type: 'typing', conversationId: 'c-a', author: 'visitor', authorName: 'Visitor A' });
      socket.receive({ type: 'typing', conversationId: 'c-b', author: 'visitor', authorName: 'Visitor B' });
      await el.updateComplete;
      expect(q(el, '.thread .typing')!.textContent).to.equal('Visitor A is typing…');
      expect(q(el, '.thread .typing')!.getAttribute('aria-live')).to.equal('polite');
      expect(qa(el, '.preview.typing')).to.have.length(2);

      socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor' }));
      socket.receive({ type: 'ticket', ticket: ticket('b', 8, 'typed it', 2) });
      await el.updateComplete;
      expect(q(el, '.thread .typing')!.textContent).to.equal('');
      expect(qa(el, '.preview.typing')).to.have.length(0);

      const area = el.shadowRoot!.querySelector('parley-composer')!.shadowRoot!.querySelector('textarea')!;
      for (const text of ['O', 'On']) {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      expect(socket.sentOfType('typing')).to.deep.equal([{ type: 'typing', conversationId: 'c-a' }]);
    });
  });
});
