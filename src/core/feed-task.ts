/**
 * Loading the plan feed, as a reactive controller shaped like @lit/task's
 * Task: the same `TaskStatus` (initial, pending, complete, error), `value`
 * and `error`, run again when the host's `src`, `feed` or `timeout`
 * changes, the newest run winning. Built on the shared loader and
 * not on Task itself, for two measured reasons (see the README, "Size"):
 * Task costs 0.9 kB gzip in the bundle, and half of what a widget needs
 * would work around it:
 *
 * - a feed given as an object (`.feed`), and no source at all, are known at
 *   once: a Task settles a microtask later, so its pending render would show
 *   "loading" first and replace the content (and the focus in it) on every
 *   new `.feed`;
 * - `loadComplete` settles once the current load has finished and its result
 *   is rendered, for hosts and tests (Task's `taskComplete` never settles
 *   when a run ends without a source);
 * - a failure is the error, a typed `FeedError`;
 * - a widget taken off the page while loading lets go of the request (the
 *   loader aborts it when its last reader leaves) and loads again once back
 *   on the page: a content system moving blocks around still ends with the
 *   feed shown;
 * - `retry()` loads again skipping what the page already has ("Reintentar");
 * - the copy of the feed kept on this device from an earlier visit is the
 *   value at once (COMPLETE) while the fresh feed loads, and stays when the
 *   refresh fails; `stored` says so, for the notice with its date.
 */
import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanFeed } from '../shared/feed-schema.js';
import { acceptFeed, type FeedError, type FeedResult, loadFeed, type StoredCopy } from './feed-loader.js';

export { TaskStatus };

/** What the controller reads from its host: the feed properties every widget has. */
export interface FeedSource {
  /** URL of the plan feed. */
  src?: string;
  /** The plan feed as an object; it wins over `src`. */
  feed?: unknown;
  /** Milliseconds to wait for the feed. */
  timeout: number;
}

/**
 * The copy kept on this device, when it is the value: when it was saved, and
 * where the check with the server stands: "checking", "failed" (with the
 * error), or "current" (the server confirmed or replaced it).
 */
export interface StoredView {
  savedAt: number;
  check: 'checking' | 'failed' | 'current';
  error?: FeedError;
  /**
   * Whether the notice is on screen: at once when the refresh failed, after
   * STORED_NOTICE_DELAY while the check is slow (a quick check shows the
   * copy without a flash of text). Once shown it stays, its words changing,
   * so the page does not jump when the check ends.
   */
  visible: boolean;
}

/** How long a check may take before the stored copy's notice (and its date) appears. */
export const STORED_NOTICE_DELAY = 1000;

/** Where the feed stands. */
interface FeedState {
  status: TaskStatus;
  /** The feed; kept while a newer load is pending. */
  value?: PlanFeed;
  error?: FeedError;
  /** The value is, or was until now, the copy kept on this device. */
  stored?: StoredView;
}

function settled(result: FeedResult, shown?: StoredView): FeedState {
  if (!result.ok) return { status: TaskStatus.ERROR, error: result.error };
  const { feed, stale } = result;
  if (stale) {
    return {
      status: TaskStatus.COMPLETE,
      value: feed,
      stored: { savedAt: stale.savedAt, check: 'failed', error: stale.error, visible: true },
    };
  }
  // A notice already on screen says the data is current now; none appears otherwise.
  const stored: StoredView | undefined = shown?.visible ? { ...shown, check: 'current', error: undefined } : undefined;
  return { status: TaskStatus.COMPLETE, value: feed, stored };
}

/** The plan feed of a widget, from its `src` or its `feed`. */
export class FeedTask implements ReactiveController {
  readonly #host: ReactiveControllerHost & FeedSource;
  #state: FeedState = { status: TaskStatus.INITIAL };
  /** The host's feed properties as the current run read them. */
  #args: Partial<FeedSource> = {};
  /** Counts runs: a run whose number is not the last one is dropped. */
  #runs = 0;
  #running?: Promise<void>;
  /** Stops the request the current run waits for (a newer run, or the host leaving the page). */
  #attempt?: AbortController;

  constructor(host: ReactiveControllerHost & FeedSource) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The state, for the host's current `src`, `feed` and `timeout`: asking
   * first starts the run a change calls for, so the host's willUpdate (which
   * runs before the controllers' hostUpdate) already sees a new `.feed`.
   */
  #current(): FeedState {
    const { src, feed, timeout } = this.#host;
    const args = this.#args;
    if (src !== args.src || feed !== args.feed || timeout !== args.timeout) {
      this.#args = { src, feed, timeout };
      this.#running = this.#run(false);
    }
    return this.#state;
  }

  /** INITIAL (no source), PENDING, COMPLETE or ERROR, as @lit/task's `TaskStatus`. */
  get status(): TaskStatus {
    return this.#current().status;
  }

  /** The feed once loaded and valid; kept while a newer load is pending, undefined without a source or after a failure. */
  get value(): PlanFeed | undefined {
    return this.#current().value;
  }

  /** Why the feed could not be shown, when the status is ERROR. */
  get error(): FeedError | undefined {
    return this.#current().error;
  }

  /** The copy kept on this device, when it is the value (or was, and its notice is on screen). */
  get stored(): StoredView | undefined {
    return this.#current().stored;
  }

  /** Loads again, skipping what the page already has. */
  retry(): void {
    this.#running = this.#run(true);
    this.#host.requestUpdate();
  }

  /**
   * Settles once the current load has finished and its result is rendered
   * (the feed, an error, or the missing source). A load that starts
   * meanwhile (a new `src`, a retry) is waited for too.
   */
  get loadComplete(): Promise<void> {
    return (async () => {
      let running: Promise<void> | undefined;
      do {
        // The update that sees a new src is the one that starts its run.
        await this.#host.updateComplete;
        running = this.#running;
        await running;
      } while (running !== this.#running);
      await this.#host.updateComplete;
    })();
  }

  hostConnected(): void {
    // Moved while loading (removed, then inserted elsewhere): leaving gave the load up; start it again.
    const waiting = this.#state.status === TaskStatus.PENDING || this.#state.stored?.check === 'checking';
    if (waiting && this.#attempt?.signal.aborted) this.#running = this.#run(false);
  }

  hostDisconnected(): void {
    this.#attempt?.abort();
  }

  /** Before each render: a new src, feed or timeout starts a run, which says at once what to render. */
  hostUpdate(): void {
    this.#current();
  }

  async #run(reload: boolean): Promise<void> {
    const run = ++this.#runs;
    // The previous run lets go of its request.
    this.#attempt?.abort();
    const { src, feed, timeout } = this.#args;
    if (feed !== undefined && feed !== null) {
      this.#state = settled(acceptFeed(feed));
      return;
    }
    if (!src) {
      this.#state = { status: TaskStatus.INITIAL };
      return;
    }
    const { stored } = this.#state;
    // Trying again from the stored copy's notice keeps the copy on screen while the server is asked again.
    this.#state =
      stored && this.#state.status === TaskStatus.COMPLETE
        ? { ...this.#state, stored: { ...stored, check: 'checking', error: undefined } }
        : { ...this.#state, status: TaskStatus.PENDING, stored: undefined };
    const attempt = (this.#attempt = new AbortController());
    const current = () => run === this.#runs && !attempt.signal.aborted;
    const onStoredCopy = (copy: StoredCopy) => {
      if (!current() || this.#state.status === TaskStatus.COMPLETE) return;
      this.#state = {
        status: TaskStatus.COMPLETE,
        value: copy.feed,
        stored: { savedAt: copy.savedAt, check: 'checking', visible: false },
      };
      setTimeout(() => {
        const shown = this.#state.stored;
        if (!current() || shown?.check !== 'checking' || shown.visible) return;
        this.#state = { ...this.#state, stored: { ...shown, visible: true } };
        this.#host.requestUpdate();
      }, STORED_NOTICE_DELAY);
      this.#host.requestUpdate();
    };
    const result = await loadFeed(src, { timeout, reload, signal: attempt.signal, onStoredCopy });
    // A newer run (another src, a retry) wins, and a load given up by a widget leaving the page
    // waits for it to come back: either way this result is dropped.
    if (!current()) return;
    this.#state = settled(result, this.#state.stored);
    this.#host.requestUpdate();
  }
}
