import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { message } from '../test/fake-socket.js';
import { json, realFetch, replyArea, signedInInbox, ticket } from '../test/inbox-harness.js';

describe('<parley-ticket-thread>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should send seen after opening a thread and for new messages, at most once a second', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[1].click();
    await settle(el);
    socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor' }));
    socket.receive(message(2, 'anyone?', { conversationId: 'c-a', author: 'visitor' }));
    expect(socket.sentOfType('seen')).to.deep.equal([{ type: 'seen', conversationId: 'c-a', seq: 1 }]);
    await waitUntil(() => socket.sentOfType('seen').length === 2, 'the rest follows within a second', {
      timeout: 2000,
    });
    expect(socket.sentOfType('seen')[1]).to.deep.equal({ type: 'seen', conversationId: 'c-a', seq: 2 });
    // Messages of other conversations say nothing.
    socket.receive(message(5, 'elsewhere', { conversationId: 'c-b', author: 'visitor' }));
    await new Promise((r) => setTimeout(r, 1100));
    expect(socket.sentOfType('seen')).to.have.length(2);
  });

  it('should show status and assignee, and close the ticket through the API with the CSRF token', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const { el, socket } = await signedInInbox();
    socket.receive({
      type: 'ticket',
      ticket: { ...ticket('a', 5, 'hello?', 2), assigneeId: 'a-1', assigneeName: 'Ada' },
    });
    await settle(el);
    qa(el, '.ticket')
      .find((t) => t.dataset.conversation === 'c-a')!
      .click();
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
    socket.receive(
      message(2, 'The visitor ended the chat.', { conversationId: 'c-b', author: 'system', event: 'ended_by_visitor' }),
    );
    socket.receive({
      type: 'ticket',
      ticket: { ...ticket('b', 9, 'The visitor ended the chat.', 2), status: 'closed' },
    });
    await settle(el);
    const list = q<LitElement>(el, 'parley-message-list')!;
    expect(list.shadowRoot!.querySelector('li.system .bubble')!.textContent).to.equal('The visitor ended the chat.');
    expect(q(el, '.closed-note')).to.not.equal(null);
  });

  it('should show the AI agent’s answers with their label and sources, and why it handed the conversation over', async () => {
    const { el, socket } = await signedInInbox([
      { ...ticket('a', 1, 'first question'), lastMessage: { author: 'bot', text: 'We ship in 2 days.', sentAt: '' } },
      ticket('b', 2, 'second question'),
    ]);
    const preview = qa(el, '.ticket').find((t) => t.dataset.conversation === 'c-a')!;
    expect(preview.textContent!.replace(/\s+/g, ' ')).to.contain('AI: We ship in 2 days.');
    preview.click();
    await settle(el);
    socket.receive(message(1, 'How long is shipping?', { conversationId: 'c-a', author: 'visitor' }));
    socket.receive(
      message(2, 'We ship in 2 days.', {
        conversationId: 'c-a',
        author: 'bot',
        authorName: 'Assistant', // the server's name for it, in no reader's language
        citations: [
          { kind: 'source', title: 'Shipping', link: 'https://shop.test/shipping' },
          { kind: 'choice', title: 'Do you ship abroad?' },
        ],
      }),
    );
    socket.receive(
      message(3, 'The AI agent handed this conversation over: the visitor asked for a person.', {
        conversationId: 'c-a',
        author: 'system',
        authorName: undefined,
        event: 'handoff_visitor_asked',
      }),
    );
    socket.receive(
      message(4, 'Hi! How can we help?', { conversationId: 'c-a', author: 'system', authorName: undefined }),
    );
    await settle(el);
    const list = q<LitElement>(el, 'parley-message-list')!;
    const [asked, answer, handoff, welcome] = [...list.shadowRoot!.querySelectorAll('li')];
    expect(asked.classList.contains('theirs')).to.equal(true);
    expect(answer.classList.contains('ours'), 'the AI agent speaks for the store').to.equal(true);
    const label = answer.querySelector('.ai')!;
    expect([label.textContent, label.getAttribute('aria-label'), label.getAttribute('role')]).to.deep.equal([
      'AI',
      'AI agent',
      'img',
    ]);
    expect(answer.querySelector('.name'), 'its label names it, in the reader’s language').to.equal(null);
    expect(answer.textContent).not.to.contain('Assistant');
    const source = answer.querySelector<HTMLAnchorElement>('.source a')!;
    expect([source.getAttribute('href'), source.target, source.rel]).to.deep.equal([
      'https://shop.test/shipping',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(answer.querySelector('.choices')!.getAttribute('aria-label')).to.equal('Choices offered to the visitor');
    expect(answer.querySelectorAll('.choices button'), 'an agent does not pick for the visitor').to.have.length(0);
    expect(answer.querySelector('.choices span')!.textContent).to.equal('Do you ship abroad?');
    expect(handoff.classList.contains('handoff'), 'the handoff is a notice of its own').to.equal(true);
    expect(handoff.classList.contains('system')).to.equal(true);
    expect(handoff.querySelector('.bubble')!.textContent).to.equal(
      'The AI agent handed this conversation over: the visitor asked for a person.',
    );
    expect(welcome.classList.contains('handoff')).to.equal(false);
    await expect(list).to.be.accessible();
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

  it('should take its keys: e asks to close, s offers snooze times, Escape closes the menu; r goes to the reply and / to the search', async () => {
    const { el } = await signedInInbox();
    const press = async (key: string) => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await settle(el);
    };
    await press('e');
    expect(q(el, '.menu'), 'nothing open, nothing to close').to.equal(null);
    qa(el, '.ticket')[0].click();
    await settle(el);
    (deepActive() as HTMLElement | null)?.blur();
    await press('e');
    expect(q(el, '.menu.close')!.getAttribute('role')).to.equal('alertdialog');
    q(el, '.menu.close')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(el);
    expect(q(el, '.menu')).to.equal(null);
    (deepActive() as HTMLElement | null)?.blur();
    await press('s');
    expect(qa(el, '.menu.snooze button').map((b) => b.textContent!.trim())[0]).to.equal('In 1 hour');
    (deepActive() as HTMLElement | null)?.blur();
    await press('r');
    expect(deepActive()).to.equal(replyArea(el));
    (deepActive() as HTMLElement | null)?.blur();
    await press('/');
    expect(deepActive()).to.equal(q(el, '#search'));
  });

  it('should keep the ticket’s actions inside the header, on one line, at every desktop width', async () => {
    const { el } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    try {
      for (const width of [1024, 1280, 1366, 1440, 1920]) {
        await setViewport({ width, height: 800 });
        await settle(el);
        const head = q(el, '.thread-head')!.getBoundingClientRect();
        const controls = qa(el, '.thread-head .actions > :not(.vh)')
          .filter((c) => c.getClientRects().length)
          .map((c) => c.getBoundingClientRect());
        for (const c of controls) expect(c.right, `inside the header at ${width} px`).to.be.at.most(head.right + 0.5);
        const middles = controls.map((c) => c.top + c.height / 2);
        expect(Math.max(...middles) - Math.min(...middles), `one line at ${width} px`).to.be.below(
          controls[0].height / 2,
        );
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
