// Bundles the visitor widget and the agent inbox into target/classes/META-INF/resources,
// where the Parley WAR serves them (Servlet META-INF/resources).
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';

const out = process.env.PARLEY_WIDGET_OUT ?? 'target/classes/META-INF/resources';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  plugins: [minifyTemplatesPlugin],
};

// The widget is two modules: parley-chat.js, which the page loads (Lit, the launcher, the connection), and
// parley-chat-panel.js, which it loads when the visitor first opens the chat (the message list and the composer).
// The panel takes Lit from parley-chat.js, which re-exports it, so that one Lit runs.
const panelLoader = {
  name: 'parley-panel-loader',
  setup(b) {
    b.onResolve({ filter: /\/load-panel\.js$/ }, () => ({ path: 'load-panel', namespace: 'parley' }));
    b.onLoad({ filter: /^load-panel$/, namespace: 'parley' }, () => ({
      // A failed import may stay failed for its URL: a retry asks for the module under a URL of its own.
      contents:
        "let n = 0; export const loadPanel = () => import(new URL('./parley-chat-panel.js' + (n++ ? '?retry=' + n : ''), import.meta.url).href);",
      loader: 'js',
    }));
  },
};
const litFromTheWidget = {
  name: 'parley-lit-from-the-widget',
  setup(b) {
    b.onResolve({ filter: /^(lit|lit\/.*|@lit\/.*|lit-html.*|lit-element.*)$/ }, () => ({
      path: './parley-chat.js',
      external: true,
    }));
  },
};

await build({
  ...common,
  plugins: [...common.plugins, panelLoader],
  entryPoints: ['src/parley-chat.ts'],
  outfile: `${out}/widget/parley-chat.js`,
});
await build({
  ...common,
  plugins: [...common.plugins, litFromTheWidget],
  entryPoints: ['src/components/chat/panel.ts'],
  outfile: `${out}/widget/parley-chat-panel.js`,
});
// The inbox is parley-inbox.js and chunks it loads when first needed (each settings screen when it is first opened),
// with the code they share in chunks of its own, so that one Lit runs.
await rm(`${out}/inbox/chunks`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/inbox/parley-inbox.ts'],
  outdir: `${out}/inbox`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

await mkdir(out, { recursive: true });
await cp('public', out, { recursive: true });

// Gzipped size budgets: the visitor widget's module loads on every page of the store; the panel's when the chat
// first opens, and the two together are what opening the chat costs.
const budgets = { 'widget/parley-chat.js': 20 * 1024 };
const openBudget = 60 * 1024;
const gzipped = {};

for (const file of ['widget/parley-chat.js', 'widget/parley-chat-panel.js', 'inbox/parley-inbox.js']) {
  const path = `${out}/${file}`;
  const bytes = await readFile(path);
  const { size } = await stat(path);
  const gzip = gzipSync(bytes).length;
  gzipped[file] = gzip;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
  const budget = budgets[file];
  if (budget && gzip > budget) {
    console.error(
      `${file} is ${(gzip / 1024).toFixed(1)} KB gzip, over its budget of ${(budget / 1024).toFixed(0)} KB`,
    );
    process.exitCode = 1;
  }
}

const opened = gzipped['widget/parley-chat.js'] + gzipped['widget/parley-chat-panel.js'];
console.log(`the widget, opened (both modules): ${(opened / 1024).toFixed(1)} KB gzip`);
if (opened > openBudget) {
  console.error(
    `opening the widget loads ${(opened / 1024).toFixed(1)} KB gzip, over its budget of ${openBudget / 1024} KB`,
  );
  process.exitCode = 1;
}
