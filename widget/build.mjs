// Bundles the visitor widget, the agent inbox and the demo store into target/classes/META-INF/resources, where the
// Parley WAR serves them (dev.parley.server.StaticFiles), the way a CDN would:
// - every file a page or module loads has its content's hash in its name, so that it can be cached for good; only
//   the names others write down keep theirs: the widget's module /widget/parley-chat.js (the embedding contract) and
//   the pages /inbox/, /demo/, /demo/phone/ and /chat/ (their HTML is written here, naming the hashed files);
// - every text file is stored compressed too, with gzip and brotli at their highest levels (.gz and .br beside it),
//   so that the server sends each visitor the smallest encoding it accepts without compressing anything per request;
// - a list of the files, META-INF/parley/static-files.json, tells the server which ones are hashed (immutable) and
//   which encodings each has.
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const out = process.env.PARLEY_WIDGET_OUT ?? 'target/classes/META-INF/resources';
const manifestFile = join(out, '..', 'parley', 'static-files.json');
const FOLDERS = ['widget', 'inbox', 'demo', 'chat'];
/** The files whose names are a contract: everything else is named by its content's hash. */
const STABLE = new Set([
  '/widget/parley-chat.js',
  '/inbox/index.html',
  '/demo/index.html',
  '/demo/phone/index.html',
  '/chat/index.html',
]);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  plugins: [minifyTemplatesPlugin],
  metafile: true,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
};

/** The files a build wrote, as paths under `out` with a leading slash. */
const written = (result) =>
  Object.keys(result.metafile.outputs).map((file) => '/' + relative(out, file).split('\\').join('/'));

for (const folder of FOLDERS) await rm(join(out, folder), { recursive: true, force: true });

// The widget is two modules: parley-chat.js, which the page loads (Lit, the launcher, the connection), and the
// panel's module, which it loads when the visitor first opens the chat (the message list and the composer).
// The panel takes Lit from parley-chat.js, which re-exports it, so that one Lit runs. The panel is built first: the
// module names it by its hashed name.
const litFromTheWidget = {
  name: 'parley-lit-from-the-widget',
  setup(b) {
    b.onResolve({ filter: /^(lit|lit\/.*|@lit\/.*|lit-html.*|lit-element.*)$/ }, () => ({
      path: './parley-chat.js',
      external: true,
    }));
  },
};
// The palette's emoji pictures, for a system without a colour emoji font: a module of their own, which the composer
// loads only there, when the palette first opens.
const emojiImages = await build({
  ...common,
  entryPoints: { 'parley-chat-emoji': 'src/components/composer/emoji-images.ts' },
  outdir: `${out}/widget`,
});
const emojiFile = basename(written(emojiImages).find((f) => f.endsWith('.js')));
const emojiLoader = {
  name: 'parley-emoji-loader',
  setup(b) {
    b.onResolve({ filter: /\/load-emoji-images\.js$/ }, () => ({ path: 'load-emoji-images', namespace: 'parley' }));
    b.onLoad({ filter: /^load-emoji-images$/, namespace: 'parley' }, () => ({
      contents: `export const loadEmojiImages = () => import(new URL(${JSON.stringify('./' + emojiFile)}, import.meta.url).href);`,
      loader: 'js',
    }));
  },
};
const panel = await build({
  ...common,
  plugins: [...common.plugins, litFromTheWidget, emojiLoader],
  entryPoints: { 'parley-chat-panel': 'src/components/chat/panel.ts' },
  outdir: `${out}/widget`,
});
const panelFile = basename(written(panel).find((f) => f.endsWith('.js')));
const panelLoader = {
  name: 'parley-panel-loader',
  setup(b) {
    b.onResolve({ filter: /\/load-panel\.js$/ }, () => ({ path: 'load-panel', namespace: 'parley' }));
    b.onLoad({ filter: /^load-panel$/, namespace: 'parley' }, () => ({
      // A failed import may stay failed for its URL: a retry asks for the module under a URL of its own.
      contents: `let n = 0; export const loadPanel = () => import(new URL(${JSON.stringify('./' + panelFile)} + (n++ ? '?retry=' + n : ''), import.meta.url).href);`,
      loader: 'js',
    }));
  },
};
const widgetModule = await build({
  ...common,
  plugins: [...common.plugins, panelLoader],
  entryPoints: ['src/parley-chat.ts'],
  entryNames: '[name]',
  outdir: `${out}/widget`,
});
// A name the panel imports from Lit that parley-chat.js does not re-export would fail only in the browser, as the
// visitor opens the chat ("The chat could not be loaded"): the build fails instead.
const widgetExports = new Set(
  Object.entries(widgetModule.metafile.outputs).find(([file]) => file.endsWith('/parley-chat.js'))[1].exports,
);
const notExported = [
  ...(await readFile(join(out, 'widget', panelFile), 'utf8')).matchAll(/import\{([^}]*)\}from"\.\/parley-chat\.js"/g),
]
  .flatMap((m) => m[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0]))
  .filter((name) => !widgetExports.has(name));
if (notExported.length)
  throw new Error(`the panel imports ${[...new Set(notExported)]} from parley-chat.js, which does not export it`);

// The inbox is its module and chunks it loads when first needed (each settings screen when it is first opened),
// with the code they share in chunks of their own, so that one Lit runs.
const inbox = await build({
  ...common,
  entryPoints: ['src/inbox/parley-inbox.ts', 'public/inbox/inbox.css'],
  outdir: `${out}/inbox`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
const demo = await build({
  ...common,
  entryPoints: ['public/demo/demo.js', 'public/demo/demo.css'],
  outdir: `${out}/demo`,
});

/**
 * Writes a page of public/ with each local file it names replaced by the built, hashed one; a file it names that the
 * build did not make fails the build.
 */
async function page(folder, built) {
  const byName = new Map(
    built
      .filter((f) => !f.endsWith('.map'))
      .map((f) => [basename(f).replace(/-[A-Z0-9]{8}(?=\.[a-z]+$)/, ''), posix.relative(`/${folder}`, f)]),
  );
  const html = await readFile(`public/${folder}/index.html`, 'utf8');
  const missing = [];
  const rewritten = html.replace(/\b(src|href)="([^"]+)"/g, (whole, attribute, url) => {
    if (/^(data:|https?:|#|\/)/.test(url)) return whole;
    const file = byName.get(posix.basename(url));
    if (!file) missing.push(url);
    return `${attribute}="${file ? `./${file}` : url}"`;
  });
  if (missing.length) throw new Error(`public/${folder}/index.html names files the build did not make: ${missing}`);
  await writeFile(`${out}/${folder}/index.html`, rewritten);
}
// The demo's phone simulator, which texts the store through Parley's fake SMS provider.
const phone = await build({
  ...common,
  entryPoints: ['public/demo/phone/phone.js', 'public/demo/phone/phone.css'],
  outdir: `${out}/demo/phone`,
});
await page('inbox', written(inbox));
await page('demo', written(demo));
await page('demo/phone', written(phone));
// The chat page that a reply email's link opens: the widget, full page, in the visitor's conversation.
const chatPage = await build({
  ...common,
  entryPoints: ['public/chat/chat.js', 'public/chat/chat.css'],
  outdir: `${out}/chat`,
});
await page('chat', written(chatPage));

/** Every file under the served folders, as paths with a leading slash. */
async function files(dir = out) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push('/' + relative(out, path).split('\\').join('/'));
  }
  return found;
}
const served = (await Promise.all(FOLDERS.map((f) => files(join(out, f))))).flat().sort();

// The compressed copies, and the list the server reads.
const sizes = new Map();
const manifest = [];
for (const path of served) {
  const bytes = await readFile(join(out, path));
  const entry = { path, immutable: !STABLE.has(path), encodings: [] };
  const size = { identity: bytes.length };
  if (COMPRESSIBLE.test(path)) {
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gzip = gzipSync(bytes, { level: 9 });
    // A tiny file may come out larger compressed: then it is sent as it is.
    for (const [encoding, suffix, compressed] of [
      ['br', '.br', br],
      ['gzip', '.gz', gzip],
    ]) {
      if (compressed.length < bytes.length) {
        await writeFile(join(out, path + suffix), compressed);
        entry.encodings.push(encoding);
        size[encoding] = compressed.length;
      }
    }
  }
  if (entry.immutable && !/-[A-Z0-9]{8}\.[a-z0-9]+$/.test(path))
    throw new Error(`${path} is cached for good but has no hash in its name`);
  manifest.push(entry);
  sizes.set(path, size);
}
await mkdir(dirname(manifestFile), { recursive: true });
await writeFile(manifestFile, JSON.stringify({ files: manifest }, null, 2) + '\n');

// Size budgets, on the wire with gzip (brotli is smaller still): the visitor widget's module loads on every page of
// the store; the panel's when the chat first opens, and the two together are what opening the chat costs.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const describe = (s) => `${kb(s.identity)}, ${kb(s.gzip ?? s.identity)} gzip, ${kb(s.br ?? s.identity)} br`;
const widget = sizes.get('/widget/parley-chat.js');
const opened = [widget, sizes.get(`/widget/${panelFile}`)];
const inboxFiles = served.filter((p) => p.startsWith('/inbox/'));
const sum = (list, encoding) => list.reduce((total, s) => total + (s[encoding] ?? s.identity), 0);
const total = (list) => ({ identity: sum(list, 'identity'), gzip: sum(list, 'gzip'), br: sum(list, 'br') });
console.log(`widget/parley-chat.js: ${describe(widget)}`);
console.log(`widget/${panelFile}: ${describe(opened[1])}`);
console.log(`the widget, opened (both modules): ${describe(total(opened))}`);
console.log(`the inbox, every file (${inboxFiles.length}): ${describe(total(inboxFiles.map((p) => sizes.get(p))))}`);

const budgets = [
  ['the widget module', widget.gzip, 20 * 1024],
  ['the widget, opened', total(opened).gzip, 60 * 1024],
];
for (const [what, size, budget] of budgets) {
  if (size > budget) {
    console.error(`${what} is ${kb(size)} gzip, over its budget of ${kb(budget)}`);
    process.exitCode = 1;
  }
}
