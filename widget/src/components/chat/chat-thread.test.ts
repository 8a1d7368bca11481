import { expect, waitUntil } from '@open-wc/testing';
import {
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
import { message } from '../../test/fake-socket.js';
import { drawsColourEmoji } from '../composer/composer.component.js';

describe('<parley-chat> links shown', () => {
  const LINKS = { privacyPolicyUrl: 'https://shop.test/privacy', termsUrl: 'https://shop.test/terms' };
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function opened(config: object) {
    stubConfig(config);
    const c = await chat();
    const socket = await openAndReady(c.el, c.last);
    await waitUntil(() => c.el.shadowRoot!.querySelector('.links') || c.el.configuration, 'config applied');
    await c.el.updateComplete;
    return { ...c, socket };
  }

  it('should tell the server the links were shown with the first message, and stop once it is in', async () => {
    const { el, socket } = await opened(LINKS);
    expect(el.shadowRoot!.querySelectorAll('.links a')).to.have.length(2);
    await type(el, 'Hello');
    const [first] = socket.sentOfType('send');
    expect(first).to.include({ text: 'Hello', linksShown: true });
    socket.receive(message(1, 'Hello', { author: 'visitor', clientMessageId: first.clientMessageId }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.links'), 'the links give way to the conversation').to.equal(null);
    await type(el, 'Again');
    expect(socket.sentOfType('send')[1]).not.to.have.property('linksShown');
  });

  it('should keep the links under the welcome message until the visitor writes', async () => {
    const { el, socket } = await opened(LINKS);
    socket.receive(message(1, 'Welcome!', { author: 'system' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.links a')).to.have.length(2);
  });

  it('should not claim the links were shown when the store has none', async () => {
    const { el, socket } = await opened({});
    await type(el, 'Hello');
    expect(socket.sentOfType('send')[0]).not.to.have.property('linksShown');
    expect(el.shadowRoot!.querySelector('.links')).to.equal(null);
  });
});

describe('<parley-chat> images from agents', () => {
  const PNG = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  let asked: { url: string; auth: string | null }[] = [];

  beforeEach(() => {
    localStorage.clear();
    asked = [];
    window.fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      const u = String(url);
      if (u.includes('/api/v1/uploads/')) {
        asked.push({ url: u, auth: new Headers(init?.headers).get('authorization') });
        return new Response(PNG, { headers: { 'Content-Type': 'image/png' } });
      }
      return new Response(JSON.stringify({ enabled: true, faqs: [], openNow: true }), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should load an agent image with the visitor token, and show it full size in a dialog that Escape closes', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    const image = { id: 'u-1', contentType: 'image/png', url: '/api/v1/uploads/u-1' };
    socket.receive(message(1, '', { image, text: undefined }));
    await el.updateComplete;
    const shadow = list(el).shadowRoot!;
    await waitUntil(() => shadow.querySelector('.image img'), 'the image is shown');

    expect(asked).to.deep.equal([{ url: `${SERVER}/api/v1/uploads/u-1`, auth: 'Bearer tok-1' }]);
    const img = shadow.querySelector<HTMLImageElement>('.image img')!;
    expect(img.alt).to.equal('Image from Ada');
    expect(img.src).to.match(/^blob:/);
    const button = shadow.querySelector<HTMLButtonElement>('button.image')!;
    expect(button.getAttribute('aria-label')).to.equal('Show full size: Image from Ada');

    button.click();
    await list(el).updateComplete;
    const dialog = shadow.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('img')!.src).to.equal(img.src);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    dialog.close();
    await el.updateComplete;
    expect(q(el, '[part~="panel"]').hidden, 'Escape in the image leaves the chat open').to.equal(false);
    expect(asked, 'loaded once').to.have.length(1);
  });

  it('should say so when an image cannot be loaded', async () => {
    window.fetch = async (url: RequestInfo | URL) =>
      String(url).includes('/uploads/')
        ? new Response('{}', { status: 404 })
        : new Response(JSON.stringify({ enabled: true, faqs: [], openNow: true }), {
            headers: { 'Content-Type': 'application/json' },
          });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    socket.receive(message(1, 'Look', { image: { id: 'u-2', url: '/api/v1/uploads/u-2' } }));
    await el.updateComplete;
    const shadow = list(el).shadowRoot!;
    await waitUntil(() => shadow.querySelector('.failed-image'), 'the failure is shown');
    expect(shadow.querySelector('.failed-image')!.textContent).to.equal('The image could not be loaded.');
    expect([...shadow.querySelectorAll('[part~="bubble"]')].map((b) => b.textContent)).to.include('Look');
  });
});

describe('<parley-chat> emoji', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should insert an emoji at the caret from the palette, and Escape close only the palette', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    const composer = composerOf(el);
    const root = composer.shadowRoot!;
    const area = root.querySelector('textarea')!;
    area.value = 'Thanks !';
    area.dispatchEvent(new Event('input'));
    area.setSelectionRange(7, 7);

    const toggle = root.querySelector<HTMLButtonElement>('button.emoji')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Insert an emoji');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the palette opens');
    await composer.updateComplete;
    const palette = root.querySelector('.palette')!;
    // Where the system cannot draw emoji in colour, the palette shows pictures of them: never empty boxes.
    const pictures = [...palette.querySelectorAll('img')];
    if (drawsColourEmoji()) expect(pictures).to.have.length(0);
    else {
      expect(pictures).to.have.length(24);
      expect(pictures.every((img) => img.src.startsWith('data:image/svg+xml,') && img.alt === '')).to.equal(true);
      await waitUntil(() => pictures.every((img) => img.complete && img.naturalWidth > 0), 'the pictures are drawn');
    }
    expect(palette.getAttribute('role')).to.equal('group');
    expect(root.activeElement, 'focus moves into the palette').to.equal(palette.querySelector('button'));

    palette
      .querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(root.activeElement!.getAttribute('aria-label')).to.equal('😊');
    (root.activeElement as HTMLButtonElement).click();
    await composer.updateComplete;
    expect(area.value).to.equal('Thanks 😊!');
    expect(root.querySelector('.palette'), 'the palette closes').to.equal(null);
    expect(root.activeElement).to.equal(area);

    toggle.click();
    await waitUntil(() => root.querySelector('.palette button'), 'the palette opens again');
    root
      .querySelector('.palette button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await composer.updateComplete;
    await el.updateComplete;
    expect(root.querySelector('.palette')).to.equal(null);
    expect(q(el, '[part~="panel"]').hidden, 'the chat stays open').to.equal(false);

    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(socket.sentOfType('send').map((f) => f.text)).to.deep.equal(['Thanks 😊!']);
  });
});

describe('<parley-chat> read receipts', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should report what the visitor has seen with the panel open, and not while it is closed', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 0 } });
    socket.receive(message(1, 'Hello there'));
    await el.updateComplete;
    expect(socket.sentOfType('seen')).to.deep.equal([{ type: 'seen', conversationId: 'c-1', seq: 1 }]);

    q<HTMLButtonElement>(el, '.close').click();
    await el.updateComplete;
    socket.receive(message(2, 'Anything else?'));
    await el.updateComplete;
    expect(socket.sentOfType('seen'), 'nothing while the panel is closed').to.have.length(1);

    launcher(el).click();
    await el.updateComplete;
    expect(socket.sentOfType('seen').at(-1)).to.deep.equal({ type: 'seen', conversationId: 'c-1', seq: 2 });
  });

  it('should show "Seen" under the newest of its messages the team has seen', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, { conversation: { id: 'c-1', status: 'open', lastSeq: 0 } });
    socket.receive(message(1, 'First', { author: 'visitor', clientMessageId: 'a' }));
    socket.receive(message(2, 'Second', { author: 'visitor', clientMessageId: 'b' }));
    socket.receive({ type: 'receipt', conversationId: 'c-1', visitorSeenSeq: 2, agentSeenSeq: 1 });
    await el.updateComplete;
    await list(el).updateComplete;
    const metas = () =>
      [...list(el).shadowRoot!.querySelectorAll('li')].map(
        (li) => li.querySelector('.meta')?.textContent?.trim() ?? '',
      );
    expect(metas()[0]).to.equal('Seen');
    expect(metas()[1]).not.to.contain('Seen');

    socket.receive({ type: 'receipt', conversationId: 'c-1', visitorSeenSeq: 2, agentSeenSeq: 2 });
    await el.updateComplete;
    await list(el).updateComplete;
    expect(metas()[0]).to.equal('');
    expect(metas()[1]).to.match(/· Seen$/);
  });
});
