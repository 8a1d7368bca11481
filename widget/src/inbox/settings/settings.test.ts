import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../parley-inbox.js';
import type { ParleySettings } from './settings.component.js';
import type { SectionId } from './settings.i18n.js';

const realFetch = window.fetch;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const SETTINGS = {
  chatEnabled: true,
  onsiteWidgetEnabled: true,
  appearance: { colour: '#1F6FEB', icon: 'chat', position: 'right', launcherLabel: '' },
  appearanceLocked: false,
  welcomeMessage: 'Hi!',
  faqs: [
    { id: 'f1', question: 'Shipping?', answer: 'Yes.', published: true },
    { id: 'f2', question: 'Returns?', answer: '30 days.', published: false },
  ],
  links: { privacyPolicyUrl: null, termsUrl: null },
  businessHours: { timeZone: 'Europe/Warsaw', alwaysOpen: false, weeklySchedule: { monday: [{ start: '09:00', end: '17:00' }] }, closures: [] },
  awayMessage: 'Away.',
  waitingThresholdSeconds: 180,
  allowedOrigins: [],
  identityVerification: { enforced: false, secretSet: false },
};

let calls: { method: string; path: string; body?: unknown; csrf: string | null }[] = [];
function server(answers: Record<string, (body: unknown) => Response> = {}) {
  calls = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input), location.href).pathname.replace('/api/v1', '');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body, csrf: new Headers(init?.headers).get('x-parley-csrf') });
    const answer = answers[`${method} ${path}`];
    if (answer) return answer(body);
    if (path === '/settings') return json(SETTINGS);
    if (path === '/macros') return json([{ id: 'm1', title: 'Greeting', body: 'Hi {{visitor.firstName}}' }]);
    if (path === '/macros/variables') return json([{ name: 'visitor.firstName', placeholder: '{{visitor.firstName}}', description: 'First name' }]);
    if (path === '/agents') return json([{ id: 'a1', name: 'Ada Admin', email: 'ada@x.test', role: 'admin' }]);
    if (path === '/api-keys') return json([]);
    if (path === '/widget/config') return json({ openNow: false, nextOpeningAt: '2026-11-30T08:00:00Z' });
    return json({ code: 'not_found' }, 404);
  }) as typeof fetch;
}

async function settings(section: SectionId = 'chat') {
  const el = await fixture<ParleySettings>(html`<parley-settings base="" csrfToken="csrf-1" locale="en" me="a1" section=${section}></parley-settings>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form, .list'), 'loaded');
  return el;
}
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const submit = (el: Element) => q<HTMLButtonElement>(el, 'form .primary').click();

describe('<parley-settings>', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should save the design with the CSRF token, and preview it in the real widget before saving', async () => {
    server({ 'PUT /settings': (body) => json({ ...SETTINGS, ...(body as object) }) });
    const el = await settings('design');
    const colour = q<HTMLInputElement>(el, '#colour');
    colour.value = '#aa3300';
    colour.dispatchEvent(new Event('input'));
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=icon]')][3].click();
    await el.updateComplete;
    const preview = q<HTMLElement & { design: { colour: string; icon: string } }>(el, '.stage parley-chat');
    expect(preview.design).to.deep.include({ colour: '#AA3300', icon: 'smile' });
    expect(calls.filter((c) => c.method === 'PUT'), 'nothing saved yet').to.have.length(0);

    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put).to.deep.include({ path: '/settings', csrf: 'csrf-1' });
    expect(put.body).to.deep.equal({ appearance: { colour: '#AA3300', icon: 'smile', position: 'right', launcherLabel: '' } });
    await expect(el).to.be.accessible();
  });

  it('should lock the design with a warning while the customer hub decides it', async () => {
    server();
    const base = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/api/v1/settings') ? json({ ...SETTINGS, appearanceLocked: true }) : base(input, init)) as typeof fetch;
    const el = await settings('design');
    expect(q(el, '.warning').textContent).to.contain('customer hub is active');
    expect(q<HTMLInputElement>(el, '#colour').disabled).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset')].every((f) => f.disabled)).to.equal(true);
    expect(q<HTMLInputElement>(el, '#launcherLabel').disabled).to.equal(true);
  });

  it('should show a refusal beside the form, mark the field, and keep what was saved', async () => {
    server({ 'PUT /settings': () => json({ code: 'invalid_waiting_threshold', detail: 'Between 1 and 1,440 minutes.' }, 400) });
    const el = await settings('behaviour');
    const minutes = q<HTMLInputElement>(el, '#waitingThreshold');
    expect(minutes.value).to.equal('3');
    minutes.value = '0';
    minutes.dispatchEvent(new Event('input'));
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').getAttribute('role')).to.equal('alert');
    expect(q(el, '.refusal').textContent).to.equal('Between 1 and 1,440 minutes.');
    expect(q(el, '#waitingThreshold').getAttribute('aria-invalid')).to.equal('true');
    expect(calls.find((c) => c.method === 'PUT')!.body).to.deep.include({ waitingThresholdSeconds: 0 });
  });

  it('should reorder FAQs with the keyboard-usable arrows and save the whole list in order', async () => {
    server({ 'PUT /settings': (body) => json({ ...SETTINGS, ...(body as object) }) });
    const el = await settings('faqs');
    expect([...el.shadowRoot!.querySelectorAll('.faq-preview li')].map((l) => l.textContent), 'visitors see the published ones').to.deep.equal(['Shipping?']);
    q<HTMLButtonElement>(el, 'button[aria-label="Move down: Shipping?"]').click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => calls.some((c) => c.method === 'PUT'));
    expect((calls.find((c) => c.method === 'PUT')!.body as { faqs: { id: string }[] }).faqs.map((f) => f.id)).to.deep.equal(['f2', 'f1']);
  });

  it('should write a saved reply with variables and a preview, and add a team member', async () => {
    server({
      'POST /macros': (body) => json({ id: 'm2', ...(body as object) }, 201),
      'POST /agents': (body) => json({ id: 'a2', ...(body as object) }, 201),
    });
    const el = await settings('macros');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'New saved reply')!.click();
    await el.updateComplete;
    const title = q<HTMLInputElement>(el, '#macroTitle');
    title.value = 'Hello';
    title.dispatchEvent(new Event('input'));
    const body = q<HTMLTextAreaElement>(el, '#macroBody');
    body.value = 'Hi ';
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.chip').click();
    await el.updateComplete;
    expect(q(el, '.preview .bubble').textContent).to.equal('Hi Anna');
    submit(el);
    await waitUntil(() => calls.some((c) => c.method === 'POST'));
    expect(calls.find((c) => c.method === 'POST')!.body).to.deep.equal({ title: 'Hello', body: 'Hi {{visitor.firstName}}' });

    await waitUntil(() => !el.shadowRoot!.querySelector('#macroTitle'), 'the saved reply is saved');
    el.section = 'team';
    await el.updateComplete;
    q<HTMLInputElement>(el, '#memberName').value = 'Bob';
    q<HTMLInputElement>(el, '#memberEmail').value = 'bob@x.test';
    q<HTMLInputElement>(el, '#memberPassword').value = 'secret-123';
    submit(el);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.list li').length === 2, `listed: ${JSON.stringify(calls.slice(-3))} ${el.shadowRoot!.querySelector('.refusal')?.textContent}`);
    expect(calls.find((c) => c.path === '/agents' && c.method === 'POST')!.body).to.deep.equal({ name: 'Bob', email: 'bob@x.test', password: 'secret-123', role: 'agent' });
    expect(q<HTMLButtonElement>(el, '.list li button').disabled, 'an admin cannot remove themselves').to.equal(true);
  });

  it('should save email notifications and show a refused recipient beside its field', async () => {
    server({
      'PUT /settings': (body) =>
        (body as { emailNotifications: { recipients: string[] } }).emailNotifications.recipients.includes('nope')
          ? json({ code: 'invalid_recipient', detail: '“nope” is not an email address.' }, 400)
          : json({ ...SETTINGS, ...(body as object) }),
    });
    const el = await settings('notifications');
    q<HTMLInputElement>(el, '#emailEnabled').click();
    const recipients = q<HTMLTextAreaElement>(el, '#recipients');
    recipients.value = 'team@shop.test\nnope';
    recipients.dispatchEvent(new Event('input'));
    const delay = q<HTMLInputElement>(el, '#delay');
    delay.value = '5';
    delay.dispatchEvent(new Event('input'));
    submit(el);
    await waitUntil(() => q(el, '.refusal'));
    expect(q(el, '#recipients').getAttribute('aria-invalid')).to.equal('true');
    recipients.value = 'team@shop.test';
    recipients.dispatchEvent(new Event('input'));
    submit(el);
    await waitUntil(() => q(el, '.saved'));
    expect(calls.filter((c) => c.method === 'PUT').at(-1)!.body).to.deep.equal({
      emailNotifications: { enabled: true, recipients: ['team@shop.test'], delaySeconds: 300 },
    });
  });

  it('should rotate the identity secret with a grace period and show the new one once', async () => {
    server({
      'PUT /settings': () =>
        json({ ...SETTINGS, identityVerification: { enforced: false, secretSet: true, previousSecretUntil: '2026-11-26T10:00:00Z', newSecret: 'ab'.repeat(32) } }),
    });
    const el = await settings('security');
    const grace = q<HTMLInputElement>(el, '#graceHours');
    grace.value = '12';
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Generate a new secret')!.click();
    await waitUntil(() => q(el, '.secret'));
    expect(q(el, '.secret code').textContent).to.equal('ab'.repeat(32));
    expect(calls.find((c) => c.method === 'PUT')!.body).to.deep.equal({ identityVerification: { enforced: false, rotate: true, graceHours: 12 } });
    expect(q(el, '.card .hint').textContent).to.contain('still verifies until');
  });

  it('should list the audit log newest first, with older pages', async () => {
    const entry = (id: string, action: string, summary: object) => ({ id, at: '2026-11-25T10:00:00Z', actor: { id: 'a1', name: 'Ada Admin' }, action, summary });
    server({
      'GET /audit': () =>
        json({
          entries: [
            entry('e2', 'settings.updated', {
              waitingThresholdSeconds: { before: 180, after: 240 },
              appearance: { before: { colour: '#1F6FEB', icon: 'chat' }, after: { colour: '#AA3300', icon: 'chat' } },
              faqs: { added: ['Shipping?'], removed: [], reordered: false },
            }),
          ],
          nextCursor: 'e2',
        }),
    });
    const el = await settings('chat');
    q<HTMLAnchorElement>(el, 'nav a[href="#/settings/audit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.audit li').length === 1, 'listed');
    expect(q(el, '.audit li span').textContent).to.equal('changed the settings');
    expect(q(el, '.audit .summary').textContent).to.equal('waitingThresholdSeconds: 180 → 240 · appearance: colour #1F6FEB → #AA3300 · faqs: added Shipping?');
    window.fetch = (async () => json({ entries: [entry('e1', 'macro.added', { title: 'Hi' })] })) as typeof fetch;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Older changes')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.audit li').length === 2, 'the older page');
    await expect(el).to.be.accessible();
  });

  it('should say when the team is back', async () => {
    server();
    const el = await settings('hours');
    await waitUntil(() => q(el, '.status-line'));
    expect(q(el, '.status-line').textContent).to.match(/^Closed now\. Opens .*Nov/);
  });
});
