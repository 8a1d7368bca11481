import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { fakeSockets } from '../test/fake-socket.js';
import { ADA, BOB, json, LIMITS, realFetch, requests, stubFetch, ticket } from '../test/inbox-harness.js';
import type { AssistedConversationPage, AssistedConversationThread } from '../wire/index.js';
import type { ParleyInbox } from './inbox.component.js';

const SHIPPING = {
  id: 'c-ai-1',
  startedAt: '2026-11-25T10:00:00Z',
  status: 'closed',
  answered: 2,
  firstQuestion: 'How long does shipping to Poland take?',
  lastSeq: 4,
} as const;
const RETURNS = {
  id: 'c-ai-2',
  startedAt: '2026-11-25T09:00:00Z',
  status: 'open',
  answered: 1,
  firstQuestion: 'Can I return a gift?',
  lastSeq: 2,
} as const;

const THREAD: AssistedConversationThread = {
  id: SHIPPING.id,
  messages: [
    { seq: 1, author: 'visitor', text: SHIPPING.firstQuestion, sentAt: '2026-11-25T10:00:00Z' },
    {
      seq: 2,
      author: 'bot',
      text: 'Parcels to Poland arrive in 2–3 working days.',
      sentAt: '2026-11-25T10:00:02Z',
      citations: [{ kind: 'source', title: 'Shipping times', link: 'https://shop.example.com/faq/shipping' }],
    },
    { seq: 3, author: 'visitor', text: 'Thanks!', sentAt: '2026-11-25T10:01:00Z' },
    {
      seq: 4,
      author: 'system',
      text: 'The visitor ended the chat.',
      event: 'ended_by_visitor',
      sentAt: '2026-11-25T10:02:00Z',
    },
  ],
};

interface Server {
  /** The AI agent's conversations, or a problem's status and code. */
  list?: AssistedConversationPage | [number, string] | Promise<Response>;
  /** A conversation's thread by id, or a problem's status and code. */
  threads?: Record<string, AssistedConversationThread | [number, string]>;
}

const problem = ([status, code]: [number, string]) => json(status, { status, code, detail: code });

/**
 * A signed-in inbox of `agent` (Ada the admin unless said) at `hash`, whose server answers the AI agent's
 * conversations as `server` says.
 */
async function inbox(server: Server = {}, agent: typeof ADA = ADA, hash = '#/ai', lang = 'en') {
  location.hash = hash;
  const session = { ...agent, locale: lang, csrfToken: 'csrf-1', limits: LIMITS };
  stubFetch((url) => {
    const u = new URL(url, location.href);
    const path = u.pathname.replace(/^\/api\/v1/, '');
    if (path === '/agent/session/probe') return json(200, { signedIn: true, session });
    if (path === '/agents') return json(200, [ADA, BOB]);
    if (path === '/tickets') return json(200, { tickets: u.searchParams.get('unread') ? [] : [ticket('a', 1, 'hi')] });
    if (path === '/assistant/conversations') {
      const list = server.list ?? { conversations: [] };
      return list instanceof Promise ? list : Array.isArray(list) ? problem(list) : json(200, list);
    }
    const thread = /^\/assistant\/conversations\/(.+)$/.exec(path);
    if (thread) {
      const answer = server.threads?.[decodeURIComponent(thread[1])] ?? [404, 'conversation_not_found'];
      return Array.isArray(answer) ? problem(answer) : json(200, answer);
    }
    return json(200, []);
  });
  const fake = fakeSockets();
  const el = await fixture<ParleyInbox>(
    html`<parley-inbox lang=${lang} .socketFactory=${fake.factory}></parley-inbox>`,
  );
  await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
  fake.last().open();
  fake.last().receive({ type: 'inbox', agent, tickets: [] });
  await settle(el);
  return el;
}

const view = (el: ParleyInbox) => q<LitElement>(el, 'parley-ai-conversations');
/** The first element matching `selector` inside the AI view, or null. */
const inView = <T extends Element = HTMLElement>(el: ParleyInbox, selector: string): T | null => {
  const v = view(el);
  return v ? q<T>(v, selector) : null;
};
const rows = (el: ParleyInbox) => {
  const v = view(el);
  return v ? qa<HTMLAnchorElement>(v, 'li a') : [];
};
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const asked = (path: string) => requests.filter((r) => new URL(r.url).pathname === `/api/v1${path}`);

describe('<parley-ai-conversations> in the inbox', () => {
  afterEach(() => {
    window.fetch = realFetch;
    location.hash = '';
  });

  it('shows admins an "AI agent" entry that opens the list of what the AI agent resolved on its own', async () => {
    const el = await inbox({ list: { conversations: [SHIPPING, RETURNS] } }, ADA, '');
    const link = q<HTMLAnchorElement>(el, 'nav.main a.ai-view-link')!;
    expect(text(link)).to.equal('AI agent');
    expect(link.getAttribute('href')).to.equal('#/ai');
    expect(link.getAttribute('aria-current')).to.equal('false');
    expect(asked('/assistant/conversations'), 'nothing is asked before the view opens').to.have.length(0);

    location.hash = '#/ai';
    await waitUntil(() => rows(el).length === 2, 'the list shows');
    await settle(el);
    expect(link.getAttribute('aria-current')).to.equal('page');
    expect(q(el, 'parley-ticket-list'), 'the helpdesk gives way').to.equal(null);
    expect(asked('/assistant/conversations').map((r) => new URL(r.url).search)).to.deep.equal(['?limit=50']);
    expect(text(q(el, '#ai-title'))).to.equal('AI agent');

    const [first, second] = rows(el);
    expect(first.getAttribute('href')).to.equal('#/ai/c-ai-1');
    expect(text(first.querySelector('.question'))).to.equal('How long does shipping to Poland take?');
    expect(text(first.querySelector('.state'))).to.equal('Closed');
    expect(text(first.querySelector('.answered'))).to.equal('2 answers');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(SHIPPING.startedAt);
    expect(text(first.querySelector('time'))).to.match(/^Started /);
    expect(text(second.querySelector('.state'))).to.equal('Open');
    expect(text(second.querySelector('.answered'))).to.equal('1 answer');
    expect(text(inView(el, '.thread .empty'))).to.equal('Select a conversation to read what the AI agent answered.');
    await expect(view(el)).to.be.accessible();
  });

  it('says so when the AI agent has resolved no conversation on its own yet', async () => {
    const el = await inbox({ list: { conversations: [] } });
    await waitUntil(() => inView(el, '.list .empty'), 'the empty state');
    expect(text(inView(el, '.list .empty'))).to.equal('The AI agent has not resolved any conversation on its own yet.');
    expect(inView(el, '.list .empty')!.getAttribute('role')).to.equal('status');
    expect(rows(el)).to.have.length(0);
  });

  it('says it is loading, then what went wrong, and tries again on request', async () => {
    let answer!: (r: Response) => void;
    const el = await inbox({ list: new Promise<Response>((r) => (answer = r)) });
    await waitUntil(() => inView(el, '.list [role="status"]'), 'loading');
    expect(text(inView(el, '.list [role="status"]'))).to.equal('Loading the conversations…');
    expect(inView(el, '.list')!.getAttribute('aria-busy')).to.equal('true');

    answer(problem([500, 'internal_error']));
    await waitUntil(() => inView(el, '.list .error'), 'the error');
    const error = inView(el, '.list .error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('The conversations could not be loaded.');

    const before = asked('/assistant/conversations').length;
    window.fetch = (async () => json(200, { conversations: [RETURNS] })) as typeof fetch;
    error.querySelector('button')!.click();
    await waitUntil(() => rows(el).length === 1, 'loaded on the second try');
    expect(before).to.equal(1);
    expect(inView(el, '.list .error')).to.equal(null);
  });

  it('asks again on Refresh, keeping the list until the answer, and shows what changed', async () => {
    const el = await inbox({ list: { conversations: [SHIPPING, RETURNS] } });
    await waitUntil(() => rows(el).length === 2, 'the list shows');
    let answer!: (r: Response) => void;
    window.fetch = (() => new Promise<Response>((r) => (answer = r))) as typeof fetch;
    inView<HTMLButtonElement>(el, '.refresh')!.click();
    await settle(el);
    expect(inView(el, '.list')!.getAttribute('aria-busy')).to.equal('true');
    expect(inView<HTMLButtonElement>(el, '.refresh')!.disabled).to.equal(true);
    expect(rows(el), 'the list stays while it is asked again').to.have.length(2);

    answer(json(200, { conversations: [RETURNS] }));
    await waitUntil(() => rows(el).length === 1, 'the list changed');
    await settle(el);
    expect(text(rows(el)[0].querySelector('.question'))).to.equal('Can I return a gift?');
    expect(inView(el, '.list')!.getAttribute('aria-busy')).to.equal('false');
    expect(inView<HTMLButtonElement>(el, '.refresh')!.disabled).to.equal(false);
  });

  it("opens a conversation read-only, with the AI agent's label and source as in a ticket", async () => {
    const el = await inbox({ list: { conversations: [SHIPPING, RETURNS] }, threads: { [SHIPPING.id]: THREAD } });
    await waitUntil(() => rows(el).length === 2, 'the list shows');
    rows(el)[0].click();
    await waitUntil(() => inView(el, 'parley-message-list'), 'the thread shows');
    await settle(el);
    expect(location.hash).to.equal('#/ai/c-ai-1');
    expect(asked('/assistant/conversations/c-ai-1')).to.have.length(1);
    expect(rows(el)[0].getAttribute('aria-current')).to.equal('page');
    expect(text(q(el, '#thread-title'))).to.equal('How long does shipping to Poland take?');
    expect(deepActive(), 'the focus moves to the conversation').to.equal(q(el, '#thread-title'));

    const list = inView<LitElement>(el, 'parley-message-list')!;
    const bubbles = [...list.shadowRoot!.querySelectorAll('[part~="bubble"]')].map((b) => b.textContent);
    expect(bubbles).to.deep.equal([
      'How long does shipping to Poland take?',
      'Parcels to Poland arrive in 2–3 working days.',
      'Thanks!',
      'The visitor ended the chat.',
    ]);
    const bot = list.shadowRoot!.querySelector('li.bot')!;
    const label = bot.querySelector('.ai')!;
    expect(label.textContent).to.equal('AI');
    expect(label.getAttribute('aria-label')).to.equal('AI agent');
    const source = bot.querySelector<HTMLAnchorElement>('.source a')!;
    expect(text(bot.querySelector('.source'))).to.match(/^Source: Shipping times/);
    expect(source.href).to.equal('https://shop.example.com/faq/shipping');
    expect(source.target).to.equal('_blank');

    expect(q(el, 'parley-reply'), 'no reply box').to.equal(null);
    expect(q(el, 'parley-composer'), 'no composer').to.equal(null);
    expect(qa(view(el)!, 'textarea, input')).to.have.length(0);
    expect(text(inView(el, '.read-only'))).to.equal(
      'The AI agent answered this conversation on its own. It can only be read here.',
    );
    await expect(view(el)).to.be.accessible();
  });

  it('goes back to the list with the focus on the conversation it left', async () => {
    const el = await inbox(
      { list: { conversations: [SHIPPING] }, threads: { [SHIPPING.id]: THREAD } },
      ADA,
      '#/ai/c-ai-1',
    );
    await waitUntil(() => inView(el, 'parley-message-list') && rows(el).length, 'the thread shows');
    const back = inView<HTMLAnchorElement>(el, '.back')!;
    expect(back.getAttribute('href')).to.equal('#/ai');
    expect(back.getAttribute('aria-label')).to.equal('Back to the AI agent’s conversations');
    back.click();
    await waitUntil(() => !inView(el, 'parley-message-list'), 'the thread closes');
    await settle(el);
    expect(deepActive()).to.equal(rows(el)[0]);
  });

  it('says a conversation handed to the team is not here, and that a failed one may be asked again', async () => {
    const el = await inbox(
      { list: { conversations: [SHIPPING] }, threads: { [SHIPPING.id]: [503, 'unavailable'] } },
      ADA,
      '#/ai/c-handed-off',
    );
    await waitUntil(() => inView(el, '.thread .error'), 'the refusal');
    expect(text(inView(el, '.thread .error'))).to.equal(
      'This conversation is not one the AI agent resolved on its own: it was handed to the team (find it in the Helpdesk) or it no longer exists.',
    );
    expect(inView(el, '.thread .error button'), 'nothing to try again').to.equal(null);

    location.hash = '#/ai/c-ai-1';
    await waitUntil(() => inView(el, '.thread .error button'), 'the failure');
    expect(text(inView(el, '.thread .error'))).to.match(/^The conversation could not be loaded\./);
    window.fetch = (async () => json(200, THREAD)) as typeof fetch;
    inView<HTMLButtonElement>(el, '.thread .error button')!.click();
    await waitUntil(() => inView(el, 'parley-message-list'), 'loaded on the second try');
  });

  it('shows agents who are not admins no AI entry, and the helpdesk at its address', async () => {
    const el = await inbox({ list: { conversations: [SHIPPING] } }, BOB, '#/ai');
    await waitUntil(() => q(el, 'parley-ticket-list'), 'the helpdesk shows');
    await settle(el);
    expect(q(el, 'nav.main a.ai-view-link')).to.equal(null);
    expect(qa(el, 'nav.main a').map(text)).to.deep.equal(['Helpdesk', 'Reports']);
    expect(q(el, 'nav.main a[href="#/"]')!.getAttribute('aria-current')).to.equal('page');
    expect(view(el)).to.equal(null);
    expect(asked('/assistant/conversations'), 'nothing is asked').to.have.length(0);
  });

  it('speaks Polish', async () => {
    const el = await inbox({ list: { conversations: [] } }, ADA, '#/ai', 'pl');
    await waitUntil(() => inView(el, '.list .empty'), 'the empty state');
    expect(text(q(el, 'nav.main a.ai-view-link'))).to.equal('Asystent AI');
    expect(text(q(el, '#ai-title'))).to.equal('Asystent AI');
    expect(text(inView(el, '.list .empty'))).to.equal('Asystent AI nie rozwiązał jeszcze samodzielnie żadnej rozmowy.');
  });

  it('counts answers in Polish, and names the status of one conversation', async () => {
    const many = { ...RETURNS, id: 'c-ai-3', answered: 5 };
    const el = await inbox({ list: { conversations: [SHIPPING, RETURNS, many] } }, ADA, '#/ai', 'pl');
    await waitUntil(() => rows(el).length === 3, 'the list shows');
    expect(rows(el).map((r) => text(r.querySelector('.answered')))).to.deep.equal([
      '2 odpowiedzi',
      '1 odpowiedź',
      '5 odpowiedzi',
    ]);
    expect(rows(el).map((r) => text(r.querySelector('.state')))).to.deep.equal(['Zamknięta', 'Otwarta', 'Otwarta']);
  });
});
