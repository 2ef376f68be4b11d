/**
 * `POST /api/feedback`: one submission of <ogp-feedback-form>, validated
 * with the widget's own schema, stored once per Idempotency-Key. Other
 * sites may post only from the origins configured (CORS allow-list).
 */
import { MAX_BODY_BYTES, validateSubmission } from '../shared/feedback-schema.js';
import {
  type Handler,
  type Request,
  type Response,
  headerValue,
  isJsonContentType,
  MAX_JSON_DEPTH,
  methodNotAllowed,
  nestsDeeperThan,
  readBody,
  sendJson,
} from './http.js';
import { clientAddressOf } from './client-address.js';
import type { RateLimiter } from './rate-limit.js';
import { type FeedbackStore, honeypotReference } from './store.js';

export interface FeedbackRouteOptions {
  store: FeedbackStore;
  limiter: RateLimiter;
  /** Lowercase origins without a trailing slash. */
  allowedOrigins: readonly string[];
  /** Proxies whose X-Forwarded-For is believed. */
  trustedProxies: readonly string[];
  /** The secret that makes a honeypot's reference the same for the same key, and unguessable. */
  honeypotSecret: Buffer;
  log: (line: string) => void;
}

const FORBIDDEN_ORIGIN = 'Este origen no puede enviar mensajes aquí.';

/**
 * CORS: requests without Origin (curl, servers) and from this server's own
 * origin pass; other origins only when configured.
 */
function crossOrigin(req: Request, allowedOrigins: readonly string[]) {
  const origin = req.headers.origin;
  if (!origin) return { allowed: true, headers: {} };
  if (allowedOrigins.includes(origin.toLowerCase())) {
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

function badRequest(res: Response, message: string, path: string, problem: string): void {
  sendJson(res, 400, { message, errors: [{ path, message: problem }] });
}

function rateLimited(res: Response, retryAfter: number): void {
  sendJson(
    res,
    429,
    { message: 'Recibimos muchos mensajes desde su conexión. Espere un minuto e intente de nuevo.' },
    { 'Retry-After': String(retryAfter) },
  );
}

/** Parses the body as a JSON object; answers 400 itself and returns undefined when it is not one. */
function parseObject(res: Response, body: Buffer): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      badRequest(res, 'No pudimos leer el envío: está anidado a demasiada profundidad.', '', 'demasiado profundo');
      return undefined;
    }
    parsed = JSON.parse(text);
  } catch {
    badRequest(res, 'No pudimos leer el envío: no es JSON válido.', '', 'se esperaba un objeto JSON');
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    badRequest(res, 'No pudimos leer el envío: se esperaba un objeto JSON.', '', 'se esperaba un objeto');
    return undefined;
  }
  return parsed as Record<string, unknown>;
}

export function feedbackRoute(options: FeedbackRouteOptions): Handler {
  const { store, limiter, allowedOrigins, log } = options;
  const clientAddress = clientAddressOf(options.trustedProxies);

  return async (req, res) => {
    const access = crossOrigin(req, allowedOrigins);
    for (const [name, value] of Object.entries(access.headers)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      if (!access.allowed) return sendJson(res, 403, { message: FORBIDDEN_ORIGIN });
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
      res.end();
      return;
    }
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST, OPTIONS', 'Use POST para enviar un mensaje.');
    if (!access.allowed) return sendJson(res, 403, { message: FORBIDDEN_ORIGIN });

    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(res, 415, { message: 'El envío debe ser JSON (Content-Type: application/json).' });
    }
    const tooLarge = () =>
      sendJson(res, 413, { message: 'El envío es demasiado grande (más de 64 KB).' }, { Connection: 'close' });
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return tooLarge();
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') return tooLarge();
    if (body === 'aborted') return;
    const parsed = parseObject(res, body);
    if (!parsed) return;

    const client = clientAddress(req);
    // The honeypot: a person never fills it. Answer like a success, store nothing.
    if (typeof parsed.website === 'string' && parsed.website.trim() !== '') {
      const limited = await limiter.take(client);
      if (!limited.ok) return rateLimited(res, limited.retryAfter);
      log(JSON.stringify({ event: 'honeypot', stored: false }));
      // The same key gets the same reference, as a real submission's retry would: a bot sending twice cannot tell.
      const id = typeof parsed.id === 'string' ? parsed.id : '';
      return sendJson(res, 201, { id, reference: honeypotReference(options.honeypotSecret, id) });
    }

    const validation = validateSubmission(parsed);
    if (!validation.ok) {
      // The message is for a person (the widget shows it): the first problem in words; the paths are in `errors`.
      const [first, ...rest] = validation.issues;
      const more = rest.length ? ` Hay ${rest.length} ${rest.length === 1 ? 'problema más' : 'problemas más'}.` : '';
      return sendJson(res, 400, {
        message: `No pudimos recibir el mensaje: ${first?.message ?? 'el envío no es válido'}.${more}`,
        errors: validation.issues,
      });
    }
    const submission = validation.submission;
    const key = headerValue(req.headers['idempotency-key']);
    if (!key) {
      return badRequest(
        res,
        'Falta el encabezado Idempotency-Key, con el mismo valor que el campo id.',
        '',
        'falta el encabezado Idempotency-Key',
      );
    }
    // A UUID is the same UUID in capitals: compared, and stored, in lowercase.
    if (key.toLowerCase() !== submission.id.toLowerCase()) {
      return badRequest(
        res,
        'El encabezado Idempotency-Key no coincide con el campo id del envío.',
        '/id',
        'no coincide con el encabezado Idempotency-Key',
      );
    }

    // A retry of something already stored answers at once: it costs no rate.
    if (!(await store.find(key))) {
      const limited = await limiter.take(client);
      if (!limited.ok) return rateLimited(res, limited.retryAfter);
    }
    const saved = await store.save(submission);
    if (saved.conflict) {
      return sendJson(res, 422, {
        message: 'Este identificador ya se usó para otro mensaje. Recargue la página y envíe de nuevo.',
        errors: [{ path: '/id', message: 'ya se usó con otro contenido' }],
      });
    }
    // A replay gets the original answer again (as the Idempotency-Key draft asks), marked as a replay.
    const replayed: Record<string, string> = saved.created ? {} : { 'Idempotent-Replayed': 'true' };
    return sendJson(res, 201, { id: submission.id, reference: saved.reference }, replayed);
  };
}
