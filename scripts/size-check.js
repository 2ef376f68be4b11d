#!/usr/bin/env node
/**
 * The page budgets, run by `npm run build` (and so by CI) after rollup:
 *
 * - prints what a page downloads, in JavaScript, gzip (level 9, as the
 *   build's .gz copies the reference server sends) and brotli: the loader
 *   alone, a page with each element alone (the loader, the element's chunk
 *   and the shared chunks it imports), a page with all five, and the single
 *   file with everything. The pages are read from the files rollup wrote:
 *   each chunk's static imports, followed; `--breakdown` adds what each
 *   source folder and package weighs in the single file;
 * - fails (exit 1) when a page is over its ceiling, unless given --warn-only
 *   (`npm start` builds that way). The issue's budgets (src/shared/page-budgets.ts) are
 *   printed next to each figure; where one is not met yet, its ceiling is
 *   today's figure rounded up, so it cannot grow while it is cut down, and
 *   the line says how far it is. test/packaging/page-cost.test.ts measures
 *   the same pages in Chromium, as downloaded;
 * - computes the single file's Subresource Integrity hash (sha384) and writes
 *   it, with the figures and the pinned CDN addresses, to dist/bundle-info.json,
 *   which the demo reads and the README points to.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ALL_FILE, LOADER_FILE, ROOT } from './bundle.js';
import { PAGE_BUDGETS, PAGE_CEILINGS } from '../dist/shared/page-budgets.js';
// The widget registry (src/shared/widgets.ts) as tsc compiled it: `npm run build` runs tsc -b first.
import { WIDGETS } from '../dist/shared/widgets.js';

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
export const brotliSize = (code) => brotliCompressSync(code).length;
export const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const DIST = resolve(ROOT, 'dist');

/** The files (paths under dist/) a module statically imports, from its minified text. */
function staticImports(file, read) {
  const code = read(file).toString();
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((match) => match[1]);
  return found.map((path) => posix.normalize(posix.join(posix.dirname(file), path)));
}

/** `files` and everything they import, once each. */
function withImports(files, read, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    withImports(staticImports(file, read), read, seen);
  }
  return seen;
}

/** One page: its files and their total sizes. */
function page(label, files, read) {
  const all = [...withImports(files, read)];
  const sum = (measure) => all.reduce((total, file) => total + measure(Buffer.from(read(file))), 0);
  return { label, files: all, bytes: sum((code) => code.length), gzip: sum(gzipSize), brotli: sum(brotliSize) };
}

/**
 * What each page downloads: the loader, each element alone, all five, and
 * the single file. `read(file)` gives a file under dist/ (from the disk, or
 * from buildCdnFiles() in memory, as the benchmark does).
 */
export function pageCosts(read = (file) => readFileSync(resolve(DIST, file))) {
  // An element's chunk, `chunks/<name>-<hash>.js`, as the loader names it.
  const loader = read(LOADER_FILE).toString();
  const chunk = (name) => `chunks/${new RegExp(`chunks/(${name}-[0-9a-f]+\\.js)`).exec(loader)[1]}`;
  const pages = { loader: page(`dist/${LOADER_FILE} alone`, [LOADER_FILE], read) };
  for (const { name, tag } of WIDGETS) pages[name] = page(`page with <${tag}> only`, [LOADER_FILE, chunk(name)], read);
  pages.all = page(
    `page with all ${WIDGETS.length} elements`,
    [LOADER_FILE, ...WIDGETS.map(({ name }) => chunk(name))],
    read,
  );
  pages.single = page(`dist/${ALL_FILE} (single file)`, [ALL_FILE], read);
  return pages;
}

/** Prints the table of pages, as the build and the benchmark show it; returns its first column's width. */
export function printPageCosts(pages) {
  const width = Math.max(...Object.values(pages).map(({ label }) => label.length));
  console.log(
    `${'JavaScript a page downloads'.padEnd(width)}  ${'files'.padStart(5)}  ${'minified'.padStart(9)}  ` +
      `${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}  budget`,
  );
  for (const [key, { label, files, bytes, gzip, brotli }] of Object.entries(pages)) {
    const budget = PAGE_BUDGETS[key];
    const verdict =
      budget === undefined ? '' : gzip <= budget ? `${kb(budget)} ✔` : `${kb(budget)} ✘ ${kb(gzip - budget)} over`;
    console.log(
      `${label.padEnd(width)}  ${String(files.length).padStart(5)}  ${kb(bytes).padStart(9)}  ` +
        `${kb(gzip).padStart(8)}  ${kb(brotli).padStart(8)}  ${verdict}`,
    );
  }
  console.log('(For scale: Chart.js 4 alone is about 70 kB gzip.)');
  return width;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ fields of one source map segment. */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * `--breakdown`: what each source folder and package weighs in a file,
 * read from its source map (minified bytes; gzip shared out in proportion).
 */
export function breakdown(code, map) {
  const lines = code.split('\n');
  const pieces = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const segments = line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields = decodeSegment(segment);
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        return { column, source: fields.length > 1 ? source : -1 };
      });
    segments.forEach((segment, index) => {
      const end = index + 1 < segments.length ? segments[index + 1].column : lines[lineIndex].length;
      const file = segment.source < 0 ? '(bundle)' : map.sources[segment.source];
      const key = file.includes('node_modules/')
        ? file
            .split('node_modules/')
            .pop()
            .split('/')
            .slice(0, file.split('node_modules/').pop().startsWith('@') ? 2 : 1)
            .join('/')
        : file
            .replace(/^.*?\bsrc\//, 'src/')
            .split('/')
            .slice(0, 2)
            .join('/');
      pieces.set(key, (pieces.get(key) ?? '') + lines[lineIndex].slice(segment.column, end));
    });
  });
  const total = gzipSize(code);
  const rows = [...pieces].map(([key, text]) => [key, Buffer.byteLength(text), gzipSize(text)]);
  const gzipSum = rows.reduce((sum, row) => sum + row[2], 0);
  return rows
    .map(([key, bytes, gzip]) => [key, bytes, Math.round((gzip * total) / gzipSum)])
    .sort((a, b) => b[2] - a[2]);
}

async function main() {
  const missing = [LOADER_FILE, ALL_FILE].filter((file) => !existsSync(resolve(DIST, file)));
  if (missing.length > 0) {
    console.error(`size-check: ${missing.map((file) => `dist/${file}`).join(', ')} missing; run rollup -c first.`);
    return 1;
  }
  const pages = pageCosts();
  const single = readFileSync(resolve(DIST, ALL_FILE));
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;
  const info = {
    name: pkg.name,
    version: pkg.version,
    file: `dist/${LOADER_FILE}`,
    url: cdn + LOADER_FILE,
    all: {
      file: `dist/${ALL_FILE}`,
      url: cdn + ALL_FILE,
      integrity: integrity(single),
      bytes: single.length,
      gzip: gzipSize(single),
      brotli: brotliSize(single),
    },
    pages: Object.fromEntries(
      Object.entries(pages).map(([key, { files, gzip, brotli }]) => [
        key,
        { files: files.map((file) => `dist/${file}`), gzip, brotli, budgetGzip: PAGE_BUDGETS[key] },
      ]),
    ),
  };

  const width = printPageCosts(pages);
  if (process.argv.includes('--breakdown')) {
    const map = JSON.parse(readFileSync(resolve(DIST, `${ALL_FILE}.map`), 'utf8'));
    console.log(`\nwhat dist/${ALL_FILE} is made of (gzip shared out in proportion):`);
    for (const [key, bytes, gzip] of breakdown(single.toString('utf8'), map)) {
      console.log(`  ${key.padEnd(width - 2)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)}`);
    }
  }
  console.log(`\nintegrity (SRI) of dist/${ALL_FILE}: ${info.all.integrity}`);
  writeFileSync(resolve(DIST, 'bundle-info.json'), `${JSON.stringify(info, null, 2)}\n`);

  const over = Object.entries(PAGE_CEILINGS).filter(([key, ceiling]) => pages[key].gzip > ceiling);
  if (over.length > 0) {
    const warnOnly = process.argv.includes('--warn-only');
    for (const [key, ceiling] of over) {
      console.error(
        `size-check: ${pages[key].label} is ${kb(pages[key].gzip)} gzip, over its ceiling of ${kb(ceiling)}.`,
      );
    }
    if (warnOnly) console.error('(--warn-only: not failing)');
    return warnOnly ? 0 : 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
