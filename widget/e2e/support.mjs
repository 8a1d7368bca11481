// What the end-to-end scripts share: the environment (see slice.e2e.mjs for the variables), the step runner and
// summary, the browser and its pages, and a few helpers for the widget and the inbox.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const base = (process.env.PARLEY_BASE_URL ?? 'http://localhost:9080').replace(/\/$/, '');
export const email = process.env.PARLEY_ADMIN_EMAIL;
export const password = process.env.PARLEY_ADMIN_PASSWORD;
export const shots = resolve(process.env.PARLEY_E2E_SCREENSHOTS ?? 'target/e2e-screenshots');
export const TIMEOUT = 15_000;

if (!email || !password) {
  console.error('PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD must be set.');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

/** A short random tag that makes this run's messages unique. */
export const suffix = Math.random().toString(36).slice(2, 8);

let step = 0;
const started = Date.now();

/** Runs one numbered step and prints ✔ or ✘ for it; a failure is rethrown. */
export async function check(title, fn) {
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

/** What the browser reported along the way, printed by `finish`. */
export const problems = [];

/**
 * Prints the browser's problems and the summary, then exits with 0 when every step passed.
 * `timedFailure` words a failure as "FAILED n steps in t s" instead of "FAILED after n steps".
 */
export function finish(failed, { timedFailure = false } = {}) {
  if (problems.length) console.log(`  browser reported:\n    ${problems.join('\n    ')}`);
  const timed = `${step} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (!failed) console.log(`PASSED ${timed}`);
  else console.log(timedFailure ? `FAILED ${timed}` : `FAILED after ${step} steps`);
  process.exit(failed ? 1 : 0);
}

let browser;

/** Launches Debian's Chromium, headless. */
export async function launchBrowser() {
  browser = await chromium.launch({
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
  return browser;
}

/** A page in a context of its own; its page errors and console errors go to `problems`, marked with `name`. */
export async function newPage(name, viewport) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => problems.push(`[${name}] page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`[${name}] console: ${m.text()}`));
  return page;
}

export async function screenshot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path });
  console.log(`    screenshot ${path}`);
}

/** Screenshots every open page as `<prefix>-<i>.png`, after a failure. */
export async function failureScreenshots(prefix) {
  for (const [i, page] of browser.contexts().flatMap((c) => c.pages()).entries()) {
    await page.screenshot({ path: join(shots, `${prefix}-${i}.png`) }).catch(() => {});
  }
  console.error(`    failure screenshots in ${shots}`);
}

/** Waits up to 120 s for /health/ready to answer 200. */
export async function waitForHealth() {
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

/** Signs in when the inbox shows its form (a restart may have ended the HTTP session). */
export async function signInIfNeeded(page) {
  await page.locator('parley-inbox #email, parley-inbox .topbar').first().waitFor();
  if (await page.locator('parley-inbox #email').isVisible()) {
    await page.locator('parley-inbox #email').fill(email);
    await page.locator('parley-inbox #password').fill(password);
    await page.locator('parley-inbox button[type=submit]').click();
  }
  await page.locator('parley-inbox .topbar').waitFor();
}

/** Waits until the bubbles of a message list hold `texts`, each once, in this order. */
export async function expectThread(page, scope, texts) {
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
