/**
 * The admin token that guards the staff routes (exports, habeas data): a
 * Bearer token compared in constant time, through hashes of equal length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, type Response, headerValue, methodNotAllowed, sendJson } from './http.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * A check that answers the request itself (404 when no token is configured,
 * 405 for another method, 401 for a missing or wrong token) and returns
 * false, or returns true.
 */
export function adminCheck(adminToken: string, methods: readonly string[]) {
  const tokenHash = adminToken ? sha256(adminToken) : undefined;
  return (req: Request, res: Response): boolean => {
    if (!tokenHash) {
      sendJson(res, 404, { message: 'Esta función está desactivada: falta FEEDBACK_ADMIN_TOKEN.' });
      return false;
    }
    if (!methods.includes(req.method ?? '')) {
      methodNotAllowed(res, methods.join(', '));
      return false;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(req.headers.authorization) ?? '');
    if (!match || !timingSafeEqual(sha256(match[1]!), tokenHash)) {
      sendJson(
        res,
        401,
        { message: 'Hace falta la clave de administración (Authorization: Bearer …).' },
        { 'WWW-Authenticate': 'Bearer realm="feedback-admin"' },
      );
      return false;
    }
    return true;
  };
}
