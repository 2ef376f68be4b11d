// @ts-check
/**
 * Static files: the demo, its feed, the built bundle and the JSON Schemas.
 * Safe against path traversal (decoded paths are resolved and must stay in
 * their folder, symbolic links included; dotfiles are never served) and
 * cheap to revalidate (ETag, 304).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { isStrictCspPath, STRICT_CSP } from './csp.js';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
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

/**
 * A URL prefix served from a folder, or a single file.
 * @typedef {{ prefix: string, dir: string } | { path: string, file: string }} Mount
 */

/**
 * The default mounts, relative to the repository root: /dist/, /schema/,
 * /demo/, the feed at /feed.json, and the demo at /.
 * @param {string} root
 * @returns {Mount[]}
 */
export function defaultMounts(root) {
  return [
    { prefix: '/dist/', dir: join(root, 'dist') },
    { prefix: '/schema/', dir: join(root, 'schema') },
    { prefix: '/demo/', dir: join(root, 'demo') },
    { path: '/feed.json', file: join(root, 'demo', 'feed.json') },
    { prefix: '/', dir: join(root, 'demo') },
  ];
}

/**
 * Finds the file for a decoded request path, or undefined.
 * @param {Mount[]} mounts
 * @param {string} pathname
 * @returns {Promise<{ file: string } | { redirect: string } | undefined>}
 */
async function locate(mounts, pathname) {
  if (pathname === '/demo') return { redirect: '/demo/' };
  for (const mount of mounts) {
    if ('path' in mount) {
      if (pathname === mount.path) return { file: mount.file };
      continue;
    }
    if (!pathname.startsWith(mount.prefix)) continue;
    const relative = pathname.slice(mount.prefix.length);
    const segments = relative.split('/');
    // No dotfiles or dot folders (.env, .git), and no "..": nothing hidden leaves the folder.
    if (segments.some((segment) => segment.startsWith('.'))) return undefined;
    const root = resolve(mount.dir);
    let candidate = resolve(root, relative);
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    let info = await stat(candidate).catch(() => undefined);
    if (info?.isDirectory()) {
      if (relative !== '' && !relative.endsWith('/')) return { redirect: `${pathname}/` };
      candidate = join(candidate, 'index.html');
      info = await stat(candidate).catch(() => undefined);
    }
    if (!info?.isFile()) continue;
    // A symbolic link must not lead outside the folder either.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    return { file: realFile };
  }
  return undefined;
}

/**
 * Serves a GET or HEAD request from the mounts. Answers 404 when nothing
 * matches; returns whether it answered at all.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} rawPath the URL's path, still percent-encoded
 * @param {Mount[]} mounts
 */
export async function serveStatic(req, res, rawPath, mounts) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return sendText(res, 400, 'Dirección mal formada.');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return sendText(res, 404, 'No encontrado.');
  const found = await locate(mounts, pathname);
  if (!found) return sendText(res, 404, 'No encontrado.');
  if ('redirect' in found) {
    res.writeHead(301, { Location: found.redirect, 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end();
  }
  const file = found.file;
  const info = await stat(file);
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    // Nothing here has a hashed name: always revalidate, cheaply, by ETag.
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': new Date(info.mtimeMs).toUTCString(),
    ...(isStrictCspPath(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
