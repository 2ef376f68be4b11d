/**
 * Liveness and readiness, for a load balancer or systemd:
 * - `GET /healthz`: the process answers (it never touches the database, so
 *   a busy database does not get a healthy receiver restarted);
 * - `GET /readyz`: the database answers too; 503 when it does not, so the
 *   balancer sends submissions to another receiver meanwhile.
 */
import { type Handler, methodNotAllowed, sendJson } from './http.js';
import type { FeedbackStore } from './store.js';

export function healthRoutes(store: FeedbackStore): { healthz: Handler; readyz: Handler } {
  const onlyRead: (handler: Handler) => Handler = (handler) => async (req, res, path) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    return handler(req, res, path);
  };
  return {
    healthz: onlyRead(async (_req, res) => sendJson(res, 200, { status: 'ok' })),
    readyz: onlyRead(async (_req, res) => {
      try {
        await store.ping();
      } catch {
        return sendJson(res, 503, { status: 'unavailable', message: 'La base de datos no responde.' });
      }
      sendJson(res, 200, { status: 'ok' });
    }),
  };
}
