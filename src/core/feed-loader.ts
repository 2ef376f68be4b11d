/**
 * The one loader every widget uses. A feed URL is fetched once per page:
 * widgets that ask for the same URL share the request in flight and its
 * result. It never throws and never rejects: every failure is a typed value
 * that a widget can put into plain words.
 *
 * The last good feed of each URL is kept on the device (core/stored-feed.ts).
 * On the next visit it is offered at once (`onStoredCopy`) while the server
 * is asked whether it changed (If-None-Match / If-Modified-Since on the
 * same origin; across origins the browser's own HTTP cache revalidates, as
 * those headers would cost a CORS preflight the feed's server may refuse).
 * A refresh that fails falls back to that copy, with the error beside it.
 */
import { type FeedIssue, type PlanFeed, validateFeed } from '../shared/feed-schema.js';
import { parseFeedText } from '../shared/feed-text.js';
import { readStoredFeed, type StoredFeedHead, writeStoredFeed } from './stored-feed.js';

export type FeedErrorKind =
  'network' | 'offline' | 'http' | 'not-json' | 'invalid' | 'unsupported-version' | 'timeout' | 'aborted';

export interface FeedError {
  kind: FeedErrorKind;
  /** The feed's URL, absolute; empty for a feed given as an object. */
  url: string;
  /** A short technical detail for the console and for developers. */
  detail: string;
  /** HTTP status, for kind "http". */
  status?: number;
  /** Validation problems, for "invalid" and "unsupported-version". */
  issues?: FeedIssue[];
  /** The version the feed declared, for "unsupported-version". */
  version?: string;
}

/** The feed kept on this device from an earlier visit. */
export interface StoredCopy {
  feed: PlanFeed;
  /** When it was last received or confirmed by the server (milliseconds since 1970). */
  savedAt: number;
}

export type FeedResult =
  | {
      ok: true;
      feed: PlanFeed;
      url: string;
      /** Present when the refresh failed and `feed` is the stored copy: when it was saved, and why the refresh failed. */
      stale?: { savedAt: number; error: FeedError };
    }
  | { ok: false; error: FeedError };

export interface LoadFeedOptions {
  /** Milliseconds before giving up on the request and its body. Default 10 s. */
  timeout?: number;
  /** Stops waiting for this caller only; others sharing the request go on. */
  signal?: AbortSignal;
  /** Ignore what this page already loaded for the URL (a retry). */
  reload?: boolean;
  /** Base for relative URLs; the document's base URL by default. */
  baseUrl?: string;
  /**
   * Called with the copy of the feed kept on this device, when there is one
   * and it is ready before the fresh feed: a widget shows it at once.
   */
  onStoredCopy?: (copy: StoredCopy) => void;
}

export const DEFAULT_TIMEOUT = 10_000;

/** A request in flight or done, shared by every caller that asks for its URL. */
interface SharedRequest {
  result: Promise<FeedResult>;
  /** The copy kept on this device, validated; undefined when there is none. */
  copy: Promise<KeptCopy | undefined>;
  /** Stops the fetch. */
  controller: AbortController;
  /** Callers waiting for it; one that cannot abort (no signal) counts forever. */
  waiting: number;
  settled?: boolean;
}

const shared = new Map<string, SharedRequest>();

/** Loads and validates a plan feed. Resolves with a result; never rejects. */
export function loadFeed(src: string, options: LoadFeedOptions = {}): Promise<FeedResult> {
  const { timeout = DEFAULT_TIMEOUT, signal, reload = false } = options;
  let url: string;
  try {
    url = new URL(src, options.baseUrl ?? globalThis.document?.baseURI).href;
  } catch {
    return Promise.resolve(failure('network', src, 'la dirección del feed no es válida'));
  }
  if (signal?.aborted) return Promise.resolve(failure('aborted', url, 'cancelado'));

  let request = reload ? undefined : shared.get(url);
  if (!request) {
    const controller = new AbortController();
    const head = readStoredFeed(url);
    const copy = keptCopy(head);
    const result = fetchFeed({ url, timeout, cancelled: controller.signal, head, copy });
    const entry: SharedRequest = { result, copy, controller, waiting: 0 };
    shared.set(url, entry);
    // A failure is not kept, so the next attempt (a "Reintentar") asks again.
    void entry.result.then((result) => {
      entry.settled = true;
      // Once settled the stored copy is offered no more: let go of its text (a big feed's is megabytes).
      entry.copy = Promise.resolve(undefined);
      if (!result.ok && shared.get(url) === entry) shared.delete(url);
    });
    request = entry;
  }
  const { result, copy } = request;
  request.waiting++;
  if (options.onStoredCopy) {
    const offer = options.onStoredCopy;
    const asked = request;
    void copy.then((kept) => {
      if (kept && !asked.settled && !signal?.aborted) offer({ feed: kept.feed, savedAt: kept.savedAt });
    });
  }
  if (!signal) return result;
  return new Promise<FeedResult>((resolve) => {
    const onAbort = () => {
      // The last caller gone (a removed widget, another src): nobody needs the request any more.
      if (--request.waiting === 0 && !request.settled) {
        request.controller.abort();
        if (shared.get(url) === request) shared.delete(url);
      }
      resolve(failure('aborted', url, 'cancelado'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void result.then((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}

/**
 * Feeds given as objects, and their validation: the object given, and a
 * feed already validated (loaded from a URL, or one widget's feed handed to
 * another), each map to their result. An 8 MB feed is then validated once
 * per page, not once per widget. A page that changes a feed gives a new
 * object, as the widgets ask anyway (they read `.feed` again only when it
 * is another object).
 */
const accepted = new WeakMap<object, FeedResult>();

/** Validates a feed given as an object (the `.feed` property of a widget), once per object. */
export function acceptFeed(value: unknown): FeedResult {
  const key = typeof value === 'object' && value !== null ? value : undefined;
  const known = key && accepted.get(key);
  if (known) return known;
  const result = validateFeed(value);
  const outcome: FeedResult = result.ok
    ? { ok: true, feed: result.feed, url: '' }
    : { ok: false, error: validationFailure('', result) };
  if (key) accepted.set(key, outcome);
  if (outcome.ok) accepted.set(outcome.feed, outcome);
  return outcome;
}

/** Forgets every loaded feed. For tests, and for pages that swap feeds. */
export function clearFeedCache(): void {
  shared.clear();
}

/** A stored copy, read and validated: the feed, its text (to compare with a fresh one) and its validators. */
interface KeptCopy extends StoredCopy {
  text: string;
  etag?: string;
  lastModified?: string;
}

/** The stored copy of `url` once read and validated; one that no longer validates (a new feed version) is dropped. */
async function keptCopy(head: Promise<StoredFeedHead | undefined>): Promise<KeptCopy | undefined> {
  const stored = await head;
  if (!stored) return undefined;
  try {
    const text = await stored.text();
    if (text === undefined) return undefined;
    const read = feedFromText('', text);
    if (!read.ok) return undefined;
    const { etag, lastModified, savedAt } = stored;
    return { feed: read.feed, text, etag, lastModified, savedAt };
  } catch {
    return undefined;
  }
}

/** One load of a URL: how long it may take, what stops it, and the stored copy being read beside it. */
interface Load {
  url: string;
  timeout: number;
  cancelled: AbortSignal;
  head: Promise<StoredFeedHead | undefined>;
  copy: Promise<KeptCopy | undefined>;
}

/** The fresh feed; when it cannot be had, the stored copy with the reason beside it. */
async function fetchFeed(load: Load): Promise<FeedResult> {
  const fresh = await fetchFresh(load);
  if (fresh.ok || fresh.error.kind === 'aborted') return fresh;
  const kept = await load.copy;
  if (!kept) return fresh;
  return { ok: true, feed: kept.feed, url: load.url, stale: { savedAt: kept.savedAt, error: fresh.error } };
}

/** Conditional request headers for a stored copy, on the feed's own origin only (see the top of this file). */
function validators(url: string, stored: StoredFeedHead | undefined): Record<string, string> {
  if (!stored || new URL(url).origin !== globalThis.location?.origin) return {};
  if (stored.etag) return { 'If-None-Match': stored.etag };
  return stored.lastModified ? { 'If-Modified-Since': stored.lastModified } : {};
}

async function fetchFresh({ url, timeout, cancelled, head, copy }: Load): Promise<FeedResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  cancelled.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    const conditional = validators(url, await head);
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json', ...conditional },
      });
    } catch (error) {
      if (cancelled.aborted) return failure('aborted', url, 'cancelado');
      return timedOut ? failure('timeout', url, `sin respuesta en ${timeout} ms`) : unreachable(url, error);
    }
    if (response.status === 304) {
      const kept = await copy;
      // Not modified: the stored copy is the feed, confirmed now.
      if (kept) {
        void writeStoredFeed(url, { ...kept, savedAt: Date.now() });
        return { ok: true, feed: kept.feed, url };
      }
      return failure('http', url, 'HTTP 304 sin copia guardada');
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, error: { kind: 'http', url, status: response.status, detail: `HTTP ${response.status}` } };
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (error) {
      if (cancelled.aborted) return failure('aborted', url, 'cancelado');
      return timedOut ? failure('timeout', url, `la respuesta no terminó en ${timeout} ms`) : unreachable(url, error);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return failure('not-json', url, 'la respuesta no es texto UTF-8');
    }
    const store = {
      text,
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
      savedAt: Date.now(),
    };
    // The same text as the stored copy: the same feed object, so nothing on screen is rebuilt.
    const kept = await copy;
    if (kept?.text === text) {
      void writeStoredFeed(url, store);
      return { ok: true, feed: kept.feed, url };
    }
    const read = feedFromText(url, text);
    if (read.ok) void writeStoredFeed(url, store);
    return read;
  } catch (error) {
    // Nothing above should throw; this keeps the promise from ever rejecting.
    return failure('network', url, describe(error));
  } finally {
    clearTimeout(timer);
  }
}

/** A feed's text parsed and validated; a valid feed is remembered as such (see `accepted`). */
function feedFromText(url: string, text: string): FeedResult {
  const parsed = parseFeedText(text);
  if (!parsed.ok) return failure('not-json', url, parsed.message);
  const validation = validateFeed(parsed.value);
  if (!validation.ok) return { ok: false, error: validationFailure(url, validation) };
  accepted.set(validation.feed, { ok: true, feed: validation.feed, url: '' });
  return { ok: true, feed: validation.feed, url };
}

function validationFailure(url: string, result: Exclude<ReturnType<typeof validateFeed>, { ok: true }>): FeedError {
  if (result.kind === 'unsupported-version') {
    return {
      kind: 'unsupported-version',
      url,
      version: result.version,
      issues: result.issues,
      detail: `versión ${result.version}`,
    };
  }
  return { kind: 'invalid', url, issues: result.issues, detail: `${result.issues.length} problemas` };
}

function failure(kind: FeedErrorKind, url: string, detail: string): FeedResult {
  return { ok: false, error: { kind, url, detail } };
}

/**
 * A request that got no answer. The browser does not say why (server down,
 * a cross-origin read the server does not allow, no connection), so only a
 * device the browser knows is offline is called offline.
 */
function unreachable(url: string, error: unknown): FeedResult {
  return failure(navigator.onLine === false ? 'offline' : 'network', url, describe(error));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
