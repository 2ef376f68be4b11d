/**
 * A per-client rate limit: a token bucket per key (the client's address)
 * that holds `perMinute` tokens and refills at `perMinute` a minute. Memory
 * stays bounded: full buckets are forgotten. It counts per receiver
 * process; a store that shares the count (PostgreSQL's takeRate) replaces it.
 */

/** Whether a request may go on, and otherwise how many seconds to wait (for Retry-After). */
export type RateDecision = { ok: true } | { ok: false; retryAfter: number };

export interface RateLimiter {
  /** Takes a token for `key` (in memory at once; in the database, a promise). */
  take(key: string): RateDecision | Promise<RateDecision>;
}

/**
 * @param perMinute submissions a minute per client; 0 turns the limit off
 * @param now milliseconds, for tests
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = perMinute / 60_000;
  let lastSweep = now();

  /** Forgets buckets that have refilled completely (at most once a minute). */
  function sweep(time: number) {
    if (time - lastSweep < 60_000) return;
    lastSweep = time;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * ratePerMs >= perMinute) buckets.delete(key);
    }
  }

  return {
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
