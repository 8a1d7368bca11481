// End-to-end check of the widget with the keyboard alone: the visitor tabs to the launcher, opens the chat, writes
// and sends with Enter, reads the agent's reply, closes the panel with Escape (focus goes back to the launcher),
// reopens it with Enter and ends the chat through the header's "End chat" and its confirmation. Whatever has the
// focus shows it.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/keyboard.e2e.mjs   (exit code 0 when every step passed)
import {
  base,
  check,
  DESKTOP,
  expectThread,
  expectVisibleFocus,
  failureScreenshots,
  finish,
  focused,
  launchBrowser,
  newPage,
  replyAsAgent,
  screenshot,
  signIn,
  suffix,
  ticketWith,
} from './support.mjs';

const question = `Do the Trail Runner shoes come in 46? [${suffix}-k]`;
const answer = `They do, in both colours. [${suffix}-a]`;

/** Presses `key` until the focused element matches `want` (at most `max` times); answers it. */
async function pressUntil(page, key, want, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && want(f)) return f;
  }
  throw new Error(`${max} × ${key} never reached the element; the focus is on ${JSON.stringify(await focused(page))}`);
}

const isLauncher = (f) => f.part.split(' ').includes('launcher');
const isComposer = (f) => f.tag === 'textarea';

async function expectFocus(page, want, what) {
  const f = await focused(page);
  if (!f || !want(f)) throw new Error(`the focus should be on ${what}, it is on ${JSON.stringify(f)}`);
  return f;
}

console.log(`Parley keyboard e2e against ${base} (run ${suffix})`);
const session = await signIn();
const browser = await launchBrowser();
let failed = false;
try {
  const visitor = await newPage('visitor', DESKTOP);
  const panel = visitor.locator('parley-chat [part~="panel"]');

  await check('Tab reaches the launcher, which shows its focus', async () => {
    await visitor.goto(`${base}/demo/`);
    await visitor.locator('parley-chat [part~="launcher"]').waitFor();
    await pressUntil(visitor, 'Tab', isLauncher);
    await expectVisibleFocus(visitor);
  });

  await screenshot(visitor, 'keyboard-launcher-focused');

  await check('Enter opens the panel with the focus in the composer', async () => {
    await visitor.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await visitor.locator('parley-chat parley-composer textarea').waitFor();
    await expectFocus(visitor, isComposer, 'the composer');
    await expectVisibleFocus(visitor);
  });

  await check('typing and Enter send the message', async () => {
    await visitor.keyboard.type(question);
    await visitor.keyboard.press('Enter');
    await expectThread(visitor, 'parley-chat', [question]);
    await expectFocus(visitor, isComposer, 'the composer, after sending');
  });

  await check("the agent's reply appears in the visitor's thread", async () => {
    const ticket = await ticketWith(session, question);
    await replyAsAgent(session, ticket.conversationId, answer);
    await expectThread(visitor, 'parley-chat', [question, answer]);
  });

  await screenshot(visitor, 'keyboard-conversation');

  await check('Escape closes the panel and gives the focus back to the launcher', async () => {
    await visitor.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expectFocus(visitor, isLauncher, 'the launcher');
    await expectVisibleFocus(visitor);
  });

  await check('Enter on the launcher opens the panel again, the thread intact, the focus in the composer', async () => {
    await visitor.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await expectThread(visitor, 'parley-chat', [question, answer]);
    await expectFocus(visitor, isComposer, 'the composer');
  });

  await check('Shift+Tab reaches "End chat" in the header, which shows its focus', async () => {
    const f = await pressUntil(
      visitor,
      'Shift+Tab',
      (e) => e.tag === 'button' && e.className.split(' ').includes('end'),
      10,
    );
    if (f.text !== 'End chat') throw new Error(`the button says "${f.text}"`);
    await expectVisibleFocus(visitor);
  });

  await check('Enter asks for confirmation; Tab and Enter on the confirming "End chat" end the chat', async () => {
    await visitor.keyboard.press('Enter');
    const confirm = visitor.locator('parley-chat [role=alertdialog]');
    await confirm.waitFor();
    await screenshot(visitor, 'keyboard-confirm');
    // The focus moves into the confirmation; find its "End chat" from there.
    const inBar = (f) => f.tag === 'button' && f.text === 'End chat' && f.className.split(' ').includes('primary');
    if (!inBar(await focused(visitor))) await pressUntil(visitor, 'Shift+Tab', inBar, 4);
    await expectVisibleFocus(visitor);
    await visitor.keyboard.press('Enter');
    await visitor.locator('parley-chat .ended', { hasText: 'This conversation has ended.' }).waitFor();
    await visitor.locator('parley-chat parley-message-list li.system', { hasText: 'You ended the chat.' }).waitFor();
  });

  await check('the ended state offers "Start a new conversation", reachable with the keyboard', async () => {
    const startNew = (f) => f.tag === 'button' && f.text === 'Start a new conversation';
    if (!startNew(await focused(visitor))) await pressUntil(visitor, 'Tab', startNew, 10);
    await expectVisibleFocus(visitor);
  });

  await screenshot(visitor, 'keyboard-ended');
} catch {
  failed = true;
  await failureScreenshots('keyboard-failure');
} finally {
  await browser.close();
}

finish(failed);
