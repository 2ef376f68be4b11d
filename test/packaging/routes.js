// Routes for the packaging tests, mounted by test/server/test-server-middleware.js:
//
//   GET /dist/ogp-plan-widgets.js   the CDN bundle, built from the current sources
//                                   (rollup, the options of `npm run build`) once
//                                   per test run, so tests never load a stale dist/
//   GET …strict-csp.html            the page as served statically, plus the
//                                   receiver's strict Content-Security-Policy header
import { STRICT_CSP, isStrictCspPath } from '../../server/csp.js';

const BUNDLE_PATH = '/dist/ogp-plan-widgets.js';

let bundle;

/** Builds the bundle in memory (a few seconds), once. */
export function freshBundle() {
  bundle ??= (async () => {
    // Loaded on first use: most test runs never ask for the bundle.
    const [{ rollup }, { inputOptions }] = await Promise.all([import('rollup'), import('../../scripts/bundle.js')]);
    const build = await rollup(inputOptions());
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  })();
  return bundle;
}

export function isPackagingPath(path) {
  return path === BUNDLE_PATH || isStrictCspPath(path);
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
  await next();
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
}
