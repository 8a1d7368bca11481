import { expect, waitUntil } from '@open-wc/testing';
import { chat, list, openAndReady, realFetch, SERVER, stubConfig } from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';
import type { ParleyChat } from './chat.component.js';

describe('<parley-chat> asking for an email address while the team is away', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  const OPEN = { conversation: { id: 'c-1', status: 'open', lastSeq: 1 } };
  const record = () => JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!);
  const prompt = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-email-prompt')!;
  const inPrompt = <T extends Element = HTMLElement>(el: ParleyChat, selector: string) =>
    prompt(el).shadowRoot!.querySelector<T>(selector);
  /** A chat whose team is away, in which the visitor wrote. */
  const away = async (lang = 'en', ready: object = {}, config: object = {}) => {
    stubConfig({ openNow: false, nextOpeningAt: '2026-11-30T08:00:00Z', ...config });
    const { el, last } = await chat(lang);
    const socket = await openAndReady(el, last, { ...OPEN, ...ready });
    socket.receive(message(1, 'Where is my parcel?', { author: 'visitor', authorName: undefined }));
    await el.updateComplete;
    await list(el).updateComplete;
    await prompt(el).updateComplete;
    return { el, socket };
  };

  it('should ask once the visitor wrote, send the address, and say it back', async () => {
    const { el, socket } = await away();
    expect(inPrompt(el, 'h2')!.textContent).to.equal("Leave your email and we'll reply there");

    const input = inPrompt<HTMLInputElement>(el, 'input')!;
    input.value = 'anna@example.com';
    input.dispatchEvent(new Event('input'));
    await prompt(el).updateComplete;
    inPrompt<HTMLButtonElement>(el, 'button')!.click();
    expect(socket.sentOfType('contact')).to.deep.equal([{ type: 'contact', email: 'anna@example.com' }]);

    socket.receive({ type: 'contact', emailKnown: true, email: 'anna@example.com', storeEmail: false });
    await el.updateComplete;
    await prompt(el).updateComplete;
    expect(inPrompt(el, '[role="status"] p')!.textContent).to.contain('anna@example.com');
    expect(record().contact).to.deep.equal({ email: 'anna@example.com' });
  });

  it('should say in Polish why the server refused the address, and keep asking', async () => {
    const { el, socket } = await away('pl');
    const input = inPrompt<HTMLInputElement>(el, 'input')!;
    input.value = 'anna@example';
    input.dispatchEvent(new Event('input'));
    await prompt(el).updateComplete;
    inPrompt<HTMLButtonElement>(el, 'button')!.click();

    socket.receive({ type: 'error', code: 'rate_limited', message: 'Too many.' });
    await el.updateComplete;
    await prompt(el).updateComplete;
    expect(inPrompt(el, '[role="alert"]')!.textContent).to.equal(
      'Za dużo prób w krótkim czasie. Spróbuj ponownie później.',
    );
    expect(record().contact).to.equal(undefined);
  });

  it('should remember that the visitor said no', async () => {
    const { el } = await away();
    inPrompt<HTMLButtonElement>(el, 'button.plain')!.click();
    await el.updateComplete;
    await prompt(el).updateComplete;

    expect(inPrompt(el, 'form')).to.equal(null);
    expect(record().contact).to.deep.equal({ skipped: true });
  });

  it('should ask within business hours too while nobody of the team is online, and stop once someone is', async () => {
    const { el, socket } = await away('en', {}, { openNow: true, teamOnline: false });
    expect(inPrompt(el, 'h2')!.textContent).to.equal("Leave your email and we'll reply there");

    socket.receive({ type: 'availability', teamOnline: true });
    await el.updateComplete;
    await prompt(el).updateComplete;
    expect(inPrompt(el, 'form'), 'someone is online: no question').to.equal(null);
  });

  it('should not ask a visitor whose address the server knows, nor while the team answers', async () => {
    const known = await away('en', { emailKnown: true });
    expect(inPrompt(known.el, 'form')).to.equal(null);
    known.el.remove();
    localStorage.clear();

    stubConfig({ openNow: true });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last, OPEN);
    socket.receive(message(1, 'Hi', { author: 'visitor', authorName: undefined }));
    await el.updateComplete;
    await waitUntil(() => prompt(el), 'the prompt element is there');
    await prompt(el).updateComplete;
    expect(inPrompt(el, 'form')).to.equal(null);
  });
});
