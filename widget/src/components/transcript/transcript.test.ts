import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './transcript.js';
import type { ParleyTranscript } from './transcript.component.js';

const realFetch = window.fetch;
const target = { server: () => 'https://parley.test', token: async () => 'tok-1' };

describe('<parley-transcript>', () => {
  let calls: { url: string; init?: RequestInit }[] = [];
  afterEach(() => {
    window.fetch = realFetch;
    calls = [];
  });

  function answer(status: number, body: object) {
    window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
  }

  async function opened(locale: 'en' | 'pl' = 'en', email = '') {
    const el = await fixture<ParleyTranscript>(
      html`<parley-transcript locale=${locale} conversation="c-1" email=${email} .target=${target}></parley-transcript>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.offer')!.click();
    await el.updateComplete;
    return el;
  }

  const input = (el: ParleyTranscript) => el.shadowRoot!.querySelector('input')!;
  const submit = (el: ParleyTranscript) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

  it('offers the conversation by email, with the address given already, and says where it went', async () => {
    answer(200, { conversationId: 'c-1', sentTo: 'anna@example.com' });
    const el = await fixture<ParleyTranscript>(
      html`<parley-transcript conversation="c-1" email="anna@example.com" .target=${target}></parley-transcript>`,
    );
    expect(el.shadowRoot!.querySelector('.offer')!.textContent).to.equal('Email me this conversation');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.offer')!.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('anna@example.com');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Your email address');
    submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]'), 'sent');

    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal('https://parley.test/api/v1/visitor/conversations/c-1/transcript');
    expect(calls[0].init?.method).to.equal('POST');
    expect((calls[0].init?.headers as Record<string, string>).authorization).to.equal('Bearer tok-1');
    expect(JSON.parse(String(calls[0].init?.body))).to.deep.equal({ email: 'anna@example.com' });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(
      'We sent this conversation to anna@example.com.',
    );
    await expect(el).to.be.accessible();
  });

  it('refuses an address that is not one without asking the server', async () => {
    answer(200, {});
    const el = await opened();
    input(el).value = 'anna';
    input(el).dispatchEvent(new Event('input'));
    submit(el);
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(
      'Enter an email address like name@example.com.',
    );
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('says in Polish why the server refused, and lets the visitor try again', async () => {
    answer(429, { code: 'rate_limited' });
    const el = await opened('pl', 'jan@example.pl');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Twój adres e-mail');
    submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'refused');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(
      'Ta rozmowa została już kilka razy wysłana. Spróbuj ponownie później.',
    );
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(false);
  });
});
