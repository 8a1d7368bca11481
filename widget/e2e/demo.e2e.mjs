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

const browser = await launchBrowser();
let failed = false;
try {
  console.log(`Parley demo e2e against ${base} (run ${suffix})`);
  const laptop = await newPage('laptop', DESKTOP);
  const frames = [];
  laptop.on('websocket', (ws) => ws.on('framesent', (f) => frames.push(JSON.parse(f.payload))));

  await check('a guest chats anonymously', async () => {
    await laptop.goto(`${base}/demo/`);
    await laptop.locator('#who', { hasText: 'Guest' }).waitFor();
    await openChat(laptop);
    await send(laptop, 'parley-chat', asGuest);
    await expectThread(laptop, 'parley-chat', [asGuest]);
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
