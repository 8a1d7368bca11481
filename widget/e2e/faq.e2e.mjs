// End-to-end check of the FAQs: an admin publishes two FAQs and the store's links through the settings API, the
// visitor sees the FAQs first, reads an answer without a round trip, sees the links, then asks for a person and
// receives the welcome message. The settings are put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/faq.e2e.mjs   (exit code 0 when every step passed)
import { join } from 'node:path';
import {
  base,
  check,
  clientAddress,
  finish,
  launchBrowser,
  problems,
  putBackSettings,
  settings,
  shots,
  signIn,
  suffix,
  TIMEOUT,
} from './support.mjs';

const faqs = [
  { question: `Do you ship abroad? [${suffix}]`, answer: `Yes, everywhere in the EU. [${suffix}-a]` },
  { question: `How do I return an item? [${suffix}]`, answer: 'Within 30 days.' },
];
const links = { privacyPolicyUrl: 'https://shop.example.com/privacy', termsUrl: 'https://shop.example.com/terms' };

console.log(`Parley FAQ e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await check('admin publishes FAQs and links', async () => {
    const after = await settings(session, { faqs: faqs.map((f) => ({ ...f, published: true })), links });
    if (after.faqs.length !== 2) throw new Error(`expected 2 FAQs, got ${JSON.stringify(after.faqs)}`);
  });

  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    extraHTTPHeaders: clientAddress(),
  });
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
    const anchors = await page
      .locator('parley-chat .links a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.href, a.target, a.rel]));
    const want = [
      ['Privacy policy', links.privacyPolicyUrl, '_blank', 'noopener noreferrer'],
      ['Terms', links.termsUrl, '_blank', 'noopener noreferrer'],
    ];
    if (JSON.stringify(anchors) !== JSON.stringify(want)) throw new Error(`links: ${JSON.stringify(anchors)}`);
    await page.screenshot({ path: join(shots, '5-visitor-faq.png') });
  });

  await check('"I still need help" goes live and the welcome message arrives', async () => {
    await page.locator('parley-chat .faqs .help').click();
    await page
      .locator('parley-chat parley-message-list li[data-seq="1"] [part~="bubble"]', { hasText: before.welcomeMessage })
      .waitFor();
    await page.locator('parley-chat parley-composer textarea').waitFor();
    const frames = sent.filter((t) => t === 'browse' || t === 'live');
    if (frames.join() !== 'browse,live') throw new Error(`sent ${JSON.stringify(sent)}`);
    await page.screenshot({ path: join(shots, '5-visitor-live.png') });
  });
} catch {
  failed = true;
} finally {
  await browser.close();
  await check('settings are put back', () => putBackSettings({ faqs: before.faqs, links: before.links })).catch(
    () => (failed = true),
  );
}

finish(failed, { timedFailure: true });
