/**
 * The strict Content Security Policy the demo's strict-csp.html page is
 * served with: it proves the widgets run with no inline script or style,
 * no eval, and only Lit's Trusted Types policy. A city can copy it.
 *
 * Shared: the reference receiver sends it, and the browser tests (and the
 * test runner's server) check the page against the same string.
 */

/** The policy, as one header value. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Whether a request path gets the strict policy: any path ending in `strict-csp.html`. */
export function isStrictCspPath(pathname: string): boolean {
  return pathname.endsWith('strict-csp.html');
}
