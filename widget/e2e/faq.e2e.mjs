// End-to-end check of the FAQs: an admin publishes two FAQs and the store's links through the settings API, the
// visitor sees the FAQs first, reads an answer without a round trip, sees the links, then asks for a person and
// receives the welcome message. The settings are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/faq.e2e.mjs   (exit code 0 when every step passed)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.PARLEY_BASE_URL ?? 'http://localhost:9080').replace(/\/$/, '');
const email = process.env.PARLEY_ADMIN_EMAIL;
const password = process.env.PARLEY_ADMIN_PASSWORD;
const shots = resolve(process.env.PARLEY_E2E_SCREENSHOTS ?? 'target/e2e-screenshots');
const TIMEOUT = 15_000;

if (!email || !password) {
  console.error('PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD must be set.');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const suffix = Math.random().toString(36).slice(2, 8);
const faqs = [
  { question: `Do you ship abroad? [${suffix}]`, answer: `Yes, everywhere in the EU. [${suffix}-a]` },
  { question: `How do I return an item? [${suffix}]`, answer: 'Within 30 days.' },
];
const links = { privacyPolicyUrl: 'https://shop.example.com/privacy', termsUrl: 'https://shop.example.com/terms' };

let step = 0;
const started = Date.now();
async function check(title, fn) {
  step++;
  const t0 = Date.now();
  try {
    await fn();
    console.log(`  ✔ ${step}. ${title} (${Date.now() - t0} ms)`);
  } catch (e) {
    console.error(`  ✘ ${step}. ${title}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
    throw e;
  }
}

/** An admin session over plain HTTP: the cookie and the CSRF token. */
async function signIn() {
  const res = await fetch(`${base}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await res.json();
  return { cookie, csrfToken };
}

async function settings(session, body) {
  const res = await fetch(`${base}/api/v1/settings`, {
    method: body ? 'PUT' : 'GET',
    headers: {
      accept: 'application/json',
      cookie: session.cookie,
      ...(body && { 'content-type': 'application/json', 'X-Parley-CSRF': session.csrfToken }),
    },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${body ? 'PUT' : 'GET'} /api/v1/settings answered ${res.status}: ${await res.text()}`);
  return res.json();
}

console.log(`Parley FAQ e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
let failed = false;
try {
  await check('admin publishes FAQs and links', async () => {
    const after = await settings(session, { faqs: faqs.map((f) => ({ ...f, published: true })), links });
    if (after.faqs.length !== 2) throw new Error(`expected 2 FAQs, got ${JSON.stringify(after.faqs)}`);
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  const sent = [];
  page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(JSON.parse(f.payload).type)));

  await check('visitor opens the chat and sees the FAQs first', async () => {
    await page.goto(`${base}/demo/`);
    await page.locator('parley-chat [part~="launcher"]').click();
    await page.locator('parley-chat .faqs .faq', { hasText: faqs[0].question }).waitFor();
    if (await page.locator('parley-chat parley-composer').count()) throw new Error('the composer shows while browsing');
  });

  await check('an answer shows at once, and the links open in a new tab', async () => {
    await page.locator('parley-chat .faqs .faq', { hasText: faqs[0].question }).click();
    await page.locator('parley-chat .faqs p', { hasText: faqs[0].answer }).waitFor();
    const anchors = await page.locator('parley-chat .links a').evaluateAll((as) => as.map((a) => [a.textContent, a.href, a.target, a.rel]));
    const want = [
      ['Privacy policy', links.privacyPolicyUrl, '_blank', 'noopener noreferrer'],
      ['Terms', links.termsUrl, '_blank', 'noopener noreferrer'],
    ];
    if (JSON.stringify(anchors) !== JSON.stringify(want)) throw new Error(`links: ${JSON.stringify(anchors)}`);
    await page.screenshot({ path: join(shots, '5-visitor-faq.png') });
  });

  await check('"I still need help" goes live and the welcome message arrives', async () => {
    await page.locator('parley-chat .faqs .help').click();
    await page.locator('parley-chat parley-message-list li[data-seq="1"] [part~="bubble"]', { hasText: before.welcomeMessage }).waitFor();
    await page.locator('parley-chat parley-composer textarea').waitFor();
    const frames = sent.filter((t) => t === 'browse' || t === 'live');
    if (frames.join() !== 'browse,live') throw new Error(`sent ${JSON.stringify(sent)}`);
    await page.screenshot({ path: join(shots, '5-visitor-live.png') });
  });
} catch {
  failed = true;
} finally {
  await browser.close();
  await check('settings are put back', () => settings(session, { faqs: before.faqs, links: before.links })).catch(() => (failed = true));
}

if (problems.length) console.log(`  browser reported:\n    ${problems.join('\n    ')}`);
console.log(`${failed ? 'FAILED' : 'PASSED'} ${step} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
