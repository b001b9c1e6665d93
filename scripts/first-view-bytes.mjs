/**
 * What the first view downloads, by file: raw, gzip (zlib level 9) and brotli
 * (quality 11) bytes, read from the production build in `dist/`.
 *
 * Counted: `dist/index.html`; what it links with `<script type="module" src>`
 * and `<link rel="stylesheet|modulepreload|icon|manifest">`; every JS chunk
 * those scripts import statically (`import … from`, `import "…"`,
 * `export … from`), recursively; and, conservatively, files that the counted
 * CSS references with `url(…)` (fonts, images), since the start view will
 * usually use them. Not counted: chunks loaded with a dynamic `import()`, which
 * is how later views should be split off.
 *
 * Usage: `node scripts/first-view-bytes.mjs [distDir]` prints the table and
 * exits 1 when the gzip total is over budget or a linked file is missing.
 * `tests/e2e/budget.spec.ts` asserts the same budget in `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/**
 * The first view's gzip budget: 30 KB. The start page needs none of XState or
 * the machine (they load on intent, or at idle once it has painted), which is
 * what brought it down from 40 KB.
 */
export const GZIP_BUDGET = 30 * 1024;

/** What fits in the first round trip (the classic 10-packet initial congestion window). */
export const FIRST_ROUND_TRIP = 14 * 1024;

/**
 * @typedef {'html' | 'script' | 'modulepreload' | 'stylesheet' | 'icon' | 'manifest' | 'import' | 'css-url'} AssetKind
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 * @typedef {Sizes & { file: string, kind: AssetKind }} AssetSizes
 * @typedef {{
 *   distDir: string,
 *   files: AssetSizes[],
 *   total: Sizes,
 *   firstResponse: Sizes & { files: string[] },
 *   missing: string[],
 *   external: string[],
 * }} FirstViewBytes
 */

/**
 * Sizes of one buffer.
 * @param {Buffer} data
 * @returns {Sizes}
 */
export function sizesOf(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

/**
 * Attributes of one start tag, names lower-cased; bare attributes get ''.
 * @param {string} tag
 * @returns {Map<string, string>}
 */
function attributesOf(tag) {
  /** @type {Map<string, string>} */
  const attrs = new Map();
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  const re = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of body.matchAll(re)) {
    const name = m[1];
    if (name) attrs.set(name.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** `<link rel>` values the first view loads. @type {AssetKind[]} */
const LINK_KINDS = ['stylesheet', 'modulepreload', 'icon', 'manifest'];

/** @param {string} url */
function isExternal(url) {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * Maps a URL in a built file to a path under `distDir`.
 * @param {string} url
 * @param {string} fromFile absolute path of the file that references it
 * @param {string} distDir absolute
 */
function resolveUrl(url, fromFile, distDir) {
  const clean = decodeURIComponent(url.replace(/[?#].*$/, ''));
  return clean.startsWith('/')
    ? path.join(distDir, clean)
    : path.resolve(path.dirname(fromFile), clean);
}

/**
 * What the HTML loads for the first view, in document order.
 * @param {string} html
 * @returns {{ url: string, kind: AssetKind }[]}
 */
export function linkedFromHtml(html) {
  /** @type {{ url: string, kind: AssetKind }[]} */
  const found = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = m[0];
    const attrs = attributesOf(tag);
    if (m[1]?.toLowerCase() === 'script') {
      const src = attrs.get('src');
      // Module scripts, and classic ones too (e.g. a service worker's register script).
      if (src && !attrs.has('nomodule')) found.push({ url: src, kind: 'script' });
      continue;
    }
    const href = attrs.get('href');
    if (!href) continue;
    const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const kind = LINK_KINDS.find((k) => rels.includes(k));
    if (kind) found.push({ url: href, kind });
  }
  return found;
}

/**
 * Specifiers a built JS module imports statically (not `import()`).
 * @param {string} code
 * @param {string} file for error messages
 * @returns {string[]}
 */
export function staticImports(code, file = '<js>') {
  /** @type {ReturnType<typeof parseAst>} */
  let ast;
  try {
    ast = parseAst(code);
  } catch (error) {
    throw new Error(`Could not parse ${file}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  /** @type {string[]} */
  const specifiers = [];
  for (const node of ast.body) {
    if (
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source)
    ) {
      const value = node.source?.value;
      if (typeof value === 'string') specifiers.push(value);
    }
  }
  return specifiers;
}

/**
 * `url(…)` references in CSS, minus `data:` ones.
 * @param {string} css
 * @returns {string[]}
 */
function cssUrls(css) {
  /** @type {string[]} */
  const urls = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

/**
 * Collects everything the first view loads and measures it.
 * @param {string} [distDir]
 * @returns {FirstViewBytes}
 */
export function firstViewBytes(distDir = 'dist') {
  const root = path.resolve(distDir);
  const indexPath = path.join(root, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(
      `${path.relative(process.cwd(), indexPath)} not found: run \`vite build\` first`,
    );
  }

  /** @type {AssetSizes[]} */
  const files = [];
  /** @type {string[]} */
  const missing = [];
  /** @type {string[]} */
  const external = [];
  const seen = new Set();

  /**
   * @param {string} absPath
   * @param {AssetKind} kind
   * @param {string} url as written in the referencing file
   */
  const visit = (absPath, kind, url) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    if (!existsSync(absPath)) {
      missing.push(`${url} (${kind})`);
      return;
    }
    const data = readFileSync(absPath);
    files.push({
      file: path.relative(root, absPath).split(path.sep).join('/'),
      kind,
      ...sizesOf(data),
    });

    /** @type {{ url: string, kind: AssetKind }[]} */
    let children = [];
    if (kind === 'html') {
      children = linkedFromHtml(data.toString('utf8'));
    } else if (absPath.endsWith('.js') || absPath.endsWith('.mjs')) {
      if (kind === 'script' || kind === 'modulepreload' || kind === 'import') {
        children = staticImports(data.toString('utf8'), absPath).map((u) => ({
          url: u,
          kind: 'import',
        }));
      }
    } else if (absPath.endsWith('.css')) {
      children = cssUrls(data.toString('utf8')).map((u) => ({ url: u, kind: 'css-url' }));
    }
    for (const child of children) {
      if (isExternal(child.url)) external.push(`${child.url} (${child.kind})`);
      else visit(resolveUrl(child.url, absPath, root), child.kind, child.url);
    }
  };

  visit(indexPath, 'html', 'index.html');

  /** @param {AssetSizes[]} list @returns {Sizes} */
  const sum = (list) =>
    list.reduce(
      (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
      {
        raw: 0,
        gzip: 0,
        brotli: 0,
      },
    );
  const firstResponseFiles = files.filter((f) => f.kind === 'html' || f.kind === 'stylesheet');

  return {
    distDir: root,
    files,
    total: sum(files),
    firstResponse: { ...sum(firstResponseFiles), files: firstResponseFiles.map((f) => f.file) },
    missing,
    external,
  };
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The report as a text table.
 * @param {FirstViewBytes} report
 * @returns {string}
 */
export function formatTable(report) {
  /** @type {string[][]} */
  const rows = [
    ['file', 'kind', 'raw', 'gzip', 'brotli'],
    ...report.files.map((f) => [f.file, f.kind, String(f.raw), String(f.gzip), String(f.brotli)]),
    [
      'total (bytes)',
      '',
      String(report.total.raw),
      String(report.total.gzip),
      String(report.total.brotli),
    ],
    ['total', '', kb(report.total.raw), kb(report.total.gzip), kb(report.total.brotli)],
  ];
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [
    line(rows[0] ?? []),
    rule,
    ...rows.slice(1, -2).map(line),
    rule,
    ...rows.slice(-2).map(line),
  ];
  const fr = report.firstResponse;
  out.push(
    '',
    `first response (14 KB first round trip): ${fr.gzip} B gzip (${kb(fr.gzip)}), ${fr.brotli} B brotli — ${fr.files.join(' + ')}`,
  );
  if (report.missing.length)
    out.push(`MISSING (linked but not in dist/): ${report.missing.join(', ')}`);
  if (report.external.length) out.push(`EXTERNAL (not counted): ${report.external.join(', ')}`);
  return out.join('\n');
}

/** CLI: print the table; exit 1 when over budget or a linked file is missing. */
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const report = firstViewBytes(process.argv[2] ?? 'dist');
  console.log(formatTable(report));
  const over = report.total.gzip > GZIP_BUDGET;
  console.log(
    `gzip total ${report.total.gzip} B (${kb(report.total.gzip)}) ${over ? 'OVER' : 'within'} the ${kb(GZIP_BUDGET)} budget`,
  );
  if (over || report.missing.length) process.exitCode = 1;
}
