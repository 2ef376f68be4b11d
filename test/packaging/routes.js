// Routes for the packaging tests, mounted by test/server/test-server-middleware.js:
//
//   GET /dist/ogp-plan-widgets.js   the CDN files, built from the current sources
//       /dist/ogp-plan-widgets.api.js   (rollup, the options of `npm run build`) once
//       /dist/chunks/*.js               per test run, so tests never load a stale dist/:
//       /dist/ogp-plan-widgets.all.js   the loader, the API, their chunks, the single file,
//       /dist/ogp-plan-widgets.css      and the stylesheet that reserves space;
//                                   gzip (level 9, as the build's .gz copies) when the
//                                   browser takes it, so resource timing's
//                                   encodedBodySize is what a page really downloads
//   GET /dist/bundle-info.json      the single file's pinned CDN address and SRI hash, as the build writes them
//   GET /dist/<path>.js             any other module tsc writes to dist/ (the embed's
//                                   scripts, the widget registry the demo reads),
//                                   compiled from src/<path>.ts on each request
//   GET …strict-csp.html            the page as served statically, plus the
//                                   receiver's strict Content-Security-Policy header
import { existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

// The policy's one home is TypeScript shared with the browser tests; this file runs in plain Node.
const { STRICT_CSP, isStrictCspPath } = await tsImport('../../src/shared/csp.ts', import.meta.url);

const BUNDLE_INFO_PATH = '/dist/bundle-info.json';
const ALL_PATH = '/dist/ogp-plan-widgets.all.js';
const SRC = new URL('../../src/', import.meta.url);

/** The source under src/ of a compiled module's path under /dist/, or undefined when there is none. */
function sourceOf(path) {
  const match = /^\/dist\/([\w/-]+)\.js$/.exec(path);
  if (!match) return undefined;
  const source = new URL(`${match[1]}.ts`, SRC);
  return existsSync(source) ? source : undefined;
}

let files;

/** The CDN files, built once per test run: a map from /dist/… path to code. */
export function freshFiles() {
  // Loaded on first use: most test runs never ask for the bundle.
  files ??= import('../../scripts/bundle.js')
    .then(({ buildCdnFiles }) => buildCdnFiles())
    .then((built) => new Map([...built].map(([file, code]) => [`/dist/${file}`, code])));
  return files;
}

/** The single file with everything, as the build writes it (the gallery pins it with SRI). */
export const freshBundle = async () => (await freshFiles()).get(ALL_PATH);

const isBuiltPath = (path) =>
  /^\/dist\/(ogp-plan-widgets(\.api|\.all)?|chunks\/[\w.-]+)\.js$/.test(path) || path === '/dist/ogp-plan-widgets.css';

export function isPackagingPath(path) {
  return isBuiltPath(path) || path === BUNDLE_INFO_PATH || isStrictCspPath(path) || sourceOf(path) !== undefined;
}

const gzipped = new Map();

/** Koa middleware for the paths isPackagingPath accepts. */
export async function packagingRoute(ctx, next) {
  if (isBuiltPath(ctx.path)) {
    ctx.type = ctx.path.endsWith('.css') ? 'text/css' : 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    try {
      const code = (await freshFiles()).get(ctx.path);
      if (code === undefined) {
        ctx.status = 404;
        return;
      }
      if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
        const { gzipSync } = await import('node:zlib');
        if (!gzipped.has(ctx.path)) gzipped.set(ctx.path, gzipSync(code, { level: 9 }));
        ctx.set('Content-Encoding', 'gzip');
        ctx.body = gzipped.get(ctx.path);
      } else {
        ctx.body = code;
      }
    } catch (error) {
      files = undefined;
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
    // What size-check.js writes after a build: the loader's pinned address, and the single file's with its SRI hash.
    const [{ createHash }, { readFile }] = await Promise.all([import('node:crypto'), import('node:fs/promises')]);
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;
    const code = await freshBundle();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({
      name: pkg.name,
      version: pkg.version,
      url: `${cdn}ogp-plan-widgets.js`,
      all: {
        url: `${cdn}ogp-plan-widgets.all.js`,
        integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
      },
    });
    return;
  }
  await next();
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
}
