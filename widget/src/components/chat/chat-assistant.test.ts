import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ParleyChat } from './chat.component.js';
import { chat, composer, list, openAndReady, q, realFetch, SERVER, stubConfig, type } from '../../test/chat-harness.js';
import { deepActive, qa, settle } from '../../test/deep.js';
import { message } from '../../test/fake-socket.js';

/** What the store's AI agent says, as its `message` frame carries it. */
const bot = (seq: number, text: string, citations?: object[]) =>
  message(seq, text, { author: 'bot', authorName: undefined, ...(citations && { citations }) });

const ASSISTED = { conversation: { id: 'c-1', status: 'open', stage: 'assisted', lastSeq: 0 } };
const LIVE = { conversation: { id: 'c-1', status: 'open', stage: 'live', lastSeq: 0 } };

/**
 * A visitor new to the store (the chat of an earlier one gone from the page) with the AI agent on (or as `config`
 * says), the chat open and ready in `ready`'s conversation.
 */
async function opened(ready: object = ASSISTED, lang = 'en', config: object = { assistant: { enabled: true } }) {
  for (const earlier of document.querySelectorAll('parley-chat')) earlier.remove();
  localStorage.clear();
  stubConfig({ storeName: 'Acme Shoes', ...config });
  const c = await chat(lang);
  const socket = await openAndReady(c.el, c.last, ready);
  await settle(c.el);
  return { ...c, socket };
}

const handoff = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-handoff');
const handoffButton = (el: ParleyChat) => handoff(el)?.shadowRoot!.querySelector('button') ?? null;
const items = (el: ParleyChat) => [...list(el).shadowRoot!.querySelectorAll('li')];

describe('<parley-chat> with the store’s AI agent', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should show the AI agent’s answer with its label and its sources as links opening in a new tab', async () => {
    for (const [lang, agent, source, newTab] of [
      ['en', 'AI agent', 'Source', 'opens in a new tab'],
      ['pl', 'Asystent AI', 'Źródło', 'otwiera się w nowej karcie'],
    ]) {
      const { el, socket } = await opened(ASSISTED, lang);
      socket.receive(
        bot(1, 'Returns are free within 30 days.', [
          { kind: 'source', title: 'Returns <b>policy</b>', link: 'https://shop.test/returns' },
          { kind: 'source', title: 'Old terms', link: 'javascript:alert(1)' },
          { kind: 'source', title: 'Shipping', link: '//elsewhere.test/shipping' },
        ]),
      );
      await settle(el);
      const [answer] = items(el);
      expect(answer.classList.contains('bot')).to.equal(true);
      expect(answer.querySelector('.name')!.textContent, 'the AI agent speaks as the store').to.equal('Acme Shoes');
      const label = answer.querySelector('.ai')!;
      expect(label.textContent).to.equal('AI');
      expect(label.getAttribute('role')).to.equal('img');
      expect(label.getAttribute('aria-label')).to.equal(agent);
      expect(label.getAttribute('title')).to.equal(agent);
      expect(answer.querySelector('[part~="bubble"]')!.textContent).to.equal('Returns are free within 30 days.');

      const lines = [...answer.querySelectorAll('.source')];
      expect(lines.map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `${source}: Returns <b>policy</b> ↗ (${newTab})`,
        `${source}: Old terms`,
        `${source}: Shipping`,
      ]);
      const links = answer.querySelectorAll('.source a');
      expect(links, 'only absolute http(s) links are links').to.have.length(1);
      const link = links[0] as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://shop.test/returns');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(answer.querySelector('b'), 'a title is text, never markup').to.equal(null);
      expect(answer.querySelector('.choices'), 'no choices offered').to.equal(null);
      await expect(list(el)).to.be.accessible();
    }
  });

  it('should send a choice’s title as the visitor’s next message, with a new client id, and keep it as text after', async () => {
    const { el, socket } = await opened();
    await type(el, 'shiping?');
    const [asked] = socket.sentOfType('send');
    socket.receive(message(1, 'shiping?', { author: 'visitor', clientMessageId: asked.clientMessageId }));
    socket.receive(
      bot(2, 'Did you mean one of these?', [
        { kind: 'choice', title: 'How long does shipping take?' },
        { kind: 'choice', title: 'Do you ship abroad?' },
      ]),
    );
    await settle(el);
    const group = list(el).shadowRoot!.querySelector('.choices')!;
    expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'Did you mean']);
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['How long does shipping take?', 'Do you ship abroad?']);

    buttons[1].click();
    await settle(el);
    const sent = socket.sentOfType('send');
    expect(sent).to.have.length(2);
    expect(sent[1]).to.include({ type: 'send', text: 'Do you ship abroad?', conversationId: 'c-1' });
    expect(sent[1].clientMessageId).to.be.a('string').and.not.equal(asked.clientMessageId);
    expect(items(el).at(-1)!.classList.contains('sending'), 'it shows as the visitor’s, sending').to.equal(true);
    expect(items(el).at(-1)!.querySelector('[part~="bubble"]')!.textContent).to.equal('Do you ship abroad?');
    expect(list(el).shadowRoot!.querySelectorAll('.choices button'), 'what was offered stays, as text').to.have.length(
      0,
    );
    expect([...list(el).shadowRoot!.querySelectorAll('.choices span')].map((l) => l.textContent)).to.deep.equal([
      'How long does shipping take?',
      'Do you ship abroad?',
    ]);
    expect(deepActive()?.tagName, 'the visitor writes on').to.equal('TEXTAREA');
  });

  it('should offer "Talk to a person" only while the AI agent answers, and send live for it', async () => {
    const { el, socket } = await opened();
    const button = handoffButton(el)!;
    expect(button.textContent!.trim()).to.equal('Talk to a person');
    expect(button.type).to.equal('button');
    expect(
      handoff(el)!.compareDocumentPosition(composer(el)) & Node.DOCUMENT_POSITION_FOLLOWING,
      'above the composer',
    ).to.not.equal(0);
    socket.receive(bot(1, 'Hi there.'));
    await settle(el);
    expect(handoffButton(el), 'still there after an answer').to.not.equal(null);

    button.click();
    await settle(el);
    expect(socket.sentOfType('live')).to.deep.equal([{ type: 'live', conversationId: 'c-1' }]);
    expect(handoff(el), 'asked once').to.equal(null);
    socket.receive(
      message(2, 'We’re passing your question to our team.', {
        author: 'system',
        authorName: undefined,
        event: 'handoff_visitor_asked',
      }),
    );
    socket.receive(message(3, 'Hi! How can we help?', { author: 'system', authorName: undefined }));
    await settle(el);
    expect(handoff(el), 'live: a person answers').to.equal(null);
    expect(socket.sentOfType('live'), 'nothing asked again').to.have.length(1);
    expect(JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).stage).to.equal('live');
    expect(composer(el), 'the visitor writes on').to.not.equal(null);
  });

  it('should hide "Talk to a person" in a live or closed conversation, and without the AI agent', async () => {
    let { el, socket } = await opened(LIVE);
    expect(handoff(el), 'live').to.equal(null);
    socket.receive(bot(1, 'An answer from before.'));
    await settle(el);
    expect(handoff(el), 'the AI agent answers again').to.not.equal(null);
    socket.receive(
      message(2, 'This chat has ended.', { author: 'system', authorName: undefined, event: 'ended_after_handoff' }),
    );
    await settle(el);
    expect(handoff(el), 'closed').to.equal(null);
    expect(el.shadowRoot!.querySelector('.ended'), 'the chat ended after the handoff').to.not.equal(null);

    ({ el, socket } = await opened({ conversation: null }, 'en', {}));
    expect(handoff(el), 'no AI agent').to.equal(null);

    ({ el, socket } = await opened(ASSISTED, 'pl', {}));
    expect(handoffButton(el)!.textContent!.trim(), 'the AI agent still answers this one').to.equal(
      'Porozmawiaj z człowiekiem',
    );
  });

  it('should take a conversation not started yet to a person with "Talk to a person"', async () => {
    const { el, socket } = await opened({ conversation: null });
    handoffButton(el)!.click();
    await settle(el);
    expect(socket.sentOfType('browse')).to.have.length(1);
    socket.receive({
      type: 'conversation',
      conversation: { id: 'c-1', status: 'open', stage: 'browsing', lastSeq: 0 },
    });
    expect(socket.sentOfType('live')).to.deep.equal([{ type: 'live', conversationId: 'c-1' }]);
    await settle(el);
    expect(handoff(el)).to.equal(null);
  });

  it('should show the AI agent typing', async () => {
    for (const [lang, typing] of [
      ['en', 'AI agent is typing…'],
      ['pl', 'Asystent AI pisze…'],
    ]) {
      const { el, socket } = await opened(ASSISTED, lang);
      socket.receive({ type: 'typing', conversationId: 'c-1', author: 'bot' });
      await el.updateComplete;
      expect(q(el, '.typing').textContent).to.equal(typing);
      socket.receive(bot(1, 'Here you are.'));
      await el.updateComplete;
      expect(q(el, '.typing').textContent, 'its answer is in').to.equal('');
    }
  });

  it('should greet as the AI agent while it is on: the store’s greeting, or the built-in one, in both languages', async () => {
    const greeting = async (el: ParleyChat) => {
      const g = el.shadowRoot!.querySelector('parley-greeting')!;
      await g.updateComplete;
      return {
        from: g.shadowRoot!.querySelector('.from')!.textContent,
        label: g.shadowRoot!.querySelector('.ai')?.getAttribute('aria-label'),
        text: g.shadowRoot!.querySelector('p')!.textContent,
      };
    };
    let { el } = await opened({ conversation: null });
    expect(await greeting(el)).to.deep.equal({
      from: 'Acme Shoes',
      label: 'AI agent',
      text: 'Hi! I’m the store’s AI agent. Ask me anything — I answer from the store’s own information, and a person can take over at any time.',
    });
    ({ el } = await opened({ conversation: null }, 'pl'));
    expect(await greeting(el)).to.deep.equal({
      from: 'Acme Shoes',
      label: 'Asystent AI',
      text: 'Dzień dobry! Jestem asystentem AI sklepu. Zapytaj, o co chcesz — odpowiadam na podstawie informacji sklepu, a w każdej chwili rozmowę może przejąć człowiek.',
    });
    ({ el } = await opened({ conversation: null }, 'en', {
      assistant: { enabled: true, greeting: 'Ask me about sizes!' },
      welcomeMessage: 'The team’s welcome',
    }));
    expect((await greeting(el)).text).to.equal('Ask me about sizes!');
    ({ el } = await opened({ conversation: null }, 'en', {
      assistant: { enabled: false, greeting: 'Ask me about sizes!' },
      welcomeMessage: 'The team’s welcome',
    }));
    expect(await greeting(el), 'the AI agent is off').to.deep.equal({
      from: 'Acme Shoes',
      label: undefined,
      text: 'The team’s welcome',
    });
  });

  it('should let the visitor ask the AI agent after the FAQs, without asking for a person', async () => {
    const { el, socket } = await opened({ conversation: null }, 'en', {
      assistant: { enabled: true },
      faqs: [{ id: 'f-1', question: 'Do you ship abroad?', answer: 'Yes.' }],
    });
    await waitUntil(() => el.shadowRoot!.querySelector('.faqs .help'), 'the FAQs come first');
    await settle(el);
    const greeting = el.shadowRoot!.querySelector('.faqs parley-greeting')!;
    expect(greeting.shadowRoot!.querySelector('.ai')!.getAttribute('aria-label')).to.equal('AI agent');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.faqs .help')!.click();
    await waitUntil(() => composer(el), 'the conversation shows');
    await settle(el);
    expect(socket.sentOfType('browse'), 'no person asked for').to.have.length(0);
    expect(socket.sentOfType('live')).to.have.length(0);
    expect(handoffButton(el), 'a person is a button away').to.not.equal(null);
    await type(el, 'How long is delivery?');
    expect(socket.sentOfType('send')[0]).to.include({ text: 'How long is delivery?' });
    expect(socket.sentOfType('live')).to.have.length(0);
    expect(qa(el, 'parley-handoff'), 'one button').to.have.length(1);
  });

  it('should fit a phone: "Talk to a person", the sources and the choices within the screen, large enough to touch', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { el, socket } = await opened();
      socket.receive(
        bot(1, 'Did you mean one of these?', [
          { kind: 'choice', title: 'How long does shipping to the Canary Islands take?' },
          { kind: 'choice', title: 'Returns' },
        ]),
      );
      socket.receive(
        bot(2, 'Here.', [{ kind: 'source', title: 'A very long article title about returning shoes bought on sale' }]),
      );
      await settle(el);
      const inside = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.left >= 0 && r.right <= 360;
      };
      const choices = [...list(el).shadowRoot!.querySelectorAll<HTMLElement>('.choices > *')];
      expect(choices.every(inside), 'the choices wrap within the screen').to.equal(true);
      expect(inside(list(el).shadowRoot!.querySelector('.source')!)).to.equal(true);
      const button = handoffButton(el)!;
      expect(inside(button)).to.equal(true);
      expect(button.getBoundingClientRect().height, 'a finger finds it').to.be.at.least(40);
      socket.receive(bot(3, 'Did you mean?', [{ kind: 'choice', title: 'Returns' }]));
      await settle(el);
      const choice = list(el).shadowRoot!.querySelector<HTMLElement>('.choices button')!;
      expect(choice.getBoundingClientRect().height).to.be.at.least(36);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
