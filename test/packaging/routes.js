// Routes for the packaging tests, mounted by test/server/test-server-middleware.js:
//
//   GET /dist/ogp-plan-widgets.js   the CDN bundle, built from the current sources
//                                   (rollup, the options of `npm run build`) once
//                                   per test run, so tests never load a stale dist/
//   GET /dist/bundle-info.json      its pinned CDN address and SRI hash, as the build writes them
//   GET /dist/<path>.js             any other module tsc writes to dist/ (the embed's
//                                   scripts, the widget registry the demo reads),
//                                   compiled from src/<path>.ts on each request
//   GET …strict-csp.html            the page as served statically, plus the
//                                   receiver's strict Content-Security-Policy header
import { existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

// The policy's one home is TypeScript shared with the browser tests; this file runs in plain Node.
const { STRICT_CSP, isStrictCspPath } = await tsImport('../../src/shared/csp.ts', import.meta.url);

const BUNDLE_PATH = '/dist/ogp-plan-widgets.js';
const BUNDLE_INFO_PATH = '/dist/bundle-info.json';
const SRC = new URL('../../src/', import.meta.url);

/** The source under src/ of a compiled module's path under /dist/, or undefined when there is none. */
function sourceOf(path) {
  const match = /^\/dist\/([\w/-]+)\.js$/.exec(path);
  if (!match) return undefined;
  const source = new URL(`${match[1]}.ts`, SRC);
  return existsSync(source) ? source : undefined;
}

let bundle;

/** Builds the bundle in memory (a few seconds), once. */
export function freshBundle() {
  bundle ??= (async () => {
    // Loaded on first use: most test runs never ask for the bundle.
    const [{ rollup }, { inputOptions }] = await Promise.all([import('rollup'), import('../../scripts/bundle.js')]);
    const build = await rollup(inputOptions());
    // One file, what import() loads inside (language packs, the CSV writer), as rollup.config.js builds it.
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    await build.close();
    return output[0].code;
  })();
  return bundle;
}

export function isPackagingPath(path) {
  return path === BUNDLE_PATH || path === BUNDLE_INFO_PATH || isStrictCspPath(path) || sourceOf(path) !== undefined;
}

/** Koa middleware for the paths isPackagingPath accepts. */
export async function packagingRoute(ctx, next) {
  if (ctx.path === BUNDLE_PATH) {
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    try {
      ctx.body = await freshBundle();
    } catch (error) {
      bundle = undefined;
      console.error(error);
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = `bundle build failed: ${error.message}`;
    }
    return;
  }
  const source = sourceOf(ctx.path);
  if (source) {
    const [{ readFile }, { compile }] = await Promise.all([
      import('node:fs/promises'),
      import('../../scripts/bundle.js'),
    ]);
    const { code } = await compile(await readFile(source, 'utf8'), source.pathname);
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = code;
    return;
  }
  if (ctx.path === BUNDLE_INFO_PATH) {
    // What size-check.js writes after a build: the pinned address and the SRI hash of this bundle.
    const [{ createHash }, { readFile }] = await Promise.all([import('node:crypto'), import('node:fs/promises')]);
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const code = await freshBundle();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({
      name: pkg.name,
      version: pkg.version,
      url: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/ogp-plan-widgets.js`,
      integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    });
    return;
  }
  await next();
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
}
