/**
 * Waiting for a database that another process holds, without holding the
 * event loop: a synchronous call that finds the database busy is tried
 * again after a pause on a timer, while the receiver answers other requests.
 */

/** The database stayed busy past the wait: the receiver answers 503 and the widget tries again later. */
export class StoreBusyError extends Error {
  constructor(cause: unknown) {
    super('The database stayed busy (another process holds its write lock).', { cause });
    this.name = 'StoreBusyError';
  }
}

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code));

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY or SQLITE_LOCKED:
 * pauses of 5 ms, doubling up to 100 ms, for `waitMs` in all (the 5 s that
 * the synchronous busy timeout waited before).
 */
export async function retryWhileBusy<T>(attempt: () => T, waitMs = 5_000): Promise<T> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() - started >= waitMs) throw new StoreBusyError(error);
    }
    await new Promise((resume) => setTimeout(resume, pause));
  }
}
