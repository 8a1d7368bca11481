// End-to-end check of the handoff to the store's Zendesk in a real browser. A fake Zendesk runs here on 127.0.0.1:9191,
// where the test servers point PARLEY_HANDOFF_ZENDESK_URL (src/test/liberty/it-*.env): it hands out an OAuth token for
// the client credentials and records the tickets it is asked to make. In English on a desktop, an admin opens
// Settings → Handoff, is refused a whole host name as the subdomain, connects Zendesk, never sees the secret again and
// tests the connection; the AI agent's screen then offers Zendesk. In Polish on a phone, an anonymous visitor asks the
// AI agent for a person, is asked for an email address in place of the composer, is refused a bad one inline, gives a
// good one and is told where the team will reply; Zendesk got exactly one ticket, with that requester and the
// transcript as a private comment. The settings are put back and the connection removed afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH; PARLEY_E2E_ZENDESK_PORT (9191) for the fake Zendesk.
//
// Run: node e2e/handoff.e2e.mjs   (exit code 0 when every step passed)
import { createServer } from 'node:http';
import {
  api,
  base,
  check,
  DESKTOP,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  putBackSettings,
  screenshot,
  send,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
  waitForHealth,
} from './support.mjs';

const SECRET = `zd-secret-${suffix}`;
const account = `shop${suffix}`;

/** The tickets the fake Zendesk was asked to make: their headers and bodies. */
const tickets = [];
const zendesk = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const json = (status, value) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.method === 'POST' && req.url === `/zendesk/${account}/oauth/tokens`) {
      const asked = JSON.parse(body);
      if (asked.grant_type !== 'client_credentials' || asked.client_secret !== SECRET) return json(401, {});
      return json(200, { access_token: `token-${suffix}`, token_type: 'bearer', expires_in: 1800 });
    }
    if (req.headers.authorization !== `Bearer token-${suffix}`) return json(401, {});
    if (req.method === 'GET' && req.url === `/zendesk/${account}/api/v2/users/me.json`) return json(200, { user: {} });
    if (req.method === 'POST' && req.url === `/zendesk/${account}/api/v2/tickets.json`) {
      tickets.push({ headers: req.headers, body: JSON.parse(body) });
      return json(201, { ticket: { id: 4000 + tickets.length } });
    }
    json(404, {});
  });
});
await new Promise((done) => zendesk.listen(Number(process.env.PARLEY_E2E_ZENDESK_PORT ?? 9191), '127.0.0.1', done));

console.log(`Parley handoff e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const before = await settings(session);
const probe = await api(session, 'GET', '/agent/session/probe');
const adminLocale = probe.session?.locale ?? 'en';
const browser = await launchBrowser();
let failed = false;
try {
  await api(session, 'PATCH', '/agents/me', { locale: 'en' });
  const admin = await newPage('en admin', DESKTOP, { locale: 'en-US' });
  const screen = admin.locator('parley-settings-handoff');
  const card = screen.locator('li#card-zendesk');

  await check('en: the admin opens Settings → Handoff', async () => {
    await admin.goto(`${base}/inbox/#/settings/chat`);
    await signInIfNeeded(admin);
    await admin.locator('parley-settings nav a[href="#/settings/handoff"]').click();
    await card.getByLabel('Subdomain').waitFor();
  });

  await check('en: a whole host name as the subdomain is refused inline, and nothing is sent', async () => {
    await card.getByLabel('Subdomain').fill(`${account}.zendesk.com`);
    await card.getByLabel('Client ID').fill('parley_client');
    await card.getByLabel('Client secret').fill(SECRET);
    await card.locator('button', { hasText: 'Connect' }).click();
    const field = card.getByLabel('Subdomain');
    if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('the subdomain is not marked invalid');
    await card.locator('#zendesk-account-error').waitFor();
    const stored = await api(session, 'GET', '/settings/handoff');
    if (stored.zendesk) throw new Error('a connection was stored');
    await screenshot(admin, 'handoff-en-refused');
  });

  await check('en: connects Zendesk, and the secret is never shown again', async () => {
    await card.getByLabel('Subdomain').fill(account);
    await card.locator('button', { hasText: 'Connect' }).click();
    await card.locator('.badge', { hasText: 'Connected' }).waitFor();
    await card.getByText('Secret stored — never shown again').waitFor();
    const html = await admin.content();
    const text = await screen.evaluate((el) => el.shadowRoot.innerHTML);
    if (html.includes(SECRET) || text.includes(SECRET)) throw new Error('the secret is on the page');
    const read = await api(session, 'GET', '/settings/handoff');
    if (JSON.stringify(read).includes(SECRET)) throw new Error('the API shows the secret');
  });

  await check('en: "Test connection" says Zendesk accepted the credentials', async () => {
    await card.locator('button', { hasText: 'Test connection' }).click();
    await card.getByText(/Connected: Zendesk accepted the credentials in \d+ ms\./).waitFor();
    await screenshot(admin, 'handoff-en-connected');
  });

  await check('en: the AI agent screen offers Zendesk as the handoff target', async () => {
    await admin.locator('parley-settings nav a[href="#/settings/assistant"]').click();
    const option = admin.locator('parley-settings-assistant input[name=handoffTarget][value=zendesk]');
    await option.waitFor();
    if (await option.isDisabled()) throw new Error('Zendesk is offered disabled although it is connected');
  });

  await check('the AI agent answers first and hands off to Zendesk', async () => {
    const faqs = [{ question: `Gift cards [${suffix}]`, answer: 'Yes.', published: true, language: 'en' }];
    const after = await settings(session, { faqs, enabled: true, handoffTarget: 'zendesk', handoffMessage: '' });
    if (after.handoffTarget !== 'zendesk') throw new Error(`the target is ${after.handoffTarget}`);
  });

  const visitor = await newPage('pl visitor', PHONE, { locale: 'pl-PL', mobile: true });
  const prompt = visitor.locator('parley-chat parley-email-prompt[mode=handoff]');
  const address = `anna-${suffix}@example.com`;
  await visitor.goto(await hostPage(visitor, 'handoff-pl', { lang: 'pl' }));

  await check(
    'pl: asking for a person, the visitor is asked for an email address in place of the composer',
    async () => {
      await openChat(visitor);
      await visitor.locator('parley-chat .faqs .help').click();
      await send(visitor, 'parley-chat', `chcę rozmawiać z człowiekiem ${suffix}`);
      await visitor.locator('parley-chat parley-message-list', { hasText: 'Nasz zespół odpowie e-mailem' }).waitFor();
      await prompt.getByLabel('Twój adres e-mail').waitFor();
      if (await visitor.locator('parley-chat parley-composer textarea').isVisible())
        throw new Error('the composer is still there');
      await screenshot(visitor, 'handoff-pl-asked');
    },
  );

  await check('pl: a bad address is refused inline and nothing goes to Zendesk', async () => {
    await prompt.getByLabel('Twój adres e-mail').fill('anna-at-example');
    await prompt.locator('button', { hasText: 'Wyślij do zespołu' }).click();
    await prompt.getByText('Wpisz adres e-mail, np. jan@example.com.').waitFor();
    if (tickets.length) throw new Error('a ticket was made');
    await screenshot(visitor, 'handoff-pl-refused');
  });

  await check('pl: a good address passes the question on, and Zendesk gets exactly one ticket', async () => {
    await prompt.getByLabel('Twój adres e-mail').fill(address);
    await prompt.locator('button', { hasText: 'Wyślij do zespołu' }).click();
    await visitor
      .locator('parley-chat parley-message-list', {
        hasText: `Przekazaliśmy Twoje pytanie naszemu zespołowi; odpowie na adres ${address}.`,
      })
      .waitFor();
    const until = Date.now() + 15_000;
    while (!tickets.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1500));
    if (tickets.length !== 1) throw new Error(`Zendesk got ${tickets.length} tickets`);
    const [made] = tickets;
    if (made.body.ticket.requester.email !== address) throw new Error('another requester');
    if (made.body.ticket.comment.public !== false) throw new Error('the transcript is a public comment');
    if (!made.body.ticket.comment.body.includes(`chcę rozmawiać z człowiekiem ${suffix}`))
      throw new Error('the transcript is not in the ticket');
    if (!made.headers['idempotency-key']?.startsWith('parley-')) throw new Error('no Idempotency-Key');
    await screenshot(visitor, 'handoff-pl-passed');
  });
} catch {
  failed = true;
  await failureScreenshots('handoff-failure');
} finally {
  await browser.close();
  await check('settings are put back and Zendesk disconnected', async () => {
    await putBackSettings({
      faqs: before.faqs,
      enabled: before.enabled,
      handoffTarget: before.handoffTarget,
      handoffMessage: before.handoffMessage,
    });
    await api(await signIn(), 'DELETE', '/settings/handoff/zendesk');
  }).catch(() => (failed = true));
  await check("the admin's language is put back", async () =>
    api(await signIn(), 'PATCH', '/agents/me', { locale: adminLocale }),
  ).catch(() => (failed = true));
  zendesk.close();
}

finish(failed, { timedFailure: true });
