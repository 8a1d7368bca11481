import { expect } from '@open-wc/testing';
import { chat, list, openAndReady, realFetch, stubConfig } from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';

/** Whether the element is laid out as its own bidirectional run, so that what it holds cannot reorder what is around. */
const isolated = (e: Element) => getComputedStyle(e).unicodeBidi === 'isolate';

describe('<parley-chat> text that cannot lie', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should show names and messages isolated, keeping the text of messages as written', async () => {
    stubConfig({});
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    socket.receive(message(1, '\u202Egnp.exe', { authorName: 'Ada \u202E' }));
    socket.receive(message(2, 'and this', { authorName: 'Ada \u202E' }));
    await el.updateComplete;
    const messages = list(el);
    await messages.updateComplete;
    const root = messages.shadowRoot!;

    const name = root.querySelector('.name')!;
    expect(name.localName).to.equal('bdi');
    expect(isolated(name)).to.equal(true);
    const hiddenName = root.querySelector('.vh bdi')!;
    expect(hiddenName.textContent).to.equal('Ada \u202E');
    expect(isolated(hiddenName)).to.equal(true);
    const bubbles = [...root.querySelectorAll('.bubble')];
    expect(bubbles.map((b) => b.textContent)).to.deep.equal(['\u202Egnp.exe', 'and this']);
    for (const bubble of bubbles) {
      expect(bubble.getAttribute('dir')).to.equal('auto');
      expect(isolated(bubble)).to.equal(true);
    }
  });
});
