import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { q, qa, settle } from '../test/deep.js';
import { message } from '../test/fake-socket.js';
import { json, realFetch, signedInInbox, stubFetch } from '../test/inbox-harness.js';

describe('<parley-inbox> connection', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    window.fetch = realFetch;
  });

  const thread = (el: Element) =>
    [...q<LitElement>(el, 'parley-message-list')!.shadowRoot!.querySelectorAll('li .bubble')].map((b) =>
      b.textContent?.trim(),
    );

  async function holding() {
    const inbox = await signedInInbox();
    qa(inbox.el, '.ticket')[1].click();
    await settle(inbox.el);
    inbox.socket.receive({ type: 'opened', conversationId: 'c-a', epoch: 'epoch-1' });
    inbox.socket.receive(message(1, 'first question', { conversationId: 'c-a', author: 'visitor' }));
    inbox.socket.receive(message(2, 'anyone?', { conversationId: 'c-a', author: 'visitor' }));
    await settle(inbox.el);
    return inbox;
  }

  async function reconnected(inbox: Awaited<ReturnType<typeof holding>>) {
    inbox.socket.drop(4009);
    await waitUntil(() => inbox.sockets.length === 2, 'reconnects after 4009', { timeout: 2000 });
    const second = inbox.last();
    second.open();
    second.receive({ type: 'inbox', agent: { id: 'a-1', name: 'Ada' }, tickets: [] });
    await settle(inbox.el);
    return second;
  }

  it('should open the thread again with the epoch and last seq it holds after 4009 too_slow', async () => {
    const inbox = await holding();
    const second = await reconnected(inbox);

    expect(second.sentOfType('open')).to.deep.equal([
      { type: 'open', conversationId: 'c-a', afterSeq: 2, epoch: 'epoch-1' },
    ]);
    second.receive({ type: 'opened', conversationId: 'c-a', epoch: 'epoch-1' });
    second.receive(message(3, 'hello?', { conversationId: 'c-a', author: 'visitor' }));
    await settle(inbox.el);
    expect(thread(inbox.el)).to.deep.equal(['first question', 'anyone?', 'hello?']);
  });

  it('should drop the thread it held and take the fresh history when opened says reset', async () => {
    const inbox = await holding();
    const second = await reconnected(inbox);

    second.receive({ type: 'opened', conversationId: 'c-a', epoch: 'epoch-2', reset: true });
    second.receive(message(1, 'restored question', { conversationId: 'c-a', author: 'visitor' }));
    await settle(inbox.el);

    expect(thread(inbox.el)).to.deep.equal(['restored question']);
    second.drop(1001);
    await waitUntil(() => inbox.sockets.length === 3, 'reconnects after 1001', { timeout: 2000 });
    const third = inbox.last();
    third.open();
    third.receive({ type: 'inbox', agent: { id: 'a-1', name: 'Ada' }, tickets: [] });
    await settle(inbox.el);
    expect(third.sentOfType('open')).to.deep.equal([
      { type: 'open', conversationId: 'c-a', afterSeq: 1, epoch: 'epoch-2' },
    ]);
  });

  it('should show the sign-in form, saying the session ended, on 4001 signed_out, and stop connecting', async () => {
    const { el, socket, sockets } = await signedInInbox();

    socket.drop(4001);
    await settle(el);

    const signIn = q<LitElement>(el, 'parley-sign-in')!;
    expect(signIn).to.not.equal(null);
    await signIn.updateComplete;
    expect(signIn.shadowRoot!.querySelector('.notice')!.textContent).to.equal(
      'You were signed out: your session ended, for example because your password or role was changed.',
    );
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets).to.have.length(1);
  });

  it('should say the account was removed on 4002, in Polish too', async () => {
    const { el, socket, sockets } = await signedInInbox();

    socket.drop(4002);
    el.setAttribute('lang', 'pl');
    el.requestUpdate();
    await settle(el);

    const signIn = q<LitElement>(el, 'parley-sign-in')!;
    await signIn.updateComplete;
    expect(signIn.shadowRoot!.querySelector('.notice')!.textContent).to.equal(
      'Twoje konto zostało usunięte z zespołu. Poproś administratora, jeśli potrzebujesz dostępu.',
    );
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets).to.have.length(1);
  });

  it('should ask the server about its session on 4003 not_signed_in, and show the sign-in form, saying it ended, when it has none', async () => {
    const { el, socket, sockets } = await signedInInbox();
    stubFetch(() => json(401, { code: 'not_signed_in', status: 401 }));

    socket.drop(4003);
    await waitUntil(() => q(el, 'parley-sign-in'), 'signed out');

    const signIn = q<LitElement>(el, 'parley-sign-in')!;
    await signIn.updateComplete;
    expect(signIn.shadowRoot!.querySelector('.notice')?.textContent).to.equal(
      'You were signed out: your session ended, for example because your password or role was changed.',
    );
    await new Promise((r) => setTimeout(r, 700));
    expect(sockets).to.have.length(1);
  });
});
