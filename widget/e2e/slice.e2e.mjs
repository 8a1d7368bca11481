// End-to-end check of Parley's first slice: a visitor on the demo store chats with an agent in the inbox, live
// both ways, and the whole conversation survives a server restart.
//
//   PARLEY_BASE_URL          e.g. http://localhost:9080
//   PARLEY_ADMIN_EMAIL       an agent who can sign in
//   PARLEY_ADMIN_PASSWORD
//   PARLEY_RESTART_COMMAND   shell command that stops and starts the server, then returns (optional: without it
//                            the restart part is skipped and reported as such)
//   PARLEY_E2E_SCREENSHOTS   directory for PNG screenshots (default target/e2e-screenshots)
//   CHROMIUM_PATH            default /usr/bin/chromium
//
// Run: npm run e2e   (exit code 0 when every step passed)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.PARLEY_BASE_URL ?? 'http://localhost:9080').replace(/\/$/, '');
const email = process.env.PARLEY_ADMIN_EMAIL;
const password = process.env.PARLEY_ADMIN_PASSWORD;
const restartCommand = process.env.PARLEY_RESTART_COMMAND;
const shots = resolve(process.env.PARLEY_E2E_SCREENSHOTS ?? 'target/e2e-screenshots');
const TIMEOUT = 15_000;

if (!email || !password) {
  console.error('PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD must be set.');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const suffix = Math.random().toString(36).slice(2, 8);
const first = `Do you ship to Kraków? [${suffix}-1]`;
const reply = `Yes, in 2–3 working days. [${suffix}-r]`;
const second = `Great, thank you! [${suffix}-2]`;

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
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
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

/** Signs in when the inbox shows its form (a restart may have ended the HTTP session). */
async function signInIfNeeded(page) {
  await page.locator('parley-inbox #email, parley-inbox .topbar').first().waitFor();
  if (await page.locator('parley-inbox #email').isVisible()) {
    await page.locator('parley-inbox #email').fill(email);
    await page.locator('parley-inbox #password').fill(password);
    await page.locator('parley-inbox button[type=submit]').click();
  }
  await page.locator('parley-inbox .topbar').waitFor();
}

async function openWidget(page) {
  const launcher = page.locator('parley-chat [part~="launcher"]');
  await launcher.waitFor();
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  await page.locator('parley-chat [part~="panel"]').waitFor({ state: 'visible' });
}

/** Waits until the bubbles of a message list hold `texts`, each once, in this order. */
async function expectThread(page, scope, texts) {
  const bubbles = page.locator(`${scope} parley-message-list li[data-seq] [part~="bubble"]`);
  const deadline = Date.now() + TIMEOUT;
  let seen = [];
  for (;;) {
    seen = await bubbles.allTextContents();
    const at = texts.map((t) => seen.indexOf(t));
    const once = texts.every((t) => seen.filter((s) => s === t).length === 1);
    if (once && at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))) return;
    if (Date.now() > deadline) {
      throw new Error(`expected, in order and once each:\n  ${texts.join('\n  ')}\nbut the thread shows:\n  ${seen.join('\n  ')}`);
    }
    await page.waitForTimeout(200);
  }
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${base}/health/ready did not answer 200 within 120 s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

let failed = false;
try {
  console.log(`Parley slice e2e against ${base} (run ${suffix})`);
  const agent = await newPage('agent', { width: 1280, height: 800 });
  const visitor = await newPage('visitor', { width: 1280, height: 800 });

  await check('server is ready', waitForHealth);

  await check('agent signs in to the inbox', async () => {
    await agent.goto(`${base}/inbox/`);
    await signInIfNeeded(agent);
  });

  await check('visitor opens the chat on the demo store and sends a message with Enter', async () => {
    await visitor.goto(`${base}/demo/`);
    await openWidget(visitor);
    const composer = visitor.locator('parley-chat parley-composer textarea');
    await composer.fill(first);
    await composer.press('Enter');
    await expectThread(visitor, 'parley-chat', [first]);
  });

  await check('agent sees the new ticket appear without reloading', async () => {
    await agent.locator('parley-inbox .ticket', { hasText: first }).waitFor();
  });

  await check('agent opens the ticket and sees the message', async () => {
    await agent.locator('parley-inbox .ticket', { hasText: first }).click();
    await expectThread(agent, 'parley-inbox', [first]);
  });

  await check('agent replies and the visitor sees the reply without reloading', async () => {
    const composer = agent.locator('parley-inbox parley-composer textarea');
    await composer.fill(reply);
    await composer.press('Enter');
    await expectThread(agent, 'parley-inbox', [first, reply]);
    await expectThread(visitor, 'parley-chat', [first, reply]);
  });

  await check("a second visitor message appears live in the agent's open thread", async () => {
    const composer = visitor.locator('parley-chat parley-composer textarea');
    await composer.fill(second);
    await composer.press('Enter');
    await expectThread(visitor, 'parley-chat', [first, reply, second]);
    await expectThread(agent, 'parley-inbox', [first, reply, second]);
  });

  await screenshot(visitor, '1-visitor-live');
  await screenshot(agent, '1-agent-live');

  if (!restartCommand) {
    console.log('  - PARLEY_RESTART_COMMAND not set: the restart steps were skipped.');
  } else {
    await check('server restarts', async () => {
      console.log(`    $ ${restartCommand}`);
      const run = spawnSync(restartCommand, { shell: true, stdio: 'inherit', timeout: 300_000 });
      if (run.status !== 0) throw new Error(`the restart command exited with ${run.status ?? run.signal}`);
      await waitForHealth();
    });

    await check('after a reload the visitor sees the whole conversation in order', async () => {
      await visitor.reload();
      await openWidget(visitor);
      await expectThread(visitor, 'parley-chat', [first, reply, second]);
    });

    await check('after a reload the agent sees the ticket and its whole thread', async () => {
      await agent.reload();
      await signInIfNeeded(agent);
      const ticket = agent.locator('parley-inbox .ticket', { hasText: second });
      await ticket.waitFor();
      await ticket.click();
      await expectThread(agent, 'parley-inbox', [first, reply, second]);
    });

    await screenshot(visitor, '2-visitor-after-restart');
    await screenshot(agent, '2-agent-after-restart');
  }
} catch {
  failed = true;
  for (const [i, page] of browser.contexts().flatMap((c) => c.pages()).entries()) {
    await page.screenshot({ path: join(shots, `failure-${i}.png`) }).catch(() => {});
  }
  console.error(`    failure screenshots in ${shots}`);
} finally {
  await browser.close();
}

if (problems.length) console.log(`  browser reported:\n    ${problems.join('\n    ')}`);
console.log(failed ? `FAILED after ${step} steps` : `PASSED ${step} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
