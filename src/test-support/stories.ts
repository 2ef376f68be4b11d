/**
 * What stories share: feed URLs for every state. Storybook serves demo/ at
 * /demo (see .storybook/main.ts), so the ready states read the real sample
 * feed, exactly as a host page would. The day they read it on is
 * DEMO_TODAY, from src/examples.
 */
import { writeStoredFeed } from '../core/stored-feed.js';

/** The sample feed, as a host page would point to it (relative: the static Storybook may live under any path). */
export const DEMO_FEED_URL = 'demo/feed.json';

/** A URL that exists but is an HTML page, not JSON. */
export const NOT_JSON_URL = 'demo/index.html';

/** A URL that answers 404. */
export const NOT_FOUND_URL = 'demo/no-such-feed.json';

/** Another URL that answers 404, for which the stories keep a copy of the sample feed (NOT_FOUND_URL keeps none). */
export const GONE_FEED_URL = 'demo/feed-that-was-here.json';

/**
 * Keeps the sample feed on this device for `url`, saved `hoursAgo` hours ago,
 * as an earlier visit would have left it (core/stored-feed.ts): a widget
 * reading `url` then shows that copy at once while it checks the server.
 */
export async function keepSampleFeedFor(url: string, hoursAgo = 26): Promise<string> {
  const text = await (await fetch(DEMO_FEED_URL)).text();
  const savedAt = Date.now() - hoursAgo * 60 * 60 * 1000;
  await writeStoredFeed(new URL(url, document.baseURI).href, { text, savedAt });
  return url;
}

const PENDING_PREFIX = '/__storybook/pending/';

/**
 * A URL whose request never answers, for the loading state (and, with a
 * short `timeout`, the timeout error). Stories have no server of their own,
 * so fetch is wrapped once to hold these requests open.
 */
export function pendingFeedUrl(name = 'feed'): string {
  if (!(window as { __ogpPendingFetch?: boolean }).__ogpPendingFetch) {
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.includes(PENDING_PREFIX)) return original(input, init);
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    };
    (window as { __ogpPendingFetch?: boolean }).__ogpPendingFetch = true;
  }
  return `${PENDING_PREFIX}${name}-${Math.random().toString(36).slice(2)}.json`;
}
