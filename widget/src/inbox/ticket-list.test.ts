import { expect, waitUntil } from '@open-wc/testing';
import { q, qa, settle } from '../test/deep.js';
import { ADA, names, realFetch, requests, SESSION, signedInInbox, ticket } from '../test/inbox-harness.js';

describe('<parley-ticket-list>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const listCalls = () =>
    requests
      .filter((r) => /\/api\/v1\/tickets\?/.test(r.url) && !r.url.includes('unread=true'))
      .map((r) => new URL(r.url, location.href));

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

  it('should end a visitor’s typing when their message arrives, the first one of a new ticket too', async () => {
    const { el, socket } = await signedInInbox();
    socket.receive({ type: 'typing', conversationId: 'c-new', author: 'visitor' });
    socket.receive({ type: 'typing', conversationId: 'c-a', author: 'visitor' });
    socket.receive({ type: 'ticket', ticket: ticket('new', 7, 'my first question', 2) });
    socket.receive({ type: 'ticket', ticket: ticket('a', 8, 'and another thing', 3) });
    await settle(el);
    const previews = () => qa(el, '.ticket .preview').map((p) => p.textContent);
    expect(previews()).to.deep.equal(['and another thing', 'my first question', 'second question']);
    expect(qa(el, '.preview.typing')).to.have.length(0);

    socket.receive({ type: 'typing', conversationId: 'c-new', author: 'visitor' });
    socket.receive({ type: 'ticket', ticket: { ...ticket('new', 9, 'my first question', 2), assigneeName: 'Ada' } });
    await settle(el);
    expect(previews()[0], 'a change that carries no new message leaves the typing').to.equal('typing…');
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
    expect(waiting[0].querySelector('.wait')!.textContent).to.equal('no reply for 5 min');
    await expect(el).to.be.accessible();
  });

  it('should load the list by status tab, whose tickets, channel and search', async () => {
    const { el } = await signedInInbox();
    expect(Object.fromEntries(listCalls()[0].searchParams)).to.deep.equal({
      status: 'open',
      assignee: 'all',
      limit: '30',
    });

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
    expect(Object.fromEntries(listCalls()[3].searchParams)).to.deep.include({
      status: 'snoozed',
      assignee: 'mine',
      q: 'red jacket',
    });
    await expect(el).to.be.accessible();
  });

  it('should say which tab is empty, never that there are no conversations at all', async () => {
    const { el } = await signedInInbox([]);
    await waitUntil(() => q(el, 'p.empty[role=status]'), 'the empty open tab says so');
    expect(q(el, 'p.empty[role=status]')!.textContent).to.equal(
      'No open conversations. New ones appear here as soon as a visitor writes.',
    );
    qa(el, '.tabs button')[2].click();
    await waitUntil(
      () => q(el, 'p.empty[role=status]')?.textContent === 'No closed conversations.',
      'the empty closed tab says so',
    );
    const search = q<HTMLInputElement>(el, '#search')!;
    search.value = 'red jacket';
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => listCalls().length === 3, 'searched', { timeout: 2000 });
    await waitUntil(
      () => q(el, 'p.empty[role=status]')?.textContent === 'No conversations match.',
      'a search that finds nothing',
    );
  });

  it('should page on with the cursor and keep live tickets out of a tab they do not belong to', async () => {
    const first = [ticket('a', 9, 'newest'), ticket('b', 8, 'older')];
    const { el, socket } = await signedInInbox([...first, ticket('c', 1, 'oldest')], (u) =>
      u.searchParams.get('cursor') === 'next-1'
        ? { tickets: [ticket('c', 1, 'oldest')] }
        : { tickets: first, nextCursor: 'next-1' },
    );
    // The end of the list is in view: the next page came on its own, with the cursor.
    expect(listCalls().map((u) => u.searchParams.get('cursor'))).to.deep.equal([null, 'next-1']);
    expect(names(el)).to.deep.equal(['Visitor A', 'Visitor B', 'Visitor C']);
    expect(q(el, '.more'), 'no more pages').to.equal(null);

    socket.receive({ type: 'ticket', ticket: { ...ticket('b', 10, 'snoozed now', 2), status: 'snoozed' } });
    await settle(el);
    expect(names(el), 'a snoozed ticket leaves the Open tab').to.deep.equal(['Visitor A', 'Visitor C']);
  });

  it("should say who wrote an agent's last message: You for this agent, the colleague's name otherwise", async () => {
    const { el, socket } = await signedInInbox();
    const agentSaid = (id: string, by: string, text: string) => ({
      ...ticket(id, 9, text, 3),
      lastMessage: { author: 'agent', authorId: by, text, sentAt: '' },
    });
    socket.receive({ type: 'ticket', ticket: agentSaid('a', 'a-1', 'mine') });
    socket.receive({ type: 'ticket', ticket: agentSaid('b', 'a-2', 'theirs') });
    const previews = () =>
      Object.fromEntries(
        qa(el, '.ticket').map((t) => [t.dataset.conversation, t.querySelector('.preview')!.textContent]),
      );
    await waitUntil(() => previews()['c-b'] === 'Bob: theirs', 'the team is loaded');
    expect(previews()).to.deep.equal({ 'c-a': 'You: mine', 'c-b': 'Bob: theirs' });
  });

  it("should show the visitor's rating in its row as a thumb named for screen readers, in English and Polish", async () => {
    const rated = (id: string, score: 'good' | 'bad', minute: number) => ({
      ...ticket(id, minute, `about ${id}`),
      status: 'closed',
      rating: { score, comment: 'Quick and kind', ratedAt: '2026-11-25T10:30:00Z' },
    });
    const listed = [rated('a', 'good', 9), rated('b', 'bad', 8), { ...ticket('c', 7, 'not rated'), status: 'closed' }];
    const ratings = (el: Element) =>
      Object.fromEntries(
        qa(el, '.ticket').map((t) => {
          const icon = t.querySelector('.rating');
          return [t.dataset.conversation, icon && `${icon.getAttribute('role')} ${icon.getAttribute('aria-label')}`];
        }),
      );

    const { el, socket } = await signedInInbox(listed);
    qa(el, '.tabs button')[2].click();
    await settle(el);
    await waitUntil(() => q(el, 'ul[aria-busy="false"]') && qa(el, '.ticket').length === 3, 'the Closed tab is loaded');
    await settle(el);
    expect(ratings(el)).to.deep.equal({ 'c-a': 'img Rated good', 'c-b': 'img Rated bad', 'c-c': null });
    expect(q(el, '.ticket[data-conversation="c-b"] .rating.bad svg'), 'a thumb down').to.not.equal(null);
    await expect(el).to.be.accessible();

    // A rating given while the list is shown arrives with the ticket's frame.
    socket.receive({ type: 'ticket', ticket: { ...rated('c', 'good', 7), lastMessage: listed[2].lastMessage } });
    await settle(el);
    expect(ratings(el)['c-c']).to.equal('img Rated good');

    const polish = await signedInInbox(listed, undefined, { ...SESSION, locale: 'pl' });
    await waitUntil(() => ratings(polish.el)['c-a'] === 'img Klient ocenił rozmowę dobrze', 'the inbox speaks Polish');
    expect(ratings(polish.el)).to.deep.equal({
      'c-a': 'img Klient ocenił rozmowę dobrze',
      'c-b': 'img Klient ocenił rozmowę źle',
      'c-c': null,
    });
  });
});
