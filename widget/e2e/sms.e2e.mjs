// End-to-end check of the SMS channel with the demo's fake provider. On a 375 px phone, the phone simulator
// (/demo/phone/) texts the store from the demo customer's number, +48600100200; Parley takes it. On a desktop, the
// admin finds the SMS ticket (its envelope icon) in the inbox, sees the customer's number in its header, writes a
// reply (the counter says how many SMS it takes) and sends it; the fake provider's status callbacks take the reply's
// delivery state to Delivered, and the reply appears on the simulated phone as delivered. Screenshots at 1280 and
// 375 px. The SMS settings are put back afterwards when the script had to turn the channel on.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH. The server must run with PARLEY_DEMO_ENABLED=true, its SMS settings on
// the built-in fake provider (demoProvider).
//
// Run: node e2e/sms.e2e.mjs   (exit code 0 when every step passed)
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
  send,
  signIn,
  signInIfNeeded,
  suffix,
  TIMEOUT,
  waitForHealth,
} from './support.mjs';

const NUMBER = '+48600100200';
const NARROW = { width: 375, height: 812 };
const question = `Where is my order 1234? [${suffix}]`;
const reply = `It ships today [${suffix}]`;
/** Delivery can take the fake provider a few callbacks: more time than a page element. */
const DELIVERY_TIMEOUT = 3 * TIMEOUT;

console.log(`Parley SMS e2e against ${base} (run ${suffix})`);
await waitForHealth();
const session = await signIn();
const before = await api(session, 'GET', '/settings/sms');
const probe = await api(session, 'GET', '/agent/session/probe');
const adminLocale = probe.session?.locale ?? 'en';
const browser = await launchBrowser();
let turnedOn = false;
let failed = false;
try {
  await check('the SMS channel runs on the demo’s fake provider, and is on', async () => {
    if (!before.demoProvider)
      throw new Error('the SMS settings do not use the fake provider: run the server with PARLEY_DEMO_ENABLED=true');
    if (!before.enabled) {
      const { optOutKeywords, optInKeywords, baseUrl, accountId, sender } = before;
      const after = await api(session, 'PUT', '/settings/sms', {
        enabled: true,
        baseUrl,
        accountId,
        sender,
        optOutKeywords,
        optInKeywords,
      });
      if (!after.enabled) throw new Error('SMS could not be turned on');
      turnedOn = true;
    }
    await api(session, 'PATCH', '/agents/me', { locale: 'en' });
  });

  const phone = await newPage('phone', NARROW, { locale: 'en-US', mobile: true });
  const inbox = await newPage('admin', DESKTOP, { locale: 'en-US' });
  const phoneThread = phone.locator('#thread');

  await check('the phone simulator texts the store from the demo customer’s number', async () => {
    await phone.goto(`${base}/demo/phone/`);
    const number = phone.getByLabel('This phone’s number');
    if ((await number.inputValue()) !== NUMBER)
      throw new Error(`the simulator's number is ${await number.inputValue()}`);
    await phone.getByLabel('Text message').fill(question);
    await phone.locator('#counter', { hasText: /characters · 1 SMS$/ }).waitFor();
    await phone.locator('#send').click();
    const mine = phoneThread.locator('li.mine', { hasText: question });
    await mine.locator('.meta', { hasText: 'Received by the store' }).waitFor();
    await screenshot(phone, 'sms-375-phone-sent');
  });

  const row = inbox.locator('parley-inbox .ticket', { hasText: question });
  const thread = inbox.locator('parley-inbox parley-ticket-thread');

  await check('the admin sees the SMS ticket, with its envelope icon, and opens it', async () => {
    await inbox.goto(`${base}/inbox/`);
    await signInIfNeeded(inbox);
    await row.waitFor();
    await row.locator('.channel[aria-label="SMS"] svg').waitFor();
    await row.click();
    await thread.locator('.sms-phone', { hasText: NUMBER }).waitFor();
    const bubbles = thread.locator('parley-message-list li[data-seq] [part~="bubble"]', { hasText: question });
    await bubbles.first().waitFor();
    await screenshot(inbox, 'sms-1280-ticket');
  });

  await check('the reply counts its SMS, is sent, and its delivery state becomes Delivered', async () => {
    await inbox.locator('parley-inbox parley-composer textarea').fill(reply);
    await inbox.locator('parley-inbox .sms-counter', { hasText: `${reply.length} characters · 1 SMS` }).waitFor();
    if (await inbox.locator('parley-inbox parley-reply input.file').count())
      throw new Error('an SMS ticket offers to attach an image');
    await inbox.locator('parley-inbox .sms-no-images', { hasText: 'No images over SMS' }).waitFor();
    await send(inbox, 'parley-inbox', reply);
    const sent = thread.locator('parley-message-list li[data-seq]', { hasText: reply });
    await sent.locator('[part~="delivery"]').waitFor();
    await sent.locator('[part~="delivery"]', { hasText: 'Delivered' }).waitFor({ timeout: DELIVERY_TIMEOUT });
    await screenshot(inbox, 'sms-1280-delivered');
  });

  await check('the reply reaches the simulated phone, delivered', async () => {
    const theirs = phoneThread.locator('li.theirs', { hasText: reply });
    await theirs.locator('.meta', { hasText: 'Delivered' }).waitFor({ timeout: DELIVERY_TIMEOUT });
    await screenshot(phone, 'sms-375-phone-reply');
  });

  await check('at 375 px the inbox shows the SMS ticket with its number and delivery states', async () => {
    await inbox.setViewportSize(NARROW);
    await thread.locator('.sms-phone', { hasText: NUMBER }).waitFor();
    await thread.locator('parley-message-list li[data-seq]', { hasText: reply }).scrollIntoViewIfNeeded();
    await screenshot(inbox, 'sms-375-inbox');
    await phone.setViewportSize(DESKTOP);
    await screenshot(phone, 'sms-1280-phone');
  });
} catch {
  failed = true;
  await failureScreenshots('sms-failure');
} finally {
  await browser.close();
  if (turnedOn) {
    await check('the SMS channel is turned off again', async () => {
      const now = await api(await signIn(), 'GET', '/settings/sms');
      const { optOutKeywords, optInKeywords, baseUrl, accountId, sender } = now;
      await api(await signIn(), 'PUT', '/settings/sms', {
        enabled: false,
        baseUrl,
        accountId,
        sender,
        optOutKeywords,
        optInKeywords,
      });
    }).catch(() => (failed = true));
  }
  await check("the admin's language is put back", async () =>
    api(await signIn(), 'PATCH', '/agents/me', { locale: adminLocale }),
  ).catch(() => (failed = true));
}

finish(failed, { timedFailure: true });
