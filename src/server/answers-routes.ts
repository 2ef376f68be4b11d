/**
 * The public side of the answers, readable from any site (CORS *), like
 * the plan feed:
 *
 * - `GET /api/answers.json`: every published question and answer
 *   (schema/feedback-answers.schema.json), with an ETag;
 * - `GET /api/answers/lookup?reference=OGP-…`: the status of one
 *   reference and, once published, its question and answer. Nothing
 *   personal, rate-limited per client; a wrong reference says so plainly.
 */
import { createHash } from 'node:crypto';
import type { ReceiverStore } from './answers-store.js';
import { clientAddressOf } from './client-address.js';
import { type Handler, type Response, methodNotAllowed, sendJson } from './http.js';
import type { RateLimiter } from './rate-limit.js';

/** The version of schema/feedback-answers.schema.json that the JSON follows. */
export const ANSWERS_SCHEMA_VERSION = '1.0';

/** OGP- and 12 base32 characters; 8 for references given before they were lengthened. */
const REFERENCE = /^OGP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})?$/;

export interface AnswersRoutesOptions {
  store: ReceiverStore;
  limiter: RateLimiter;
  trustedProxies: readonly string[];
}

const PUBLIC = { 'Access-Control-Allow-Origin': '*' };

/** GET and HEAD only; anything else answers 405 (OPTIONS 204, for a preflight). */
function readOnly(method: string | undefined, res: Response): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  if (method === 'OPTIONS') {
    res.writeHead(204, { ...PUBLIC, Allow: 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Methods': 'GET, HEAD' });
    res.end();
  } else {
    res.setHeader('Access-Control-Allow-Origin', '*');
    methodNotAllowed(res, 'GET, HEAD, OPTIONS');
  }
  return false;
}

export function answersRoutes({ store, limiter, trustedProxies }: AnswersRoutesOptions): Record<string, Handler> {
  const clientAddress = clientAddressOf(trustedProxies);

  return {
    async '/api/answers.json'(req, res) {
      if (!readOnly(req.method, res)) return;
      const body = JSON.stringify({ schemaVersion: ANSWERS_SCHEMA_VERSION, answers: await store.publishedAnswers() });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      const headers = {
        ...PUBLIC,
        'Content-Type': 'application/json; charset=utf-8',
        // Always revalidated: a new answer shows at once, an unchanged list costs a 304.
        'Cache-Control': 'no-cache',
        ETag: etag,
      };
      const known = req.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
      if (known?.includes(etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }
      res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    },

    async '/api/answers/lookup'(req, res) {
      if (!readOnly(req.method, res)) return;
      const limited = await limiter.take(clientAddress(req));
      if (!limited.ok) {
        return sendJson(
          res,
          429,
          { message: 'Hizo muchas consultas seguidas. Espere un minuto e intente de nuevo.' },
          { ...PUBLIC, 'Retry-After': String(limited.retryAfter) },
        );
      }
      const asked = new URL(req.url ?? '/', 'http://receiver').searchParams.get('reference') ?? '';
      const reference = asked.trim().toUpperCase();
      if (!REFERENCE.test(reference)) {
        return sendJson(res, 400, { message: 'Esa no parece una referencia: se ve así, OGP-7K3Q-M9PX-2D4F.' }, PUBLIC);
      }
      const found = await store.lookup(reference);
      if (!found) {
        return sendJson(
          res,
          404,
          { message: `No encontramos ningún mensaje con la referencia ${reference}. Revise que esté bien escrita.` },
          PUBLIC,
        );
      }
      return sendJson(res, 200, found, PUBLIC);
    },
  };
}
