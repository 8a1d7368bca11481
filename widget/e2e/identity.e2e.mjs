// End-to-end check of identity verification: with enforcement on, a store page whose `<parley-chat user-id user-hash>`
// carries a forged signature gets `identity_rejected`, shows an alert, keeps no token and creates no ticket; a page
// with the right signature (HMAC-SHA256 of the user id under the store's secret) chats as that user, and its `ready`
// carries no token. Identity verification is put back afterwards.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/identity.e2e.mjs   (exit code 0 when every step passed)
import { createHmac, randomBytes } from 'node:crypto';
import {
  base,
  check,
  DESKTOP,
  expectThread,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  send,
  putBackSettings,
  settings,
  signIn,
  suffix,
  ticketsWith,
  ticketWith,
  TIMEOUT,
} from './support.mjs';

const secret = randomBytes(24).toString('base64url'); // 32 characters
const userId = `e2e-user-${suffix}`;
const userHash = createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
const forged = createHmac('sha256', `not-${secret}`).update(userId, 'utf8').digest('hex');
const forgedText = `Where is my order #1001? [${suffix}-forged]`;
const signedText = `Where is my order #1002? [${suffix}-signed]`;

/** Records the frames of every /ws/visitor socket of `page`: `{ sent: [], received: [] }`, parsed. */
function visitorFrames(page) {
  const frames = { sent: [], received: [] };
  page.on('websocket', (ws) => {
    if (!ws.url().endsWith('/ws/visitor')) return;
    ws.on('framesent', (f) => frames.sent.push(JSON.parse(f.payload)));
    ws.on('framereceived', (f) => frames.received.push(JSON.parse(f.payload)));
  });
  return frames;
}

/** Waits until a frame in `list` satisfies `want`; answers it. */
async function frame(page, list, want, what) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const found = list.find(want);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${what}; frames: ${JSON.stringify(list)}`);
    await page.waitForTimeout(100);
  }
}

/** What the page keeps under Parley's keys in localStorage. */
const parleyStorage = (page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => /parley/i.test(k))));

console.log(`Parley identity e2e against ${base} (run ${suffix})`);
const session = await signIn();
const before = await settings(session);
const browser = await launchBrowser();
let failed = false;
try {
  await check('admin turns identity verification on with a secret', async () => {
    const after = await settings(session, { identityVerification: { enforced: true, secret } });
    if (!after.identityVerification.enforced || !after.identityVerification.secretSet)
      throw new Error(JSON.stringify(after.identityVerification));
  });

  const forger = await newPage('forged', DESKTOP);
  const forgerFrames = visitorFrames(forger);
  const forgedPage = await hostPage(forger, 'identity-forged', {
    attributes: `user-id="${userId}" user-hash="${forged}"`,
  });

  await check("a forged signature: the widget's hello carries the user id and hash", async () => {
    await forger.goto(forgedPage);
    await forger.locator('parley-chat [part~="launcher"]').click();
    const hello = await frame(forger, forgerFrames.sent, (f) => f.type === 'hello', 'hello');
    if (hello.userId !== userId || hello.userHash !== forged) throw new Error(`the hello was ${JSON.stringify(hello)}`);
  });

  await check('the hello is answered identity_rejected, and never ready', async () => {
    await frame(
      forger,
      forgerFrames.received,
      (f) => f.type === 'error' && f.code === 'identity_rejected',
      'identity_rejected error',
    );
    const ready = forgerFrames.received.find((f) => f.type === 'ready');
    if (ready) throw new Error(`the server answered ready: ${JSON.stringify(ready)}`);
  });

  await check('the widget shows an alert', async () => {
    const alert = forger.locator('parley-chat [role=alert].identity');
    await alert.waitFor();
    console.log(`    the alert says: "${(await alert.textContent()).trim()}"`);
  });

  await screenshot(forger, 'identity-rejected-desktop');
  await forger.setViewportSize(PHONE);
  await screenshot(forger, 'identity-rejected-phone');

  await check('the visitor cannot get a message through: no send, no ticket, and no token is kept', async () => {
    const composer = forger.locator('parley-chat parley-composer textarea');
    if (!(await composer.count()) || !(await composer.isEnabled())) console.log('    the widget offers no composer');
    else {
      await send(forger, 'parley-chat', forgedText);
      // A refused hello leaves the connection not ready: no send may reach the server, now or after a reconnect.
      await forger.waitForTimeout(2000);
    }
    const sends = forgerFrames.sent.filter((f) => f.type === 'send');
    if (sends.length) throw new Error(`the widget sent ${JSON.stringify(sends)}`);
    const tickets = await ticketsWith(session, forgedText);
    if (tickets.length) throw new Error(`tickets were created: ${JSON.stringify(tickets)}`);
    const stored = await parleyStorage(forger);
    const withToken = Object.entries(stored).filter(([, v]) => /"token"\s*:\s*"[^"]/.test(v));
    if (withToken.length) throw new Error(`localStorage keeps a token: ${JSON.stringify(withToken)}`);
  });

  const user = await newPage('signed', DESKTOP);
  const userFrames = visitorFrames(user);
  const signedPage = await hostPage(user, 'identity-signed', {
    attributes: `user-id="${userId}" user-hash="${userHash}"`,
  });

  await check("the right signature: hello with the user's id and hash is answered ready, without a token", async () => {
    await user.goto(signedPage);
    await user.locator('parley-chat [part~="launcher"]').click();
    const hello = await frame(user, userFrames.sent, (f) => f.type === 'hello', 'hello');
    if (hello.userId !== userId || hello.userHash !== userHash)
      throw new Error(`the hello was ${JSON.stringify(hello)}`);
    const ready = await frame(user, userFrames.received, (f) => f.type === 'ready' || f.type === 'error', 'ready');
    if (ready.type !== 'ready') throw new Error(`the server answered ${JSON.stringify(ready)}`);
    if ('token' in ready) throw new Error(`the ready carries a token: ${JSON.stringify(ready)}`);
    if (await user.locator('parley-chat [role=alert].identity').count())
      throw new Error('the widget shows the identity alert');
  });

  await check('the signed-in visitor chats: the message reaches the inbox as a ticket', async () => {
    await send(user, 'parley-chat', signedText);
    await expectThread(user, 'parley-chat', [signedText]);
    const ticket = await ticketWith(session, signedText);
    console.log(`    ticket ${ticket.id} from "${ticket.visitorName}"`);
    const stored = await parleyStorage(user);
    const withToken = Object.entries(stored).filter(([, v]) => /"token"\s*:\s*"[^"]/.test(v));
    if (withToken.length) throw new Error(`localStorage keeps a token: ${JSON.stringify(withToken)}`);
  });

  await screenshot(user, 'identity-signed-desktop');
} catch {
  failed = true;
  await failureScreenshots('identity-failure');
} finally {
  await browser.close();
  // The secret cannot be read back: one that was set before cannot be put back, only whether it is enforced.
  const restore = before.identityVerification.secretSet
    ? { enforced: before.identityVerification.enforced }
    : { enforced: false, removeSecret: true };
  await check('identity verification is put back', () => putBackSettings({ identityVerification: restore })).catch(
    () => (failed = true),
  );
}

finish(failed, { timedFailure: true });
