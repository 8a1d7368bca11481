// End-to-end check of closing a conversation: a new visitor's first message shows in the inbox list at once (not as
// typing), the visitor and the agent see each other typing until each one's message ends it, the agent closes
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
  putBackSettings,
  screenshot,
  send,
  settings,
  signIn,
  signInIfNeeded,
  suffix,
  TIMEOUT,
  waitForHealth,
} from './support.mjs';

const question = `Can I change my order? [${suffix}-q]`;
const also = `Also, can it go to Kraków? [${suffix}-b]`;
const answer = `Done, it is changed. [${suffix}-a]`;
const afterwards = `One more thing… [${suffix}-n]`;

/** Waits until the element `locator` finds says nothing (polling). */
async function untilEmpty(locator) {
  const deadline = Date.now() + TIMEOUT;
  while ((await locator.textContent()).trim()) {
    if (Date.now() > deadline) throw new Error(`it still says "${await locator.textContent()}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const session = await signIn();
const before = await settings(session);
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

  await check('a new visitor’s first message shows in the list at once, not as typing', async () => {
    // With FAQs first, "I still need help" takes the conversation live before the visitor writes: their typing
    // reaches the inbox before their first message does.
    await settings(session, {
      faqs: [{ question: `Do you ship abroad? [${suffix}]`, answer: 'Yes.', published: true }],
    });
    await visitor.goto(`${base}/demo/`);
    await visitor.locator('parley-chat [part~="launcher"]').click();
    await visitor.locator('parley-chat .faqs .help').click();
    const composer = visitor.locator('parley-chat parley-composer textarea');
    await composer.pressSequentially(question, { delay: 10 });
    // The team hears the visitor typing before the message goes.
    await visitor.waitForTimeout(500);
    const sent = Date.now();
    await composer.press('Enter');
    const row = agent.locator('parley-inbox .ticket', { has: agent.locator('.preview', { hasText: question }) });
    await row.waitFor();
    const shown = Date.now() - sent;
    console.log(`    the first message showed in the list ${shown} ms after Enter`);
    if (shown > 2000) throw new Error(`the list showed the first message only after ${shown} ms`);
    if (await row.locator('.preview.typing').count()) throw new Error('the row still says typing');
    await expectThread(visitor, 'parley-chat', [question]);
    await row.click();
    await expectThread(agent, 'parley-inbox', [question]);
    await settings(session, { faqs: before.faqs });
  });

  await check('each side sees the other typing, and a message ends it at once', async () => {
    const visitorComposer = visitor.locator('parley-chat parley-composer textarea');
    const agentComposer = agent.locator('parley-inbox parley-composer textarea');
    await visitorComposer.pressSequentially(also, { delay: 10 });
    await agent.locator('parley-inbox .thread .typing', { hasText: 'is typing…' }).waitFor();
    let sent = Date.now();
    await visitorComposer.press('Enter');
    await untilEmpty(agent.locator('parley-inbox .thread .typing'));
    let ended = Date.now() - sent;
    await expectThread(agent, 'parley-inbox', [question, also]);
    if (ended > 1500) throw new Error(`the visitor's typing ended ${ended} ms after their message`);
    if (await agent.locator('parley-inbox .ticket .preview.typing').count())
      throw new Error('the list row still says typing');

    await agentComposer.pressSequentially(answer, { delay: 10 });
    await visitor.locator('parley-chat .typing', { hasText: 'is typing…' }).waitFor();
    sent = Date.now();
    await agentComposer.press('Enter');
    await untilEmpty(visitor.locator('parley-chat .typing'));
    ended = Date.now() - sent;
    await expectThread(visitor, 'parley-chat', [question, also, answer]);
    if (ended > 1500) throw new Error(`the agent's typing ended ${ended} ms after their message`);
  });

  await check('agent closes the ticket from the thread header, confirming', async () => {
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
    await expectThread(visitor, 'parley-chat', [question, also, answer]);
  });

  await check('"Start a new conversation" starts a new ticket with the same visitor', async () => {
    const token = () =>
      visitor.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('parley.chat:'))?.[1]);
    const before = JSON.parse(await token());
    await visitor.locator('parley-chat .ended button', { hasText: 'Start a new conversation' }).click();
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
  await check('settings are put back', () => putBackSettings({ faqs: before.faqs })).catch(() => (failed = true));
}

finish(failed);
