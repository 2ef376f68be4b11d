// A mock feedback receiver for the browser tests of <ogp-feedback-form>.
// Each <key> is its own receiver, so tests never share state.
//
//   POST /__test/feedback/<key>       receives a submission; answers as the key's mode says:
//        ok (default)                   201 {id, reference}; the same Idempotency-Key again → 200, same reference
//                                       (REF-0001, REF-0002… in the order received, or the mode's "reference")
//        fail                           <status> (default 503) with a text body
//        reject                         <status> (default 422) with {message}
//        network                        drops the connection without an answer
//        hang                           never answers
//        redirect                       <status> (default 302) to <location> (default /__test/html), as a
//                                       misconfigured proxy or a captive portal would (fetch follows it with a GET)
//      Query parameters set a mode for a key that has none yet, e.g.
//      ?fail=2&status=500 (the first 2 requests fail, then ok), ?reject=400&message=…, ?hang=1, ?network=1,
//      ?redirect=301&location=…, ?reference=REF-TEST (ok, with that reference)
//   PUT  /__test/feedback-mode/<key>  sets the mode: {"mode": "fail", "status": 503, "message": "…", "times": N,
//                                     "retryAfter": "120", "language": "es-CO", "location": "…", "reference": "…"}
//                                     (times: only for the next N requests, then ok; retryAfter and language
//                                     become the Retry-After and Content-Language headers of fail and reject)
//   GET  /__test/feedback-log/<key>   {requests: [{idempotencyKey, id, status}], delivered: [keys answered 2xx],
//                                      stored: [keys stored once], bodies: [parsed bodies]}

/** The request's whole body as a Buffer (also used by test-server-middleware.js). */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createFeedbackMock() {
  /** key → { mode, status, message, times } */
  const modes = new Map();
  /** key → { requests: [], stored: Map<idempotencyKey, reference>, bodies: [] } */
  const logs = new Map();
  let references = 0;

  const logOf = (key) => {
    if (!logs.has(key)) logs.set(key, { requests: [], stored: new Map(), bodies: [] });
    return logs.get(key);
  };

  const modeFromQuery = (query) => {
    if (query.fail !== undefined)
      return { mode: 'fail', status: Number(query.status) || 503, times: Number(query.fail) };
    if (query.reject !== undefined)
      return { mode: 'reject', status: Number(query.reject) || 422, message: query.message };
    if (query.hang !== undefined) return { mode: 'hang' };
    if (query.network !== undefined) return { mode: 'network' };
    if (query.redirect !== undefined)
      return { mode: 'redirect', status: Number(query.redirect) || 302, location: query.location };
    return { mode: 'ok', reference: query.reference };
  };

  const json = (ctx, status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(body);
  };

  async function receive(ctx, key) {
    if (!modes.has(key)) modes.set(key, modeFromQuery(ctx.query));
    const setting = modes.get(key);
    const log = logOf(key);
    const idempotencyKey = ctx.get('Idempotency-Key');
    const raw = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = undefined;
    }
    let mode = setting.mode;
    if (mode !== 'ok' && setting.times !== undefined) {
      if (setting.times <= 0) mode = 'ok';
      else setting.times -= 1;
    }
    const record = (status) => log.requests.push({ idempotencyKey, id: body?.id, status });
    if (setting.retryAfter !== undefined) ctx.set('Retry-After', String(setting.retryAfter));
    if (setting.language !== undefined) ctx.set('Content-Language', String(setting.language));
    switch (mode) {
      case 'fail':
        record(setting.status ?? 503);
        ctx.status = setting.status ?? 503;
        ctx.body = 'temporary failure';
        return;
      case 'reject':
        record(setting.status ?? 422);
        return json(ctx, setting.status ?? 422, setting.message === undefined ? {} : { message: setting.message });
      case 'redirect':
        record(setting.status ?? 302);
        ctx.status = setting.status ?? 302;
        ctx.set('Location', setting.location ?? '/__test/html');
        return;
      case 'network':
        record(0);
        ctx.status = 204; // for the runner's log only: no answer is sent
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'hang':
        record(-1);
        ctx.status = 204; // for the runner's log only: no answer is sent
        ctx.respond = false;
        return new Promise((resolve) => {
          ctx.req.on('close', resolve);
          ctx.res.on('close', resolve);
        });
      default: {
        const known = log.stored.get(idempotencyKey);
        if (known) {
          record(200);
          return json(ctx, 200, { id: body?.id, reference: known });
        }
        const reference = setting.reference ?? `REF-${String(++references).padStart(4, '0')}`;
        log.stored.set(idempotencyKey, reference);
        log.bodies.push(body);
        record(201);
        return json(ctx, 201, { id: body?.id, reference });
      }
    }
  }

  /** Handles the feedback routes; answers false for any other route. */
  return async function feedbackMock(ctx, route, key) {
    switch (route) {
      case 'feedback':
        if (ctx.method !== 'POST') {
          ctx.status = 405;
          return true;
        }
        await receive(ctx, key);
        return true;
      case 'feedback-mode': {
        const setting = JSON.parse((await readBody(ctx.req)).toString('utf8') || '{}');
        modes.set(key, setting);
        ctx.status = 204;
        return true;
      }
      case 'feedback-log': {
        const log = logOf(key);
        json(ctx, 200, {
          requests: log.requests,
          delivered: log.requests
            .filter((request) => request.status >= 200 && request.status < 300)
            .map((r) => r.idempotencyKey),
          stored: [...log.stored.keys()],
          bodies: log.bodies,
        });
        return true;
      }
      default:
        return false;
    }
  };
}
