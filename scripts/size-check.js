#!/usr/bin/env node
/**
 * The size budget, run by `npm run build` (and so by CI) after rollup:
 *
 * - prints the gzip and brotli size of the CDN bundle dist/ogp-plan-widgets.js
 *   and of each entry point built on its own (what a page pays for one
 *   element: the element, the shared core, Lit and what it uses of D3);
 *   `--breakdown` adds what each source folder and package weighs in it;
 * - fails (exit 1) when the bundle is over its ceiling, unless given
 *   --warn-only (`npm start` builds that way: the demo runs whatever the
 *   size; CI and `npm pack` do not), and prints how far it is from the
 *   target of 45 kB gzip. The bundle does not meet that target yet (see the
 *   README, "Size"): the ceiling stops it from growing while it is cut down;
 *   lower the ceiling with every cut, until it reaches the target;
 * - computes the bundle's Subresource Integrity hash (sha384) and writes it,
 *   with the sizes and the pinned CDN address, to dist/bundle-info.json, which
 *   the demo reads to print copy-paste snippets and the README points to.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { BUNDLE_FILE, ROOT, inputOptions } from './bundle.js';
// The widget registry (src/shared/widgets.ts) as tsc compiled it: `npm run build` runs tsc -b first.
import { WIDGETS } from '../dist/shared/widgets.js';

/** The goal: 45 kB of gzip, in bytes (1 kB = 1000 bytes, as npm and the browsers' network panels count). */
export const TARGET_GZIP = 45_000;

/**
 * What fails CI today: 86 kB, since the single file carries the English and French packs (about 5 kB gzip of
 * French text and the pack machinery, 0.7 kB for the section modules) and the chart's CSV writer (csv-stringify's
 * browser build, about 10 kB, which the modules load by import() only when a person downloads the CSV; the chart's
 * screen-reader, axis and focus work took 0.9 kB more; feeds of any city, issue 17's feed side, and issue 14's
 * "Comentar" links and "Novedades", 1.7 kB; the sixth element, <ogp-feedback-answers>, with the answers
 * schema, the reference lookup and the commitment's count, 4.4 kB). Before that, 62 kB (pagination, heading levels and counts
 * that say what they count took 2.5 kB; the form's reload notice and required-field work took 1.5 kB more). The
 * redesign's controllers cost 0.3 kB over the 57.2 kB measured before (see README, "Size"). Per-page budgets replace
 * this whole-bundle ceiling once the bundle is split into chunks.
 */
export const BUDGET_GZIP = 86_000;

export const gzipSize = (code) => gzipSync(code).length;
export const brotliSize = (code) => brotliCompressSync(code).length;
export const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * What a page pays for each element alone: its define module built on its
 * own, minified like the bundle (the element, the shared core, Lit and what
 * it uses of D3 and valibot). The builds share rollup's cache.
 */
async function entrySizes() {
  const rows = [];
  let cache;
  for (const { name } of WIDGETS) {
    const build = await rollup({ ...inputOptions({ input: `src/${name}/define.ts` }), cache });
    cache = build.cache;
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    // The element's code without what it may fetch later by import() (language packs, the CSV writer: chunks of their own).
    const code = output
      .filter((chunk) => chunk.type === 'chunk' && !chunk.isDynamicEntry)
      .map((chunk) => chunk.code)
      .join('\n');
    rows.push([`  ${name}/define.js alone`, Buffer.byteLength(code), gzipSize(code), brotliSize(code)]);
  }
  return rows;
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
 * `--breakdown`: what each source folder and package weighs in the bundle,
 * read from its source map (minified bytes; gzip shared out in proportion).
 */
function breakdown(code, map) {
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
  const bundlePath = resolve(ROOT, 'dist', BUNDLE_FILE);
  if (!existsSync(bundlePath)) {
    console.error(`size-check: dist/${BUNDLE_FILE} is missing; run rollup -c first.`);
    return 1;
  }
  const code = readFileSync(bundlePath);
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const info = {
    name: pkg.name,
    version: pkg.version,
    file: `dist/${BUNDLE_FILE}`,
    url: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/${BUNDLE_FILE}`,
    integrity: integrity(code),
    bytes: code.length,
    gzip: gzipSize(code),
    brotli: brotliSize(code),
    budgetGzip: BUDGET_GZIP,
    targetGzip: TARGET_GZIP,
  };

  const rows = [[`dist/${BUNDLE_FILE} (every element)`, info.bytes, info.gzip, info.brotli]];
  if (!process.argv.includes('--bundle-only')) rows.push(...(await entrySizes()));

  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'entry'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}`);
  for (const [label, bytes, gzip, brotli] of rows) {
    console.log(`${label.padEnd(width)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)}  ${kb(brotli).padStart(8)}`);
  }
  if (process.argv.includes('--breakdown')) {
    const map = JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8'));
    console.log('\nwhat the bundle is made of (gzip shared out in proportion):');
    for (const [key, bytes, gzip] of breakdown(code.toString('utf8'), map)) {
      console.log(`  ${key.padEnd(width - 2)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)}`);
    }
  }
  console.log(`\nintegrity (SRI) of dist/${BUNDLE_FILE}: ${info.integrity}`);

  writeFileSync(resolve(ROOT, 'dist', 'bundle-info.json'), `${JSON.stringify(info, null, 2)}\n`);

  if (info.gzip > BUDGET_GZIP) {
    const warnOnly = process.argv.includes('--warn-only');
    console.error(
      `\nsize-check: the bundle is ${kb(info.gzip)} gzip, over the budget of ${kb(BUDGET_GZIP)} ` +
        `by ${info.gzip - BUDGET_GZIP} bytes.${warnOnly ? ' (--warn-only: not failing)' : ''}`,
    );
    return warnOnly ? 0 : 1;
  }
  console.log(`size ceiling: ${kb(info.gzip)} of ${kb(BUDGET_GZIP)} gzip (${kb(BUDGET_GZIP - info.gzip)} left)`);
  if (info.gzip > TARGET_GZIP) {
    console.log(`size target: ${kb(TARGET_GZIP)} gzip, not met yet: ${kb(info.gzip - TARGET_GZIP)} to cut.`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
