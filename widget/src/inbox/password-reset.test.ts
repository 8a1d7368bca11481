import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { q } from '../test/deep.js';
import { fakeSockets } from '../test/fake-socket.js';
import { json, realFetch, requests, stubFetch } from '../test/inbox-harness.js';
import type { ParleyInbox } from './inbox.component.js';

const TOKEN = 'q1dJzYxJ1Qx6tXb7o6lZQz3oVd0mY5nM8kRrP2sT4uA';
const signedOut = () => json(200, { signedIn: false, code: 'not_signed_in', detail: 'Sign in.' });

async function inbox(lang = 'en') {
  const el = await fixture<ParleyInbox>(
    html`<parley-inbox lang=${lang} .socketFactory=${fakeSockets().factory}></parley-inbox>`,
  );
  await waitUntil(() => q(el, 'form h1'), 'a form');
  return el;
}

const submit = (el: ParleyInbox) => q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
const text = (el: ParleyInbox, selector: string) => q(el, selector)?.textContent?.trim();

describe('forgotten passwords in <parley-inbox>', () => {
  afterEach(() => {
    window.fetch = realFetch;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('should ask for a link by email and say the same whether the address has an account or not', async () => {
    stubFetch((_url, init) => (init?.method === 'POST' ? new Response(null, { status: 202 }) : signedOut()));
    const el = await inbox();
    [...q(el, 'parley-sign-in')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button')]
      .find((b) => b.textContent === 'Forgot your password?')!
      .click();
    await waitUntil(() => q(el, '#reset-email'), 'the form that asks for a link');
    expect(text(el, 'h1')).to.equal('Get back into your inbox');
    expect(q(el, '#reset-email'), 'focus goes to the address').to.equal(
      q(el, 'parley-sign-in')!.shadowRoot!.activeElement,
    );
    q<HTMLInputElement>(el, '#reset-email')!.value = 'ada@parley.test';
    submit(el);
    await waitUntil(() => q(el, '.done'), 'said');
    expect(text(el, '.done')).to.contain('If an account uses this address');
    expect(requests.at(-1)).to.deep.include({ method: 'POST', body: { email: 'ada@parley.test' } });
    expect(requests.at(-1)!.url).to.match(/\/api\/v1\/agent\/password-reset$/);
    await expect(el).to.be.accessible();
  });

  it('should say in Polish when no mail server can send the link', async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(409, { code: 'smtp_not_configured', detail: 'No mail server is configured.' })
        : signedOut(),
    );
    const el = await inbox('pl');
    [...q(el, 'parley-sign-in')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button')]
      .find((b) => b.textContent === 'Nie pamiętasz hasła?')!
      .click();
    await waitUntil(() => q(el, '#reset-email'), 'the form that asks for a link');
    q<HTMLInputElement>(el, '#reset-email')!.value = 'ada@parley.test';
    submit(el);
    await waitUntil(() => q(el, '[role=alert]'), 'refused');
    expect(text(el, '[role=alert]')).to.equal(
      'Ten serwer Parley nie może wysyłać e-maili, więc link do Ciebie nie dotrze. Poproś administratora o pomoc.',
    );
  });

  it('should set a new password with the link, checking both fields first, then offer to sign in', async () => {
    history.replaceState(null, '', `#/reset/${TOKEN}`);
    stubFetch((_url, init) => (init?.method === 'POST' ? new Response(null, { status: 204 }) : signedOut()));
    const el = await inbox();
    expect(text(el, 'h1')).to.equal('Set a new password');
    q<HTMLInputElement>(el, '#new-password')!.value = 'a brand new passphrase';
    q<HTMLInputElement>(el, '#repeat-password')!.value = 'a brand new passphrasE';
    submit(el);
    await waitUntil(() => q(el, '[role=alert]'), 'refused before asking');
    expect(text(el, '[role=alert]')).to.equal('The two passwords differ.');
    expect(
      requests.filter((r) => r.method === 'POST'),
      'nothing sent',
    ).to.have.length(0);

    q<HTMLInputElement>(el, '#repeat-password')!.value = 'a brand new passphrase';
    submit(el);
    await waitUntil(() => q(el, '#password'), 'the sign-in form');
    expect(requests.at(-1)).to.deep.include({
      method: 'POST',
      body: { token: TOKEN, newPassword: 'a brand new passphrase' },
    });
    expect(text(el, '.done')).to.equal('Your new password is set and every session was signed out. Sign in with it.');
    expect(location.hash, 'the link leaves the address').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('should say when a link no longer works and offer a new one', async () => {
    history.replaceState(null, '', `#/reset/${TOKEN}`);
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(400, { code: 'reset_link_invalid', detail: 'This password reset link no longer works.' })
        : signedOut(),
    );
    const el = await inbox();
    q<HTMLInputElement>(el, '#new-password')!.value = 'a brand new passphrase';
    q<HTMLInputElement>(el, '#repeat-password')!.value = 'a brand new passphrase';
    submit(el);
    await waitUntil(() => q(el, '[role=alert]'), 'refused');
    expect(text(el, '[role=alert]')).to.equal(
      'This link no longer works: it was used, a newer one was sent, or it expired.',
    );
    [...q(el, 'parley-sign-in')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button')]
      .find((b) => b.textContent === 'Ask for a new link')!
      .click();
    await waitUntil(() => q(el, '#reset-email'), 'the form that asks for a link');
  });
});
