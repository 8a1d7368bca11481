// Measures what Parley's static files cost on the wire (docs/benchmark.md, "Static files"): the files a first visit
// loads (a store page with the widget, until the chat is open; the inbox, until its sign-in shows), each fetched
// with brotli, with gzip and without compression, as the server answers them (the body bytes of a GET);
// then, in Chromium, what the first and a second visit transfer (Resource Timing: headers and bodies).
//
// Not a check: it prints figures. Same variables as the e2e scripts (PARLEY_BASE_URL, CHROMIUM_PATH).
//
// Run: node e2e/wire-sizes.mjs
import { get } from 'node:http';
import { base, launchBrowser, newPage, openChat } from './support.mjs';

const chatOpened = async (page) => {
  await openChat(page);
  await page.locator('parley-chat parley-composer textarea').waitFor({ state: 'attached' });
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The body bytes the server sends for `url` with the given Accept-Encoding (none: no header), not decompressed. */
function bodyBytes(url, acceptEncoding) {
  const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
  return new Promise((resolve, reject) =>
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }));
    }).on('error', reject),
  );
}

/** Loads a page in a fresh context, runs `then` on it, and answers the resources it loaded from Parley. */
async function visit(page, url, then) {
  await page.goto(url, { waitUntil: 'load' });
  await then(page);
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    (origin) =>
      [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource').filter((e) => e.initiatorType !== 'fetch'),
      ]
        .filter((e) => e.name.startsWith(origin) && !e.name.includes('/api/'))
        .map((e) => ({ url: e.name, transfer: e.transferSize, body: e.encodedBodySize })),
    base,
  );
}

const inboxShown = async (page) => {
  await page.locator('parley-inbox input[type="email"]').waitFor();
};

const browser = await launchBrowser();
try {
  for (const [name, url, then] of [
    ['the widget on the demo store, chat opened', `${base}/demo/`, chatOpened],
    ['the inbox, up to its sign-in', `${base}/inbox/`, inboxShown],
  ]) {
    const page = await newPage(name);
    const first = await visit(page, url, then);
    const second = await visit(page, url, then);
    console.log(`\n${name}`);
    const totals = { br: 0, gzip: 0, identity: 0 };
    for (const { url: file } of first) {
      const sizes = {};
      for (const [key, header] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['identity', null],
      ]) {
        sizes[key] = await bodyBytes(file, header);
        totals[key] += sizes[key].bytes;
      }
      console.log(
        `  ${file.slice(base.length).padEnd(48)} br ${kb(sizes.br.bytes).padStart(8)} (${sizes.br.encoding})  gzip ${kb(sizes.gzip.bytes).padStart(8)} (${sizes.gzip.encoding})  none ${kb(sizes.identity.bytes).padStart(8)}`,
      );
    }
    console.log(
      `  ${'all of them'.padEnd(48)} br ${kb(totals.br).padStart(8)}              gzip ${kb(totals.gzip).padStart(8)}                none ${kb(totals.identity).padStart(8)}`,
    );
    const sum = (list) => list.reduce((total, e) => total + e.transfer, 0);
    console.log(`  Chromium, first visit: ${first.length} files, ${kb(sum(first))} transferred (headers included)`);
    console.log(
      `  Chromium, second visit: ${kb(sum(second))} transferred: ${second
        .map((e) => `${e.url.slice(base.length)} ${e.transfer ? `${e.transfer} B` : 'cache'}`)
        .join(', ')}`,
    );
    await page.context().close();
  }
} finally {
  await browser.close();
}
