// @ts-check
/**
 * The reference receiver: `POST /api/feedback` (validated with the same
 * compiled schema as the widget), a staff export, a health check, and the
 * demo's static files. Node's http module only; see README.md.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvLine } from './csv.js';
import { createRateLimiter } from './rate-limit.js';
import { defaultMounts, serveStatic } from './static.js';
import { newReference, openStore } from './store.js';

/** @typedef {typeof import('../src/shared/feedback-schema.js')} FeedbackSchemaModule */
/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} ReceiverOptions
 * @property {string} [dataDir] folder of the SQLite file (FEEDBACK_DATA_DIR, default ./data)
 * @property {number} [rateLimit] new submissions a minute per client (FEEDBACK_RATE_LIMIT, default 10; 0 = off)
 * @property {string[]} [allowedOrigins] origins allowed to post from other sites (FEEDBACK_ALLOWED_ORIGINS)
 * @property {string} [adminToken] bearer token for the export (FEEDBACK_ADMIN_TOKEN); none = export off
 * @property {boolean} [trustProxy] take the client's address from X-Forwarded-For (FEEDBACK_TRUST_PROXY=1)
 * @property {string} [root] the folder whose demo/, dist/ and schema/ are served (default: this repository)
 * @property {(line: string) => void} [log] one line per request and event (default: nothing)
 */

/**
 * Reads the configuration from environment variables.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Required<Omit<ReceiverOptions, 'log' | 'root'>> & { port: number, host: string }}
 */
export function configFromEnv(env = process.env) {
  const number = (/** @type {string | undefined} */ value, /** @type {number} */ fallback) => {
    if (value === undefined || value.trim() === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`Not a valid number: ${value}`);
    return parsed;
  };
  return {
    port: number(env.PORT, 8000),
    host: env.HOST || '127.0.0.1',
    dataDir: env.FEEDBACK_DATA_DIR || './data',
    rateLimit: number(env.FEEDBACK_RATE_LIMIT, 10),
    allowedOrigins: parseOrigins(env.FEEDBACK_ALLOWED_ORIGINS ?? ''),
    adminToken: env.FEEDBACK_ADMIN_TOKEN ?? '',
    trustProxy: /^(1|true|yes)$/i.test(env.FEEDBACK_TRUST_PROXY ?? ''),
  };
}

/** @param {string} list comma-separated origins */
export function parseOrigins(list) {
  return list
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Language': 'es',
  'Cache-Control': 'no-store',
};

/**
 * Creates the receiver (not listening yet).
 * @param {ReceiverOptions} [options]
 */
export async function createServer(options = {}) {
  const defaults = configFromEnv({});
  const config = {
    dataDir: options.dataDir ?? defaults.dataDir,
    rateLimit: options.rateLimit ?? defaults.rateLimit,
    allowedOrigins: parseOrigins((options.allowedOrigins ?? []).join(',')),
    adminToken: options.adminToken ?? '',
    trustProxy: options.trustProxy ?? false,
    root: options.root ?? REPO_ROOT,
    log: options.log ?? (() => {}),
  };
  const schema = await loadSchema();
  const store = await openStore(config.dataDir);
  const limiter = createRateLimiter(config.rateLimit);
  const mounts = defaultMounts(config.root);
  const adminTokenHash = config.adminToken ? sha256(config.adminToken) : undefined;

  const server = createHttpServer((req, res) => {
    const started = Date.now();
    res.on('finish', () =>
      config.log(`${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`),
    );
    handle(req, res).catch((error) => {
      config.log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
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

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function handle(req, res) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    if (rawPath === '/api/feedback') return receive(req, res);
    if (rawPath === '/api/feedback/export.csv') return exportCsv(req, res);
    if (rawPath === '/healthz') {
      store.count();
      return sendJson(res, 200, { status: 'ok' });
    }
    if (rawPath.startsWith('/api/')) return sendJson(res, 404, { message: 'No existe esta dirección.' });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendJson(res, 405, { message: 'Método no permitido.' });
    }
    // No X-Frame-Options: demo/embed.html is meant to be framed by other sites' pages.
    return serveStatic(req, res, rawPath, mounts);
  }

  /**
   * CORS: requests without Origin (curl, servers) and from this server's
   * own origin pass; other origins only when configured.
   * @param {Request} req
   */
  function cors(req) {
    const origin = req.headers.origin;
    if (!origin) return { allowed: true, headers: {} };
    const normalized = origin.toLowerCase();
    if (config.allowedOrigins.includes(normalized)) {
      return {
        allowed: true,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
          Vary: 'Origin',
        },
      };
    }
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === req.headers.host;
    } catch {
      sameOrigin = false;
    }
    return { allowed: sameOrigin, headers: { Vary: 'Origin' } };
  }

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function receive(req, res) {
    const access = cors(req);
    for (const [name, value] of Object.entries(access.headers)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      if (!access.allowed) return sendJson(res, 403, { message: 'Este origen no puede enviar mensajes aquí.' });
      res.writeHead(204, {
        Allow: 'POST, OPTIONS',
        ...(req.headers.origin
          ? {
              'Access-Control-Allow-Methods': 'POST',
              'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
              'Access-Control-Max-Age': '600',
            }
          : {}),
      });
      return res.end();
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      return sendJson(res, 405, { message: 'Use POST para enviar un mensaje.' });
    }
    if (!access.allowed) return sendJson(res, 403, { message: 'Este origen no puede enviar mensajes aquí.' });

    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(res, 415, { message: 'El envío debe ser JSON (Content-Type: application/json).' });
    }
    const tooLarge = () =>
      sendJson(res, 413, { message: 'El envío es demasiado grande (más de 64 KB).' }, { Connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > schema.MAX_BODY_BYTES) return tooLarge();
    const body = await readBody(req, schema.MAX_BODY_BYTES);
    if (body === 'too-large') return tooLarge();
    if (body === 'aborted') return undefined;

    let parsed;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return sendJson(res, 400, {
        message: 'No pudimos leer el envío: no es JSON válido.',
        errors: [{ path: '', message: 'se esperaba un objeto JSON' }],
      });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return sendJson(res, 400, {
        message: 'No pudimos leer el envío: se esperaba un objeto JSON.',
        errors: [{ path: '', message: 'se esperaba un objeto' }],
      });
    }

    const client = clientAddress(req);
    // The honeypot: a person never fills it. Answer like a success, store nothing.
    const honeypot = /** @type {{ website?: unknown }} */ (parsed).website;
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      const limited = limiter.take(client);
      if (!limited.ok) return rateLimited(res, limited.retryAfter);
      const id = /** @type {{ id?: unknown }} */ (parsed).id;
      config.log('honeypot filled: not stored');
      return sendJson(res, 201, { id: typeof id === 'string' ? id : '', reference: newReference() });
    }

    const validation = schema.validateSubmission(parsed);
    if (!validation.ok) {
      const [first, ...rest] = validation.issues;
      const where = first.path ? ` (${first.path})` : '';
      const more = rest.length ? ` Hay ${rest.length} ${rest.length === 1 ? 'problema más' : 'problemas más'}.` : '';
      return sendJson(res, 400, {
        message: `No pudimos recibir el mensaje: ${first.message}${where}.${more}`,
        errors: validation.issues,
      });
    }
    const submission = validation.submission;
    const key = headerValue(req.headers['idempotency-key']);
    if (!key) {
      return sendJson(res, 400, {
        message: 'Falta el encabezado Idempotency-Key, con el mismo valor que el campo id.',
        errors: [{ path: '', message: 'falta el encabezado Idempotency-Key' }],
      });
    }
    if (key !== submission.id) {
      return sendJson(res, 400, {
        message: 'El encabezado Idempotency-Key no coincide con el campo id del envío.',
        errors: [{ path: '/id', message: 'no coincide con el encabezado Idempotency-Key' }],
      });
    }

    // A retry of something already stored answers at once: it costs no rate.
    const existing = store.find(key);
    if (!existing) {
      const limited = limiter.take(client);
      if (!limited.ok) return rateLimited(res, limited.retryAfter);
    }
    const saved = store.save(submission);
    if (saved.conflict) {
      return sendJson(res, 422, {
        message: 'Este identificador ya se usó para otro mensaje. Recargue la página y envíe de nuevo.',
        errors: [{ path: '/id', message: 'ya se usó con otro contenido' }],
      });
    }
    if (!saved.created) {
      // A replay gets the original answer again (as the Idempotency-Key draft asks), marked as a replay.
      return sendJson(res, 201, { id: submission.id, reference: saved.reference }, { 'Idempotent-Replayed': 'true' });
    }
    return sendJson(res, 201, { id: submission.id, reference: saved.reference });
  }

  /**
   * @param {Response} res
   * @param {number} retryAfter seconds
   */
  function rateLimited(res, retryAfter) {
    return sendJson(
      res,
      429,
      { message: 'Recibimos muchos mensajes desde su conexión. Espere un minuto e intente de nuevo.' },
      { 'Retry-After': String(retryAfter) },
    );
  }

  /** @param {Request} req */
  function clientAddress(req) {
    if (config.trustProxy) {
      // The proxy appends the address it saw: the last entry is the one it vouches for.
      const forwarded = headerValue(req.headers['x-forwarded-for']);
      const last = forwarded?.split(',').pop()?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function exportCsv(req, res) {
    if (!adminTokenHash) {
      return sendJson(res, 404, { message: 'La exportación está desactivada: falta FEEDBACK_ADMIN_TOKEN.' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendJson(res, 405, { message: 'Método no permitido.' });
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(req.headers.authorization) ?? '');
    if (!match || !timingSafeEqual(sha256(match[1]), adminTokenHash)) {
      return sendJson(
        res,
        401,
        { message: 'Hace falta la clave de exportación (Authorization: Bearer …).' },
        { 'WWW-Authenticate': 'Bearer realm="feedback-export"' },
      );
    }
    const day = new Date().toISOString().slice(0, 10);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${day}.csv"`,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    // A byte order mark, so Excel reads the accents as UTF-8.
    res.write(`\uFEFF${csvLine(EXPORT_COLUMNS)}`);
    for (const rows of store.pages()) {
      const chunk = rows.map((row) => csvLine(EXPORT_COLUMNS.map((column) => row[column]))).join('');
      if (!res.write(chunk)) {
        await new Promise((resolveDrain) => {
          res.once('drain', resolveDrain);
          res.once('close', resolveDrain);
        });
        if (res.destroyed) return undefined;
      }
    }
    res.end();
  }

  return {
    server,
    store,
    /**
     * Starts listening; port 0 picks a free port.
     * @param {number} port
     * @param {string} [host]
     * @returns {Promise<{ port: number, host: string, url: string }>}
     */
    listen(port, host = '127.0.0.1') {
      return new Promise((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = /** @type {import('node:net').AddressInfo} */ (server.address());
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolveListen({ port: address.port, host: address.address, url: `http://${shownHost}:${address.port}` });
        });
      });
    },
    /**
     * Stops taking connections, lets requests in flight finish (up to
     * `graceMs`), then closes the database.
     * @param {number} [graceMs]
     */
    async close(graceMs = 10_000) {
      const closed = new Promise((resolveClose) => server.close(() => resolveClose(undefined)));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      timer.unref();
      if (server.listening) await closed;
      clearTimeout(timer);
      store.close();
    },
  };
}

/** The columns of the export, in order (the wire format's names). */
const EXPORT_COLUMNS = /** @type {const} */ ([
  'reference',
  'receivedAt',
  'id',
  'kind',
  'commitmentId',
  'message',
  'name',
  'email',
  'wantsReply',
  'territory',
  'ageRange',
  'gender',
  'consentVersion',
  'consentAt',
  'locale',
  'planId',
  'pageUrl',
  'createdAt',
]);

/** @returns {Promise<FeedbackSchemaModule>} */
async function loadSchema() {
  const url = new URL('../dist/shared/feedback-schema.js', import.meta.url);
  try {
    return await import(url.href);
  } catch (error) {
    throw new Error(
      'dist/shared/feedback-schema.js is missing: build first with `npm run build` (or `npx tsc -b tsconfig.shared.json`).',
      { cause: error },
    );
  }
}

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text).digest();
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

/** @param {string | undefined} value */
function isJsonContentType(value) {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((param) => param.startsWith('charset='));
  return !charset || /^charset="?utf-8"?$/.test(charset);
}

/**
 * Reads the body, stopping as soon as it passes `limit` bytes.
 * @param {Request} req
 * @param {number} limit
 * @returns {Promise<Buffer | 'too-large' | 'aborted'>}
 */
function readBody(req, limit) {
  return new Promise((resolveBody) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const done = (/** @type {Buffer | 'too-large' | 'aborted'} */ result) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolveBody(result);
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 goes out with Connection: close.
        req.pause();
        done('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    const onAbort = () => done('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}
