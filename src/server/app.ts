/**
 * The reference receiver: `POST /api/feedback` (validated with the widget's
 * own schema), the staff exports, a health check, and the demo's static
 * files, on Node's http module. Each route lives in its own module; this one
 * opens the store, routes requests, and starts and stops the server.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminTokenList } from './admin-auth.js';
import { adminPage } from './admin-page.js';
import { adminRoutes } from './admin-routes.js';
import { answersRoutes } from './answers-routes.js';
import { type ReceiverOptions, configFromEnv, parseOrigins } from './config.js';
import { exportRoutes } from './export-route.js';
import { feedbackRoute } from './feedback-route.js';
import { StoreBusyError } from './busy.js';
import { healthRoutes } from './health-route.js';
import { type Handler, methodNotAllowed, sendJson } from './http.js';
import { openStore } from './open-store.js';
import { type RateLimiter, createRateLimiter } from './rate-limit.js';
import { startRetention } from './retention.js';
import { staticRoute } from './static-files.js';
import type { FeedbackStore } from './store.js';
import { subjectRoute } from './subject-route.js';

/** The package's root (this file is dist/server/app.js, or src/server/app.ts under tsx). */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Creates the receiver (not listening yet). */
export async function createServer(options: ReceiverOptions = {}) {
  const defaults = configFromEnv({});
  const log = options.log ?? (() => {});
  const adminToken = adminTokenList(options.adminToken ?? '').concat(options.adminTokens ?? []);
  const store =
    options.store ??
    (await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? defaults.dataDir }, log));
  const retention = await startRetention(store, options.retentionDays ?? 0, log);
  const exports = exportRoutes({ store, adminToken });
  const health = healthRoutes(store);
  const routes: Record<string, Handler> = {
    '/api/feedback': feedbackRoute({
      store,
      limiter: rateLimiter(store, options.rateLimit ?? defaults.rateLimit),
      allowedOrigins: parseOrigins((options.allowedOrigins ?? []).join(',')),
      trustedProxies: options.trustedProxies ?? [],
      // Receivers configured alike (one admin token) answer a honeypot's retry alike.
      honeypotSecret: adminToken[0]
        ? createHash('sha256').update(`honeypot\0${adminToken[0].token}`).digest()
        : randomBytes(32),
      log,
    }),
    '/api/feedback/export.csv': exports.csv,
    '/api/feedback/export.xlsx': exports.xlsx,
    '/api/feedback/submissions': subjectRoute({ store, adminToken }),
    ...adminRoutes({ store, adminToken }),
    ...answersRoutes({
      store,
      limiter: createRateLimiter(options.lookupRateLimit ?? defaults.lookupRateLimit),
      trustedProxies: options.trustedProxies ?? [],
    }),
    '/admin': adminPage,
    '/admin/': adminPage,
    '/healthz': health.healthz,
    '/readyz': health.readyz,
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
    // The path only: a query may hold an email address (the habeas-data route), and a log keeps no personal data.
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    res.on('finish', () => log(requestLine(req.method, path, res.statusCode, Date.now() - started)));
    handle(req, res, path).catch((error: unknown) => {
      const busy = error instanceof StoreBusyError;
      log(JSON.stringify({ level: 'error', method: req.method, path, error: errorText(error) }));
      if (!res.headersSent) {
        sendJson(
          res,
          busy ? 503 : 500,
          { message: 'Tuvimos un problema al recibir el mensaje. Intente de nuevo más tarde.' },
          busy ? { 'Retry-After': '5' } : {},
        );
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
      // Read before close(): afterwards it is always false, and requests in flight would be cut.
      const closed = server.listening
        ? new Promise((resolveClose) => server.close(() => resolveClose(undefined)))
        : undefined;
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
      retention.stop();
      await store.close();
    },
  };
}

/** The rate limit: in the store when it can share it between receivers, else in this process's memory. */
function rateLimiter(store: FeedbackStore, perMinute: number): RateLimiter {
  const takeRate = store.takeRate?.bind(store);
  if (!takeRate || !(perMinute > 0)) return createRateLimiter(perMinute);
  return { take: (client) => takeRate(client, perMinute) };
}

/** One log line per request: what a person operating it needs, nothing that identifies who wrote. */
function requestLine(method: string | undefined, path: string, status: number, ms: number): string {
  return JSON.stringify({ time: new Date().toISOString(), method, path, status, ms });
}

/** An error for the log: its stack, whose first line is the message (never a request's content). */
function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export type Receiver = Awaited<ReturnType<typeof createServer>>;
