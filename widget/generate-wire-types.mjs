// Generates the widget's TypeScript types of Parley's wire contract from the JSON Schemas in ../docs/schemas
// (see docs/decisions/0003-wire-contract.md) into src/wire/index.ts, which git ignores. Types only: nothing of it
// reaches the bundles. Run by `npm run build`, `npm run typecheck` and `npm test` before anything else.
import { compile } from 'json-schema-to-typescript';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = resolve(here, '../docs/schemas');
const out = resolve(here, 'src/wire/index.ts');

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.schema.json') ? [join(dir, e.name)] : [],
    ),
  );
  return found.flat().sort();
}

// What only validates and shapes no type is left out of what the generator reads: an `anyOf` of `required` lists
// ("a text, an image or both") and the words beside a `$ref` (which would make each use a type of its own).
function typesOnly(node) {
  if (Array.isArray(node)) return node.map(typesOnly);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    const validationOnly = key === 'anyOf' && value.every((choice) => Object.keys(choice).join() === 'required');
    if (!validationOnly) copy[key] = typesOnly(value);
  }
  return copy;
}

// One root that refers to every schema, so that each shape (a ticket inside several frames) is declared once, under
// its schema's title.
const all = await files(schemas);
const titles = new Set();
const properties = {};
for (const file of all) {
  const { title } = JSON.parse(await readFile(file, 'utf8'));
  if (!title || titles.has(title)) throw new Error(`${relative(schemas, file)}: every schema needs a title of its own`);
  titles.add(title);
  properties[title] = { $ref: relative(schemas, file) };
}
const ts = await compile(
  { title: 'WireContract', type: 'object', properties, additionalProperties: false },
  'WireContract',
  {
    cwd: schemas,
    $refOptions: {
      resolve: {
        file: { read: async ({ url }) => JSON.stringify(typesOnly(JSON.parse(await readFile(url, 'utf8')))) },
      },
    },
    bannerComment:
      '/* Generated from docs/schemas by generate-wire-types.mjs: do not edit. The schemas are the wire contract. */',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
  },
);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, ts);
console.log(`${relative(here, out)}: ${titles.size} types from ${relative(here, schemas)}`);
