// End-to-end check of the offline queue: a chat first opened offline says it could not be loaded, and opens once
// online; then the visitor's browser goes offline mid-conversation, the visitor writes two
// messages, which wait for the connection; back online, they are sent at once, and the agent receives each exactly
// once, in order, after the message written before.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/offline.e2e.mjs   (exit code 0 when every step passed)
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
  screenshot,
  send,
  signInIfNeeded,
  suffix,
} from './support.mjs';

const before = `Is the Ridge jacket waterproof? [${suffix}-0]`;
const one = `I am on a train. [${suffix}-1]`;
const two = `Size M, please. [${suffix}-2]`;

const browser = await launchBrowser();
let failed = false;
try {
  console.log(`Parley offline e2e against ${base} (run ${suffix})`);
  const visitor = await newPage('visitor', DESKTOP);
  const agent = await newPage('agent', DESKTOP);

  await check(
    'opened for the first time while offline, the chat says it could not be loaded; online, it opens',
    async () => {
      await visitor.goto(`${base}/demo/`);
      await visitor.locator('parley-chat [part~="launcher"]').waitFor();
      await visitor.context().setOffline(true);
      await openChat(visitor);
      await visitor.locator('parley-chat .unavailable[role=alert]').waitFor();
      await screenshot(visitor, 'offline-0-panel-not-loaded');
      await visitor.locator('parley-chat .close').click();
      await visitor.context().setOffline(false);
      await openChat(visitor);
      await visitor.locator('parley-chat parley-composer textarea').waitFor();
    },
  );

  await check('the visitor writes a first message while online', async () => {
    await send(visitor, 'parley-chat', before);
    await expectThread(visitor, 'parley-chat', [before]);
  });

  await check('the agent opens the ticket in the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
    await agent.locator('parley-inbox .ticket', { hasText: before }).click();
    await expectThread(agent, 'parley-inbox', [before]);
  });

  await check('the browser goes offline: the widget says so and the two messages wait', async () => {
    await visitor.context().setOffline(true);
    await visitor.locator('parley-chat .notice.offline').waitFor();
    await send(visitor, 'parley-chat', one);
    await send(visitor, 'parley-chat', two);
    const waiting = visitor.locator('parley-chat parley-message-list li.sending');
    await waiting.nth(1).waitFor();
    const metas = await waiting.locator('.meta').allTextContents();
    if (JSON.stringify(metas) !== JSON.stringify(['Waiting for connection', 'Waiting for connection'])) {
      throw new Error(`pending messages say ${JSON.stringify(metas)}`);
    }
    await screenshot(visitor, 'offline-1-visitor-waiting');
  });

  await check('nothing reaches the agent while the visitor is offline', async () => {
    await agent.waitForTimeout(1500);
    const seen = await agent
      .locator('parley-inbox parley-message-list li[data-seq] [part~="bubble"]')
      .allTextContents();
    if (seen.includes(one) || seen.includes(two)) throw new Error(`the agent already sees ${JSON.stringify(seen)}`);
  });

  await check('back online, the agent receives each message once, in order', async () => {
    await visitor.context().setOffline(false);
    await expectThread(agent, 'parley-inbox', [before, one, two]);
    await expectThread(visitor, 'parley-chat', [before, one, two]);
    if (await visitor.locator('parley-chat .notice.offline').count())
      throw new Error('the offline notice is still shown');
    await screenshot(visitor, 'offline-2-visitor-sent');
  });

  await check('a reload shows the same thread, with nothing repeated', async () => {
    await visitor.reload();
    await openChat(visitor);
    await expectThread(visitor, 'parley-chat', [before, one, two]);
    await agent.reload();
    await signInIfNeeded(agent);
    await agent.locator('parley-inbox .ticket', { hasText: two }).click();
    await expectThread(agent, 'parley-inbox', [before, one, two]);
  });
} catch {
  failed = true;
  await failureScreenshots('offline-failure');
} finally {
  await browser.close();
}

finish(failed);
