// End-to-end check of agents' images in the widget: an agent uploads a photo and sends it with a caption; the visitor
// sees it inline (loaded with the visitor's own token), opens it full size, closes it with Escape (the chat stays
// open), and still sees it after a reload, on a desktop and on a phone.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/images.e2e.mjs   (exit code 0 when every step passed)
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
  replyAsAgent,
  screenshot,
  send,
  signIn,
  suffix,
  ticketWith,
} from './support.mjs';

const question = `What colour is the Ridge jacket? [${suffix}]`;
const caption = `This one, in rust. [${suffix}-c]`;

/** A real PNG: a rendered product card, screenshotted. */
async function productPhoto(page) {
  await page.setContent(`<div id="card" style="width:480px;height:320px;display:grid;place-items:center;
    background:linear-gradient(135deg,#c65a2e,#7a2f14);color:#fff;font:700 40px sans-serif">Ridge jacket</div>`);
  return page.locator('#card').screenshot({ type: 'png' });
}

async function upload(session, bytes) {
  const res = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'X-Parley-CSRF': session.csrfToken,
      'content-type': 'image/png',
      accept: 'application/json',
    },
    body: bytes,
  });
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  return (await res.json()).id;
}

/** Waits until the visitor's thread shows a loaded image. */
async function expectImage(page) {
  const img = page.locator('parley-chat parley-message-list button.image img');
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  return img;
}

const browser = await launchBrowser();
let failed = false;
try {
  console.log(`Parley images e2e against ${base} (run ${suffix})`);
  const session = await signIn();
  const visitor = await newPage('visitor', DESKTOP);

  let ticket;
  await check('the visitor asks a question', async () => {
    await visitor.goto(`${base}/demo/`);
    await openChat(visitor);
    await send(visitor, 'parley-chat', question);
    await expectThread(visitor, 'parley-chat', [question]);
    ticket = await ticketWith(session, question);
  });

  await check('an agent uploads a photo and sends it with a caption', async () => {
    const photo = await newPage('photo', { width: 600, height: 400 });
    const imageId = await upload(session, await productPhoto(photo));
    await photo.close();
    await replyAsAgent(session, ticket.conversationId, caption, imageId);
  });

  await check('the visitor sees the image inline, under its caption', async () => {
    const img = await expectImage(visitor);
    const alt = await img.getAttribute('alt');
    if (!/^Image from /.test(alt)) throw new Error(`alt text: ${alt}`);
    const src = await img.getAttribute('src');
    if (!src.startsWith('blob:')) throw new Error(`the image is not loaded through the visitor's token: ${src}`);
    await expectThread(visitor, 'parley-chat', [question, caption]);
    await screenshot(visitor, 'images-1-visitor-inline');
  });

  await check('activating it shows it full size; Escape closes it and the chat stays open', async () => {
    await visitor.locator('parley-chat parley-message-list button.image').click();
    const full = visitor.locator('parley-chat parley-message-list dialog[open] img');
    await full.waitFor();
    const box = await full.boundingBox();
    if (box.width < 400) throw new Error(`the full-size image is ${box.width} px wide`);
    await screenshot(visitor, 'images-2-visitor-full-size');
    await visitor.keyboard.press('Escape');
    await visitor.locator('parley-chat parley-message-list dialog[open]').waitFor({ state: 'detached' });
    if (!(await visitor.locator('parley-chat [part~="panel"]').isVisible()))
      throw new Error('Escape closed the chat too');
    const focused = await visitor.evaluate(() => {
      const list = document.querySelector('parley-chat').shadowRoot.querySelector('parley-message-list');
      return list.shadowRoot.activeElement?.className;
    });
    if (focused !== 'image') throw new Error(`focus went to ${focused} instead of back to the image`);
  });

  await check('after a reload, on a phone, the image is still there', async () => {
    await visitor.setViewportSize(PHONE);
    await visitor.reload();
    await openChat(visitor);
    await expectImage(visitor);
    await screenshot(visitor, 'images-3-visitor-phone');
  });
} catch {
  failed = true;
  await failureScreenshots('images-failure');
} finally {
  await browser.close();
}

finish(failed);
