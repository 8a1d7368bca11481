// End-to-end check of customer profiles in the inbox: the demo customer (a signed-in store user) writes; the store's
// server, with an API key, sets their profile and posts a "Placed Order" event through the Events API; the agent
// sees the profile beside the ticket, and the event appears there live, within a second or two. An anonymous
// visitor's profile shows their language and first page.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH. The server must run with PARLEY_DEMO_ENABLED=true.
//
// Run: node e2e/profile.e2e.mjs   (exit code 0 when every step passed)
import {
  api,
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  screenshot,
  send,
  signIn,
  signInIfNeeded,
  suffix,
} from './support.mjs';

const question = `Has my order shipped? [${suffix}]`;
const guestQuestion = `Just browsing, a question [${suffix}-g]`;
const orderId = `order-${suffix}`;

/** A call of the Events API with the store's API key. */
async function events(key, method, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

const sidebar = (page) => page.locator('parley-inbox parley-profile');

const browser = await launchBrowser();
const admin = await signIn();
let key;
let failed = false;
try {
  console.log(`Parley profile e2e against ${base} (run ${suffix})`);
  const customer = await newPage('customer', DESKTOP);
  const agent = await newPage('agent', { width: 1366, height: 860 });

  await check('an admin creates an API key for the store’s server', async () => {
    key = await api(admin, 'POST', '/api-keys', { name: `Shop backend ${suffix}` });
    if (!key.secret?.startsWith('pk_live_')) throw new Error(`the key answered ${JSON.stringify(key)}`);
  });

  await check('the demo customer writes', async () => {
    await customer.goto(`${base}/demo/?customer=demo`);
    await customer.locator('#who', { hasText: 'Demo customer' }).waitFor();
    await openChat(customer);
    await send(customer, 'parley-chat', question);
    await expectThread(customer, 'parley-chat', [question]);
  });

  await check('the store sets the customer’s profile; the agent sees it beside the ticket', async () => {
    await events(key.secret, 'PUT', '/profiles/demo-customer', {
      name: 'Dana Demo',
      email: 'dana@example.com',
      phone: '+48 600 100 200',
      location: 'Kraków, PL',
      properties: { plan: 'gold', orders: 3 },
    });
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    await agent.locator('parley-inbox .ticket', { hasText: question }).click();
    await sidebar(agent).locator('h2', { hasText: 'Dana Demo' }).waitFor();
    await sidebar(agent).locator('a[href="mailto:dana@example.com"]').waitFor();
    await sidebar(agent).locator('.kind', { hasText: 'demo-customer' }).waitFor();
  });

  await check('an event posted through the Events API appears in the sidebar live', async () => {
    const t0 = Date.now();
    await events(key.secret, 'POST', '/profiles/demo-customer/events', {
      id: orderId,
      name: 'Placed Order',
      properties: { value: 129.9, currency: 'EUR', items: [{ sku: 'RIDGE-M', qty: 1 }] },
    });
    await sidebar(agent).locator('.event', { hasText: 'Placed Order' }).first().waitFor({ timeout: 5000 });
    console.log(`    the event showed ${Date.now() - t0} ms after it was posted`);
    await screenshot(agent, 'profile-1-sidebar');
  });

  await check('an anonymous visitor’s profile shows their language and first page', async () => {
    const guest = await newPage('guest', DESKTOP);
    await guest.goto(`${base}/demo/?utm_source=secret-token#frag`);
    await openChat(guest);
    await send(guest, 'parley-chat', guestQuestion);
    await agent.locator('parley-inbox .ticket', { hasText: guestQuestion }).click();
    await sidebar(agent).locator('.kind', { hasText: 'Anonymous visitor' }).waitFor();
    await sidebar(agent).locator('dd', { hasText: 'en-US' }).waitFor();
    const page = await sidebar(agent).locator(`a[href="${base}/demo/"]`).textContent();
    if (page.includes('secret-token')) throw new Error(`the first page keeps its query: ${page}`);
  });
} catch {
  failed = true;
  await failureScreenshots('profile-failure');
} finally {
  await browser.close();
  if (key?.id) {
    const res = await fetch(`${base}/api/v1/api-keys/${key.id}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'X-Parley-CSRF': admin.csrfToken },
    });
    if (!res.ok) console.error(`    could not revoke the API key: ${res.status}`);
  }
}

finish(failed);
