// End-to-end check of one visitor in two tabs of the same browser (one localStorage): tab B is open on the store
// when the visitor writes in tab A, and joins that conversation when its chat is opened; the agent sees one ticket and replies; both tabs show the reply
// once; tab B writes too and both tabs show the same thread in the same order; ending the chat in tab A ends it in
// tab B.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/two-tabs.e2e.mjs   (exit code 0 when every step passed)
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

const first = `Can I pick up my order in store? [${suffix}-A]`;
const reply = `Yes, from tomorrow at 10. [${suffix}-r]`;
const second = `Perfect, see you then. [${suffix}-B]`;

console.log(`Parley two-tabs e2e against ${base} (run ${suffix})`);
const browser = await launchBrowser();
let failed = false;
try {
  const agent = await newPage('agent', DESKTOP);
  const tabA = await newPage('tab A', DESKTOP);
  const tabB = await newPage('tab B', DESKTOP, { context: tabA.context() });
  const tickets = agent.locator('parley-inbox .ticket', { hasText: suffix });

  await check('agent signs in to the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
  });

  await check('tab B is already open on the store when the visitor writes in tab A', async () => {
    await tabB.goto(`${base}/demo/`);
    await tabB.locator('parley-chat [part~="launcher"]').waitFor();
    await tabA.goto(`${base}/demo/`);
    await openChat(tabA);
    await send(tabA, 'parley-chat', first);
    await expectThread(tabA, 'parley-chat', [first]);
  });

  await check('tab B, open all along, joins the same conversation when its chat is opened', async () => {
    await openChat(tabB);
    await expectThread(tabB, 'parley-chat', [first]);
  });

  await check('the agent sees one ticket with the message once, and replies', async () => {
    await tickets.first().waitFor();
    await tickets.first().click();
    await expectThread(agent, 'parley-inbox', [first]);
    await send(agent, 'parley-inbox', reply);
    await expectThread(agent, 'parley-inbox', [first, reply]);
    if ((await tickets.count()) !== 1)
      throw new Error(`the inbox lists ${await tickets.count()} tickets of this visitor`);
  });

  await check('both tabs show the reply, once', async () => {
    await expectThread(tabA, 'parley-chat', [first, reply]);
    await expectThread(tabB, 'parley-chat', [first, reply]);
  });

  await check('tab B writes; both tabs and the agent show the same thread in the same order', async () => {
    await send(tabB, 'parley-chat', second);
    const thread = [first, reply, second];
    await expectThread(tabB, 'parley-chat', thread);
    await expectThread(tabA, 'parley-chat', thread);
    await expectThread(agent, 'parley-inbox', thread);
    const bubbles = (page) =>
      page
        .locator('parley-chat parley-message-list li[data-seq]')
        .evaluateAll((lis) => lis.map((li) => `${li.dataset.seq} ${li.textContent.trim()}`));
    const [a, b] = [await bubbles(tabA), await bubbles(tabB)];
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`tab A shows\n  ${a.join('\n  ')}\ntab B shows\n  ${b.join('\n  ')}`);
    if ((await tickets.count()) !== 1)
      throw new Error(`the inbox lists ${await tickets.count()} tickets of this visitor`);
  });

  await screenshot(tabA, 'two-tabs-A');
  await screenshot(tabB, 'two-tabs-B');

  await check('ending the chat in tab A ends it in tab B too', async () => {
    await tabA.locator('parley-chat .end').click();
    await tabA.locator('parley-chat [role=alertdialog] button.primary').click();
    await tabA.locator('parley-chat .ended').waitFor();
    await tabB.locator('parley-chat .ended', { hasText: 'This conversation has ended.' }).waitFor();
    if (await tabB.locator('parley-chat parley-composer').count()) throw new Error('tab B still has a composer');
    await expectThread(tabB, 'parley-chat', [first, reply, second, 'You ended the chat.']);
  });

  await screenshot(tabB, 'two-tabs-B-ended');
} catch {
  failed = true;
  await failureScreenshots('two-tabs-failure');
} finally {
  await browser.close();
}

finish(failed);
