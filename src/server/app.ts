/**
 * The reference receiver: `POST /api/feedback` (validated with the widget's
 * own schema), the staff exports, a health check, and the demo's static
 * files, on Node's http module. Each route lives in its own module; this one
 * opens the store, routes requests, and starts and stops the server.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReceiverOptions, configFromEnv, parseOrigins } from './config.js';
import { exportRoutes } from './export-route.js';
import { feedbackRoute } from './feedback-route.js';
import { healthRoute } from './health-route.js';
import { type Handler, methodNotAllowed, sendJson } from './http.js';
import { createRateLimiter } from './rate-limit.js';
import { openSqliteStore } from './sqlite-store.js';
import { staticRoute } from './static-files.js';

/** The package's root (this file is dist/server/app.js, or src/server/app.ts under tsx). */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Creates the receiver (not listening yet). */
export async function createServer(options: ReceiverOptions = {}) {
  const defaults = configFromEnv({});
  const log = options.log ?? (() => {});
  const store = options.store ?? (await openSqliteStore(options.dataDir ?? defaults.dataDir));
  const exports = exportRoutes({ store, adminToken: options.adminToken ?? '' });
  const routes: Record<string, Handler> = {
    '/api/feedback': feedbackRoute({
      store,
      limiter: createRateLimiter(options.rateLimit ?? defaults.rateLimit),
      allowedOrigins: parseOrigins((options.allowedOrigins ?? []).join(',')),
      trustProxy: options.trustProxy ?? false,
      log,
    }),
    '/api/feedback/export.csv': exports.csv,
    '/api/feedback/export.xlsx': exports.xlsx,
    '/healthz': healthRoute(store),
  };
  const serveStatic = staticRoute(options.root ?? PACKAGE_ROOT);

  const handle: Handler = async (req, res, path) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    const route = routes[path];
    if (route) return route(req, res, path);
    if (path.startsWith('/api/')) return sendJson(res, 404, { message: 'No existe esta dirección.' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    // No X-Frame-Options: demo/embed.html is meant to be framed by other sites' pages.
    return serveStatic(req, res, path);
  };

  const server = createHttpServer((req, res) => {
    const started = Date.now();
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    res.on('finish', () => log(`${req.method} ${path} ${res.statusCode} ${Date.now() - started}ms`));
    handle(req, res, path).catch((error: unknown) => {
      log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) {
        sendJson(res, 500, { message: 'Tuvimos un problema al recibir el mensaje. Intente de nuevo más tarde.' });
      } else {
        res.destroy();
      }
    });
  });
  // A client that sends headers or a body very slowly does not hold a socket forever.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  return {
    server,
    store,

    /** Starts listening; port 0 picks a free port. */
    listen(port: number, host = '127.0.0.1'): Promise<{ port: number; host: string; url: string }> {
      return new Promise((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolveListen({ port: address.port, host: address.address, url: `http://${shownHost}:${address.port}` });
        });
      });
    },

    /** Stops taking connections, lets requests in flight finish (up to `graceMs`), then closes the store. */
    async close(graceMs = 10_000): Promise<void> {
      const closed = new Promise((resolveClose) => server.close(() => resolveClose(undefined)));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      timer.unref();
      if (server.listening) await closed;
      clearTimeout(timer);
      await store.close();
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof createServer>>;
