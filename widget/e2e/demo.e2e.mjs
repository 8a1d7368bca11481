// End-to-end check of the demo store's two modes: a guest chats anonymously; "Demo sign-in" has Parley sign the demo
// customer's identity, and the widget then follows the customer's own conversation, the same one on another device;
// signing out returns to the guest's chat.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH. The server must run with PARLEY_DEMO_ENABLED=true.
//
// Run: node e2e/demo.e2e.mjs   (exit code 0 when every step passed)
import {
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  openChat,
  PHONE,
  screenshot,
  send,
  suffix,
} from './support.mjs';

const asGuest = `Guest question [${suffix}-g]`;
const asCustomer = `Where is my order #1002? [${suffix}-c]`;

/**
 * Writes the visitor's first message in an open widget (after "I still need help" when the store shows FAQs) and
 * presses Enter; answers the time of the press.
 */
async function writeFirst(page, text) {
  const help = page.locator('parley-chat .faqs .help');
  if (await help.count()) await help.click();
  const composer = page.locator('parley-chat parley-composer textarea');
  await composer.fill(text);
  const pressed = Date.now();
  await composer.press('Enter');
  return pressed;
}

const browser = await launchBrowser();
let failed = false;
try {
  console.log(`Parley demo e2e against ${base} (run ${suffix})`);
  const laptop = await newPage('laptop', DESKTOP);
  const frames = [];
  laptop.on('websocket', (ws) => ws.on('framesent', (f) => frames.push(JSON.parse(f.payload))));

  await check(
    'the panel shows at once, and the visitor’s message shows as sending before the server has it',
    async () => {
      const page = await newPage('first-moments', DESKTOP);
      // The store's answers are held back: the panel shows its skeleton meanwhile, then the real content.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route('**/api/v1/widget/config*', async (route) => {
        await held;
        await route.continue();
      });
      // The visitor's `send` reaches the server only when the test lets it.
      let letSendThrough;
      const sendHeld = new Promise((resolve) => (letSendThrough = resolve));
      await page.routeWebSocket('**/ws/visitor', (ws) => {
        const server = ws.connectToServer();
        ws.onMessage(async (message) => {
          if (JSON.parse(message).type === 'send') await sendHeld;
          server.send(message);
        });
      });
      await page.goto(`${base}/demo/`);
      const opened = Date.now();
      await page.locator('parley-chat [part~="launcher"]').click();
      await page.locator('parley-chat .skeleton[role=status][aria-busy=true]').waitFor();
      const skeletonAfter = Date.now() - opened;
      release();
      await page.locator('parley-chat parley-composer textarea, parley-chat .faqs button').first().waitFor();
      if (await page.locator('parley-chat .skeleton').count()) throw new Error('the skeleton stays');
      const text = `Shown at once [${suffix}-f]`;
      const sent = await writeFirst(page, text);
      const bubble = page.locator('parley-chat parley-message-list li.sending', { hasText: text });
      await bubble.waitFor();
      const shownAfter = Date.now() - sent;
      letSendThrough();
      await page.locator('parley-chat parley-message-list li.sent', { hasText: text }).waitFor();
      console.log(`      skeleton ${skeletonAfter} ms after the click; own message shown ${shownAfter} ms after Enter`);
      await page.context().close();
    },
  );

  await check('first opening and first message, as a visitor sees them (figures)', async () => {
    const page = await newPage('timing', DESKTOP);
    await page.goto(`${base}/demo/`);
    await page.locator('parley-chat [part~="launcher"]').waitFor();
    const t0 = Date.now();
    await page.locator('parley-chat [part~="launcher"]').click();
    await page.locator('parley-chat [part~="panel"]').waitFor({ state: 'visible' });
    const panel = Date.now() - t0;
    await page.locator('parley-chat parley-composer textarea, parley-chat .faqs button').first().waitFor();
    const content = Date.now() - t0;
    const text = `First message [${suffix}-t]`;
    const t1 = await writeFirst(page, text);
    await page.locator('parley-chat parley-message-list li', { hasText: text }).waitFor();
    const shown = Date.now() - t1;
    await page.locator('parley-chat parley-message-list li.sent', { hasText: text }).waitFor();
    const acked = Date.now() - t1;
    console.log(
      `      first opening: panel ${panel} ms, content ${content} ms; first message: shown ${shown} ms, acknowledged ${acked} ms`,
    );
    await page.context().close();
  });

  await check('a guest chats anonymously', async () => {
    await laptop.goto(`${base}/demo/`);
    await laptop.locator('#who', { hasText: 'Guest' }).waitFor();
    await openChat(laptop);
    await send(laptop, 'parley-chat', asGuest);
    await expectThread(laptop, 'parley-chat', [asGuest]);
    // The emoji palette draws every emoji: with this system's colour emoji font, or as pictures loaded for it.
    await laptop.locator('parley-chat parley-composer button.emoji').click();
    const palette = laptop.locator('parley-chat parley-composer .palette');
    await palette.waitFor();
    const drawn = await palette.evaluate((p) =>
      [...p.querySelectorAll('button')].map((b) => {
        const img = b.querySelector('img');
        return img ? img.complete && img.naturalWidth > 0 : b.textContent.trim().length > 0;
      }),
    );
    if (drawn.length !== 24 || drawn.includes(false)) throw new Error(`the palette draws ${JSON.stringify(drawn)}`);
    await screenshot(laptop, 'demo-0-emoji-palette');
    await laptop.keyboard.press('Escape');
    const hello = frames.find((f) => f.type === 'hello');
    if (hello.userId || hello.userHash)
      throw new Error(`a guest's hello carries an identity: ${JSON.stringify(hello)}`);
  });

  await check('"Demo sign-in" signs the demo customer in, and the widget follows their own conversation', async () => {
    frames.length = 0;
    await laptop.locator('#account').click();
    await laptop.locator('#who', { hasText: 'Demo customer' }).waitFor();
    if (!laptop.url().includes('customer=demo'))
      throw new Error(`the page does not remember the mode: ${laptop.url()}`);
    await openChat(laptop);
    await send(laptop, 'parley-chat', asCustomer);
    await expectThread(laptop, 'parley-chat', [asCustomer]);
    const hello = frames.find((f) => f.type === 'hello');
    if (hello?.userId !== 'demo-customer' || !/^[0-9a-f]{64}$/.test(hello.userHash ?? '')) {
      throw new Error(`the hello carries ${JSON.stringify(hello)}`);
    }
    const seen = await laptop.locator('parley-chat parley-message-list [part~="bubble"]').allTextContents();
    if (seen.includes(asGuest)) throw new Error("the guest's conversation shows in the customer's");
    await screenshot(laptop, 'demo-1-customer');
  });

  await check('on another device the demo customer sees the same conversation', async () => {
    const phone = await newPage('phone', PHONE, { mobile: true });
    await phone.goto(`${base}/demo/?customer=demo`);
    const [scrollWidth, width] = await phone.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (scrollWidth > PHONE.width || width !== PHONE.width)
      throw new Error(`the store is ${scrollWidth} px wide on a ${PHONE.width} px phone`);
    await phone.locator('#who', { hasText: 'Demo customer' }).waitFor();
    await openChat(phone);
    await expectThread(phone, 'parley-chat', [asCustomer]);
    await screenshot(phone, 'demo-2-customer-phone');
  });

  await check("signing out brings the guest's conversation back", async () => {
    await laptop.locator('#account').click();
    await laptop.locator('#who', { hasText: 'Guest' }).waitFor();
    await openChat(laptop);
    await expectThread(laptop, 'parley-chat', [asGuest]);
    const seen = await laptop.locator('parley-chat parley-message-list [part~="bubble"]').allTextContents();
    if (seen.includes(asCustomer)) throw new Error("the customer's conversation shows to the guest");
  });
} catch {
  failed = true;
  await failureScreenshots('demo-failure');
} finally {
  await browser.close();
}

finish(failed);
