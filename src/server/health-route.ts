/** `GET /healthz`: the receiver answers and its store can be read. */
import { type Handler, sendJson } from './http.js';
import type { FeedbackStore } from './store.js';

export function healthRoute(store: FeedbackStore): Handler {
  return async (_req, res) => {
    await store.count();
    sendJson(res, 200, { status: 'ok' });
  };
}
