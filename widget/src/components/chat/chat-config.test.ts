import { expect, waitUntil } from '@open-wc/testing';
import {
  bubbles,
  chat,
  composer,
  fetched,
  launcher,
  list,
  openAndReady,
  q,
  realFetch,
  SERVER,
  stubConfig,
} from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';
import type { ParleyChat } from './chat.component.js';

describe('<parley-chat> configuration', () => {
  const FAQS = [
    { id: 'f-1', question: 'Do you ship abroad?', answer: 'Yes, to all of the EU.' },
    { id: 'f-2', question: 'How do I return an item?', answer: 'Within 30 days.' },
  ];
  const faqButtons = (el: ParleyChat) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.faqs .faq')];

  async function opened(config: object, lang = 'en') {
    stubConfig(config);
    const c = await chat(lang);
    launcher(c.el).click();
    await waitUntil(() => fetched.length === 1 && c.el.configuration !== undefined, 'config fetched');
    await c.el.updateComplete;
    return c;
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should fetch the config only on the first opening, without credentials', async () => {
    stubConfig();
    const { el } = await chat();
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched, 'nothing before the chat is opened').to.have.length(0);
    launcher(el).click();
    await waitUntil(() => fetched.length === 1);
    expect(fetched[0].url, 'the store’s texts asked for in the widget’s language').to.equal(
      `${SERVER}/api/v1/widget/config?lang=en`,
    );
    expect(fetched[0].init?.credentials).to.equal('omit');
    q<HTMLButtonElement>(el, '.close').click();
    await el.updateComplete;
    launcher(el).click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched).to.have.length(1);
  });

  it('should show the panel at once, as a skeleton, until the store’s answers are here', async () => {
    let answer!: (r: Response) => void;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    const { el } = await chat();
    launcher(el).click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.skeleton'), 'the skeleton shows while the config loads');
    const skeleton = q(el, '.skeleton');
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.textContent).to.equal('Loading…');
    expect(el.shadowRoot!.querySelector('.greeting'), 'no greeting that the FAQs would replace').to.equal(null);
    answer(
      new Response(JSON.stringify({ enabled: true, faqs: FAQS, openNow: true }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    await waitUntil(() => faqButtons(el).length === 2, 'the FAQs replace the skeleton');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });

  it('should ask for the store’s texts in the visitor’s language and say it in its hello', async () => {
    const { el, last } = await opened({ language: 'pl', welcomeMessage: 'Witamy!', faqs: FAQS }, 'pl-PL');
    expect(fetched[0].url).to.equal(`${SERVER}/api/v1/widget/config?lang=pl-PL`);
    const socket = last();
    socket.open();
    expect(socket.sent[0]).to.include({ type: 'hello', language: 'pl-PL' });
    expect(q(el, '.close').getAttribute('aria-label')).to.equal('Zamknij czat');
  });

  it('should speak the store’s language to a visitor reading neither English nor Polish', async () => {
    const { el } = await opened({ language: 'pl', faqs: FAQS }, 'de-DE');
    expect(fetched[0].url).to.equal(`${SERVER}/api/v1/widget/config?lang=de-DE`);
    expect(q(el, '.close').getAttribute('aria-label')).to.equal('Zamknij czat');
  });

  it('should speak English to a visitor reading neither language when the store’s is English', async () => {
    const { el } = await opened({ language: 'en', faqs: FAQS }, 'de-DE');
    expect(q(el, '.close').getAttribute('aria-label')).to.equal('Close chat');
  });

  it('should show the FAQs first and answer one locally', async () => {
    const { el, last } = await opened({ faqs: FAQS });
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: null });
    await el.updateComplete;
    expect(composer(el), 'no composer while browsing').to.equal(null);
    expect(faqButtons(el).map((b) => b.textContent)).to.deep.equal(['Do you ship abroad?', 'How do I return an item?']);
    faqButtons(el)[0].click();
    await el.updateComplete;
    expect(q(el, '.faqs .answer').textContent).to.equal('Do you ship abroad?');
    expect(q(el, '.faqs p').textContent).to.equal('Yes, to all of the EU.');
    expect(socket.sent.map((f) => f.type)).to.deep.equal(['hello']);
    q<HTMLButtonElement>(el, '.faqs .back').click();
    await el.updateComplete;
    expect(faqButtons(el)).to.have.length(2);
  });

  it('should send browse then live on "I still need help" and show the welcome message', async () => {
    const { el, last } = await opened({ faqs: FAQS });
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: null });
    await el.updateComplete;
    const help = q<HTMLButtonElement>(el, '.faqs .help');
    expect(help.textContent).to.equal('I still need help');
    help.click();
    await el.updateComplete;
    expect(socket.sent.slice(1)).to.deep.equal([{ type: 'browse' }]);
    socket.receive({
      type: 'conversation',
      conversation: { id: 'c-1', status: 'open', stage: 'browsing', lastSeq: 0 },
    });
    expect(socket.sent.slice(1)).to.deep.equal([{ type: 'browse' }, { type: 'live', conversationId: 'c-1' }]);
    socket.receive({ type: 'conversation', conversation: { id: 'c-1', status: 'open', stage: 'live', lastSeq: 1 } });
    socket.receive(message(1, 'Hi! How can we help you today?', { author: 'system', authorName: undefined }));
    await el.updateComplete;
    await list(el).updateComplete;
    expect(q(el, '.faqs')).to.equal(null);
    expect(bubbles(el).map((b) => b.text)).to.deep.equal(['Hi! How can we help you today?']);
    expect(composer(el)).to.not.equal(null);
  });

  it('should send live at once for a browsing conversation it already knows', async () => {
    localStorage.setItem(
      `parley.chat:${SERVER}`,
      JSON.stringify({ token: 'tok-1', conversationId: 'c-9', messages: [], pending: [], seenSeq: 0, open: false }),
    );
    const { el, last } = await opened({ faqs: FAQS });
    const socket = last();
    socket.open();
    socket.receive({
      type: 'ready',
      visitorId: 'v-1',
      conversation: { id: 'c-9', status: 'open', stage: 'browsing', lastSeq: 0 },
    });
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.faqs .help').click();
    await el.updateComplete;
    expect(socket.sent.slice(1)).to.deep.equal([{ type: 'live', conversationId: 'c-9' }]);
  });

  it('should show the privacy and terms links before the first message', async () => {
    const { el, last } = await opened({
      privacyPolicyUrl: 'https://shop.test/privacy',
      termsUrl: 'https://shop.test/terms',
    });
    const links = [...el.shadowRoot!.querySelectorAll('.links a')];
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    ).to.deep.equal([
      ['Privacy policy', 'https://shop.test/privacy', '_blank', 'noopener noreferrer'],
      ['Terms', 'https://shop.test/terms', '_blank', 'noopener noreferrer'],
    ]);
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', conversation: null });
    socket.receive(message(1, 'Welcome', { author: 'system' }));
    socket.receive(message(2, 'Hi', { author: 'visitor', clientMessageId: 'm-1' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.links') === null, 'the links go once the visitor has written').to.equal(true);
  });

  it('should say the chat is unavailable when it is switched off, then show nothing', async () => {
    const { el, last } = await opened({ enabled: false });
    expect(q(el, '.unavailable').textContent).to.equal('Chat is not available right now.');
    expect(composer(el)).to.equal(null);
    expect(last().readyState, 'the connection stays, to hear when the chat is back').to.not.equal(3);
    q<HTMLButtonElement>(el, '.close').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="launcher"]')).to.equal(null);
  });

  it('should follow the chat switched off and on again, keeping the thread', async () => {
    const { el, last } = await opened({});
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: 'c-1' });
    socket.receive(message(1, 'Where is my parcel?', { author: 'visitor', clientMessageId: 'm-1' }));
    socket.receive(message(2, 'On its way.', { author: 'agent' }));
    await el.updateComplete;
    const thread = () => bubbles(el).map((b) => b.text!.trim());
    expect(thread()).to.deep.equal(['Where is my parcel?', 'On its way.']);

    stubConfig({ enabled: false });
    socket.receive({ type: 'settings' });
    await waitUntil(() => el.configuration?.enabled === false, 'switched off');
    await el.updateComplete;
    expect(thread(), 'the thread stays readable').to.deep.equal(['Where is my parcel?', 'On its way.']);
    expect(composer(el), 'nothing can be written').to.equal(null);
    expect(q(el, '.bar.unavailable').textContent).to.equal('Chat is not available right now.');
    expect(q(el, '.bar.unavailable').getAttribute('role')).to.equal('status');

    stubConfig({ enabled: true });
    socket.receive({ type: 'settings' });
    await waitUntil(() => el.configuration?.enabled === true, 'switched on');
    await el.updateComplete;
    expect(thread()).to.deep.equal(['Where is my parcel?', 'On its way.']);
    expect(composer(el), 'the composer is back').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.unavailable')).to.equal(null);

    q<HTMLButtonElement>(el, '.close').click();
    stubConfig({ enabled: false });
    socket.receive({ type: 'settings' });
    await waitUntil(() => el.configuration?.enabled === false, 'switched off with the panel closed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="launcher"]'), 'no launcher while off').to.equal(null);
    stubConfig({ enabled: true });
    socket.receive({ type: 'settings' });
    await waitUntil(() => el.configuration?.enabled === true, 'on again');
    await el.updateComplete;
    expect(launcher(el), 'the launcher is back').to.not.equal(null);
    expect(socket.readyState).to.not.equal(3);
  });

  it('should wear the configured design unless the page says otherwise', async () => {
    const { el } = await opened({
      appearance: { colour: '#AA3300', icon: 'chat', position: 'left', launcherLabel: 'Ask us' },
    });
    expect(getComputedStyle(launcher(el)).backgroundColor).to.equal('rgb(170, 51, 0)');
    expect(el.getBoundingClientRect().left).to.be.below(100);
    q<HTMLButtonElement>(el, '.close').click();
    await el.updateComplete;
    expect(launcher(el).textContent!.trim()).to.equal('Ask us');

    el.position = 'right';
    el.style.setProperty('--parley-accent', '#00ff00');
    await el.updateComplete;
    expect(el.hasAttribute('data-left')).to.equal(false);
    expect(getComputedStyle(launcher(el)).backgroundColor).to.equal('rgb(0, 255, 0)');
  });

  it('should speak Polish: FAQs, links, the closed notice and the unavailable chat', async () => {
    const { el } = await opened(
      {
        faqs: FAQS,
        privacyPolicyUrl: 'https://shop.test/p',
        termsUrl: 'https://shop.test/t',
        openNow: false,
        nextOpeningAt: '2026-11-30T08:00:00Z',
      },
      'pl',
    );
    expect(q(el, '.faqs .help').textContent).to.equal('Nadal potrzebuję pomocy');
    expect([...el.shadowRoot!.querySelectorAll('.links a')].map((a) => a.textContent)).to.deep.equal([
      'Polityka prywatności',
      'Regulamin',
    ]);
    const when = new Intl.DateTimeFormat('pl', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date('2026-11-30T08:00:00Z'));
    const notice = q(el, '.away').textContent!;
    expect(notice).to.contain('Jesteśmy teraz poza godzinami pracy.');
    expect(notice).to.contain(when);
    expect(q(el, 'header p'), 'no promise of a quick reply while closed').to.equal(null);

    el.remove();
    localStorage.clear();
    const off = await opened({ enabled: false }, 'pl');
    expect(q(off.el, '.unavailable').textContent).to.equal('Czat jest teraz niedostępny.');
  });

  it('should show when the team is back, in English', async () => {
    const { el } = await opened({ openNow: false, nextOpeningAt: '2026-11-30T08:00:00Z' });
    expect(q(el, '.away').textContent).to.match(/^We’re closed right now\. Back .*Nov.*\./);
    expect(q(el, 'header p'), 'the header does not say "We usually reply in a few minutes"').to.equal(null);
    el.remove();
    const open = await opened({ openNow: true });
    expect(q(open.el, 'header p').textContent).to.equal('We usually reply in a few minutes');
  });

  it('should promise a quick reply only while someone of the team is online, following it live', async () => {
    const { el, last } = await opened({ openNow: true, teamOnline: false });
    expect(q(el, 'header p').textContent).to.equal('We’ll reply as soon as we can');
    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: 'c-1' });

    socket.receive({ type: 'availability', teamOnline: true });
    await el.updateComplete;
    expect(q(el, 'header p').textContent).to.equal('We usually reply in a few minutes');

    socket.receive({ type: 'availability', teamOnline: false });
    await el.updateComplete;
    expect(q(el, 'header p').textContent).to.equal('We’ll reply as soon as we can');
    expect(fetched, 'no second request for the configuration').to.have.length(1);
  });

  it('should say in Polish that the team replies as soon as it can', async () => {
    const { el } = await opened({ openNow: true, teamOnline: false }, 'pl');
    expect(q(el, 'header p').textContent).to.equal('Odpowiemy najszybciej, jak to możliwe');
  });
});

describe('<parley-chat> launcher icon', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("should wear the design's icon, and the chat bubble for an unknown one", async () => {
    const paths: Record<string, string> = {};
    for (const icon of ['smile', 'help', 'message', 'rocket']) {
      stubConfig({ appearance: { icon } });
      const { el } = await chat();
      launcher(el).click();
      await waitUntil(() => el.configuration, 'config applied');
      q<HTMLButtonElement>(el, '.close').click();
      await el.updateComplete;
      paths[icon] = launcher(el).querySelector('path')!.getAttribute('d')!;
      el.remove();
      localStorage.clear();
    }
    expect(new Set(Object.values(paths)).size, 'three icons of their own and the default').to.equal(4);
    expect(paths.rocket.startsWith('M12 3c5')).to.equal(true);
  });
});

describe('<parley-chat> panel module', () => {
  it('should render the body once the panel elements are defined, and not before the first opening', async () => {
    localStorage.clear();
    stubConfig();
    const { el } = await chat();
    expect(el.shadowRoot!.querySelector('parley-visitor-composer'), 'nothing of the body before opening').to.equal(
      null,
    );
    launcher(el).click();
    await el.updateComplete;
    expect(customElements.get('parley-visitor-composer'), 'defined').to.not.equal(undefined);
    await waitUntil(
      () => el.shadowRoot!.querySelector('parley-visitor-composer'),
      'the body once the configuration is here',
    );
    window.fetch = realFetch;
  });
});

describe('<parley-chat> live settings and preview', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should fetch its configuration again when the store changes its settings', async () => {
    stubConfig({ appearance: { colour: '#aa3300' } });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await waitUntil(() => getComputedStyle(launcher(el)).backgroundColor === 'rgb(170, 51, 0)', 'the first design');
    stubConfig({ appearance: { colour: '#0055aa', launcherLabel: 'Ask us' } });
    socket.receive({ type: 'settings' });
    await waitUntil(
      () => getComputedStyle(launcher(el)).backgroundColor === 'rgb(0, 85, 170)',
      'the new design, without a reload',
    );
  });

  it('should wear a preview design over the server’s', async () => {
    stubConfig({ appearance: { colour: '#aa3300', icon: 'chat', position: 'right' } });
    const { el } = await chat();
    el.design = { colour: '#008800', icon: 'smile', position: 'left', launcherLabel: 'Help?' };
    await el.updateComplete;
    expect(getComputedStyle(launcher(el)).backgroundColor).to.equal('rgb(0, 136, 0)');
    expect(el.hasAttribute('data-left')).to.equal(true);
    expect(launcher(el).textContent!.trim()).to.equal('Help?');
  });
});
