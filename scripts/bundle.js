/**
 * The CDN bundle, in one place: `rollup.config.js` (`npm run build`), the
 * size check and the browser tests all build it with these options, so what
 * the tests load is exactly what a page would load.
 *
 * - TypeScript sources are compiled by esbuild (fast, the same decorator
 *   settings as tsconfig.json), so the bundle never depends on a stale dist/.
 * - Dependencies resolve with the 'production' export condition: Lit's
 *   production build goes in, not its development build with warnings.
 * - Lit creates the Trusted Types policy 'lit-html' when it loads. A second
 *   copy of the bundle on the same page (a CMS block and the theme both
 *   include it) would ask for that policy again, which a strict CSP without
 *   'allow-duplicates' refuses with a TypeError. The bundle keeps the first
 *   policy on a global symbol and reuses it, so loading twice throws nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = resolve(ROOT, 'src');
export const BUNDLE_FILE = 'ogp-plan-widgets.js';

/** The widgets, in the order the gallery and the docs list them. */
export const WIDGETS = ['plan-overview', 'commitment', 'indicator-chart', 'milestone-timeline', 'feedback-form'];

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

export const BANNER =
  `/*! ${pkg.name} ${pkg.version} | MIT | ${pkg.homepage ?? 'https://www.npmjs.com/package/' + pkg.name} | ` +
  'bundles Lit (BSD-3-Clause, Google LLC), D3 (ISC, Mike Bostock) and valibot (MIT) */';

/** Compiles src/**\/*.ts with esbuild; `./x.js` imports find `./x.ts` (NodeNext style). */
export function typescriptSources() {
  return {
    name: 'ogp-typescript-sources',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

const POLICY = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;

/** Makes Lit's Trusted Types policy survive a second copy of the bundle (see above). */
export function sharedLitPolicy() {
  return {
    name: 'ogp-shared-lit-html-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!POLICY.test(code)) this.error('lit-html no longer creates its policy as expected: update scripts/bundle.js');
      const shared =
        '(globalThis[Symbol.for("ogp-plan-widgets.lit-html-policy")]??=(()=>{try{return $1.createPolicy(' +
        '"lit-html",{createHTML:s=>s})}catch(e){return void 0}})())';
      // Lit ships minified; its lines keep no useful mapping.
      return { code: code.replace(POLICY, shared), map: { mappings: '' } };
    },
  };
}

/** Prints warnings, except D3's known circular imports. */
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
}

/**
 * Rollup input options for one entry (a path under src/, .ts).
 * @param {{ input?: string, minify?: boolean }} [options]
 */
export function inputOptions({ input = 'src/all.ts', minify = true } = {}) {
  return {
    input: resolve(ROOT, input),
    preserveEntrySignatures: 'strict',
    onwarn,
    plugins: [
      typescriptSources(),
      sharedLitPolicy(),
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.mjs', '.js', '.ts', '.json'] }),
      ...(minify
        ? [
            terser({
              module: true,
              ecma: 2022,
              compress: { passes: 2 },
              format: { comments: /^!/ },
            }),
          ]
        : []),
    ],
  };
}

/** Rollup output options for the CDN bundle. */
export function outputOptions({ dir = resolve(ROOT, 'dist'), sourcemap = true } = {}) {
  return {
    file: resolve(dir, BUNDLE_FILE),
    format: 'es',
    banner: BANNER,
    sourcemap,
  };
}
