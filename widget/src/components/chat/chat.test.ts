import { expect, waitUntil } from '@open-wc/testing';
import {
  bubbles,
  chat,
  launcher,
  list,
  opened,
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

describe('<parley-chat>', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should open nothing on the network until the launcher is used', async () => {
    const { el, sockets } = await chat();
    expect(sockets).to.have.length(0);
    expect(launcher(el).getAttribute('aria-label')).to.equal('Open chat');
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '[part~="panel"]').hidden).to.equal(true);

    launcher(el).click();
    await el.updateComplete;

    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '[part~="panel"]').hidden).to.equal(false);
    expect(q(el, '[part~="panel"]').getAttribute('role')).to.equal('dialog');
    expect(sockets.map((s) => s.url)).to.deep.equal(['ws://parley.test/ws/visitor']);
    await waitUntil(() => el.shadowRoot!.activeElement === visitorComposer(el), 'focus moves into the composer');
  });

  it('should close on Escape and give focus back to the launcher', async () => {
    const { el } = await chat();
    launcher(el).click();
    await opened(el);
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '[part~="panel"]').hidden).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === launcher(el), 'focus returns to the launcher');
  });

  it('should say hello, then send a message on Enter and show it as sending until acknowledged', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    expect(socket.sent[0]).to.deep.equal({
      type: 'hello',
      afterSeq: 0,
      page: location.origin + location.pathname,
      locale: navigator.language,
      language: 'en', // the language the widget reads in: its `lang`
    });
    expect(
      location.search.length + location.hash.length === 0 ||
        !JSON.stringify(socket.sent[0]).includes(location.search || '#'),
      'no query or fragment',
    ).to.equal(true);

    await type(el, '  Do you ship to Kraków?  ');
    const [send] = socket.sentOfType('send');
    expect(send.text).to.equal('Do you ship to Kraków?');
    expect(send.clientMessageId).to.match(/^[A-Za-z0-9_-]{1,64}$/);
    expect(bubbles(el)).to.deep.equal([{ text: 'Do you ship to Kraków?', state: 'sending' }]);
    expect(textarea(el).value).to.equal('');

    socket.receive({ type: 'ack', clientMessageId: send.clientMessageId, conversationId: 'c-1', seq: 1 });
    await el.updateComplete;
    await list(el).updateComplete;
    expect(bubbles(el)).to.deep.equal([{ text: 'Do you ship to Kraków?', state: 'sent' }]);
    const stored = JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!);
    expect(stored).to.include({ token: 'tok-1', conversationId: 'c-1' });
  });

  it('should keep Shift+Enter as a new line and never send empty text', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await type(el, 'line one', { shiftKey: true });
    await type(el, '   ');
    expect(socket.sentOfType('send')).to.have.length(0);
  });

  it('should render messages in seq order and drop duplicates', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 3 } });
    socket.receive(message(2, 'second'));
    socket.receive(message(1, 'first', { author: 'visitor', authorName: undefined }));
    socket.receive(message(3, 'third'));
    socket.receive(message(2, 'second'));
    await el.updateComplete;
    await list(el).updateComplete;
    expect(bubbles(el).map((b) => b.text)).to.deep.equal(['first', 'second', 'third']);
    expect(list(el).shadowRoot!.querySelector('[role="log"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('should resend unacknowledged messages with the same id after reconnecting, resuming after the last seq', async () => {
    const { el, last, sockets } = await chat();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 1 } });
    socket.receive(message(1, 'Hello from Ada'));
    await type(el, 'are you there?');
    const [send] = socket.sentOfType('send');

    socket.drop();
    await waitUntil(() => sockets.length === 2, 'reconnects', { timeout: 3000 });
    const again = last();
    again.open();
    expect(again.sent[0]).to.deep.include({ type: 'hello', token: 'tok-1', conversationId: 'c-1', afterSeq: 1 });
    expect(again.sentOfType('send'), 'nothing is sent before ready').to.have.length(0);
    again.receive({ type: 'ready', visitorId: 'v-1', conversation: { id: 'c-1', status: 'open', lastSeq: 1 } });
    expect(again.sentOfType('send')).to.deep.equal([
      { type: 'send', clientMessageId: send.clientMessageId, text: 'are you there?', conversationId: 'c-1' },
    ]);
    again.receive(message(2, 'are you there?', { author: 'visitor', clientMessageId: send.clientMessageId }));
    await el.updateComplete;
    await list(el).updateComplete;
    expect(bubbles(el)).to.deep.equal([
      { text: 'Hello from Ada', state: 'sent' },
      { text: 'are you there?', state: 'sent' },
    ]);
  });

  it('should resume from localStorage on a new page', async () => {
    const first = await chat();
    const socket = await openAndReady(first.el, first.last, {
      conversation: { id: 'c-1', status: 'open', lastSeq: 2 },
    });
    socket.receive(message(1, 'one'));
    socket.receive(message(2, 'two'));
    await first.el.updateComplete;
    first.el.remove();

    const second = await chat();
    // The panel was left open, so the chat reconnects by itself and shows what it held at once.
    expect(second.sockets).to.have.length(1);
    expect(bubbles(second.el).map((b) => b.text)).to.deep.equal(['one', 'two']);
    second.last().open();
    expect(second.last().sent[0]).to.deep.include({
      type: 'hello',
      token: 'tok-1',
      conversationId: 'c-1',
      afterSeq: 2,
    });
  });

  it('should show a localized inline error for a refused message', async () => {
    const { el, last } = await chat('pl');
    const socket = await openAndReady(el, last);
    await type(el, 'x'.repeat(20));
    const [send] = socket.sentOfType('send');
    socket.receive({
      type: 'error',
      code: 'message_too_long',
      message: 'too long',
      clientMessageId: send.clientMessageId,
    });
    await el.updateComplete;
    await list(el).updateComplete;
    const error = list(el).shadowRoot!.querySelector('.error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Wiadomość jest za długa');
    expect(bubbles(el)[0].state).to.equal('failed');
  });

  it('should speak Polish when the page is Polish', async () => {
    const { el } = await chat('pl');
    expect(launcher(el).getAttribute('aria-label')).to.equal('Otwórz czat');
    expect(q(el, '#title').textContent).to.equal('Napisz do nas');
    expect(el.shadowRoot!.querySelector('parley-message-list'), 'the body waits for the first opening').to.equal(null);
    launcher(el).click();
    await opened(el);
    expect(textarea(el).getAttribute('placeholder')).to.equal('Napisz wiadomość…');
  });

  it('should badge the launcher when an agent writes while the panel is closed', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 0 } });
    launcher(el).click();
    await el.updateComplete;
    socket.receive(message(1, 'We are here!'));
    await el.updateComplete;
    expect(q(el, '[part~="badge"]').textContent).to.equal('1');
    expect(q(el, '#unread').textContent).to.equal('1 unread message');
    launcher(el).click();
    await el.updateComplete;
    expect(q(el, '[part~="badge"]')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el, last } = await chat();
    await expect(el).to.be.accessible();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 1 } });
    socket.receive(message(1, 'Hello!'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
