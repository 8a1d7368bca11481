// Bundles the visitor widget and the agent inbox into target/classes/META-INF/resources,
// where the Parley WAR serves them (Servlet META-INF/resources).
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { cp, mkdir, stat } from 'node:fs/promises';
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

await build({
  ...common,
  entryPoints: ['src/parley-chat.ts'],
  outfile: `${out}/widget/parley-chat.js`,
});
await build({
  ...common,
  entryPoints: ['src/inbox/parley-inbox.ts'],
  outfile: `${out}/inbox/parley-inbox.js`,
});

await mkdir(out, { recursive: true });
await cp('public', out, { recursive: true });

// Gzipped size budgets: the visitor widget loads on every page of the store.
const budgets = { 'widget/parley-chat.js': 20 * 1024 };

for (const file of ['widget/parley-chat.js', 'inbox/parley-inbox.js']) {
  const path = `${out}/${file}`;
  const bytes = await readFile(path);
  const { size } = await stat(path);
  const gzip = gzipSync(bytes).length;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
  const budget = budgets[file];
  if (budget && gzip > budget) {
    console.error(`${file} is ${(gzip / 1024).toFixed(1)} KB gzip, over its budget of ${(budget / 1024).toFixed(0)} KB`);
    process.exitCode = 1;
  }
}
