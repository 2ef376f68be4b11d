/**
 * What every route shares: the handler's shape, JSON and text answers, and
 * reading headers and bodies safely.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Request = IncomingMessage;
export type Response = ServerResponse;

/** Answers one request. `path` is the URL's path, still percent-encoded. */
export type Handler = (req: Request, res: Response, path: string) => Promise<void>;

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Language': 'es',
  'Cache-Control': 'no-store',
};

/** A JSON answer; `message` fields are for the person, in Spanish. */
export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}

export function sendText(res: Response, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** 405, naming the methods the path takes. */
export function methodNotAllowed(res: Response, allow: string, message = 'Método no permitido.'): void {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { message });
}

/** A header's first value, trimmed; undefined when missing or blank. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

/** `application/json`, with no charset or UTF-8. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((param) => param.startsWith('charset='));
  return !charset || /^charset="?utf-8"?$/.test(charset);
}

/** Reads the body, stopping as soon as it passes `limit` bytes. */
export function readBody(req: Request, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too-large' | 'aborted') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolveBody(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 goes out with Connection: close.
        req.pause();
        done('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    const onAbort = () => done('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

/** Writes a chunk, waiting for a slow client to drain; false when the client went away. */
export async function writeChunk(res: Response, chunk: string | Buffer): Promise<boolean> {
  if (res.write(chunk)) return true;
  await new Promise((resolveDrain) => {
    res.once('drain', resolveDrain);
    res.once('close', resolveDrain);
  });
  return !res.destroyed;
}

/** How deep a JSON body may nest: the wire format nests 3 levels; anything far deeper is not a submission. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found by
 * a loop over its characters (no recursion, so no depth can overflow it).
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > limit) return true;
    } else if (char === ']' || char === '}') depth--;
  }
  return false;
}
