/**
 * Static files: the demo, its feed, the built bundle and the JSON Schemas.
 *
 * This module decides, sirv sends. Here: which file a path means, safely
 * (decoded paths must stay in their folder, symbolic links included; no
 * dotfiles, no "..", no backslashes), its headers (static-headers.ts), the
 * answer to conditional requests (ETag, If-Modified-Since: 304), and which
 * representation to send: a precompressed copy that the build wrote next
 * to the file (.br, .gz) when it is not older than the file, else a copy
 * compressed here once per version of the file (the feed), else the file.
 * sirv (in its per-request mode, so a feed replaced on disk is served at
 * once) streams the file or the precompressed copy, with Range and HEAD.
 */
import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { STRICT_CSP, isStrictCspPath } from '../shared/csp.js';
import { type Encoding, MIN_BYTES, SUFFIX, compress, isCompressible, isWorthIt } from './compression.js';
import { type Handler, type Request, type Response, sendText } from './http.js';
import { PUBLIC_FEED_PATHS, cacheControl, contentType, entityTag, isNotModified, isPublic } from './static-headers.js';

/** A URL prefix served from a folder, or a single file. */
type Mount = { prefix: string; dir: string } | { path: string; file: string };

/** /dist/, /schema/, /demo/, the feed at /feed.json, and the demo at /. */
function defaultMounts(root: string): Mount[] {
  const feed = join(root, 'demo', 'feed.json');
  return [
    { prefix: '/dist/', dir: join(root, 'dist') },
    { prefix: '/schema/', dir: join(root, 'schema') },
    ...PUBLIC_FEED_PATHS.map((path) => ({ path, file: feed })),
    { prefix: '/demo/', dir: join(root, 'demo') },
    { prefix: '/', dir: join(root, 'demo') },
  ];
}

/** Larger files are sent as they are rather than compressed while the client waits. */
const MAX_LIVE_BYTES = 16 * 1024 * 1024;

interface Found {
  file: string;
  info: Stats;
  /** The folder sirv serves it from, and its path there. */
  dir: string;
  path: string;
}

/** Finds the file for a decoded request path. */
async function locate(mounts: readonly Mount[], pathname: string): Promise<Found | { redirect: string } | undefined> {
  if (pathname === '/demo') return { redirect: '/demo/' };
  for (const mount of mounts) {
    let root: string;
    let candidate: string;
    if ('path' in mount) {
      if (pathname !== mount.path) continue;
      root = resolve(mount.file, '..');
      candidate = resolve(mount.file);
    } else {
      if (!pathname.startsWith(mount.prefix)) continue;
      const rest = pathname.slice(mount.prefix.length);
      // No dotfiles or dot folders (.env, .git), and no "..": nothing hidden leaves the folder.
      if (rest.split('/').some((segment) => segment.startsWith('.'))) return undefined;
      root = resolve(mount.dir);
      candidate = resolve(root, rest);
      if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
      const folder = await stat(candidate).catch(() => undefined);
      if (folder?.isDirectory()) {
        if (rest !== '' && !rest.endsWith('/')) return { redirect: `${pathname}/` };
        candidate = join(candidate, 'index.html');
      }
    }
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    // A symbolic link must not lead outside the folder either.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    return { file: realFile, info, dir: realRoot, path: `/${relative(realRoot, realFile).split(sep).join('/')}` };
  }
  return undefined;
}

/** The encodings the client takes, best first (a `q=0` refuses one). */
function acceptedEncodings(header: string | undefined): Encoding[] {
  const taken = new Set(
    (header ?? '')
      .split(',')
      .map((part) =>
        part
          .trim()
          .toLowerCase()
          .split(/\s*;\s*/),
      )
      .filter(([, quality]) => !quality || !/^q=0(\.0*)?$/.test(quality))
      .map(([name]) => name),
  );
  return (['br', 'gzip'] as const).filter((encoding) => taken.has(encoding));
}

/** What to send: the file, the build's compressed copy of it, or a copy compressed here. */
type Representation =
  | { kind: 'file'; encoding?: undefined }
  | { kind: 'precompressed'; encoding: Encoding }
  | { kind: 'compressed-here'; encoding: Encoding; body: Buffer };

export function staticRoute(root: string): Handler {
  const mounts = defaultMounts(root);
  // One sirv per folder and encoding: each sends exactly the representation chosen here.
  const senders = new Map<string, ReturnType<typeof sirv>>();
  const sender = (dir: string, encoding?: Encoding) => {
    const key = `${encoding ?? ''}:${dir}`;
    let send = senders.get(key);
    if (!send) {
      send = sirv(dir, {
        dev: true,
        etag: false,
        extensions: [],
        brotli: encoding === 'br',
        gzip: encoding === 'gzip',
      });
      senders.set(key, send);
    }
    return send;
  };

  // Copies compressed here, one per file and encoding, for the file's current size and time.
  const copies = new Map<string, { version: string; body: Promise<Buffer | undefined> }>();
  function liveCopy(found: Found, encoding: Encoding): Promise<Buffer | undefined> {
    const key = `${encoding}:${found.file}`;
    const version = `${found.info.size}:${found.info.mtimeMs}`;
    const cached = copies.get(key);
    if (cached?.version === version) return cached.body;
    const body = readFile(found.file)
      .then((bytes) => compress(bytes, encoding, 'fast').then((copy) => [bytes, copy] as const))
      .then(([bytes, copy]) => (isWorthIt(bytes.length, copy.length) ? copy : undefined))
      .catch(() => undefined);
    copies.set(key, { version, body });
    return body;
  }

  async function representation(req: Request, found: Found): Promise<Representation> {
    const { file, info } = found;
    const plain = { kind: 'file' } as const;
    if (!isCompressible(file) || info.size < MIN_BYTES) return plain;
    const encodings = acceptedEncodings(req.headers['accept-encoding']);
    for (const encoding of encodings) {
      const copy = await stat(file + SUFFIX[encoding]).catch(() => undefined);
      if (copy?.isFile() && copy.mtimeMs >= info.mtimeMs) return { kind: 'precompressed', encoding };
    }
    const [encoding] = encodings;
    if (!encoding || info.size > MAX_LIVE_BYTES) return plain;
    const body = await liveCopy(found, encoding);
    return body ? { kind: 'compressed-here', encoding, body } : plain;
  }

  return async (req: Request, res: Response, rawPath: string) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return sendText(res, 400, 'Dirección mal formada.');
    }
    // Public files are readable from any site, without credentials; a 404 too, so a partner can tell it apart.
    if (isPublic(pathname)) res.setHeader('Access-Control-Allow-Origin', '*');
    if (pathname.includes('\0') || pathname.includes('\\')) return sendText(res, 404, 'No encontrado.');
    const found = await locate(mounts, pathname);
    if (!found) return sendText(res, 404, 'No encontrado.');
    if ('redirect' in found) {
      res.writeHead(301, { Location: found.redirect, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end();
    }

    const chosen = await representation(req, found);
    const etag = entityTag(found.info.size, found.info.mtimeMs, chosen.encoding);
    res.setHeader('Content-Type', contentType(found.file));
    res.setHeader('Cache-Control', cacheControl(found.file));
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', found.info.mtime.toUTCString());
    if (isCompressible(found.file)) res.setHeader('Vary', 'Accept-Encoding');
    if (isStrictCspPath(pathname)) res.setHeader('Content-Security-Policy', STRICT_CSP);
    if (isNotModified(req.headers, etag, found.info.mtimeMs)) {
      res.writeHead(304);
      return void res.end();
    }
    if (chosen.kind === 'compressed-here') {
      res.writeHead(200, { 'Content-Encoding': chosen.encoding, 'Content-Length': chosen.body.length });
      return void res.end(req.method === 'HEAD' ? undefined : chosen.body);
    }
    // sirv reads the path from req.url, relative to the folder, and decodes it when it holds a "%".
    req.url = found.path.replace(/%/g, '%25');
    sender(found.dir, chosen.encoding)(req, res, () => sendText(res, 404, 'No encontrado.'));
  };
}
