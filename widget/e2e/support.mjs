// What the end-to-end scripts share: the environment (see slice.e2e.mjs for the variables), the step runner and
// summary, the browser and its pages, and a few helpers for the widget and the inbox.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';

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
    console.error(
      `  ✘ ${step}. ${title}\n      ${String(e?.message ?? e)
        .split('\n')
        .join('\n      ')}`,
    );
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
  // Parley's pages carry a strict Content-Security-Policy: anything it blocks is a bug, whatever the steps said.
  const blocked = problems.filter((p) => /Content Security Policy/i.test(p));
  if (blocked.length) {
    console.log(`  ✘ the Content-Security-Policy blocked ${blocked.length} thing(s)`);
    failed = true;
  }
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

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/**
 * A page in a context of its own (or in `context`, to share its storage, as a second tab does); its page errors and
 * console errors go to `problems`, marked with `name`. `mobile` emulates a phone's browser (touch, and a page wider
 * than the screen zooms out, as on a phone).
 */
export async function newPage(name, viewport, { locale = 'en-US', context, mobile = false } = {}) {
  const ctx =
    context ??
    (await browser.newContext({
      viewport,
      locale,
      extraHTTPHeaders: clientAddress(),
      ...(mobile && { isMobile: true, hasTouch: true }),
    }));
  const page = await ctx.newPage();
  if (context && viewport) await page.setViewportSize(viewport);
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => problems.push(`[${name}] page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`[${name}] console: ${m.text()}`));
  return page;
}

/**
 * A client address of the context's own, as a reverse proxy would forward it: a server that trusts loopback as a proxy
 * (the integration tests' servers) then counts each browser's visitors apart, as it would real visitors; one that
 * trusts nobody (a developer's) ignores the header.
 */
export function clientAddress() {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return { 'X-Forwarded-For': `10.${byte()}.${byte()}.${byte()}` };
}

/**
 * Serves a minimal store page at `${base}/e2e-host-<name>.html` (so on Parley's own origin) to `page`: `<html lang>`,
 * the widget's module and `<parley-chat attributes>`, nothing else. Returns its URL.
 *
 * Chromium counts a page answered by `route.fulfill` as a public one, whose WebSocket to a local server (localhost)
 * its Local Network Access checks block: the page's origin is granted local network access, as a store's visitor
 * who talks to a Parley server on their own network would.
 */
export async function hostPage(page, name, { lang = 'en', attributes = '' } = {}) {
  const url = `${base}/e2e-host-${name}.html`;
  const body = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Parley e2e host (${name})</title>
    <script type="module" src="${base}/widget/parley-chat.js"></script>
  </head>
  <body>
    <h1>${name}</h1>
    <parley-chat ${attributes}></parley-chat>
  </body>
</html>`;
  await page.context().grantPermissions(['local-network-access'], { origin: base });
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  return url;
}

/** Opens the widget's panel (unless it is open already). */
export async function openChat(page, scope = 'parley-chat') {
  const launcher = page.locator(`${scope} [part~="launcher"]`);
  // On a phone the open panel covers the launcher: attached is enough to read whether it is open.
  await launcher.waitFor({ state: 'attached' });
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  await page.locator(`${scope} [part~="panel"]`).waitFor({ state: 'visible' });
}

/** Writes `text` in the composer of `scope` (`parley-chat` or `parley-inbox`) and sends it with Enter. */
export async function send(page, scope, text) {
  const composer = page.locator(`${scope} parley-composer textarea`);
  await composer.fill(text);
  await composer.press('Enter');
}

export async function screenshot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(`    screenshot ${path}`);
}

/** Screenshots every open page as `<prefix>-<i>.png`, after a failure. */
export async function failureScreenshots(prefix) {
  for (const [i, page] of browser
    .contexts()
    .flatMap((c) => c.pages())
    .entries()) {
    await page.screenshot({ path: join(shots, `${prefix}-${i}.png`), animations: 'disabled' }).catch(() => {});
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
      throw new Error(
        `expected, in order and once each:\n  ${texts.join('\n  ')}\nbut the thread shows:\n  ${seen.join('\n  ')}`,
      );
    }
    await page.waitForTimeout(200);
  }
}

/**
 * Waits for the email to `to` whose text holds `text`, and answers it (`{ to, subject, text }`, every part decoded).
 * Emails are read from PARLEY_E2E_MAILBOX, where the integration test's SMTP fake drops each one it receives as a JSON
 * file (MailDrop in the server's tests); a script that reads emails fails without it.
 */
export async function awaitEmail(to, text, timeout = 30_000) {
  const mailbox = process.env.PARLEY_E2E_MAILBOX;
  if (!mailbox || !existsSync(mailbox))
    throw new Error(
      "PARLEY_E2E_MAILBOX (the SMTP fake's emails as files) is not set: run this through its *EndToEndIT",
    );
  const deadline = Date.now() + timeout;
  for (;;) {
    const emails = readdirSync(mailbox)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(mailbox, name), 'utf8')));
    const found = emails.find((e) => e.to.includes(to) && e.text.includes(text));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = emails.map((e) => `${e.to.join(', ')}: ${e.subject}`).join('\n  ') || '(none)';
      throw new Error(`no email to ${to} with "${text}" within ${timeout} ms; the SMTP fake received:\n  ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** An admin session over plain HTTP: the cookie and the CSRF token. */
export async function signIn() {
  const res = await fetch(`${base}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await res.json();
  return { cookie, csrfToken };
}

/** Calls the REST API as the signed-in `session`; answers the JSON body, or throws on a status other than 2xx. */
export async function api(session, method, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      accept: 'application/json',
      cookie: session.cookie,
      ...(method !== 'GET' && { 'X-Parley-CSRF': session.csrfToken }),
      ...(body && { 'content-type': 'application/json' }),
    },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} /api/v1${path} answered ${res.status}: ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** The settings sections and their fields, in the order a flat body's sections are sent (docs/rest-settings.md). */
const SETTINGS_SECTIONS = {
  chat: ['chatEnabled', 'onsiteWidgetEnabled'],
  design: ['appearance', 'appearanceLocked', 'customerHub', 'effectiveAppearance'],
  behaviour: [
    'language',
    'welcomeMessage',
    'welcomeMessageTranslations',
    'links',
    'waitingThresholdSeconds',
    'storeName',
  ],
  faqs: ['faqs'],
  assistant: ['enabled', 'mode', 'handoffTarget', 'handoffMessage', 'greeting', 'turnLimit', 'minCoverage', 'minLead'],
  availability: ['businessHours', 'awayMessage', 'awayMessageTranslations'],
  embedding: ['allowedOrigins', 'identityVerification'],
  'email-notifications': ['emailNotifications'],
};

/**
 * GET /api/v1/settings (every section in one flat object), or with a flat `body` one PUT /api/v1/settings/{section}
 * per section it touches: answers all the settings after the change, with each section's answer (a rotation's new
 * secret included).
 */
export async function settings(session, body) {
  if (!body) return api(session, 'GET', '/settings');
  const unknown = Object.keys(body).filter((field) => !Object.values(SETTINGS_SECTIONS).flat().includes(field));
  if (unknown.length) throw new Error(`no settings section has the field ${unknown[0]}`);
  const answers = {};
  for (const [section, fields] of Object.entries(SETTINGS_SECTIONS)) {
    const part = Object.fromEntries(fields.filter((field) => field in body).map((field) => [field, body[field]]));
    if (Object.keys(part).length) Object.assign(answers, await api(session, 'PUT', `/settings/${section}`, part));
  }
  return { ...(await api(session, 'GET', '/settings')), ...answers };
}

/**
 * Puts settings back after a script changed them, in a new session: the script's own may have ended meanwhile
 * (a server restart or redeployment forgets HTTP sessions).
 */
export async function putBackSettings(body) {
  return settings(await signIn(), body);
}

/** The tickets whose conversation contains `text`, as the inbox lists them. */
export async function ticketsWith(session, text) {
  const { tickets } = await api(session, 'GET', `/tickets?q=${encodeURIComponent(text)}`);
  return tickets;
}

/** Waits until exactly one ticket holds `text`, and answers it. */
export async function ticketWith(session, text) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const tickets = await ticketsWith(session, text);
    if (tickets.length === 1) return tickets[0];
    if (tickets.length > 1 || Date.now() > deadline) {
      throw new Error(`expected one ticket with "${text}", found ${tickets.length}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Posts `text` (and the uploaded image `imageId`, if given) as the agent of `session` in a conversation, over /ws/agent as the inbox does; resolves on its ack. */
export function replyAsAgent(session, conversationId, text, imageId) {
  return new Promise((done, failed) => {
    const clientMessageId = randomUUID();
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/agent`, { headers: { cookie: session.cookie } });
    const timer = setTimeout(() => fail(new Error('no ack from /ws/agent within the timeout')), TIMEOUT);
    const fail = (e) => {
      clearTimeout(timer);
      socket.terminate();
      failed(e);
    };
    socket.on('error', fail);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'hello' })));
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'inbox')
        socket.send(JSON.stringify({ type: 'send', conversationId, clientMessageId, text, imageId }));
      else if (frame.type === 'error') fail(new Error(`/ws/agent answered ${JSON.stringify(frame)}`));
      else if (frame.type === 'ack' && frame.clientMessageId === clientMessageId) {
        clearTimeout(timer);
        socket.close();
        done(frame);
      }
    });
  });
}

/** The element that has the focus, looking through shadow roots: `{ tag, part, className, outline, boxShadow }`. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.localName,
      part: el.getAttribute('part') ?? '',
      className: typeof el.className === 'string' ? el.className : '',
      text: el.textContent.trim(),
      outline:
        style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });
}

/** Throws unless the focused element shows it: an outline or a box shadow. */
export async function expectVisibleFocus(page) {
  const f = await focused(page);
  if (!f) throw new Error('nothing has the focus');
  const outline = f.outline !== 'none' && !/^0px/.test(f.outline);
  if (!outline && f.boxShadow === 'none')
    throw new Error(`the focused ${f.tag}.${f.className} shows no focus: ${JSON.stringify(f)}`);
  return f;
}
