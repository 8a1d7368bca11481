import { expect, waitUntil } from '@open-wc/testing';
import { bubbles, chat, list, openAndReady, realFetch, stubConfig, type } from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';

describe('<parley-chat> history epoch', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const texts = (el: Parameters<typeof bubbles>[0]) => bubbles(el).map((b) => b.text?.trim());

  async function holdingThree() {
    const c = await chat();
    const socket = await openAndReady(c.el, c.last, {
      conversation: { id: 'c-1', status: 'open', lastSeq: 3 },
      epoch: 'epoch-1',
    });
    for (const [seq, text] of [
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ] as const) {
      socket.receive(message(seq, text));
    }
    await c.el.updateComplete;
    return { ...c, socket };
  }

  async function reconnected(c: Awaited<ReturnType<typeof holdingThree>>) {
    c.socket.drop();
    await waitUntil(() => c.sockets.length === 2, 'reconnects', { timeout: 2000 });
    const second = c.last();
    second.open();
    return second;
  }

  it('should say the epoch and last seq it holds, and keep what it holds when the server agrees', async () => {
    const c = await holdingThree();
    const second = await reconnected(c);

    expect(second.sent[0]).to.deep.include({ type: 'hello', conversationId: 'c-1', afterSeq: 3, epoch: 'epoch-1' });
    second.receive({
      type: 'ready',
      visitorId: 'v-1',
      conversation: { id: 'c-1', status: 'open', lastSeq: 4 },
      epoch: 'epoch-1',
    });
    second.receive(message(4, 'four'));
    await c.el.updateComplete;
    await list(c.el).updateComplete;

    expect(texts(c.el)).to.deep.equal(['one', 'two', 'three', 'four']);
  });

  it('should drop what it held and take the fresh history when ready says reset, sending its unacknowledged messages again', async () => {
    const c = await holdingThree();
    await type(c.el, 'still there?');
    const [pending] = c.socket.sentOfType('send');
    const second = await reconnected(c);

    second.receive({
      type: 'ready',
      visitorId: 'v-1',
      conversation: { id: 'c-1', status: 'open', lastSeq: 1 },
      epoch: 'epoch-2',
      reset: true,
    });
    second.receive(message(1, 'the server’s one'));
    await c.el.updateComplete;
    await list(c.el).updateComplete;

    expect(texts(c.el)).to.deep.equal(['the server’s one', 'still there?']);
    expect(second.sentOfType('send')).to.deep.equal([{ ...pending }]);
    expect(c.sockets, 'no further reconnection').to.have.length(2);

    // The next connection resumes from the fresh history, in the new epoch.
    second.drop();
    await waitUntil(() => c.sockets.length === 3, 'reconnects', { timeout: 2000 });
    c.last().open();
    expect(c.last().sent[0]).to.deep.include({ type: 'hello', conversationId: 'c-1', afterSeq: 1, epoch: 'epoch-2' });
  });

  it('should keep the epoch in its record across page loads', async () => {
    await holdingThree();
    const key = localStorage.key(0)!;
    expect(JSON.parse(localStorage.getItem(key)!).epoch).to.equal('epoch-1');
  });
});
