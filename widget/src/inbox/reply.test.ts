import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepActive, q, qa, settle } from '../test/deep.js';
import { json, LIMITS, realFetch, replyArea, requests, SESSION, signedInInbox, ticket } from '../test/inbox-harness.js';

describe('<parley-reply> images', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const png = () =>
    new File(
      [
        Uint8Array.from(
          atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAJJRU5ErkJggg=='),
          (c) => c.charCodeAt(0),
        ),
      ],
      'shot.png',
      { type: 'image/png' },
    );

  it('should attach a pasted image, preview it, upload it on send and send its id', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    const uploads: { type: string | null; csrf: string | null }[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/api/v1/uploads')) {
        const h = new Headers(init?.headers);
        uploads.push({ type: h.get('content-type'), csrf: h.get('x-parley-csrf') });
        return json(201, { id: 'up-1', contentType: 'image/png', size: 70 });
      }
      return json(200, { tickets: [] });
    }) as typeof fetch;

    const composer = q<LitElement>(el, 'parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    const paste = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    paste.clipboardData!.items.add(png());
    area.dispatchEvent(paste);
    await settle(el);
    expect(paste.defaultPrevented).to.equal(true);
    const preview = q<HTMLImageElement>(el, '.attachment img')!;
    expect(preview.src).to.match(/^blob:/);
    expect(preview.alt).to.equal('The image to send');
    await composer.updateComplete;
    expect(
      composer.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled,
      'an image alone can be sent',
    ).to.equal(false);

    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await waitUntil(() => socket.sentOfType('send').length === 1, 'sent after the upload');
    expect(uploads).to.deep.equal([{ type: 'image/png', csrf: 'csrf-1' }]);
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ conversationId: 'c-b', imageId: 'up-1' });
    expect(send).not.to.have.property('text');
    expect(q(el, '.attachment'), 'the preview is cleared').to.equal(null);
    const list = q<LitElement>(el, 'parley-message-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('li.sending button.image'), 'the image shows while sending').to.not.equal(
      null,
    );
  });

  it('should ignore a pasted file that is not an image, and show a refused upload as failed', async () => {
    const { el, socket } = await signedInInbox();
    qa(el, '.ticket')[0].click();
    await settle(el);
    const area = replyArea(el);
    const svg = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    svg.clipboardData!.items.add(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    area.dispatchEvent(svg);
    await settle(el);
    expect(svg.defaultPrevented).to.equal(false);
    expect(q(el, '.attachment')).to.equal(null);

    window.fetch = (async () =>
      json(413, { code: 'upload_too_large', title: 'Too large', status: 413 })) as typeof fetch;
    const input = q<HTMLInputElement>(el, 'input.file')!;
    const files = new DataTransfer();
    files.items.add(png());
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await settle(el);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const list = q<LitElement>(el, 'parley-message-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('li.failed .error'), 'the refusal shows');
    expect(list.shadowRoot!.querySelector('li.failed .error')!.textContent).to.contain('The image is too large.');
    expect(socket.sentOfType('send'), 'nothing sent').to.have.length(0);
  });
});

describe('<parley-reply> saved replies', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const MACROS = [
    { id: 'm1', title: 'Greeting', text: 'Hi there, Ada here.' },
    { id: 'm2', title: 'Shipping', text: 'We ship within 2 days.' },
  ];

  async function withMacros() {
    const ctx = await signedInInbox([ticket('a', 1, 'first question')], undefined);
    const asked: string[] = [];
    const inner = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/macros')) {
        asked.push(String(input));
        return json(200, MACROS);
      }
      return inner(input, init);
    }) as typeof fetch;
    qa(ctx.el, '.ticket')[0].click();
    await settle(ctx.el);
    const composer = q<LitElement>(ctx.el, 'parley-composer')!;
    const area = composer.shadowRoot!.querySelector('textarea')!;
    const typeText = async (text: string) => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(ctx.el);
    };
    const key = (k: string) =>
      area.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
    return { ...ctx, asked, area, typeText, key };
  }

  it('should offer saved replies on / and put the chosen one in the reply, sending nothing', async () => {
    const { el, socket, asked, area, typeText, key } = await withMacros();
    await typeText('/');
    await waitUntil(() => qa(el, '.macros [role=option]').length === 2, 'the saved replies show');
    expect(asked).to.deep.equal([`${location.origin}/api/v1/tickets/a/macros`]);
    await typeText('/ship');
    expect(qa(el, '.macros [role=option]').map((o) => o.querySelector('strong')!.textContent)).to.deep.equal([
      'Shipping',
    ]);

    await typeText('/');
    key('ArrowDown');
    await settle(el);
    expect(qa(el, '.macros [role=option]')[1].getAttribute('aria-selected')).to.equal('true');
    key('Enter');
    await settle(el);
    expect(area.value).to.equal('We ship within 2 days.');
    expect(q(el, '.macros'), 'the menu closes').to.equal(null);
    expect(socket.sentOfType('send'), 'Enter picked, it did not send').to.have.length(0);

    key('Enter');
    expect(socket.sentOfType('send').map((f) => f.text)).to.deep.equal(['We ship within 2 days.']);
  });

  it('should search saved replies from the button, insert at the caret, and refetch them when they change', async () => {
    const { el, socket, asked, area, typeText } = await withMacros();
    await typeText('Hello! ');
    area.setSelectionRange(7, 7);
    const button = qa(el, 'parley-composer [slot=before]').find(
      (b) => b.getAttribute('aria-label') === 'Saved replies',
    )!;
    button.click();
    await waitUntil(
      () => q(el, '.macro-search') && deepActive() === q(el, '.macro-search'),
      'the search has the focus',
    );
    const search = q<HTMLInputElement>(el, '.macro-search')!;
    search.value = 'greet';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(search.getAttribute('aria-activedescendant')).to.equal('macro-m1');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await settle(el);
    expect(area.value).to.equal('Hello! Hi there, Ada here.');

    socket.receive({ type: 'macros' });
    await typeText('/');
    await waitUntil(() => asked.length === 2, 'fetched again after the change');
    await expect(el).to.be.accessible();
  });
});

describe("<parley-reply> within the server's limits", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });
  const submit = (el: Element) =>
    q<LitElement>(el, 'parley-composer')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const write = async (el: Element, text: string) => {
    const area = replyArea(el);
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    return area;
  };
  const session = (limits?: object) => ({ ...SESSION, limits });

  it("should keep a reply within the session's message length, and word a refusal with it", async () => {
    const { el, socket } = await signedInInbox(undefined, undefined, session({ ...LIMITS, messageMaxLength: 20 }));
    qa(el, '.ticket')[0].click();
    await settle(el);
    const area = await write(el, 'x'.repeat(25));
    const composer = q<LitElement>(el, 'parley-composer')!;
    expect(composer.shadowRoot!.querySelector('.counter')!.textContent!.trim()).to.equal('5 characters too many');
    expect(submit(el).disabled).to.equal(true);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(socket.sentOfType('send'), 'nothing over the limit is sent').to.have.length(0);

    await write(el, 'short enough');
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    const [send] = socket.sentOfType('send');
    socket.receive({
      type: 'error',
      code: 'message_too_long',
      message: 'too long',
      clientMessageId: send.clientMessageId,
    });
    const list = q<LitElement>(el, 'parley-message-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('li.failed .error'), 'the refusal shows');
    expect(list.shadowRoot!.querySelector('li.failed .error')!.textContent).to.contain(
      'The message is too long (at most 20 characters).',
    );
  });

  it('should leave lengths, types and sizes to the server when the session says no limits', async () => {
    const { el, socket } = await signedInInbox(undefined, undefined, session(undefined));
    qa(el, '.ticket')[0].click();
    await settle(el);
    const area = await write(el, 'x'.repeat(5000));
    expect(q<LitElement>(el, 'parley-composer')!.shadowRoot!.querySelector('.counter'), 'no counter').to.equal(null);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(socket.sentOfType('send').map((f) => f.text?.length)).to.deep.equal([5000]);
    socket.receive({
      type: 'error',
      code: 'message_too_long',
      clientMessageId: socket.sentOfType('send')[0].clientMessageId,
    });
    const list = q<LitElement>(el, 'parley-message-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('li.failed .error'), 'the refusal shows');
    expect(list.shadowRoot!.querySelector('li.failed .error')!.textContent).to.contain('The message is too long.');
    expect(list.shadowRoot!.querySelector('li.failed .error')!.textContent).not.to.match(/\d/);

    const svg = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    svg.clipboardData!.items.add(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    area.dispatchEvent(svg);
    await settle(el);
    expect(svg.defaultPrevented, 'any image is attached').to.equal(true);
    expect(q(el, '.attachment img')).to.not.equal(null);
    expect(q<HTMLInputElement>(el, 'input.file')!.accept).to.equal('image/*');
  });

  it("should refuse an image over the session's upload size or of another type before uploading it", async () => {
    const { el } = await signedInInbox(
      undefined,
      undefined,
      session({ ...LIMITS, uploadMaxBytes: 10, uploadImageTypes: ['image/png'] }),
    );
    qa(el, '.ticket')[0].click();
    await settle(el);
    const input = q<HTMLInputElement>(el, 'input.file')!;
    expect(input.accept).to.equal('image/png');
    const choose = async (file: File) => {
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await settle(el);
    };
    await choose(new File([new Uint8Array(11)], 'big.png', { type: 'image/png' }));
    expect(q(el, '.attachment [role=alert]')!.textContent).to.equal('The image is too large.');
    expect(q(el, '.attachment img')).to.equal(null);
    await choose(new File([new Uint8Array(5)], 'a.gif', { type: 'image/gif' }));
    expect(q(el, '.attachment [role=alert]')!.textContent).to.equal('Only PNG, JPEG, GIF and WebP images can be sent.');
    await choose(new File([new Uint8Array(10)], 'small.png', { type: 'image/png' }));
    expect(q(el, '.attachment [role=alert]')).to.equal(null);
    expect(q(el, '.attachment img')).to.not.equal(null);
    expect(
      requests.filter((r) => r.url.includes('/uploads')),
      'nothing uploaded before sending',
    ).to.have.length(0);
  });
});
