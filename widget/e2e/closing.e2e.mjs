// End-to-end check of closing a conversation: the visitor and the agent see each other typing, the agent closes
// the ticket from the inbox, the visitor sees the chat end live and can no longer write in it, then starts a new
// conversation that reaches the inbox as a new ticket.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/closing.e2e.mjs   (exit code 0 when every step passed)
import {
  base,
  check,
  expectThread,
  failureScreenshots,
  finish,
  launchBrowser,
  newPage,
  screenshot,
  send,
  signInIfNeeded,
  suffix,
  waitForHealth,
} from './support.mjs';

const question = `Can I change my order? [${suffix}-q]`;
const answer = `Done, it is changed. [${suffix}-a]`;
const afterwards = `One more thing… [${suffix}-n]`;

const browser = await launchBrowser();

let failed = false;
try {
  console.log(`Parley closing e2e against ${base} (run ${suffix})`);
  const agent = await newPage('agent', { width: 1280, height: 800 });
  const visitor = await newPage('visitor', { width: 1280, height: 800 });

  await check('server is ready', waitForHealth);

  await check('agent signs in to the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
  });

  await check('visitor writes and the agent opens the new ticket', async () => {
    await visitor.goto(`${base}/demo/`);
    await visitor.locator('parley-chat [part~="launcher"]').click();
    await send(visitor, 'parley-chat', question);
    await expectThread(visitor, 'parley-chat', [question]);
    await agent.locator('parley-inbox .ticket', { hasText: question }).click();
    await expectThread(agent, 'parley-inbox', [question]);
  });

  await check('each side sees the other typing', async () => {
    await visitor.locator('parley-chat parley-composer textarea').pressSequentially('Also', { delay: 30 });
    await agent.locator('parley-inbox .thread .typing', { hasText: 'is typing…' }).waitFor();
    await agent.locator('parley-inbox parley-composer textarea').pressSequentially('Sure', { delay: 30 });
    await visitor.locator('parley-chat .typing', { hasText: 'is typing…' }).waitFor();
    await visitor.locator('parley-chat parley-composer textarea').fill('');
    await agent.locator('parley-inbox parley-composer textarea').fill('');
  });

  await check('agent replies, then closes the ticket from the thread header, confirming', async () => {
    await send(agent, 'parley-inbox', answer);
    await expectThread(visitor, 'parley-chat', [question, answer]);
    await agent.locator('parley-inbox .close-ticket').click();
    await agent.locator('parley-inbox .menu.close .primary').click();
    await agent.locator('parley-inbox .closed-note').waitFor();
    await agent.locator('parley-inbox .thread-head .status.closed').waitFor();
    if (!(await agent.locator('parley-inbox parley-composer textarea').isDisabled()))
      throw new Error('the reply box is still enabled');
  });

  await check('the visitor sees the conversation end live and cannot write in it', async () => {
    await visitor.locator('parley-chat .ended', { hasText: 'This conversation has ended.' }).waitFor();
    await visitor
      .locator('parley-chat parley-message-list li.system', { hasText: 'Our team closed this conversation.' })
      .waitFor();
    if (await visitor.locator('parley-chat parley-composer').count())
      throw new Error('the visitor still has a composer');
    if (await visitor.locator('parley-chat .end').count()) throw new Error('the visitor can still end the chat');
  });

  await screenshot(visitor, '3-visitor-ended');
  await screenshot(agent, '3-agent-closed');

  await check('the ended state survives a reload', async () => {
    await visitor.reload();
    await visitor.locator('parley-chat .ended').waitFor();
    await expectThread(visitor, 'parley-chat', [question, answer]);
  });

  await check('"Start a new conversation" starts a new ticket with the same visitor', async () => {
    const token = () =>
      visitor.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('parley.chat:'))?.[1]);
    const before = JSON.parse(await token());
    await visitor.locator('parley-chat .ended button').click();
    await send(visitor, 'parley-chat', afterwards);
    await expectThread(visitor, 'parley-chat', [afterwards]);
    const after = JSON.parse(await token());
    if (after.token !== before.token) throw new Error('the visitor token changed');
    if (!after.conversationId || after.conversationId === before.conversationId) throw new Error('no new conversation');
    await agent.locator('parley-inbox .ticket', { hasText: afterwards }).waitFor();
  });

  await screenshot(visitor, '4-visitor-new-conversation');
  await screenshot(agent, '4-agent-inbox');
} catch {
  failed = true;
  await failureScreenshots('closing-failure');
} finally {
  await browser.close();
}

finish(failed);
