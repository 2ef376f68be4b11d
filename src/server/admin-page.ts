/**
 * `/admin/`: the staff inbox's page (inbox/, built into dist/admin/inbox.js).
 * The page itself holds nothing secret: it asks for the admin token, which
 * then travels only in the Authorization header of /api/admin/… calls.
 * It is served with its own strict policy: scripts and styles from this
 * origin only, no inline code, no eval, Trusted Types with Lit's policy
 * only, calls to this origin only, never framed, no referrer, no cache, and
 * never a cookie.
 */
import { type Handler, methodNotAllowed } from './http.js';

/** The inbox page's Content-Security-Policy. */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Bandeja de mensajes · equipo del plan</title>
    <script type="module" src="/dist/admin/inbox.js"></script>
  </head>
  <body>
    <ogp-staff-inbox></ogp-staff-inbox>
  </body>
</html>
`;

export const adminPage: Handler = async (req, res, path) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
  if (path === '/admin') {
    res.writeHead(301, { Location: '/admin/', 'Cache-Control': 'no-store' });
    return void res.end();
  }
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': ADMIN_CSP,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  res.end(req.method === 'HEAD' ? undefined : PAGE);
};
