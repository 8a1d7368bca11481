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
});
