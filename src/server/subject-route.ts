/**
 * `/api/feedback/submissions`: the rights of the people who write (habeas
 * data, Ley 1581 de 2012), for staff with the admin token. One person is
 * named by `?email=` (any case) or one submission by `?reference=`:
 *
 * - `GET` lists every submission found, to send to the person who asked;
 * - `PATCH ?reference=…` corrects fields (a JSON object of the fields to
 *   change; null clears an optional one), checked by the same schema;
 * - `DELETE` deletes what was found, for real.
 */
import { MAX_BODY_BYTES, validateSubmission } from '../shared/feedback-schema.js';
import { type AdminCredentials, adminCheck } from './admin-auth.js';
import {
  type Handler,
  MAX_JSON_DEPTH,
  type Request,
  isJsonContentType,
  nestsDeeperThan,
  readBody,
  sendJson,
} from './http.js';
import { CORRECTABLE, type Correction, type FeedbackStore, type StoredSubmission, type Subject } from './store.js';

export interface SubjectRouteOptions {
  store: FeedbackStore;
  adminToken: AdminCredentials;
}

/** The person or submission the query names, or a message saying what is missing. */
function subjectOf(req: Request): Subject | string {
  const query = new URL(req.url ?? '/', 'http://receiver').searchParams;
  const email = query.get('email')?.trim();
  const reference = query.get('reference')?.trim();
  if (email && reference) return 'Indique email o reference, no ambos.';
  if (email) return { email };
  if (reference) return { reference };
  return 'Indique ?email=… o ?reference=….';
}

/** The stored submission with the correction, in the wire format, to validate with the widget's schema. */
function corrected(row: StoredSubmission, correction: Correction): unknown {
  const merged = { ...row, ...correction };
  const optional = (value: string | boolean | null) => (value === null ? undefined : value);
  return {
    id: row.id,
    kind: row.kind,
    message: merged.message,
    commitmentId: optional(row.commitmentId),
    name: optional(merged.name),
    email: optional(merged.email),
    wantsReply: optional(merged.wantsReply),
    profile: {
      territory: optional(merged.territory),
      ageRange: optional(merged.ageRange),
      gender: optional(merged.gender),
    },
    consent: { given: true, version: row.consentVersion, at: row.consentAt },
    locale: row.locale,
    planId: optional(row.planId),
    pageUrl: optional(row.pageUrl),
    createdAt: row.createdAt,
  };
}

/** The body as a correction, or a message saying what is wrong with it. */
function parseCorrection(body: Buffer): Correction | string {
  let parsed: unknown;
  try {
    const text = body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return 'El cuerpo está anidado a demasiada profundidad.';
    parsed = JSON.parse(text);
  } catch {
    return 'El cuerpo no es JSON válido.';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'Se esperaba un objeto JSON.';
  const unknown = Object.keys(parsed).filter((key) => !(CORRECTABLE as readonly string[]).includes(key));
  if (unknown.length > 0) return `Solo se pueden corregir ${CORRECTABLE.join(', ')}; no ${unknown.join(', ')}.`;
  return parsed as Correction;
}

export function subjectRoute({ store, adminToken }: SubjectRouteOptions): Handler {
  const authorized = adminCheck(adminToken, ['GET', 'PATCH', 'DELETE']);

  return async (req, res) => {
    if (!authorized(req, res)) return;
    const subject = subjectOf(req);
    if (typeof subject === 'string') return sendJson(res, 400, { message: subject });

    if (req.method === 'GET') {
      const submissions = await store.findSubject(subject);
      return sendJson(res, 200, { count: submissions.length, submissions });
    }
    if (req.method === 'DELETE') {
      return sendJson(res, 200, { deleted: await store.remove(subject) });
    }

    if (!('reference' in subject))
      return sendJson(res, 400, { message: 'Se corrige un envío a la vez: ?reference=….' });
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(res, 415, { message: 'La corrección debe ser JSON (Content-Type: application/json).' });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'aborted') return;
    if (body === 'too-large') return sendJson(res, 413, { message: 'La corrección es demasiado grande.' });
    const correction = parseCorrection(body);
    if (typeof correction === 'string') return sendJson(res, 400, { message: correction });
    const [row] = await store.findSubject(subject);
    if (!row) return sendJson(res, 404, { message: 'No hay ningún envío con esa referencia.' });
    const validation = validateSubmission(corrected(row, correction));
    if (!validation.ok) {
      return sendJson(res, 400, { message: 'La corrección no es válida.', errors: validation.issues });
    }
    return sendJson(res, 200, { submission: await store.correct(subject.reference, correction) });
  };
}
