/**
 * The admin tokens that guard the staff routes (exports, habeas data, the
 * inbox): Bearer tokens in the Authorization header only, compared in
 * constant time through hashes of equal length. Each token has a label
 * (FEEDBACK_ADMIN_TOKENS="ana:…,luis:…"), which the audit trail records as
 * who made a change; the single FEEDBACK_ADMIN_TOKEN is labelled "admin".
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, type Response, headerValue, methodNotAllowed, sendJson } from './http.js';

export interface AdminToken {
  label: string;
  token: string;
}

/** One token (labelled "admin"), or labelled tokens. */
export type AdminCredentials = string | readonly AdminToken[];

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** "label:token" pairs separated by commas; a pair without a label or a token is refused (a typo must not lock staff out silently). */
export function parseAdminTokens(list: string): AdminToken[] {
  return list
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const colon = pair.indexOf(':');
      const label = pair.slice(0, colon).trim();
      const token = pair.slice(colon + 1).trim();
      if (colon < 1 || !label || !token)
        throw new Error('FEEDBACK_ADMIN_TOKENS: write label:token pairs, separated by commas.');
      return { label, token };
    });
}

/** The single token and the labelled ones, as one list. */
export function adminTokenList(credentials: AdminCredentials): readonly AdminToken[] {
  if (typeof credentials !== 'string') return credentials;
  return credentials ? [{ label: 'admin', token: credentials }] : [];
}

/**
 * A check that answers the request itself (404 when no token is configured,
 * 405 for another method, 401 for a missing or wrong token) and returns
 * false, or returns the label of the token that matched.
 */
export function adminCheck(credentials: AdminCredentials, methods: readonly string[]) {
  const hashes = adminTokenList(credentials).map(({ label, token }) => ({ label, hash: sha256(token) }));
  return (req: Request, res: Response): string | false => {
    if (hashes.length === 0) {
      sendJson(res, 404, { message: 'Esta función está desactivada: falta FEEDBACK_ADMIN_TOKEN.' });
      return false;
    }
    if (!methods.includes(req.method ?? '')) {
      methodNotAllowed(res, methods.join(', '));
      return false;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(req.headers.authorization) ?? '');
    const given = match ? sha256(match[1]!) : undefined;
    // Every token is compared, so the time taken says nothing about which one nearly matched.
    let label: string | false = false;
    for (const { label: candidate, hash } of hashes) {
      if (given && timingSafeEqual(given, hash) && label === false) label = candidate;
    }
    if (label === false) {
      sendJson(
        res,
        401,
        { message: 'Hace falta la clave de administración (Authorization: Bearer …).' },
        { 'WWW-Authenticate': 'Bearer realm="feedback-admin"' },
      );
    }
    return label;
  };
}
