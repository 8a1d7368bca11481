/**
 * A fake Parley for the settings' component tests: `fetch` answers the settings sections
 * (`GET/PUT /api/v1/settings/{section}`, as docs/rest-settings.md describes them) and the other endpoints the screens
 * call, and records every call.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../parley-inbox.js';
import type { SectionId } from './settings.i18n.js';
import type { ParleySettings } from './settings.component.js';

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** A problem document (RFC 9457) as Parley refuses a value, naming the field when one is to blame. */
export const problem = (code: string, detail: string, field?: string) =>
  json({ type: 'about:blank', title: 'Bad Request', status: 400, code, detail, ...(field && { field }) }, 400);

const SECTIONS: Record<string, Record<string, unknown>> = {
  chat: { chatEnabled: true, onsiteWidgetEnabled: true },
  design: {
    appearance: { colour: '#1F6FEB', icon: 'chat', position: 'right', launcherLabel: '' },
    appearanceLocked: false,
    customerHub: { active: false },
    effectiveAppearance: { colour: '#1F6FEB', icon: 'chat', position: 'right', launcherLabel: '' },
  },
  behaviour: {
    language: 'en',
    welcomeMessage: 'Hi!',
    welcomeMessageTranslations: { pl: 'Dzień dobry!' },
    links: { privacyPolicyUrl: null, termsUrl: null },
    waitingThresholdSeconds: 180,
    storeName: '',
  },
  faqs: {
    faqs: [
      { id: 'f1', question: 'Shipping?', answer: 'Yes.', published: true },
      { id: 'f2', question: 'Returns?', answer: '30 days.', published: false },
    ],
  },
  availability: {
    businessHours: {
      timeZone: 'Europe/Warsaw',
      alwaysOpen: false,
      weeklySchedule: { monday: [{ start: '09:00', end: '17:00' }] },
      closures: [],
    },
    awayMessage: 'Away.',
    awayMessageTranslations: {},
  },
  assistant: {
    enabled: false,
    mode: 'retrieval',
    handoffTarget: 'inbox',
    handoffMessage: '',
    greeting: '',
    turnLimit: 8,
    minCoverage: 0,
    minLead: 0,
    languageModel: { configured: false },
  },
  embedding: { allowedOrigins: [], identityVerification: { enforced: false, secretSet: false } },
  'email-notifications': { emailNotifications: { enabled: false, recipients: [], delaySeconds: 0 } },
};
const READ_ONLY = ['appearanceLocked', 'effectiveAppearance', 'languageModel'];

export interface Call {
  method: string;
  path: string;
  body?: unknown;
  csrf: string | null;
}
export let calls: Call[] = [];
/** Each section as the fake server holds it now. */
export let sections: Record<string, Record<string, unknown>> = {};

const realFetch = window.fetch;
export const restoreFetch = () => (window.fetch = realFetch);

/**
 * Fakes Parley's API. `answers` (keyed `METHOD /path`, without `/api/v1`) come first; a `PUT /settings/{section}`
 * otherwise keeps the given fields and answers the section, refusing a field that is not the section's.
 */
export function server(
  answers: Record<string, (body: unknown) => Response | Promise<Response>> = {},
  changes: Record<string, Record<string, unknown>> = {},
) {
  calls = [];
  sections = Object.fromEntries(
    Object.entries(SECTIONS).map(([id, value]) => [id, structuredClone({ ...value, ...changes[id] })]),
  );
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), location.href);
    const path = url.pathname.replace('/api/v1', '');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body, csrf: new Headers(init?.headers).get('x-parley-csrf') });
    const answer = answers[`${method} ${path}`];
    if (answer) return answer(body);
    const section = /^\/settings\/([a-z-]+)$/.exec(path)?.[1];
    if (section) {
      const value = sections[section];
      if (!value) return json({ code: 'unknown_settings_section', detail: 'No such settings section.' }, 404);
      if (method === 'GET') return json(value);
      if (method !== 'PUT') return json({ code: 'method_not_allowed' }, 405);
      const unknown = Object.keys(body as object).find((k) => !(k in value));
      if (unknown) return problem('unknown_field', `“${unknown}” is not a field of ${section}.`, unknown);
      for (const [k, v] of Object.entries(body as object)) if (v !== null && !READ_ONLY.includes(k)) value[k] = v;
      return json(value);
    }
    if (path === '/macros') return json([{ id: 'm1', title: 'Greeting', body: 'Hi {{visitor.firstName}}' }]);
    if (path === '/macros/variables')
      return json([{ name: 'visitor.firstName', placeholder: '{{visitor.firstName}}', description: 'First name' }]);
    if (path === '/agents') return json([{ id: 'a1', name: 'Ada Admin', email: 'ada@x.test', role: 'admin' }]);
    if (path === '/api-keys') return json([]);
    if (path === '/widget/config') return json({ openNow: false, nextOpeningAt: '2026-11-30T08:00:00Z' });
    return json({ code: 'not_found', detail: 'Not found.' }, 404);
  }) as typeof fetch;
}

/** `<parley-settings>` on `section`, as the inbox shows it, once the screen has loaded what it shows. */
export async function settings(section: SectionId = 'chat', locale: 'en' | 'pl' = 'en') {
  const el = await fixture<ParleySettings>(
    html`<parley-settings base="" csrfToken="csrf-1" locale=${locale} me="a1" section=${section}></parley-settings>`,
  );
  await loaded(el);
  return el;
}

/** The open screen's element. */
export const screen = (el: ParleySettings) => el.shadowRoot!.querySelector<LitElement>('.pane > :not(h2)')!;

/** Waits until the open screen shows what it loaded (a form or a list, and nothing still loading). */
export async function loaded(el: ParleySettings) {
  const loading = (root: ShadowRoot) =>
    [...root.querySelectorAll('p[role=status]')].some((p) => ['Loading…', 'Ładowanie…'].includes(p.textContent!));
  await waitUntil(() => {
    const root = screen(el)?.shadowRoot;
    return root?.querySelector('form, .list') && !loading(root);
  }, 'the screen is loaded');
}

/** The first element matching `selector` in the open screen. */
export const q = <T extends Element = HTMLElement>(el: ParleySettings, selector: string) =>
  screen(el).shadowRoot!.querySelector<T>(selector)!;
export const qa = <T extends Element = HTMLElement>(el: ParleySettings, selector: string) => [
  ...screen(el).shadowRoot!.querySelectorAll<T>(selector),
];
export const button = (el: ParleySettings, text: string) =>
  qa<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text)!;
export const submit = (el: ParleySettings) => q<HTMLButtonElement>(el, 'form .primary').click();
export const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input'));
};
export const puts = () => calls.filter((c) => c.method === 'PUT');
