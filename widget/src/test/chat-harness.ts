// What the <parley-chat> component tests share: a widget wired to fake sockets, its parts, typing, and a stubbed
// configuration fetch.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ParleyChat } from '../components/chat/chat.component.js';
import '../parley-chat.js';
// The panel's elements, as the first opening would load them: the tests then need not wait for them.
import '../components/chat/panel.js';
import { fakeSockets, type FakeSocket } from './fake-socket.js';

export const SERVER = 'http://parley.test';

export async function chat(lang?: string) {
  // The panel waits for the store's configuration: a test that stubs none gets the default one.
  if (window.fetch === realFetch) stubConfig();
  const fake = fakeSockets();
  const el = await fixture<ParleyChat>(
    html`<parley-chat server=${SERVER} lang=${lang ?? 'en'} .socketFactory=${fake.factory}></parley-chat>`,
  );
  return { el, ...fake };
}

export const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const launcher = (el: ParleyChat) => q<HTMLButtonElement>(el, '[part~="launcher"]');
export const list = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-message-list')!;
/** The visitor's composer, around `<parley-composer>`. */
export const visitorComposer = (el: ParleyChat) => el.shadowRoot!.querySelector('parley-visitor-composer')!;
export const composer = (el: ParleyChat) =>
  (el.shadowRoot!.querySelector('parley-visitor-composer')?.shadowRoot!.querySelector('parley-composer') ?? null)!;
export const textarea = (el: ParleyChat) => composer(el).shadowRoot!.querySelector('textarea')!;
export const bubbles = (el: ParleyChat) =>
  [...list(el).shadowRoot!.querySelectorAll('li')].map((li) => ({
    text: li.querySelector('[part~="bubble"]')?.textContent ?? '',
    state: ['sent', 'sending', 'failed'].find((c) => li.classList.contains(c)),
  }));

/** Waits until the open panel shows its composer (after the panel's module and the store's configuration). */
export async function opened(el: ParleyChat) {
  await waitUntil(() => composer(el), 'the composer is shown');
  await el.updateComplete;
}

export async function type(el: ParleyChat, text: string, key: Partial<KeyboardEventInit> = {}) {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new Event('input'));
  area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...key }));
  await el.updateComplete;
  await list(el).updateComplete;
}

export async function openAndReady(el: ParleyChat, last: () => FakeSocket, ready: object = { conversation: null }) {
  launcher(el).click();
  await waitUntil(() => el.configuration !== undefined, 'the configuration is loaded');
  await el.updateComplete;
  // The panel pops open: checks of its colours wait until it is fully shown.
  await Promise.all(
    q(el, '[part~="panel"]')
      .getAnimations()
      .map((a) => a.finished),
  );
  const socket = last();
  socket.open();
  socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', ...ready });
  await el.updateComplete;
  return socket;
}

/** Stubs `fetch` with a widget configuration; records the URLs asked for. */
export const realFetch = window.fetch;
export let fetched: { url: string; init?: RequestInit }[] = [];
export function stubConfig(config: object = {}) {
  fetched = [];
  window.fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    fetched.push({ url: String(url), init });
    return new Response(JSON.stringify({ enabled: true, faqs: [], openNow: true, ...config }), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
}
