import { expect, waitUntil } from '@open-wc/testing';
import { chat, composer, list, openAndReady, realFetch, stubConfig, type } from '../../test/chat-harness.js';
import type { ParleyChat } from './chat.component.js';

describe('<parley-chat> message length', () => {
  beforeEach(() => {
    localStorage.clear();
    stubConfig();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const LIMITS = { messageMaxLength: 600, uploadMaxBytes: 5242880, uploadImageTypes: ['image/png', 'image/jpeg'] };
  async function configured(el: ParleyChat) {
    await waitUntil(() => el.configuration !== undefined, 'config fetched');
    await el.updateComplete;
  }

  it('should show a counter near the limit the server gives and refuse to send over it', async () => {
    stubConfig({ limits: LIMITS });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await configured(el);
    await type(el, 'a'.repeat(601));
    const counter = composer(el).shadowRoot!.querySelector('.counter')!;
    expect(counter.textContent!.trim()).to.equal('1 character too many');
    expect(composer(el).shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(true);
    expect(socket.sentOfType('send')).to.have.length(0);
  });

  it('should leave the length to the server when it gives no limit', async () => {
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await configured(el);
    await type(el, 'a'.repeat(4001));
    expect(composer(el).shadowRoot!.querySelector('.counter')).to.equal(null);
    expect(socket.sentOfType('send')).to.have.length(1);
  });

  it('should word a refusal for length with the limit the server gives', async () => {
    stubConfig({ limits: { ...LIMITS, messageMaxLength: 1500 } });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await configured(el);
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
    expect(list(el).shadowRoot!.querySelector('.error')!.textContent).to.contain('at most 1,500 characters');
  });
});
