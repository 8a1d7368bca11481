// End-to-end check that the widget stays out of the way until it is used: on the demo store, before the visitor
// opens the chat, Parley loads nothing but its module, opens no WebSocket and stores nothing (no cookie, nothing in
// localStorage or sessionStorage); opening the chat fetches the configuration and connects. Weight: the module is at
// most 20 KB gzipped, and all the JavaScript up to the open panel at most 60 KB. On a page holding only the widget,
// no long task (50 ms or more) runs from load until 2 s after the widget is defined.
//
// Same variables as slice.e2e.mjs: PARLEY_BASE_URL, PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD,
// PARLEY_E2E_SCREENSHOTS, CHROMIUM_PATH.
//
// Run: node e2e/privacy.e2e.mjs   (exit code 0 when every step passed)
import { gzipSync } from 'node:zlib';
import {
  base,
  check,
  DESKTOP,
  failureScreenshots,
  finish,
  hostPage,
  launchBrowser,
  newPage,
  screenshot,
  suffix,
} from './support.mjs';

const MODULE = '/widget/parley-chat.js';
const MODULE_BUDGET = 20 * 1024;
const SCRIPTS_BUDGET = 60 * 1024;
const LONG_TASK_MS = 50;
/** How long the page is watched while the visitor does nothing. */
const QUIET_MS = 3000;
/** How long after the widget is defined long tasks are still looked for. */
const SETTLE_MS = 2000;

/** What the demo store page loads of its own, which is not Parley's doing: the page itself (its styles are inline). */
const DEMO_OWN = new Set(['/demo/', '/demo/demo.css', '/demo/demo.js']);
/**
 * Fresh page loads for the long-task check; it passes when one of them had no long task. Another process on the
 * machine can stretch any task past 50 ms; the widget's own start-up work is the same in every load.
 */
const LOADS = 3;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`Parley privacy and weight e2e against ${base} (run ${suffix})`);
const browser = await launchBrowser();
let failed = false;
try {
  const page = await newPage('visitor', DESKTOP);
  const context = page.context();
  const requests = [];
  const sockets = [];
  /** Every JavaScript response: url and its body, gzipped size. */
  const scripts = new Map();
  context.on('request', (r) => requests.push(r));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  context.on('response', async (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.request().resourceType() !== 'script' && !/javascript/.test(type)) return;
    const entry = { url: r.url(), body: null };
    scripts.set(r.url(), entry);
    entry.body = await r.body().catch(() => null);
  });
  const parleyRequests = () =>
    requests
      .filter((r) => r.url().startsWith(`${base}/`))
      .map((r) => new URL(r.url()).pathname)
      .filter((path) => !DEMO_OWN.has(path));

  await check(
    `before the chat is opened (${QUIET_MS / 1000} s after load), Parley loaded only its module`,
    async () => {
      await page.goto(`${base}/demo/`, { waitUntil: 'load' });
      await page.locator('parley-chat [part~="launcher"]').waitFor();
      // Watching for what should not happen takes a while of nothing happening.
      await page.waitForTimeout(QUIET_MS);
      const all = requests.map((r) => `${r.method()} ${r.url()}`);
      console.log(`    the demo page loaded:\n      ${all.join('\n      ')}`);
      const parley = parleyRequests();
      if (JSON.stringify(parley) !== JSON.stringify([MODULE]))
        throw new Error(`Parley requests before opening: ${JSON.stringify(parley)}`);
      const elsewhere = all.filter((r) => !r.includes(` ${base}/`) && !r.includes(' data:'));
      if (elsewhere.length) throw new Error(`requests to other servers: ${JSON.stringify(elsewhere)}`);
    },
  );

  await check('before the chat is opened there is no WebSocket, no cookie and nothing in web storage', async () => {
    if (sockets.length) throw new Error(`WebSockets: ${JSON.stringify(sockets)}`);
    const cookies = await context.cookies();
    if (cookies.length) throw new Error(`cookies: ${JSON.stringify(cookies)}`);
    const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
    if (Object.keys(storage.local).length || Object.keys(storage.session).length)
      throw new Error(`web storage: ${JSON.stringify(storage)}`);
  });

  await check('opening the chat fetches the configuration and connects to /ws/visitor', async () => {
    const before = parleyRequests().length;
    const [ws] = await Promise.all([
      page.waitForEvent('websocket', (w) => w.url() === `${base.replace(/^http/, 'ws')}/ws/visitor`),
      page.waitForRequest(`${base}/api/v1/widget/config`),
      page.locator('parley-chat [part~="launcher"]').click(),
    ]);
    await page.locator('parley-chat parley-composer textarea').waitFor();
    await page.waitForLoadState('networkidle');
    const after = parleyRequests().slice(before);
    console.log(`    on opening: ${JSON.stringify(after)} and ${ws.url()}`);
  });

  await screenshot(page, 'privacy-opened');

  await check(
    `the module is at most ${kb(MODULE_BUDGET)} gzipped, all JavaScript up to the open panel at most ${kb(SCRIPTS_BUDGET)}`,
    async () => {
      const entries = [...scripts.values()];
      const missing = entries.filter((e) => !e.body).map((e) => e.url);
      if (missing.length) throw new Error(`no body for ${JSON.stringify(missing)}`);
      const sizes = entries.map((e) => ({ url: e.url, raw: e.body.length, gzip: gzipSync(e.body).length }));
      for (const s of sizes) console.log(`    ${s.url}: ${kb(s.raw)}, ${kb(s.gzip)} gzip`);
      const module = sizes.find((s) => s.url === `${base}${MODULE}`);
      if (!module) throw new Error(`${MODULE} was not loaded as a script`);
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      console.log(
        `    module ${kb(module.gzip)} gzip (budget ${kb(MODULE_BUDGET)}); all JavaScript ${kb(total)} gzip (budget ${kb(SCRIPTS_BUDGET)})`,
      );
      if (module.gzip > MODULE_BUDGET) throw new Error(`the module is ${kb(module.gzip)} gzipped`);
      if (total > SCRIPTS_BUDGET) throw new Error(`the JavaScript is ${kb(total)} gzipped`);
    },
  );

  await check(
    `on a page holding only the widget, no task of ${LONG_TASK_MS} ms or more until ${SETTLE_MS / 1000} s after it is defined (best of ${LOADS} loads)`,
    async () => {
      const loads = [];
      for (let i = 0; i < LOADS; i++) {
        const quiet = await newPage('long tasks', DESKTOP);
        await quiet.addInitScript(() => {
          window.__longTasks = [];
          customElements.whenDefined('parley-chat').then(() => (window.__definedAt = performance.now()));
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              window.__longTasks.push({ start: Math.round(e.startTime), duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
        await quiet.goto(await hostPage(quiet, 'minimal'), { waitUntil: 'load' });
        const definedAt = await (await quiet.waitForFunction(() => window.__definedAt)).jsonValue();
        await quiet.waitForTimeout(SETTLE_MS);
        const tasks = await quiet.evaluate(() => window.__longTasks);
        await quiet.context().close();
        const longest = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
        console.log(
          `    load ${i + 1}: widget defined at ${definedAt.toFixed(0)} ms; ${tasks.length ? `long tasks ${JSON.stringify(tasks)}, the longest ${longest} ms` : 'no long task (Chromium reports those of 50 ms or more)'}`,
        );
        loads.push(tasks.filter((t) => t.duration >= LONG_TASK_MS));
        if (!loads.at(-1).length) return;
      }
      throw new Error(`every load had a long task: ${JSON.stringify(loads)}`);
    },
  );
} catch {
  failed = true;
  await failureScreenshots('privacy-failure');
} finally {
  await browser.close();
}

finish(failed);
