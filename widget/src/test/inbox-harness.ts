/** The agents' server as `<parley-inbox>` sees it in component tests, and a signed-in inbox to drive. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { ParleyInbox } from '../inbox/inbox.component.js';
import '../inbox/parley-inbox.js';
import { q, qa, settle } from './deep.js';
import { fakeSockets } from './fake-socket.js';

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;
export const realFetch = window.fetch;
/** What the inbox asked the server, since the last {@link stubFetch}. */
export const requests: { url: string; method: string; body?: unknown }[] = [];

/** Answers the inbox's requests with `handler`, recording them in {@link requests}. */
export function stubFetch(handler: Handler) {
  requests.length = 0;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return handler(url, init);
  }) as typeof fetch;
}

export const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
export const ADA = { id: 'a-1', email: 'ada@parley.test', name: 'Ada', role: 'admin' };
export const LIMITS = {
  messageMaxLength: 4000,
  uploadMaxBytes: 5_242_880,
  uploadImageTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
};
/** The session as `GET /api/v1/agent/session` answers it. */
export const SESSION = { ...ADA, locale: 'en', csrfToken: 'csrf-1', limits: LIMITS };
export const ticket = (id: string, minute: number, text: string, lastSeq = 1) => ({
  id,
  conversationId: `c-${id}`,
  status: 'open',
  visitorName: null,
  visitorCode: id.toUpperCase(),
  assigneeId: null,
  assigneeName: null,
  lastSeq,
  lastMessage: { author: 'visitor', text, sentAt: '' },
  createdAt: '2026-11-25T10:00:00Z',
  lastActivityAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00Z`,
});

export const names = (el: ParleyInbox) => qa(el, '.ticket .who').map((n) => n.textContent);

export const BOB = { id: 'a-2', email: 'bob@parley.test', name: 'Bob', role: 'agent' };

/** The server as the inbox sees it: the session, the team, and pages of tickets (`listed`, or per URL). */
export function stubServer(
  listed: object[],
  pages: (url: URL) => object | undefined = () => undefined,
  session: object = SESSION,
) {
  stubFetch((url) => {
    const u = new URL(url, location.href);
    if (u.pathname.endsWith('/api/v1/agent/session/probe')) return json(200, { signedIn: true, session });
    if (u.pathname.endsWith('/api/v1/agents')) return json(200, [ADA, BOB]);
    if (u.pathname.endsWith('/api/v1/tickets')) {
      if (u.searchParams.get('unread') === 'true') return json(200, { tickets: [] });
      return json(200, pages(u) ?? { tickets: listed });
    }
    return json(200, session);
  });
}

export async function signedInInbox(
  listed: object[] = [ticket('a', 1, 'first question'), ticket('b', 2, 'second question')],
  pages?: (url: URL) => object | undefined,
  session?: object,
) {
  stubServer(listed, pages, session);
  const fake = fakeSockets();
  const el = await fixture<ParleyInbox>(html`<parley-inbox lang="en" .socketFactory=${fake.factory}></parley-inbox>`);
  await waitUntil(() => fake.sockets.length === 1, 'connects once signed in');
  const socket = fake.last();
  socket.open();
  socket.receive({ type: 'inbox', agent: ADA, tickets: [] });
  await waitUntil(
    () => qa(el, '.ticket').length === listed.length && !q(el, 'ul[aria-busy="true"]'),
    'the list is loaded',
  );
  await settle(el);
  return { el, socket, ...fake };
}

/** The reply's text area. */
export const replyArea = (el: Element) => q<LitElement>(el, 'parley-composer')!.shadowRoot!.querySelector('textarea')!;
