/**
 * The retention period (FEEDBACK_RETENTION_DAYS): submissions received
 * longer ago are deleted, for real, at start and then every hour. Off (0)
 * by default: the city's data-treatment policy decides how long to keep.
 */
import type { FeedbackStore } from './store.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Deletes what is past the period now, then hourly; `stop` ends the schedule. */
export async function startRetention(
  store: FeedbackStore,
  days: number,
  log: (line: string) => void,
  now: () => number = Date.now,
): Promise<{ stop: () => void }> {
  if (!(days > 0)) return { stop: () => {} };
  const purge = async () => {
    const removed = await store.removeReceivedBefore(new Date(now() - days * DAY));
    if (removed > 0) log(JSON.stringify({ event: 'retention', removed, days }));
  };
  await purge();
  const timer = setInterval(() => {
    purge().catch((error: unknown) =>
      log(JSON.stringify({ level: 'error', event: 'retention', error: String((error as Error).message ?? error) })),
    );
  }, HOUR);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
