/**
 * The last good feed of each URL, kept on the device with the Cache API, so
 * the next visit shows the plan at once while the loader checks for a newer
 * one (core/feed-loader.ts). The copy keeps the server's validators (ETag,
 * Last-Modified) for that check, and the moment the feed was last received
 * or confirmed, which the widgets show.
 *
 * Storage can be missing or refused (a page served over plain http, a
 * sandboxed frame, private browsing, a full disk): every function then does
 * nothing and the widgets load as they always did.
 */

/** The Cache Storage cache that holds the feeds; versioned, so a new layout can start afresh. */
export const FEED_CACHE = 'ogp-plan-widgets.feeds.v1';

/** When the copy was last received or confirmed by the server (milliseconds since 1970), in its response. */
const SAVED_AT = 'X-Ogp-Saved-At';

/** A feed kept on this device: its text, the server's validators, and when it was last received or confirmed. */
export interface StoredFeedEntry {
  text: string;
  etag?: string;
  lastModified?: string;
  savedAt: number;
}

/** The validators of a stored copy, readable before its (possibly large) body. */
export interface StoredFeedHead {
  etag?: string;
  lastModified?: string;
  savedAt: number;
  /** The text (a while for a big feed); undefined when storage does not give it in time. */
  text(): Promise<string | undefined>;
}

/**
 * How long storage may take before the widgets go on without it: a store
 * that never answers (as Safari's IndexedDB once did) must not hold the plan.
 * The copy's text gets longer, as a big feed takes a while to read on a phone.
 */
const PATIENCE = 1000;
const TEXT_PATIENCE = 5000;

/** `work`'s value, or undefined once `ms` have passed without one. */
function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function openCache(): Promise<Cache> | undefined {
  try {
    return globalThis.caches?.open(FEED_CACHE);
  } catch {
    // A sandboxed or opaque origin throws a SecurityError at once.
    return undefined;
  }
}

/** The stored copy of `url`, or undefined (none, or no storage here). Never rejects. */
export async function readStoredFeed(url: string): Promise<StoredFeedHead | undefined> {
  try {
    const response = await within((async () => (await openCache())?.match(url))(), PATIENCE);
    if (!response) return undefined;
    const savedAt = Number(response.headers.get(SAVED_AT));
    if (!Number.isFinite(savedAt) || savedAt <= 0) return undefined;
    return {
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
      savedAt,
      text: () => within(response.text(), TEXT_PATIENCE),
    };
  } catch {
    return undefined;
  }
}

/** Keeps `entry` as the copy of `url`, replacing the one before. Never rejects: a refused write is no copy. */
export async function writeStoredFeed(url: string, entry: StoredFeedEntry): Promise<void> {
  try {
    const headers = new Headers({ 'Content-Type': 'application/json', [SAVED_AT]: String(entry.savedAt) });
    if (entry.etag) headers.set('ETag', entry.etag);
    if (entry.lastModified) headers.set('Last-Modified', entry.lastModified);
    await (await openCache())?.put(url, new Response(entry.text, { headers }));
  } catch {
    // Quota, a URL the cache does not take (blob:, data:), storage switched off: the next visit loads as the first.
  }
}

/** Forgets the copy of `url`, or every stored feed. Never rejects. */
export async function forgetStoredFeeds(url?: string): Promise<void> {
  try {
    if (url === undefined) await globalThis.caches?.delete(FEED_CACHE);
    else await (await openCache())?.delete(url);
  } catch {
    // Nothing stored, or no storage here.
  }
}
