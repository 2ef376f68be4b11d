// Routes on the test runner's own server, for tests of how widgets meet
// real servers: errors, wrong content, silence, slowness, byte order marks.
// Everything stays on 127.0.0.1.
//
//   GET  /__test/status/<code>        answers <code> with a short text body
//   GET  /__test/html                 an HTML page instead of JSON
//   GET  /__test/truncated            the demo feed cut in half
//   GET  /__test/bom                  the demo feed after a UTF-8 BOM
//   GET  /__test/not-utf8             bytes that are not UTF-8
//   GET  /__test/hang[/<key>]         never answers; with a key, counts requests and the ones the client closed
//   GET  /__test/hang-count/<key>     {"requests": N, "closed": N} for /__test/hang/<key>
//   GET  /__test/hang-body            sends headers and half a body, then nothing
//   GET  /__test/slow?ms=N            the demo feed after N ms
//   GET  /__test/counted/<key>        the demo feed, counting requests per key
//   GET  /__test/count/<key>          how many requests /__test/counted/<key> got
//   GET  /__test/flaky/<key>?fail=N   500 for the first N requests per key, then the demo feed
//   PUT  /__test/feeds/<name>         stores the body (any bytes) …
//   GET  /__test/feeds/<name>         … and serves it back as application/json, with an ETag, a 304 to a
//                                     matching If-None-Match, and CORS (so 127.0.0.1 is another origin reading it)
//   PUT  /__test/feed-mode/<name>     how /__test/feeds/<name> answers from now on: "ok", "fail" (500),
//                                     "hang" (never) or "slow:<ms>"
//   GET  /__test/feed-log/<name>      the If-None-Match of each request /__test/feeds/<name> got ("" for none)
//   POST /__test/reset                forgets counters and stored feeds
//   POST /__test/feedback/<key>       a mock feedback receiver; see feedback-mock.js
//                                     (also PUT /__test/feedback-mode/<key>, GET /__test/feedback-log/<key>)
//
// The demo feed's published answers, /api/answers.json, answer with the sample demo/answers.json (the receiver
// serves the real ones).
//
// And, for the packaging tests (test/packaging/routes.js): /dist/ogp-plan-widgets.js
// built fresh from the sources, and *strict-csp.html pages with the strict CSP header.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createFeedbackMock, readBody } from './feedback-mock.js';
import { isPackagingPath, packagingRoute } from '../packaging/routes.js';

const demoFeed = () => readFileSync(new URL('../../demo/feed.json', import.meta.url));
const demoAnswers = () => readFileSync(new URL('../../demo/answers.json', import.meta.url));

/** Holds the request open until the client gives up. */
function holdOpen(ctx) {
  ctx.respond = false;
  return new Promise((resolve) => {
    ctx.req.on('close', resolve);
    ctx.res.on('close', resolve);
  });
}

/** Koa middleware for the test runner's `middleware` option (it runs before static files). */
export function testServerMiddleware() {
  const counts = new Map();
  const stored = new Map();
  const modes = new Map();
  const logs = new Map();
  const feedbackMock = createFeedbackMock();
  const json = (ctx, body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };

  return async (ctx, next) => {
    const path = ctx.path;
    if (isPackagingPath(path)) return packagingRoute(ctx, next);
    if (path === '/api/answers.json') return json(ctx, demoAnswers());
    if (!path.startsWith('/__test/')) return next();
    const [, , route, key = ''] = path.split('/');
    const bump = () => counts.set(`${route}:${key}`, (counts.get(`${route}:${key}`) ?? 0) + 1);
    if (await feedbackMock(ctx, route, key)) return;
    switch (route) {
      case 'status':
        ctx.status = Number(key) || 500;
        ctx.type = 'text/plain';
        ctx.body = `status ${key}`;
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><body><h1>Portal</h1><p>Página no encontrada</p></body></html>';
        return;
      case 'truncated': {
        const text = demoFeed();
        return json(ctx, text.subarray(0, Math.floor(text.length / 2)));
      }
      case 'bom':
        return json(ctx, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), demoFeed()]));
      case 'not-utf8':
        return json(ctx, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]));
      case 'hang':
        if (key) {
          bump();
          ctx.req.on('close', () => counts.set(`closed:${key}`, (counts.get(`closed:${key}`) ?? 0) + 1));
        }
        return holdOpen(ctx);
      case 'hang-count':
        return json(
          ctx,
          JSON.stringify({ requests: counts.get(`hang:${key}`) ?? 0, closed: counts.get(`closed:${key}`) ?? 0 }),
        );
      case 'hang-body': {
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
        ctx.res.write(demoFeed().subarray(0, 200));
        return new Promise((resolve) => ctx.req.on('close', resolve));
      }
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms) || 500));
        return json(ctx, demoFeed());
      case 'counted':
        bump();
        return json(ctx, demoFeed());
      case 'count':
        return json(ctx, JSON.stringify(counts.get(`counted:${key}`) ?? 0));
      case 'flaky': {
        bump();
        const failures = Number(ctx.query.fail ?? 1);
        if (counts.get(`flaky:${key}`) <= failures) {
          ctx.status = 500;
          ctx.body = 'temporary failure';
          return;
        }
        return json(ctx, demoFeed());
      }
      case 'feeds': {
        ctx.set('Access-Control-Allow-Origin', '*');
        ctx.set('Access-Control-Expose-Headers', 'ETag');
        if (ctx.method === 'PUT') {
          stored.set(key, await readBody(ctx.req));
          ctx.status = 204;
          return;
        }
        logs.set(key, [...(logs.get(key) ?? []), ctx.get('If-None-Match')]);
        const mode = modes.get(key) ?? 'ok';
        if (mode === 'hang') return holdOpen(ctx);
        if (mode === 'fail') {
          ctx.status = 500;
          ctx.body = 'temporary failure';
          return;
        }
        if (mode.startsWith('slow:')) await new Promise((resolve) => setTimeout(resolve, Number(mode.slice(5))));
        if (!stored.has(key)) {
          ctx.status = 404;
          return;
        }
        const body = stored.get(key);
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
        ctx.set('ETag', etag);
        if (ctx.get('If-None-Match') === etag) {
          ctx.status = 304;
          return;
        }
        return json(ctx, body);
      }
      case 'feed-mode':
        modes.set(key, String(await readBody(ctx.req)));
        ctx.status = 204;
        return;
      case 'feed-log':
        return json(ctx, JSON.stringify(logs.get(key) ?? []));
      case 'reset':
        counts.clear();
        stored.clear();
        modes.clear();
        logs.clear();
        ctx.status = 204;
        return;
      default:
        return next();
    }
  };
}
