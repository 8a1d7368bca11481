// End-to-end check of the admins' webhooks screen (#/settings/webhooks) in a real browser. A receiver runs here, on
// loopback (the test servers allow http and private addresses for webhooks; a real one refuses both). In English on a
// desktop, an admin adds a webhook for messages, copies the secret shown once, sends a test event and sees it
// delivered, and reads it in the delivery log; the receiver got it signed with that secret, as the documented Node
// example (docs/examples/webhooks/verify-webhook.mjs) verifies it. In Polish on a phone 375 px wide, the screen speaks
// Polish and the webhook is deleted after its confirmation. The admin's language is put back, and the run's webhooks
// deleted if a step failed.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/webhooks.e2e.mjs   (exit code 0 when every step passed)
import { createServer } from 'node:http';
import { verifyWebhook } from '../../docs/examples/webhooks/verify-webhook.mjs';
import {
  api,
  base,
  check,
  DESKTOP,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  signInIfNeeded,
  suffix,
  waitForHealth,
} from './support.mjs';

/** The narrowest phone the inbox is made for. */
const PHONE = { width: 375, height: 812 };

/** Every request the receiver got: its headers and its raw body. */
const received = [];
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    received.push({ headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(204).end();
  });
});
await new Promise((done) => receiver.listen(0, '127.0.0.1', done));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/parley-${suffix}`;

console.log(`Parley webhooks screen e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const probe = await api(session, 'GET', '/agent/session/probe');
const adminLocale = probe.session?.locale ?? 'en';
const browser = await launchBrowser();
let failed = false;
try {
  await api(session, 'PATCH', '/agents/me', { locale: 'en' });
  const en = await newPage('en admin', DESKTOP, { locale: 'en-US' });
  const screen = en.locator('parley-settings-webhooks');
  const item = screen.locator('li.endpoint', { hasText: hookUrl });
  let secret;

  await check('en: the admin opens Settings → Webhooks', async () => {
    await en.goto(`${base}/inbox/#/settings/chat`);
    await signInIfNeeded(en);
    await en.locator('parley-settings nav a[href="#/settings/webhooks"]', { hasText: 'Webhooks' }).click();
    await screen.locator('p.hint', { hasText: 'Standard Webhooks' }).waitFor();
  });

  await check('en: adds a webhook for messages and sees its secret once', async () => {
    await screen.locator('button.new', { hasText: 'Add a webhook' }).click();
    await screen.getByLabel('URL').fill(hookUrl);
    await screen.getByLabel('Description (optional)').fill('Order system');
    for (const name of ['A ticket is created', 'A ticket’s status changes', 'A ticket is assigned'])
      await screen.getByLabel(name).uncheck();
    await screenshot(en, 'webhooks-en-form');
    await screen.locator('form button.primary', { hasText: 'Add the webhook' }).click();
    const shown = item.locator('.secret code');
    await shown.waitFor();
    secret = await shown.textContent();
    if (!/^whsec_[A-Za-z0-9+/=]{40,}$/.test(secret)) throw new Error(`the secret shown: ${secret}`);
    await item.locator('.badge', { hasText: 'Enabled' }).waitFor();
    await item.locator('.types', { hasText: 'A message is written · The AI agent hands off to a person' }).waitFor();
  });

  await check('en: sends a test event, delivered and signed with the secret shown', async () => {
    await item.locator('button', { hasText: 'Send test event' }).click();
    await item.locator('[role=status]', { hasText: 'The test event was delivered (204).' }).waitFor();
    const test = received.find((r) => JSON.parse(r.body).type === 'webhook.test');
    if (!test) throw new Error('the receiver got no test event');
    if (!verifyWebhook(secret, test.headers, test.body)) throw new Error('the signature does not verify');
    if (test.headers['user-agent'] !== 'Parley-Webhooks/1.0')
      throw new Error(`user agent ${test.headers['user-agent']}`);
  });

  await check('en: the delivery log shows the test event delivered', async () => {
    await item.locator('button', { hasText: 'Delivery log' }).click();
    const row = item.locator('tbody tr', { hasText: 'Test event' });
    await row.locator('td', { hasText: 'Delivered' }).waitFor();
    await row.locator('td', { hasText: '204' }).waitFor();
    await screenshot(en, 'webhooks-en-log');
  });

  await check('en: after a reload the secret is not shown again', async () => {
    await en.reload();
    await item.waitFor();
    if ((await item.locator('.secret').count()) !== 0) throw new Error('the secret is shown again');
    const html = await en.content();
    if (html.includes(secret.slice(6))) throw new Error('the secret is in the page');
  });
  await en.context().close();

  await api(session, 'PATCH', '/agents/me', { locale: 'pl' });
  const pl = await newPage('pl admin', PHONE, { locale: 'pl-PL', mobile: true });
  const ekran = pl.locator('parley-settings-webhooks');
  const wpis = ekran.locator('li.endpoint', { hasText: hookUrl });

  await check('pl: on a phone the screen speaks Polish and fits', async () => {
    await pl.goto(`${base}/inbox/#/settings/webhooks`);
    await signInIfNeeded(pl);
    await wpis.locator('.badge', { hasText: 'Włączony' }).waitFor();
    await wpis.locator('.types', { hasText: 'Napisano wiadomość' }).waitFor();
    await wpis.locator('button', { hasText: 'Wyślij zdarzenie testowe' }).waitFor();
    const box = await wpis.boundingBox();
    if (box.x < 0 || box.x + box.width > PHONE.width + 0.5) throw new Error(`overflows: ${JSON.stringify(box)}`);
    await screenshot(pl, 'webhooks-pl-phone');
  });

  await check('pl: deletes the webhook after its confirmation', async () => {
    await wpis.locator('button', { hasText: 'Usuń' }).click();
    await wpis.locator('[role=alertdialog]', { hasText: 'Usunąć webhook' }).waitFor();
    await screenshot(pl, 'webhooks-pl-delete');
    await wpis.locator('button.danger', { hasText: 'Usuń' }).click();
    await wpis.waitFor({ state: 'detached' });
  });
  await pl.context().close();
} catch {
  failed = true;
  await failureScreenshots('webhooks-failure');
} finally {
  await browser.close();
  receiver.close();
  await check("the run's webhooks are gone and the admin's language put back", async () => {
    const admin = await signIn();
    const { webhooks } = await api(admin, 'GET', '/webhooks');
    for (const w of webhooks.filter((x) => x.url === hookUrl)) {
      const res = await fetch(`${base}/api/v1/webhooks/${w.id}`, {
        method: 'DELETE',
        headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
      });
      if (res.status !== 204) throw new Error(`DELETE answered ${res.status}`);
    }
    await api(admin, 'PATCH', '/agents/me', { locale: adminLocale });
  }).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
