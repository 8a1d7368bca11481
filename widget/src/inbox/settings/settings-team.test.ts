import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
  calls,
  json,
  problem,
  puts,
  q,
  qa,
  restoreFetch,
  screen,
  server,
  settings,
  submit,
  type,
} from './settings.fake-server.js';

describe('the settings screens with endpoints of their own', () => {
  afterEach(restoreFetch);

  it('should write a saved reply with variables and a preview, and add a team member', async () => {
    server({
      'POST /macros': (body) => json({ id: 'm2', ...(body as object) }, 201),
      'POST /agents': (body) => json({ id: 'a2', ...(body as object) }, 201),
    });
    const el = await settings('macros');
    button(el, 'New saved reply').click();
    await screen(el).updateComplete;
    type(q<HTMLInputElement>(el, '#macroTitle'), 'Hello');
    type(q<HTMLTextAreaElement>(el, '#macroBody'), 'Hi ');
    await screen(el).updateComplete;
    q<HTMLButtonElement>(el, '.chip').click();
    await screen(el).updateComplete;
    expect(q(el, '.preview .bubble').textContent).to.equal('Hi Anna');
    await expect(el).to.be.accessible();
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'the saved reply is saved');
    expect(calls.find((c) => c.method === 'POST')!).to.deep.include({
      csrf: 'csrf-1',
      body: { title: 'Hello', body: 'Hi {{visitor.firstName}}' },
    });
    expect(q(el, '#macroTitle')).to.equal(null);

    el.section = 'team';
    await waitUntil(() => screen(el).localName === 'parley-settings-team' && q(el, '.list li'), 'the team');
    q<HTMLInputElement>(el, '#memberName').value = 'Bob';
    q<HTMLInputElement>(el, '#memberEmail').value = 'bob@x.test';
    q<HTMLInputElement>(el, '#memberPassword').value = 'secret-123';
    submit(el);
    await waitUntil(() => qa(el, '.list li').length === 2, 'listed');
    expect(calls.find((c) => c.path === '/agents' && c.method === 'POST')!.body).to.deep.equal({
      name: 'Bob',
      email: 'bob@x.test',
      password: 'secret-123',
      role: 'agent',
    });
    const remove = qa<HTMLButtonElement>(el, '.list li button').find((b) => b.textContent === 'Remove')!;
    expect(remove.disabled, 'an admin cannot remove themselves').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('should show a refused saved reply beside its form with its field marked', async () => {
    server({ 'POST /macros': () => problem('macro_variable_unknown', 'There is no variable {{order.id}}.') });
    const el = await settings('macros');
    button(el, 'New saved reply').click();
    await screen(el).updateComplete;
    type(q<HTMLInputElement>(el, '#macroTitle'), 'Order');
    type(q<HTMLTextAreaElement>(el, '#macroBody'), 'Your order {{order.id}}');
    submit(el);
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').textContent).to.equal('There is no variable {{order.id}}.');
    expect(q(el, '#macroBody').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#macroTitle').getAttribute('aria-invalid')).to.equal('false');
    expect(
      qa(el, '.list li').map((l) => l.querySelector('strong')!.textContent),
      'nothing added',
    ).to.deep.equal(['Greeting']);
  });

  it('should put a refused role back and say why', async () => {
    server({ 'PATCH /agents/a1': () => problem('last_admin', 'The last admin stays an admin.') });
    const el = await settings('team');
    const role = q<HTMLSelectElement>(el, '#role-a1');
    role.value = 'agent';
    role.dispatchEvent(new Event('change'));
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '.refusal').textContent).to.equal('The last admin stays an admin.');
    await screen(el).updateComplete;
    expect(q<HTMLSelectElement>(el, '#role-a1').value).to.equal('admin');
    const refusal = q(el, '.list li .refusal[role=alert]');
    expect(refusal, 'the refusal is in the member’s row').to.not.equal(null);
    expect(role.getAttribute('aria-describedby')).to.equal(refusal.id);
    expect(role.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, 'form.card .refusal'), 'nothing in the form that adds a member').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('should send a member a password link, and show a refusal in their row', async () => {
    server({ 'POST /agents/a1/password-reset': () => new Response(null, { status: 202 }) });
    const el = await settings('team');
    const send = qa<HTMLButtonElement>(el, '.list li button').find((b) =>
      b.textContent!.startsWith('Send a password link'),
    )!;
    expect(send.textContent).to.equal('Send a password link: Ada Admin');
    send.click();
    await waitUntil(() => q(el, '.list li .saved'), 'sent');
    expect(q(el, '.list li .saved').textContent).to.equal('A link to set a new password is on its way to ada@x.test.');
    expect(puts().length, 'nothing saved').to.equal(0);
    await expect(el).to.be.accessible();

    server({
      'POST /agents/a1/password-reset': () => problem('smtp_not_configured', 'No mail server is configured.'),
    });
    const again = await settings('team');
    qa<HTMLButtonElement>(again, '.list li button')
      .find((b) => b.textContent!.startsWith('Send a password link'))!
      .click();
    await waitUntil(() => q(again, '.list li .refusal'), 'refused');
    expect(q(again, '.list li .refusal').textContent).to.equal('No mail server is configured.');
    expect(q(again, '.list li .saved')).to.equal(null);
  });

  it('should save the embedding sites, rotate the identity secret with a grace period and show the new one once', async () => {
    server({
      'PUT /settings/embedding': (body) =>
        json(
          (body as { identityVerification: { rotate?: boolean } }).identityVerification.rotate
            ? {
                allowedOrigins: ['https://shop.example.com'],
                identityVerification: {
                  enforced: false,
                  secretSet: true,
                  previousSecretUntil: '2026-11-26T10:00:00Z',
                  newSecret: 'ab'.repeat(32),
                },
              }
            : { ...(body as object), identityVerification: { enforced: false, secretSet: false } },
        ),
    });
    const el = await settings('security');
    type(q<HTMLTextAreaElement>(el, '#origins'), 'https://shop.example.com');
    submit(el);
    await waitUntil(() => q(el, '.saved'), 'saved');
    expect(puts()[0]).to.deep.include({
      path: '/settings/embedding',
      body: { allowedOrigins: ['https://shop.example.com'], identityVerification: { enforced: false } },
    });

    q<HTMLInputElement>(el, '#graceHours').value = '12';
    button(el, 'Generate a new secret').click();
    await waitUntil(() => q(el, '.secret'));
    expect(q(el, '.secret code').textContent).to.equal('ab'.repeat(32));
    expect(puts()[1]).to.deep.include({
      path: '/settings/embedding',
      body: { identityVerification: { enforced: false, rotate: true, graceHours: 12 } },
    });
    expect(q(el, '.card .hint').textContent).to.contain('still verifies until');
    await expect(el).to.be.accessible();
  });

  it('should mark a refused grace period', async () => {
    server({
      'PUT /settings/embedding': () =>
        problem('invalid_grace_period', 'From 0 to 168 hours.', 'identityVerification.graceHours'),
    });
    const el = await settings('security');
    q<HTMLInputElement>(el, '#graceHours').value = '500';
    button(el, 'Generate a new secret').click();
    await waitUntil(() => q(el, '.refusal'), 'refused');
    expect(q(el, '#graceHours').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#origins').getAttribute('aria-invalid')).to.equal('false');
    expect(q(el, '.secret'), 'no secret shown').to.equal(null);
  });

  it('should show a new API key once, and revoke it', async () => {
    server({
      'POST /api-keys': (body) =>
        json(
          {
            id: 'k1',
            name: (body as { name: string }).name,
            prefix: 'pk_live_ab',
            createdAt: '2026-11-25T10:00:00Z',
            secret: 'pk_live_abcdef',
          },
          201,
        ),
      'DELETE /api-keys/k1': () =>
        json({
          id: 'k1',
          name: 'Backend',
          prefix: 'pk_live_ab',
          createdAt: '2026-11-25T10:00:00Z',
          revokedAt: '2026-11-25T11:00:00Z',
        }),
    });
    const el = await settings('security');
    expect(q(el, '.card p:not(.hint)').textContent).to.equal('No API keys yet.');
    type(q<HTMLInputElement>(el, '#keyName'), 'Backend');
    button(el, 'Create a key').click();
    await waitUntil(() => q(el, '.secret'), 'the key is shown');
    expect(q(el, '.secret code').textContent).to.equal('pk_live_abcdef');
    button(el, 'Revoke').click();
    await waitUntil(() => qa(el, '.list li .hint').some((h) => h.textContent === 'revoked'), 'revoked');
    expect(calls.find((c) => c.method === 'DELETE')!).to.deep.include({ path: '/api-keys/k1', csrf: 'csrf-1' });
  });

  it('should list the audit log newest first, with older pages', async () => {
    const entry = (id: string, action: string, summary: object) => ({
      id,
      at: '2026-11-25T10:00:00Z',
      actor: { id: 'a1', name: 'Ada Admin' },
      action,
      summary,
    });
    server({
      'GET /audit': () =>
        json({
          entries: [
            entry('e2', 'settings.updated', {
              waitingThresholdSeconds: { before: 180, after: 240 },
              appearance: { before: { colour: '#1F6FEB', icon: 'chat' }, after: { colour: '#AA3300', icon: 'chat' } },
              faqs: { added: ['Shipping?'], removed: [], reordered: false },
              language: { before: 'en', after: 'pl' },
              welcomeMessageTranslations: { before: { pl: 'Dzień dobry!' }, after: { pl: 'Witamy!' } },
            }),
          ],
          nextCursor: 'e2',
        }),
    });
    const el = await settings('chat');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#/settings/audit"]')!.click();
    await waitUntil(
      () => screen(el).localName === 'parley-settings-audit' && qa(el, '.audit li').length === 1,
      'listed',
    );
    expect(q(el, '.audit li span').textContent).to.equal('changed the settings');
    expect(q(el, '.audit .summary').textContent, 'in words, not field names').to.equal(
      'Waiting threshold: 3 min → 4 min · Design: colour #1F6FEB → #AA3300 · FAQs: added “Shipping?” · ' +
        'Store language: English → Polish · Welcome message in other languages: Polish “Dzień dobry!” → “Witamy!”',
    );
    server({
      'GET /audit': () =>
        json({
          entries: [
            entry('e1', 'team.member_added', {
              member: 'f3a9c2',
              name: 'Nora',
              email: 'nora@shop.test',
              role: 'agent',
            }),
            entry('e0', 'settings.updated', {
              chatEnabled: { before: true, after: false },
              identityVerification: { secret: 'rotated', previousSecretUntil: '2026-12-01T09:12:44Z' },
            }),
          ],
        }),
    });
    button(el, 'Older changes').click();
    await waitUntil(() => qa(el, '.audit li').length === 3, 'the older page');
    const summaries = qa(el, '.audit .summary').map((p) => p.textContent);
    expect(summaries[1], 'no ids').to.equal('Name: Nora · Email: nora@shop.test · Role: Agent');
    expect(summaries[2]).to.match(
      /^Online chat: on → off · Identity verification: secret rotated, old secret valid until .*2026/,
    );
    expect(calls[0].path).to.equal('/audit');
    await expect(el).to.be.accessible();
  });

  it('should word the audit log in Polish', async () => {
    server({
      'GET /audit': () =>
        json({
          entries: [
            {
              id: 'e1',
              at: '2026-11-25T10:00:00Z',
              actor: { id: 'a1', name: 'Ada Admin' },
              action: 'team.role_changed',
              summary: { member: 'f3a9c2', name: 'Nora', role: { before: 'agent', after: 'admin' } },
            },
          ],
        }),
    });
    const el = await settings('audit', 'pl');
    await waitUntil(() => qa(el, '.audit li').length === 1, 'listed');
    expect(q(el, '.audit li span').textContent).to.equal('zmienił(a) rolę');
    expect(q(el, '.audit .summary').textContent).to.equal('Imię i nazwisko: Nora · Rola: Konsultant → Administrator');
  });
});
