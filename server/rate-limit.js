// @ts-check
/**
 * A per-client rate limit: a token bucket per key (the client's address)
 * that holds `perMinute` tokens and refills at `perMinute` a minute. Memory
 * stays bounded: full buckets are forgotten.
 */

/**
 * @param {number} perMinute submissions a minute per client; 0 turns the limit off
 * @param {() => number} [now] milliseconds, for tests
 */
export function createRateLimiter(perMinute, now = Date.now) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  const ratePerMs = perMinute / 60_000;
  let lastSweep = now();

  /**
   * Forgets buckets that have refilled completely (at most once a minute).
   * @param {number} time
   */
  function sweep(time) {
    if (time - lastSweep < 60_000) return;
    lastSweep = time;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * ratePerMs >= perMinute) buckets.delete(key);
    }
  }

  return {
    /**
     * Takes a token for `key`. Answers whether the request may go on, and
     * otherwise how many seconds to wait (for Retry-After).
     * @param {string} key
     * @returns {{ ok: true } | { ok: false, retryAfter: number }}
     */
    take(key) {
      if (!(perMinute > 0)) return { ok: true };
      const time = now();
      sweep(time);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * ratePerMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
    },
  };
}
