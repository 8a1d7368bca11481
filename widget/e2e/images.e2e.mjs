// End-to-end check of images both ways. An agent uploads a photo and sends it with a caption; the visitor sees it
// inline (loaded with the visitor's own token), opens it full size, closes it with Escape (the chat stays open), and
// still sees it after a reload, on a desktop and on a phone. Then the visitor attaches a photo of their own in the
// widget's composer (the file picker), sees its preview and upload, sends it with a caption, and an agent sees it
// inline in the inbox's thread; on a phone the visitor attaches another and sends it alone.
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
  signInIfNeeded,
  suffix,
  ticketWith,
} from './support.mjs';

const question = `What colour is the Ridge jacket? [${suffix}]`;
const caption = `This one, in rust. [${suffix}-c]`;
const visitorCaption = `Mine arrived with a torn sleeve. [${suffix}-v]`;

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

/** A real PNG of a visitor's photo, as a file for the file picker. */
async function visitorPhoto(page, label) {
  await page.setContent(`<div id="card" style="width:400px;height:300px;display:grid;place-items:center;
    background:linear-gradient(135deg,#2e6bc6,#14307a);color:#fff;font:700 36px sans-serif">${label}</div>`);
  return { name: 'sleeve.png', mimeType: 'image/png', buffer: await page.locator('#card').screenshot({ type: 'png' }) };
}

/** Waits until a thread (the visitor's, or the inbox's) shows a loaded image: the first, or the one at `index`. */
async function expectImage(page, scope = 'parley-chat', index = 0) {
  const img = page.locator(`${scope} parley-message-list li[data-seq] button.image img`).nth(index);
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

  await check('the visitor attaches a photo: its preview shows, uploaded, on a desktop', async () => {
    await visitor.setViewportSize(DESKTOP);
    const photo = await newPage('visitor-photo', { width: 500, height: 400 });
    const file = await visitorPhoto(photo, 'Torn sleeve');
    await photo.close();
    const attach = visitor.locator('parley-chat parley-visitor-composer button.attach');
    if ((await attach.getAttribute('aria-label')) !== 'Attach an image (or paste or drop one)')
      throw new Error(`attach label: ${await attach.getAttribute('aria-label')}`);
    const chooser = visitor.waitForEvent('filechooser');
    await attach.click();
    await (await chooser).setFiles(file);
    const preview = visitor.locator('parley-chat parley-visitor-composer .attachment img');
    await preview.waitFor();
    await visitor.waitForFunction((el) => el.complete && el.naturalWidth > 0, await preview.elementHandle());
    await visitor
      .locator('parley-chat parley-visitor-composer [role=status]', { hasText: 'The image is ready to send.' })
      .waitFor({ state: 'attached' });
    await visitor.locator('parley-chat parley-composer textarea').fill(visitorCaption);
    await screenshot(visitor, 'images-4-visitor-preview-desktop');
  });

  await check('the visitor sends it with a caption, and an agent sees it inline in the inbox', async () => {
    await visitor.locator('parley-chat parley-composer textarea').press('Enter');
    await expectThread(visitor, 'parley-chat', [question, caption, visitorCaption]);
    await expectImage(visitor, 'parley-chat', 1);
    const agent = await newPage('agent', DESKTOP);
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    await agent.locator('parley-inbox .ticket', { hasText: visitorCaption }).click();
    await expectThread(agent, 'parley-inbox', [question, caption, visitorCaption]);
    const img = await expectImage(agent, 'parley-inbox', 1);
    const alt = await img.getAttribute('alt');
    if (!/^Image from /.test(alt)) throw new Error(`alt text in the inbox: ${alt}`);
    await screenshot(agent, 'images-5-agent-sees-visitor-image');
    await agent.close();
  });

  await check('on a phone, the visitor attaches a photo (with the file input) and sends it alone', async () => {
    const phone = await newPage('visitor-phone', PHONE, { mobile: true });
    const photo = await newPage('visitor-photo', { width: 500, height: 400 });
    const file = await visitorPhoto(photo, 'Label');
    await photo.close();
    await phone.goto(`${base}/demo/`);
    await openChat(phone);
    await phone.locator('parley-chat parley-visitor-composer input[type=file]').setInputFiles(file);
    await phone.locator('parley-chat parley-visitor-composer .attachment img').waitFor();
    const composerBox = await phone.locator('parley-chat parley-composer [part~="composer"]').boundingBox();
    const previewBox = await phone.locator('parley-chat parley-visitor-composer .attachment').boundingBox();
    const width = PHONE.width;
    if (composerBox.x < 0 || composerBox.x + composerBox.width > width + 0.5)
      throw new Error(`the composer overflows the phone: ${JSON.stringify(composerBox)}`);
    if (previewBox.x < 0 || previewBox.x + previewBox.width > width + 0.5)
      throw new Error(`the preview overflows the phone: ${JSON.stringify(previewBox)}`);
    await phone
      .locator('parley-chat parley-visitor-composer [role=status]', { hasText: 'The image is ready to send.' })
      .waitFor({ state: 'attached' });
    await screenshot(phone, 'images-6-visitor-preview-phone');
    await phone.locator('parley-chat parley-composer button[type=submit]').click();
    await expectImage(phone);
    await screenshot(phone, 'images-7-visitor-sent-phone');
    await phone.close();
  });
} catch {
  failed = true;
  await failureScreenshots('images-failure');
} finally {
  await browser.close();
}

finish(failed);
