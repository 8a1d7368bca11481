import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fakeSockets, message, type FakeSocket } from '../../test/fake-socket.js';
import '../../parley-chat.js';
import type { ParleyChat } from './chat.component.js';

const SERVER = 'http://parley.test';

async function chat(lang?: string) {
  const fake = fakeSockets();
  const el = await fixture<ParleyChat>(
    html`<parley-chat server=${SERVER} lang=${lang ?? 'en'} .socketFactory=${fake.factory}></parley-chat>`,
  );
  return { el, ...fake };
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const launcher = (el: ParleyChat) => q<HTMLButtonElement>(el, '[part~="launcher"]');
const list = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-message-list')!;
const composer = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-composer')!;
const textarea = (el: ParleyChat) => composer(el).shadowRoot!.querySelector('textarea')!;
const bubbles = (el: ParleyChat) =>
  [...list(el).shadowRoot!.querySelectorAll('li')].map((li) => ({
    text: li.querySelector('[part~="bubble"]')!.textContent,
    state: ['sent', 'sending', 'failed'].find((c) => li.classList.contains(c)),
  }));

async function type(el: ParleyChat, text: string, key: Partial<KeyboardEventInit> = {}) {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new Event('input'));
  area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...key }));
  await el.updateComplete;
  await list(el).updateComplete;
}

async function openAndReady(el: ParleyChat, last: () => FakeSocket, ready: object = { conversation: null }) {
  launcher(el).click();
  await el.updateComplete;
  const socket = last();
  socket.open();
  socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', ...ready });
  await el.updateComplete;
  return socket;
}

describe('<parley-chat>', () => {
  beforeEach(() => localStorage.clear());

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
    await waitUntil(() => el.shadowRoot!.activeElement === composer(el), 'focus moves into the composer');
  });

  it('should close on Escape and give focus back to the launcher', async () => {
    const { el } = await chat();
    launcher(el).click();
    await el.updateComplete;
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '[part~="panel"]').hidden).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === launcher(el), 'focus returns to the launcher');
  });

  it('should say hello, then send a message on Enter and show it as sending until acknowledged', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    expect(socket.sent[0]).to.deep.equal({ type: 'hello', afterSeq: 0 });

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
    expect(again.sent[0]).to.deep.equal({ type: 'hello', token: 'tok-1', conversationId: 'c-1', afterSeq: 1 });
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
    const socket = await openAndReady(first.el, first.last, { conversation: { id: 'c-1', status: 'open', lastSeq: 2 } });
    socket.receive(message(1, 'one'));
    socket.receive(message(2, 'two'));
    await first.el.updateComplete;
    first.el.remove();

    const second = await chat();
    // The panel was left open, so the chat reconnects by itself and shows what it held at once.
    expect(second.sockets).to.have.length(1);
    expect(bubbles(second.el).map((b) => b.text)).to.deep.equal(['one', 'two']);
    second.last().open();
    expect(second.last().sent[0]).to.deep.equal({ type: 'hello', token: 'tok-1', conversationId: 'c-1', afterSeq: 2 });
  });

  it('should show a localized inline error for a refused message', async () => {
    const { el, last } = await chat('pl');
    const socket = await openAndReady(el, last);
    await type(el, 'x'.repeat(20));
    const [send] = socket.sentOfType('send');
    socket.receive({ type: 'error', code: 'message_too_long', message: 'too long', clientMessageId: send.clientMessageId });
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
    expect(textarea(el).getAttribute('placeholder')).to.equal('Napisz wiadomość…');
  });

  it('should show a counter near the 4,000 character limit and refuse to send over it', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await type(el, 'a'.repeat(4001));
    const counter = composer(el).shadowRoot!.querySelector('.counter')!;
    expect(counter.textContent!.trim()).to.equal('1 character too many');
    expect(composer(el).shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    expect(socket.sentOfType('send')).to.have.length(0);
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
