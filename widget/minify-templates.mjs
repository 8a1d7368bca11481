// An esbuild plugin that collapses the whitespace inside Lit's html`…` and css`…` templates of Parley's own
// sources (esbuild keeps template literals as written). Newline-whitespace next to a tag boundary is dropped,
// as JSX does; other whitespace runs become one space. CSS loses the spaces around punctuation.
import { readFile } from 'node:fs/promises';

function minifyHtml(text, prev, next) {
  return text.replace(/\s+/g, (ws, at, all) => {
    if (!ws.includes('\n')) return ' ';
    const before = at === 0 ? prev : all[at - 1];
    const after = at + ws.length === all.length ? next : all[at + ws.length];
    return before === '>' || after === '<' || before === '' || after === '' ? '' : ' ';
  });
}

function minifyCss(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Transforms the tagged templates of one source file. */
export function minifyTemplates(src) {
  let out = '';
  let i = 0;
  const copyQuoted = (q) => {
    let s = src[i++];
    while (i < src.length && src[i] !== q) s += src[i] === '\\' ? src[i++] + src[i++] : src[i++];
    return s + src[i++];
  };
  // Scans a template body after its opening backtick; kind is 'html', 'css' or null.
  const template = (kind) => {
    let s = '`';
    let chunk = '';
    let prev = '';
    const flush = (next) => {
      s += kind === 'html' ? minifyHtml(chunk, prev, next) : kind === 'css' ? minifyCss(chunk) : chunk;
      chunk = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        chunk += src[i++] + src[i++];
      } else if (c === '`') {
        flush('');
        i++;
        return s + '`';
      } else if (c === '$' && src[i + 1] === '{') {
        flush('$');
        i += 2;
        s += '${' + expression() + '}';
        prev = '}';
      } else {
        chunk += src[i++];
      }
    }
    throw new Error('unterminated template');
  };
  // Scans code up to the matching closing brace (or the end of the file when top is true).
  const expression = (top = false) => {
    let s = '';
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '/' && src[i + 1] === '/') {
        const end = src.indexOf('\n', i);
        const stop = end < 0 ? src.length : end;
        s += src.slice(i, stop);
        i = stop;
      } else if (c === '/' && src[i + 1] === '*') {
        const end = src.indexOf('*/', i + 2) + 2;
        s += src.slice(i, end);
        i = end;
      } else if (c === '"' || c === "'") {
        s += copyQuoted(c);
      } else if (c === '`') {
        const tag = /(?:^|[^\w$.])(html|css)\s*$/.exec(s.slice(-12));
        i++;
        s += template(tag ? tag[1] : null);
      } else if (c === '{') {
        depth++;
        s += src[i++];
      } else if (c === '}') {
        if (depth === 0 && !top) {
          i++;
          return s;
        }
        depth--;
        s += src[i++];
      } else {
        s += src[i++];
      }
    }
    return s;
  };
  out = expression(true);
  return out;
}

export const minifyTemplatesPlugin = {
  name: 'parley-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
