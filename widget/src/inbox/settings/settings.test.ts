import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ApiClient } from '../api.js';
import type { ParleySettings } from './settings.component.js';
import {
  button,
  calls,
  json,
  loaded,
  puts,
  q,
  restoreFetch,
  screen,
  server,
  settings,
} from './settings.fake-server.js';

describe('<parley-settings>', () => {
  afterEach(restoreFetch);

  it('should load the open screen and only its section, and each other screen when it is first opened', async () => {
    server();
    expect(customElements.get('parley-settings-team'), 'not loaded before it is opened').to.equal(undefined);
    const el = await settings('chat');
    expect(screen(el).localName).to.equal('parley-settings-chat');
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /settings/chat']);
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('Online chat');

    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#/settings/team"]')!;
    const opened = oneEvent(el, 'parley-settings-section');
    link.click();
    expect((await opened).detail, 'the inbox keeps the address in step').to.equal('team');
    await waitUntil(() => screen(el).localName === 'parley-settings-team', 'the team screen');
    await loaded(el);
    expect(customElements.get('parley-settings-team')).to.not.equal(undefined);
    expect(link.getAttribute('aria-current')).to.equal('page');
    expect(calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /settings/chat', 'GET /agents']);
    expect(
      calls.some((c) => c.path === '/settings'),
      'never the whole settings',
    ).to.equal(false);
  });

  it('should say that a screen loads until what it shows has come, and why not when it cannot', async () => {
    let answer!: (r: Response) => void;
    server({ 'GET /macros': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const el = await settings('chat');
    el.section = 'macros';
    await waitUntil(
      () => screen(el).localName === 'parley-settings-macros' && answer,
      'the saved replies are asked for',
    );
    await screen(el).updateComplete;
    expect(q(el, 'p[role=status]').textContent).to.equal('Loading…');
    expect(q(el, '.list'), 'no empty list meanwhile').to.equal(null);
    answer(json({ code: 'admins_only', detail: 'Only admins.' }, 403));
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').getAttribute('role')).to.equal('alert');
    expect(q(el, '.refusal').textContent).to.equal('Only admins.');
  });

  it('should follow the section the inbox gives it', async () => {
    server();
    const el = await settings('chat');
    el.section = 'faqs';
    await waitUntil(() => screen(el).localName === 'parley-settings-faqs');
    await loaded(el);
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('FAQs');
    expect(calls.at(-1)).to.deep.include({ method: 'GET', path: '/settings/faqs' });
  });

  it('should turn the widget on with the chat, and save the online chat section alone', async () => {
    server({}, { chat: { chatEnabled: false, onsiteWidgetEnabled: false } });
    const el = await settings('chat');
    expect(q<HTMLInputElement>(el, '#widgetEnabled').disabled, 'no widget without the chat').to.equal(true);
    q<HTMLInputElement>(el, '#chatEnabled').click();
    await screen(el).updateComplete;
    expect(q<HTMLInputElement>(el, '#widgetEnabled').checked).to.equal(true);
    q<HTMLButtonElement>(el, 'form .primary').click();
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()).to.have.length(1);
    expect(puts()[0]).to.deep.include({
      path: '/settings/chat',
      csrf: 'csrf-1',
      body: { chatEnabled: true, onsiteWidgetEnabled: true },
    });
    expect(q(el, '.saved').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('should make every call with the API client the inbox gives it', async () => {
    server({ 'PUT /settings/chat': () => json({ code: 'not_signed_in', detail: 'Sign in again.' }, 401) });
    let signedOut = 0;
    const api = new ApiClient('', () => signedOut++);
    api.csrfToken = 'from-the-inbox';
    const el = await fixture<ParleySettings>(
      html`<parley-settings csrfToken="stale" me="a1" section="chat" .api=${api}></parley-settings>`,
    );
    await loaded(el);
    q<HTMLButtonElement>(el, 'form .primary').click();
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(puts()[0].csrf).to.equal('from-the-inbox');
    expect(signedOut, 'the inbox hears that the session is gone').to.equal(1);
    expect(q(el, '.refusal').textContent).to.equal('Sign in again.');
  });

  it('should speak Polish', async () => {
    server();
    const el = await settings('security', 'pl');
    expect(el.shadowRoot!.querySelector('#pane-title')!.textContent).to.equal('Bezpieczeństwo');
    expect(el.shadowRoot!.querySelector('nav h1')!.textContent).to.equal('Ustawienia');
    expect(q<HTMLButtonElement>(el, 'form .primary').textContent).to.equal('Zapisz');
    expect(button(el, 'Utwórz klucz'), 'the API keys too').to.not.equal(undefined);
  });
});
