/**
 * The staff inbox's API, under /api/admin/, behind the admin tokens (the
 * Authorization header only; no CORS header, ever, so no other site reads it):
 *
 * - `GET /api/admin/submissions?kind=&commitmentId=&status=&text=&limit=&offset=`:
 *   submissions newest first, with their status and answer, and counts;
 * - `GET /api/admin/answer?reference=…`: one submission, with its audit trail;
 * - `PATCH /api/admin/answer?reference=…`: changes its status, answer,
 *   public question or publication (JSON), recorded under the token's label;
 * - `GET /api/admin/audit[?reference=…]`: the audit trail, oldest first.
 */
import { type AdminCredentials, adminCheck } from './admin-auth.js';
import { type ReceiverStore, STATUSES, type Status, parseChange } from './answers-store.js';
import {
  type Handler,
  MAX_JSON_DEPTH,
  type Request,
  isJsonContentType,
  nestsDeeperThan,
  readBody,
  sendJson,
} from './http.js';

export interface AdminRoutesOptions {
  store: ReceiverStore;
  adminToken: AdminCredentials;
}

/** A change is small: two texts of a few thousand characters. */
const MAX_CHANGE_BYTES = 64 * 1024;

const queryOf = (req: Request) => new URL(req.url ?? '/', 'http://receiver').searchParams;

export function adminRoutes({ store, adminToken }: AdminRoutesOptions): Record<string, Handler> {
  const reader = adminCheck(adminToken, ['GET']);
  const writer = adminCheck(adminToken, ['GET', 'PATCH']);

  return {
    async '/api/admin/submissions'(req, res) {
      if (!reader(req, res)) return;
      const query = queryOf(req);
      const status = query.get('status') || undefined;
      if (status && !(STATUSES as readonly string[]).includes(status)) {
        return sendJson(res, 400, { message: `El estado debe ser uno de: ${STATUSES.join(', ')}.` });
      }
      const number = (name: string) => (query.get(name) ? Number(query.get(name)) || 0 : undefined);
      const page = await store.inbox({
        kind: query.get('kind') || undefined,
        commitmentId: query.get('commitmentId') || undefined,
        status: status as Status | undefined,
        text: query.get('text') || undefined,
        limit: number('limit'),
        offset: number('offset'),
      });
      return sendJson(res, 200, page);
    },

    async '/api/admin/answer'(req, res) {
      const actor = writer(req, res);
      if (!actor) return;
      const reference = queryOf(req).get('reference')?.trim();
      if (!reference) return sendJson(res, 400, { message: 'Indique ?reference=….' });
      if (req.method === 'GET') {
        const item = await store.item(reference);
        if (!item) return sendJson(res, 404, { message: 'No hay ningún envío con esa referencia.' });
        return sendJson(res, 200, { submission: item, audit: await store.auditTrail(reference) });
      }
      if (!isJsonContentType(req.headers['content-type'])) {
        return sendJson(res, 415, { message: 'El cambio debe ser JSON (Content-Type: application/json).' });
      }
      const body = await readBody(req, MAX_CHANGE_BYTES);
      if (body === 'aborted') return;
      if (body === 'too-large') return sendJson(res, 413, { message: 'El cambio es demasiado grande.' });
      let parsed: unknown;
      try {
        const text = body.toString('utf8');
        if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new Error('too deep');
        parsed = JSON.parse(text);
      } catch {
        return sendJson(res, 400, { message: 'El cuerpo no es JSON válido.' });
      }
      const change = parseChange(parsed);
      if (typeof change === 'string') return sendJson(res, 400, { message: change });
      const result = await store.changeAnswer(reference, change, actor);
      if (result === undefined) return sendJson(res, 404, { message: 'No hay ningún envío con esa referencia.' });
      if (typeof result === 'string') return sendJson(res, 409, { message: result });
      return sendJson(res, 200, { submission: result });
    },

    async '/api/admin/audit'(req, res) {
      if (!reader(req, res)) return;
      const reference = queryOf(req).get('reference')?.trim() || undefined;
      return sendJson(res, 200, { audit: await store.auditTrail(reference) });
    },
  };
}
