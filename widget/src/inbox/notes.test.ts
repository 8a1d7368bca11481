import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { ADA, BOB, json, realFetch, replyArea, signedInInbox } from '../test/inbox-harness.js';

const note = (id: string, text: string, createdAt: string, author = BOB, mentions: object[] = []) => ({
  id,
  ticketId: 'b',
  conversationId: 'c-b',
  clientNoteId: `n-${id}`,
  authorId: author.id,
  authorName: author.name,
  text,
  createdAt,
  mentions,
});

/** Answers notes and mentions on top of the inbox's usual server; records what was posted. */
function withNotes(held: object[], mentions: object[] = []) {
  const posted: { url: string; body: Record<string, string> }[] = [];
  const inner = window.fetch;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/api/v1/tickets/b/notes') && init?.method === 'POST') {
      const body = JSON.parse(String(init.body));
      posted.push({ url, body });
      return json(201, note('new', body.text, '2026-11-25T10:09:00Z', ADA));
    }
    if (url.endsWith('/notes')) return json(200, { notes: held });
    if (url.endsWith('/api/v1/agent/mentions')) return json(200, { mentions });
    if (url.endsWith('/api/v1/agent/mentions/seen')) return json(200, { seen: 1 });
    return inner(input, init);
  }) as typeof fetch;
  return posted;
}

const bubbles = async (el: Element) => {
  const list = q<LitElement>(el, 'parley-message-list')!;
  await list.updateComplete;
  return [...list.shadowRoot!.querySelectorAll('li')];
};

describe('<parley-reply> notes', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should show the notes among the messages by time, labelled for agents only', async () => {
    const { el, socket } = await signedInInbox();
    withNotes([note('n1', 'Checked the order: it shipped.', '2026-11-25T10:02:30Z')]);
    qa(el, '.ticket')[0].click();
    await settle(el);
    socket.receive({ type: 'opened', conversationId: 'c-b' });
    for (const [seq, text, at] of [
      [1, 'second question', '2026-11-25T10:02:00Z'],
      [2, 'Any news?', '2026-11-25T10:03:00Z'],
    ] as const) {
      socket.receive({ type: 'message', conversationId: 'c-b', seq, author: 'visitor', text, sentAt: at });
    }
    await waitUntil(async () => (await bubbles(el)).length === 3, 'the messages and the note show');

    const items = await bubbles(el);
    expect(items.map((li) => li.querySelector('.bubble')!.textContent)).to.deep.equal([
      'second question',
      'Checked the order: it shipped.',
      'Any news?',
    ]);
    expect(items[1].getAttribute('part')).to.equal('message note');
    expect(items[1].querySelector('.note-label')!.textContent).to.equal('Note · only agents see this');
    expect(items[1].querySelector('.bubble')!.getAttribute('part')).to.contain('note-bubble');
    expect(!!items[0].querySelector('.note-label')).to.equal(false);
  });

  it('should write a note in the Note tab, post it once, and never tell the visitor of the typing', async () => {
    const { el, socket } = await signedInInbox();
    const posted = withNotes([]);
    qa(el, '.ticket')[0].click();
    await settle(el);
    const tabs = qa<HTMLButtonElement>(el, '[role=tab]');
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Reply', 'Note']);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');

    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(el);
    expect(q(el, '#tab-note')!.getAttribute('aria-selected')).to.equal('true');
    expect(q(el, '[role=tabpanel]')!.classList.contains('note')).to.equal(true);
    expect(q(el, '.note-hint')!.textContent).to.equal('Note · only agents see this');
    const area = replyArea(el);
    expect(area.placeholder).to.contain('internal note');
    area.value = 'Refund approved by the warehouse';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));

    await waitUntil(() => posted.length === 1, 'the note is posted');
    expect(posted[0].body.text).to.equal('Refund approved by the warehouse');
    expect(posted[0].body.clientNoteId).to.match(/^[A-Za-z0-9_-]{1,64}$/);
    await waitUntil(
      async () =>
        (await bubbles(el)).some((li) => li.textContent!.includes('Refund approved') && li.classList.contains('sent')),
      'the note shows as added',
    );
    expect(socket.sentOfType('typing'), 'no typing indicator for a note').to.have.length(0);
    expect(socket.sentOfType('send'), 'nothing sent to the visitor').to.have.length(0);
  });

  it('should offer the team after @ as a listbox driven by the keyboard, and insert the name', async () => {
    const { el } = await signedInInbox();
    withNotes([]);
    qa(el, '.ticket')[0].click();
    await settle(el);
    q<HTMLButtonElement>(el, '#tab-note')!.click();
    await settle(el);
    const area = replyArea(el);
    area.focus();
    area.value = 'Can you check, @';
    area.setSelectionRange(area.value.length, area.value.length);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);

    const listbox = q(el, '[role=listbox]')!;
    expect(listbox.getAttribute('aria-label')).to.equal('Team members');
    const options = qa(el, '[role=option]');
    expect(
      options.map((o) => o.textContent!.trim()),
      'the team, never oneself',
    ).to.deep.equal(['@Bob']);
    expect(options[0].getAttribute('aria-selected')).to.equal('true');
    expect(q(el, '.mentions [aria-live]')!.textContent).to.contain('Bob');

    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(area.value).to.equal('Can you check, @Bob ');
    expect(!!q(el, '[role=listbox]'), 'the list closes').to.equal(false);

    area.value = 'mail bob@shop';
    area.setSelectionRange(area.value.length, area.value.length);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(!!q(el, '[role=listbox]'), 'an email address is no mention').to.equal(false);

    area.value = '@zz';
    area.setSelectionRange(3, 3);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(!!q(el, '[role=listbox]'), 'nobody fits').to.equal(false);
  });

  it('should make the note a combobox of the team list: expanded, controls, active option, arrows, Tab, Escape', async () => {
    const { el, socket } = await signedInInbox();
    withNotes([]);
    // Two more teammates join, so that the arrows have somewhere to go.
    const team = [ADA, BOB, { id: 'a-3', email: 'bea@parley.test', name: 'Bea', role: 'agent' }];
    team.push({ id: 'a-4', email: 'bo@parley.test', name: 'Bolek', role: 'agent' });
    const inner = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      new URL(String(input), location.href).pathname.endsWith('/api/v1/agents')
        ? json(200, team)
        : inner(input, init)) as typeof fetch;
    socket.receive({ type: 'presence', agentId: 'a-4', presence: 'online' });
    qa(el, '.ticket')[0].click();
    await settle(el);
    q<HTMLButtonElement>(el, '#tab-note')!.click();
    await settle(el);
    const area = replyArea(el);
    const key = (k: string, shiftKey = false) =>
      area.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }),
      );
    const type = async (value: string) => {
      area.value = value;
      area.setSelectionRange(value.length, value.length);
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
    };
    const options = () => qa(el, '[role=listbox] [role=option]');
    const active = () => area.ariaActiveDescendantElement;

    expect(area.getAttribute('role')).to.equal('combobox');
    expect(area.getAttribute('aria-autocomplete')).to.equal('list');
    expect(area.getAttribute('aria-expanded'), 'no list yet').to.equal('false');
    expect(area.ariaControlsElements ?? []).to.have.length(0);
    expect(active()).to.equal(null);

    area.focus();
    await type('Ask @b');
    await waitUntil(() => options().length === 3, 'the team is read again with its new members');
    const listbox = q(el, '[role=listbox]')!;
    expect(area.getAttribute('aria-expanded')).to.equal('true');
    expect(area.ariaControlsElements, 'the text controls the team list').to.deep.equal([listbox]);
    expect(options().map((o) => o.textContent!.trim())).to.deep.equal(['@Bob', '@Bea', '@Bolek']);
    expect(active(), 'the first teammate is active').to.equal(options()[0]);
    expect(options().map((o) => o.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    // Combobox is the role the ARIA practices give a text with suggestions; axe's best-practice rule allows it on an
    // input only, not on a textarea (ARIA in HTML), while a note needs several lines. Every other rule applies.
    await expect(el).to.be.accessible({ ignoredRules: ['aria-allowed-role'] });

    key('ArrowDown');
    await settle(el);
    expect(active()).to.equal(options()[1]);
    expect(options()[1].getAttribute('aria-selected')).to.equal('true');
    key('ArrowUp');
    key('ArrowUp');
    await settle(el);
    expect(active(), 'up from the first goes round to the last').to.equal(options()[2]);
    expect(deepActive(), 'the focus stays in the text').to.equal(area);

    key('Escape');
    await settle(el);
    expect(q(el, '[role=listbox]'), 'Escape closes the list').to.equal(null);
    expect(area.getAttribute('aria-expanded')).to.equal('false');
    expect(active()).to.equal(null);
    expect(area.value, 'and keeps what was typed').to.equal('Ask @b');
    expect(q(el, 'parley-ticket-thread'), 'and not the ticket').to.not.equal(null);

    await type('Ask @be');
    expect(options().map((o) => o.textContent!.trim())).to.deep.equal(['@Bea']);
    key('Tab');
    await settle(el);
    expect(area.value, 'Tab picks too').to.equal('Ask @Bea ');
    expect(area.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(area);
  });

  it('should count a new mention, list it, and open its ticket from the list', async () => {
    const { el, socket } = await signedInInbox();
    withNotes([]);
    const mention = note('m1', '@Ada could you call them back?', '2026-11-25T10:05:00Z', BOB, [
      { id: ADA.id, name: ADA.name },
    ]);
    socket.receive({ type: 'mention', note: mention });
    await settle(el);

    const mentions = q<LitElement>(el, 'parley-mentions')!;
    await mentions.updateComplete;
    const toggle = mentions.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.textContent).to.contain('1 new mention');
    toggle.click();
    await mentions.updateComplete;
    const item = mentions.shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    expect(item.textContent).to.contain('Bob mentioned you').and.contain('could you call them back');

    item.click();
    await settle(el);
    await waitUntil(() => q(el, '.thread-head h2')?.textContent === 'Visitor B', 'the ticket opens');
    await waitUntil(() => !mentions.shadowRoot!.querySelector('.count'), 'seen once opened');
  });
});
