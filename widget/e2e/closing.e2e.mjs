// End-to-end check of closing a conversation: the visitor and the agent see each other typing, the agent closes
// the ticket from the inbox, the visitor sees the chat end live and can no longer write in it, then starts a new
// conversation that reaches the inbox as a new ticket.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/closing.e2e.mjs   (exit code 0 when every step passed)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.PARLEY_BASE_URL ?? 'http://localhost:9080').replace(/\/$/, '');
const email = process.env.PARLEY_ADMIN_EMAIL;
const password = process.env.PARLEY_ADMIN_PASSWORD;
const shots = resolve(process.env.PARLEY_E2E_SCREENSHOTS ?? 'target/e2e-screenshots');
const TIMEOUT = 15_000;

if (!email || !password) {
  console.error('PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD must be set.');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const suffix = Math.random().toString(36).slice(2, 8);
const question = `Can I change my order? [${suffix}-q]`;
const answer = `Done, it is changed. [${suffix}-a]`;
const afterwards = `One more thing… [${suffix}-n]`;

let step = 0;
const started = Date.now();
async function check(title, fn) {
  step++;
  const t0 = Date.now();
  try {
    await fn();
    console.log(`  ✔ ${step}. ${title} (${Date.now() - t0} ms)`);
  } catch (e) {
    console.error(`  ✘ ${step}. ${title}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
    throw e;
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const problems = [];
async function newPage(name, viewport) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => problems.push(`[${name}] page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`[${name}] console: ${m.text()}`));
  return page;
}

async function screenshot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path });
  console.log(`    screenshot ${path}`);
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health/ready`)).status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${base}/health/ready did not answer 200 within 120 s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Waits until the bubbles of a message list hold `texts`, each once, in this order. */
async function expectThread(page, scope, texts) {
  const bubbles = page.locator(`${scope} parley-message-list li[data-seq] [part~="bubble"]`);
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const seen = await bubbles.allTextContents();
    const at = texts.map((t) => seen.indexOf(t));
    const once = texts.every((t) => seen.filter((s) => s === t).length === 1);
    if (once && at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))) return;
    if (Date.now() > deadline) {
      throw new Error(`expected, in order and once each:\n  ${texts.join('\n  ')}\nbut the thread shows:\n  ${seen.join('\n  ')}`);
    }
    await page.waitForTimeout(200);
  }
}

async function send(page, scope, text) {
  const composer = page.locator(`${scope} parley-composer textarea`);
  await composer.fill(text);
  await composer.press('Enter');
}

let failed = false;
try {
  console.log(`Parley closing e2e against ${base} (run ${suffix})`);
  const agent = await newPage('agent', { width: 1280, height: 800 });
  const visitor = await newPage('visitor', { width: 1280, height: 800 });

  await check('server is ready', waitForHealth);

  await check('agent signs in to the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await agent.locator('parley-inbox #email, parley-inbox .topbar').first().waitFor();
    if (await agent.locator('parley-inbox #email').isVisible()) {
      await agent.locator('parley-inbox #email').fill(email);
      await agent.locator('parley-inbox #password').fill(password);
      await agent.locator('parley-inbox button[type=submit]').click();
    }
    await agent.locator('parley-inbox .topbar').waitFor();
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

  await check('agent replies, then closes the ticket from the thread header', async () => {
    await send(agent, 'parley-inbox', answer);
    await expectThread(visitor, 'parley-chat', [question, answer]);
    await agent.locator('parley-inbox .close-ticket').click();
    await agent.locator('parley-inbox .closed-note').waitFor();
    await agent.locator('parley-inbox .thread-head .status.closed').waitFor();
    if (!(await agent.locator('parley-inbox parley-composer textarea').isDisabled())) throw new Error('the reply box is still enabled');
  });

  await check('the visitor sees the conversation end live and cannot write in it', async () => {
    await visitor.locator('parley-chat .ended', { hasText: 'This conversation has ended.' }).waitFor();
    await visitor.locator('parley-chat parley-message-list li.system', { hasText: 'Our team closed this conversation.' }).waitFor();
    if (await visitor.locator('parley-chat parley-composer').count()) throw new Error('the visitor still has a composer');
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
    const token = () => visitor.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('parley.chat:'))?.[1]);
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
  for (const [i, page] of browser.contexts().flatMap((c) => c.pages()).entries()) {
    await page.screenshot({ path: join(shots, `closing-failure-${i}.png`) }).catch(() => {});
  }
  console.error(`    failure screenshots in ${shots}`);
} finally {
  await browser.close();
}

if (problems.length) console.log(`  browser reported:\n    ${problems.join('\n    ')}`);
console.log(failed ? `FAILED after ${step} steps` : `PASSED ${step} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
