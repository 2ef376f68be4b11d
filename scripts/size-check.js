#!/usr/bin/env node
/**
 * The size budget, run by `npm run build` (and so by CI) after rollup:
 *
 * - prints the gzip and brotli size of the CDN bundle dist/ogp-plan-widgets.js
 *   and of each entry point built on its own (what a page pays for one
 *   element: the element, the shared core, Lit and what it uses of D3);
 * - fails (exit 1) when the bundle is over the budget, 45 kB gzip;
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
import { BUNDLE_FILE, ROOT, WIDGETS, inputOptions } from './bundle.js';

/** 45 kB of gzip, in bytes (1 kB = 1000 bytes, as npm and the browsers' network panels count). */
export const BUDGET_GZIP = 45_000;

export const gzipSize = (code) => gzipSync(code).length;
export const brotliSize = (code) => brotliCompressSync(code).length;
export const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every entry point that exists now: the define module of each widget, then the whole API. */
function entries() {
  return [
    ...WIDGETS.map((name) => [`${name}/define.js`, `src/${name}/define.ts`]),
    ['index.js (API, no tags)', 'src/index.ts'],
  ].filter(([, file]) => existsSync(resolve(ROOT, file)));
}

/** Builds one entry alone, in memory, minified like the bundle. */
async function standaloneSize(file, cache) {
  const build = await rollup({ ...inputOptions({ input: file }), cache });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  return { bytes: Buffer.byteLength(code), gzip: gzipSize(code), brotli: brotliSize(code), cache: build.cache };
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
  };

  const rows = [[`dist/${BUNDLE_FILE} (every element)`, info.bytes, info.gzip, info.brotli]];
  if (!process.argv.includes('--bundle-only')) {
    let cache;
    for (const [label, file] of entries()) {
      const size = await standaloneSize(file, cache);
      cache = size.cache;
      rows.push([`  ${label} alone`, size.bytes, size.gzip, size.brotli]);
    }
  }

  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'entry'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}`);
  for (const [label, bytes, gzip, brotli] of rows) {
    console.log(`${label.padEnd(width)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(8)}  ${kb(brotli).padStart(8)}`);
  }
  console.log(`\nintegrity (SRI) of dist/${BUNDLE_FILE}: ${info.integrity}`);

  writeFileSync(resolve(ROOT, 'dist', 'bundle-info.json'), `${JSON.stringify(info, null, 2)}\n`);

  if (info.gzip > BUDGET_GZIP) {
    console.error(
      `\nsize-check: the bundle is ${kb(info.gzip)} gzip, over the budget of ${kb(BUDGET_GZIP)} ` +
        `by ${info.gzip - BUDGET_GZIP} bytes.`,
    );
    return 1;
  }
  console.log(`size budget: ${kb(info.gzip)} of ${kb(BUDGET_GZIP)} gzip (${kb(BUDGET_GZIP - info.gzip)} left)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
