/**
 * The headers of static files: their type, how long they may be cached,
 * and who may read them from another site.
 */
import { extname } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A versioned file: its name carries a hash of its content, as the last
 * part before the extension, after a "-" or a ".": 8 or more lowercase hex
 * digits, at least one a letter and one a digit (`chunk-3f9a1c2b.js`,
 * `styles.0c4be9d1.css`; rollup writes such names with
 * `hashCharacters: 'hex'`). New content means a new name, so a copy may be
 * kept for a year without asking again.
 */
const VERSIONED = /[-.](?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\.[a-z0-9]+$/;

/** A year, the longest that caches honour. */
const YEAR = 365 * 24 * 60 * 60;
/** How long an unversioned script, style or image is used before it is checked again. */
const SHORT = 5 * 60;

/**
 * Versioned files: kept for a year, never revalidated. Pages and JSON (the
 * feed, the schemas, bundle-info.json): revalidated on every use, which
 * costs a 304 when nothing changed, so a new feed shows at once.
 * Everything else (the bundle's entry file, the demo's scripts and styles,
 * the icon): used for five minutes, then revalidated.
 */
export function cacheControl(file: string): string {
  if (VERSIONED.test(file)) return `public, max-age=${YEAR}, immutable`;
  if (/\.(html|json)$/i.test(file)) return 'no-cache';
  return `public, max-age=${SHORT}`;
}

/**
 * The public files that partners' pages read from another site, without
 * cookies: the feed, the JSON Schemas and everything built (the bundle and
 * its modules).
 */
export const PUBLIC_FEED_PATHS = ['/feed.json', '/demo/feed.json'];
const PUBLIC_PREFIXES = ['/dist/', '/schema/'];

export function isPublic(pathname: string): boolean {
  return PUBLIC_FEED_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** A weak validator from the file's size and time, one per representation (plain, br, gzip). */
export function entityTag(size: number, mtimeMs: number, encoding?: string): string {
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
}

/**
 * Whether the client's copy is current: If-None-Match when sent (any of its
 * tags, weakly), otherwise If-Modified-Since (HTTP dates have whole seconds).
 */
export function isNotModified(
  headers: { 'if-none-match'?: string; 'if-modified-since'?: string },
  etag: string,
  mtimeMs: number,
): boolean {
  const match = headers['if-none-match'];
  if (match !== undefined) {
    const bare = (tag: string) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((tag) => bare(tag) === bare(etag));
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}
