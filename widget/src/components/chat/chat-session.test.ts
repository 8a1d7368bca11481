import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  bubbles,
  chat,
  launcher,
  list,
  openAndReady,
  q,
  realFetch,
  SERVER,
  stubConfig,
  type,
  composer as composerOf,
} from '../../test/chat-harness.js';
import { fakeSockets, message } from '../../test/fake-socket.js';
import type { ParleyChat } from './chat.component.js';

const stored = () => Object.keys(localStorage).filter((k) => k.startsWith('parley.'));

describe('<parley-chat> signed-in store users', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function signedIn(hash = 'c0ffee') {
    const fake = fakeSockets();
    const el = await fixture<ParleyChat>(
      html`<parley-chat server=${SERVER} lang="en" user-id="42" user-hash=${hash} .socketFactory=${fake.factory}></parley-chat>`,
    );
    return { el, ...fake };
  }

  it('should say hello with the signed identity instead of a token, and keep a record of its own', async () => {
    localStorage.setItem(
      `parley.chat:${SERVER}`,
      JSON.stringify({ token: 'anonymous-token', conversationId: 'c-anon', messages: [], pending: [] }),
    );
    const { el, last } = await signedIn();
    const socket = await openAndReady(el, last, {
      token: undefined,
      conversation: { id: 'c-42', status: 'open', lastSeq: 0 },
    });

    expect(socket.sent[0]).to.deep.include({ type: 'hello', userId: '42', userHash: 'c0ffee', afterSeq: 0 });
    expect(socket.sent[0]).not.to.have.property('token');
    await type(el, 'Where is my order?');
    expect(socket.sentOfType('send')[0]).to.include({ text: 'Where is my order?', conversationId: 'c-42' });
    expect(JSON.parse(localStorage.getItem(`parley.chat:${SERVER}:user:42`)!).conversationId).to.equal('c-42');
    expect(
      JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).conversationId,
      'the anonymous record is untouched',
    ).to.equal('c-anon');
  });

  it('should show an alert, stop connecting and store nothing when the identity is refused', async () => {
    const { el, last, sockets } = await signedIn('forged');
    launcher(el).click();
    await el.updateComplete;
    const socket = last();
    socket.open();
    socket.receive({ type: 'error', code: 'identity_rejected', message: 'The identity could not be verified.' });
    await el.updateComplete;

    const alert = q(el, '[role="alert"].identity');
    expect(alert.textContent).to.contain('could not confirm your account');
    expect(el.shadowRoot!.querySelector('parley-visitor-composer'), 'nothing can be written').to.equal(null);
    expect(socket.readyState, 'the socket is closed').to.equal(3);
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets, 'no reconnection').to.have.length(1);
    q<HTMLButtonElement>(el, '.close').click();
    await el.updateComplete;
    expect(stored(), 'nothing in storage').to.deep.equal([]);
  });
});

describe('<parley-chat> offline', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should queue messages written offline and send them once, in order, as soon as the browser is back online', async () => {
    const { el, last, sockets } = await chat();
    const first = await openAndReady(el, last);
    await type(el, 'Before');
    first.receive({
      type: 'ack',
      clientMessageId: first.sentOfType('send')[0].clientMessageId,
      conversationId: 'c-1',
      seq: 2,
    });
    first.receive(
      message(2, 'Before', { author: 'visitor', clientMessageId: first.sentOfType('send')[0].clientMessageId }),
    );

    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(first.readyState, 'the socket is dropped').to.equal(3);
    expect(q(el, '.notice.offline').textContent).to.contain('You are offline');
    await type(el, 'One');
    await type(el, 'Two');
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets, 'no attempt while offline').to.have.length(1);
    expect(bubbles(el).slice(1)).to.deep.equal([
      { text: 'One', state: 'sending' },
      { text: 'Two', state: 'sending' },
    ]);
    expect([...list(el).shadowRoot!.querySelectorAll('.sending .meta')].map((m) => m.textContent)).to.deep.equal([
      'Waiting for connection',
      'Waiting for connection',
    ]);

    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(sockets, 'reconnects at once').to.have.length(2);
    const second = last();
    second.open();
    expect(second.sent[0]).to.deep.include({ type: 'hello', token: 'tok-1', conversationId: 'c-1', afterSeq: 2 });
    second.receive({ type: 'ready', visitorId: 'v-1', conversation: { id: 'c-1', status: 'open', lastSeq: 2 } });
    await el.updateComplete;
    expect(second.sentOfType('send').map((f) => f.text)).to.deep.equal(['One', 'Two']);
    expect(el.shadowRoot!.querySelector('.notice.offline')).to.equal(null);
  });
});

describe('<parley-chat> on a page', () => {
  beforeEach(() => localStorage.clear());

  it('should show one launcher however many elements the page holds', async () => {
    const fake = fakeSockets();
    const page = await fixture(html`<div>
      <parley-chat server=${SERVER} .socketFactory=${fake.factory}></parley-chat>
      <parley-chat server=${SERVER} .socketFactory=${fake.factory}></parley-chat>
    </div>`);
    const [first, second] = [...page.querySelectorAll<ParleyChat>('parley-chat')];
    await first.updateComplete;
    await second.updateComplete;
    expect(first.shadowRoot!.querySelectorAll('[part~="launcher"]')).to.have.length(1);
    expect(second.shadowRoot!.querySelectorAll('[part~="launcher"]')).to.have.length(0);

    first.remove();
    const third = document.createElement('parley-chat');
    third.setAttribute('server', SERVER);
    page.append(third);
    await (third as ParleyChat).updateComplete;
    expect(third.shadowRoot!.querySelectorAll('[part~="launcher"]'), 'a replacement takes over').to.have.length(1);
  });
});

describe('<parley-chat> in two tabs', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });
  const key = `parley.chat:${SERVER}`;
  const otherTabWrites = (record: object) => {
    localStorage.setItem(key, JSON.stringify({ messages: [], pending: [], seenSeq: 0, open: true, ...record }));
    window.dispatchEvent(new StorageEvent('storage', { key }));
  };

  it('should join the visitor and conversation another tab started while this one had none', async () => {
    const { el, last, sockets } = await chat();
    await openAndReady(el, last, { token: 'tok-B', conversation: null });
    otherTabWrites({ token: 'tok-A', conversationId: 'c-A' });
    await el.updateComplete;
    expect(sockets, 'reconnects').to.have.length(2);
    const socket = last();
    socket.open();
    expect(socket.sent[0]).to.deep.include({ type: 'hello', token: 'tok-A', conversationId: 'c-A', afterSeq: 0 });
  });

  it("should follow the same visitor's new conversation, and ignore another visitor's", async () => {
    const { el, last, sockets } = await chat();
    await openAndReady(el, last, { token: 'tok-1', conversation: { id: 'c-1', status: 'open', lastSeq: 0 } });
    otherTabWrites({ token: 'someone-else', conversationId: 'c-x' });
    await el.updateComplete;
    expect(sockets, 'another visitor with a conversation of its own changes nothing').to.have.length(1);

    otherTabWrites({ token: 'tok-1', conversationId: 'c-2' });
    await el.updateComplete;
    expect(sockets).to.have.length(2);
    last().open();
    expect(last().sent[0]).to.deep.include({ type: 'hello', token: 'tok-1', conversationId: 'c-2' });
  });

  it('should put the focus in the text field, not on the emoji button, when the chat opens', async () => {
    const { el, last } = await chat();
    await openAndReady(el, last);
    const composer = composerOf(el);
    await waitUntil(() => composer.shadowRoot!.activeElement?.tagName === 'TEXTAREA', 'the text field has the focus');
  });
});
