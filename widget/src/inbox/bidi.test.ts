import { expect, waitUntil } from '@open-wc/testing';
import { q, qa, settle } from '../test/deep.js';
import { message } from '../test/fake-socket.js';
import { BOB, realFetch, signedInInbox, ticket } from '../test/inbox-harness.js';

/** Whether the element is laid out as its own bidirectional run, so that what it holds cannot reorder what is around. */
const isolated = (e: Element) => getComputedStyle(e).unicodeBidi === 'isolate';

describe('<parley-inbox> text that cannot lie', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  const hostile = {
    ...ticket('a', 1, '\u202Egnp.exe'),
    visitorName: 'Eve \u202Egnp.exe',
  };

  it("should show the ticket list's names and previews isolated", async () => {
    const agentWrote = {
      ...ticket('b', 2, '\u202Etxt.exe'),
      lastMessage: { author: 'agent', authorId: BOB.id, text: '\u202Etxt.exe', sentAt: '' },
    };
    const { el } = await signedInInbox([hostile, agentWrote]);
    const who = qa(el, '.ticket .who');
    expect(who.map((w) => w.localName)).to.deep.equal(['bdi', 'bdi']);
    expect(who.every(isolated)).to.equal(true);
    const previews = qa(el, '.ticket .preview');
    expect(previews.map((p) => p.textContent)).to.deep.equal(['Bob: \u202Etxt.exe', '\u202Egnp.exe']);
    for (const preview of previews) {
      const parts = [...preview.querySelectorAll('bdi')];
      expect(parts.length).to.be.greaterThan(0);
      expect(parts.every(isolated)).to.equal(true);
      expect(parts.at(-1)!.textContent).to.match(/^\u202E/);
    }
  });

  it("should show the thread's title, names and messages isolated", async () => {
    const { el, socket } = await signedInInbox([hostile]);
    qa(el, '.ticket')[0].click();
    await settle(el);
    socket.receive(
      message(1, '\u202Egnp.exe', { conversationId: 'c-a', author: 'visitor', authorName: 'Eve \u202Egnp.exe' }),
    );
    await waitUntil(() => qa(el, '.bubble').length === 1, 'the message is shown');
    await settle(el);

    const title = q(el, '.thread-head h2')!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(isolated(title)).to.equal(true);
    const bubble = q(el, '.bubble')!;
    expect(bubble.textContent).to.equal('\u202Egnp.exe');
    expect(isolated(bubble)).to.equal(true);
    expect(qa(el, 'parley-message-list .name, parley-message-list .vh bdi').every(isolated)).to.equal(true);
  });
});
