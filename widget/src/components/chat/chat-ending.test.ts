import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import {
  bubbles,
  chat,
  composer,
  list,
  openAndReady,
  q,
  realFetch,
  SERVER,
  stubConfig,
  textarea,
  type,
  visitorComposer,
} from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';
import type { ParleyChat } from './chat.component.js';

describe('<parley-chat> closing and typing', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const OPEN = { conversation: { id: 'c-1', status: 'open', lastSeq: 1 } };
  const ended = (el: ParleyChat) => el.shadowRoot!.querySelector<HTMLElement>('.ended');
  const record = () => JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!);
  const settle = async (el: ParleyChat) => {
    await el.updateComplete;
    await list(el).updateComplete;
  };

  it('should word the closing event in its own language and show the ended state', async () => {
    for (const [lang, wording, notice] of [
      ['en', 'Our team closed this conversation.', 'This conversation has ended.'],
      ['pl', 'Nasz zespół zamknął tę rozmowę.', 'Ta rozmowa została zakończona.'],
    ]) {
      localStorage.clear();
      const { el, last } = await chat(lang);
      const socket = await openAndReady(el, last, OPEN);
      socket.receive(message(1, 'Hello!'));
      socket.receive(
        message(2, 'Ada closed the conversation.', {
          author: 'system',
          authorName: undefined,
          event: 'closed_by_agent',
        }),
      );
      await settle(el);
      expect(bubbles(el).map((b) => b.text)).to.deep.equal(['Hello!', wording]);
      expect(list(el).shadowRoot!.querySelector('li.system .vh, li.system .name'), 'a notice has no author').to.equal(
        null,
      );
      expect(composer(el), 'the composer is replaced').to.equal(null);
      expect(ended(el)!.querySelector('p')!.textContent).to.equal(notice);
      expect(q(el, '.end'), 'nothing left to end').to.equal(null);
      expect(record().closed).to.equal(true);
      el.remove();
    }
  });

  it('should end the chat after confirmation and show the ended state from the conversation frame', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    const end = q<HTMLButtonElement>(el, '.end');
    expect(end.textContent!.trim()).to.equal('End chat');
    end.click();
    await el.updateComplete;
    const confirm = q(el, '[role="alertdialog"]');
    expect(confirm.textContent).to.contain('End this chat?');
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Cancel', 'focus on Cancel');
    // Let the panel's opening animation finish before checking contrast.
    q(el, '[part~="panel"]')
      .getAnimations()
      .forEach((a) => a.finish());
    await expect(el).to.be.accessible();

    // Escape only cancels the confirmation.
    confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '[role="alertdialog"]')).to.equal(null);
    expect(q(el, '[part~="panel"]').hidden).to.equal(false);
    expect(socket.sentOfType('end')).to.have.length(0);

    q<HTMLButtonElement>(el, '.end').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[role="alertdialog"] .primary').click();
    expect(socket.sentOfType('end')).to.deep.equal([{ type: 'end', conversationId: 'c-1' }]);

    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'closed', lastSeq: 2 } });
    socket.receive(
      message(2, 'The visitor ended the chat.', {
        author: 'system',
        authorName: undefined,
        event: 'ended_by_visitor',
      }),
    );
    await settle(el);
    expect(ended(el)).to.not.equal(null);
    expect(composer(el)).to.equal(null);
    expect(bubbles(el).at(-1)!.text).to.equal('You ended the chat.');
    await expect(el).to.be.accessible();
  });

  it('should show the ended state when ready says the conversation is closed, and send nothing held', async () => {
    localStorage.setItem(
      `parley.chat:${SERVER}`,
      JSON.stringify({
        token: 'tok-1',
        conversationId: 'c-1',
        messages: [],
        pending: [{ clientMessageId: 'p-1', text: 'late' }],
        seenSeq: 0,
        open: true,
      }),
    );
    const { el, last } = await chat();
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', conversation: { id: 'c-1', status: 'closed', lastSeq: 0 } });
    await settle(el);
    expect(ended(el)).to.not.equal(null);
    expect(socket.sentOfType('send'), 'nothing is sent into a closed conversation').to.have.length(0);
    expect(bubbles(el)).to.deep.equal([{ text: 'late', state: 'failed' }]);
  });

  it('should switch to the ended state on conversation_closed, keep the message, and send it in a new conversation', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    await type(el, 'Are you there?');
    const [send] = socket.sentOfType('send');
    expect(send.conversationId).to.equal('c-1');
    socket.receive({
      type: 'error',
      code: 'conversation_closed',
      message: 'closed',
      clientMessageId: send.clientMessageId,
    });
    await settle(el);
    expect(ended(el)).to.not.equal(null);
    expect(bubbles(el)).to.deep.equal([{ text: 'Are you there?', state: 'failed' }]);
    expect(list(el).shadowRoot!.querySelector('.error')!.textContent).to.contain('new conversation');

    ended(el)!.querySelector('button')!.click();
    await settle(el);
    const [, again] = socket.sentOfType('send');
    expect(again).to.include({ type: 'send', text: 'Are you there?' });
    expect(again).to.not.have.property('conversationId');
    expect(bubbles(el)).to.deep.equal([{ text: 'Are you there?', state: 'sending' }]);

    socket.receive({ type: 'ack', clientMessageId: again.clientMessageId, conversationId: 'c-2', seq: 1 });
    socket.receive(
      message(1, 'Are you there?', {
        conversationId: 'c-2',
        clientMessageId: again.clientMessageId,
        author: 'visitor',
      }),
    );
    await settle(el);
    expect(bubbles(el)).to.deep.equal([{ text: 'Are you there?', state: 'sent' }]);
    expect(record().conversationId).to.equal('c-2');
  });

  it('should start a new conversation keeping the visitor token', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    socket.receive(message(1, 'Hello!'));
    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'closed', lastSeq: 1 } });
    await settle(el);
    ended(el)!.querySelector('button')!.click();
    await settle(el);
    expect(record()).to.include({ token: 'tok-1', closed: false });
    expect(record()).to.not.have.property('conversationId');
    expect(bubbles(el)).to.deep.equal([]);
    await waitUntil(() => el.shadowRoot!.activeElement === visitorComposer(el), 'focus moves to the composer');

    // A late frame of the old conversation does not come back.
    socket.receive(message(2, 'Bye', { author: 'system', event: 'ended_by_visitor' }));
    await type(el, 'New question');
    expect(socket.sentOfType('send').at(-1)).to.not.have.property('conversationId');
    expect(bubbles(el).map((b) => b.text)).to.deep.equal(['New question']);
    expect(ended(el)).to.equal(null);

    // A new page resumes with the same token and no conversation.
    el.remove();
    const next = await chat();
    next.last().open();
    expect(next.last().sent[0]).to.deep.include({ type: 'hello', token: 'tok-1' });
    expect(next.last().sent[0]).to.not.have.property('conversationId');
  });

  it('should speak under the store’s name: the title, the greeting and its messages, with its initials', async () => {
    stubConfig({ faqs: [{ id: 'f-1', question: 'Do you ship abroad?', answer: 'Yes.' }], storeName: 'Acme Shoes' });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await waitUntil(() => el.shadowRoot!.querySelector('.faqs .help'), 'the FAQs come first');
    expect(q(el, 'header h2')!.textContent).to.equal('Acme Shoes');
    expect(q(el, 'header .avatar')!.textContent).to.equal('AS');
    expect(q(el, 'header .avatar')!.getAttribute('aria-hidden')).to.equal('true');
    const greeting = q(el, '.faqs .greeting');
    await (greeting as LitElement).updateComplete;
    expect(greeting.shadowRoot!.querySelector('.from')!.textContent).to.equal('Acme Shoes');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.faqs .help')!.click();
    await waitUntil(() => composer(el), 'live');
    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'open', lastSeq: 1 } });
    socket.receive(message(1, 'Hi! How can we help?', { author: 'system' }));
    socket.receive(message(2, 'Ola here.', { author: 'agent', authorName: 'Ola' }));
    await settle(el);
    const [welcome, reply] = list(el).shadowRoot!.querySelectorAll('li');
    expect(welcome!.querySelector('.name')!.textContent).to.equal('Acme Shoes');
    expect(welcome!.querySelector('.from .avatar')!.textContent).to.equal('AS');
    expect(reply!.querySelector('.name')!.textContent, 'an agent writes under their own name').to.equal('Ola');
    expect(reply!.querySelector('.avatar')).to.equal(null);
  });

  it('should start every new conversation the same way: the FAQs first, then live', async () => {
    stubConfig({ faqs: [{ id: 'f-1', question: 'Do you ship abroad?', answer: 'Yes.' }] });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    const help = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.faqs .help');
    await waitUntil(help, 'the FAQs come first');
    help()!.click();
    await waitUntil(() => composer(el), 'live after "I still need help"');
    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'open', lastSeq: 1 } });
    socket.receive(message(1, 'Hi! How can we help?', { author: 'system' }));
    await settle(el);
    const welcome = list(el).shadowRoot!.querySelector('li')!;
    expect(welcome.classList.contains('store'), 'the welcome reads as the store speaking').to.equal(true);
    expect(welcome.classList.contains('system')).to.equal(false);
    expect(welcome.querySelector('.name')!.textContent).to.equal('Support');
    socket.receive(message(2, 'We are away until Monday.', { author: 'system', event: 'away_reply' }));
    await settle(el);
    const away = list(el).shadowRoot!.querySelectorAll('li')[1];
    expect(away.classList.contains('store'), 'the away reply too').to.equal(true);
    socket.receive(message(3, 'Bye', { author: 'system', event: 'closed_by_agent' }));
    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'closed', lastSeq: 3 } });
    await settle(el);
    expect(list(el).shadowRoot!.querySelectorAll('li')[2].classList.contains('system'), 'a notice stays one').to.equal(
      true,
    );

    ended(el)!.querySelector('button')!.click();
    await waitUntil(help, 'a new conversation starts with the FAQs again');
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('.faqs button'), 'focused');
  });

  it('should show who is typing until their message arrives, and send typing at most every 3 s', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    const typing = () => q(el, '.typing');
    expect(typing().getAttribute('aria-live')).to.equal('polite');
    expect(typing().textContent).to.equal('');

    socket.receive({ type: 'typing', conversationId: 'c-1', author: 'agent', authorName: 'Ada' });
    await el.updateComplete;
    expect(typing().textContent).to.equal('Ada is typing…');
    socket.receive({ type: 'typing', conversationId: 'c-other', author: 'agent', authorName: 'Bob' });
    await el.updateComplete;
    expect(typing().textContent, 'another conversation is ignored').to.equal('Ada is typing…');

    socket.receive(message(2, 'Here you go'));
    await el.updateComplete;
    expect(typing().textContent).to.equal('');

    for (const text of ['H', 'He', 'Hel']) {
      textarea(el).value = text;
      textarea(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    expect(socket.sentOfType('typing')).to.deep.equal([{ type: 'typing', conversationId: 'c-1' }]);
    // Sending a message lets the next keystroke say so again at once.
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    textarea(el).value = 'And';
    textarea(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(socket.sentOfType('typing')).to.have.length(2);
  });

  it('should hide the typing indicator a few seconds after the last typing frame', async function () {
    this.timeout(8000);
    const { el, last } = await chat('pl');
    const socket = await openAndReady(el, last, OPEN);
    socket.receive({ type: 'typing', conversationId: 'c-1', author: 'agent', authorName: 'Ada' });
    await el.updateComplete;
    expect(q(el, '.typing').textContent).to.equal('Ada pisze…');
    await waitUntil(() => q(el, '.typing').textContent === '', 'hidden after ~5 s', { timeout: 6500 });
  });

  it('should ask for a rating once the visitor wrote and the chat ended, send it, and thank the visitor', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    socket.receive(message(1, 'Hello!'));
    socket.receive(message(2, 'Late parcel', { author: 'visitor', authorName: undefined }));
    socket.receive(message(3, '', { author: 'system', authorName: undefined, event: 'ended_by_visitor' }));
    await settle(el);
    const rating = ended(el)!.querySelector('parley-rating')!;
    await rating.updateComplete;
    rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('.thumbs button')[1].click();
    await rating.updateComplete;
    rating.shadowRoot!.querySelector('textarea')!.value = 'Too slow';
    rating.shadowRoot!.querySelector('textarea')!.dispatchEvent(new Event('input'));
    await rating.updateComplete;
    rating.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.click();

    expect(socket.sentOfType('rate')).to.deep.equal([
      { type: 'rate', conversationId: 'c-1', score: 'bad', comment: 'Too slow' },
    ]);
    socket.receive({ type: 'error', code: 'rate_limited', message: 'Too many' });
    await settle(el);
    await rating.updateComplete;
    expect(rating.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Too many ratings');

    socket.receive({
      type: 'rated',
      conversationId: 'c-1',
      score: 'bad',
      comment: 'Too slow',
      ratedAt: '2026-11-25T10:00:00Z',
    });
    await settle(el);
    await rating.updateComplete;
    expect(rating.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Thank you for your feedback!');
    expect(record().rating).to.deep.equal({ score: 'bad', comment: 'Too slow' });
  });
});
