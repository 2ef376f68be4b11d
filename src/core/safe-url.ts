/**
 * Feed links are untrusted. Only http, https and mailto become links; any
 * other scheme (javascript:, data:, vbscript:…) is shown as plain text.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The absolute URL when it is safe to link to, otherwise undefined. */
export function safeHref(value: unknown, base = globalThis.document?.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** Whether the link leaves the page's site, so it opens in a new tab. */
export function isExternal(href: string, origin = globalThis.location?.origin): boolean {
  try {
    const url = new URL(href);
    return url.protocol !== 'mailto:' && url.origin !== origin;
  } catch {
    return false;
  }
}
