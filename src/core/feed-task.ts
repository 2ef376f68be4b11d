/**
 * Loading the plan feed, as a reactive controller: @lit/task's Task runs the
 * shared loader whenever the host's `src` or `timeout` changes, so its
 * status (initial, pending, complete, error), its abort signal and its
 * "newest run wins" come from Lit. On top of it, this controller adds what a
 * widget on a public page needs:
 *
 * - a feed given as an object (`.feed`) is validated at once, and no
 *   source at all is known at once: a Task settles a microtask later, so
 *   its pending render would show "loading" first, and replace the content
 *   (and the focus in it) on every new `.feed`;
 * - a failure is the task's error, a typed `FeedError`; no source is its
 *   initial state;
 * - a widget taken off the page while loading lets go of the request (the
 *   loader aborts it when its last reader leaves) and, once back on the
 *   page, loads again: a content system moving blocks around still ends
 *   with the feed shown;
 * - `retry()` loads again skipping what the page already has ("Reintentar");
 * - `loadComplete` settles once the current load has finished and its result
 *   is rendered, for hosts and tests.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanFeed } from '../shared/feed-schema.js';
import { acceptFeed, type FeedError, type FeedResult, loadFeed } from './feed-loader.js';

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

/** What to render in each state, as in Task's `render()`: every state has its template. */
export interface FeedRenderer<T> {
  /** No source: neither `src` nor `feed`. */
  initial: () => T;
  /** The feed is loading. */
  pending: () => T;
  /** The feed, loaded and valid. */
  complete: (feed: PlanFeed) => T;
  /** The feed could not be loaded, or is not valid. */
  error: (error: FeedError) => T;
}

const feedOf = (result: FeedResult): PlanFeed => {
  if (!result.ok) throw result.error;
  return result.feed;
};

/** The plan feed of a widget, from its `src` or its `feed`. */
export class FeedTask implements ReactiveController {
  private readonly host: ReactiveControllerHost & FeedSource;
  private readonly task: Task<readonly [src: string | undefined, timeout: number], PlanFeed>;
  /** The task's current run, until it settles. */
  private running?: Promise<unknown>;
  /** The next run skips what the page already loaded. */
  private reload = false;
  /** The `.feed` last validated, and what validation said. */
  private given?: { feed: unknown; result: FeedResult };
  private connected = false;
  /** Stops the request the host waits for, when it leaves the page. */
  private attempt?: AbortController;
  /** Runs waiting for the host to come back to the page. */
  private readonly waiting = new Set<() => void>();

  constructor(host: ReactiveControllerHost & FeedSource) {
    this.host = host;
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, timeout], { signal }) => (this.running = this.load(src, timeout, signal)),
      // A feed given as an object needs no request: the task then rests, and stops any load in flight.
      args: () => [host.feed === undefined || host.feed === null ? host.src : undefined, host.timeout] as const,
      // At rest until there is a src (status() says INITIAL): a first run only to find no src would
      // cost every widget without one an update.
      initialValue: undefined,
    });
  }

  /** The feed given as an object, validated once per object. */
  private get accepted(): FeedResult | undefined {
    const { feed } = this.host;
    if (feed === undefined || feed === null) return undefined;
    if (this.given?.feed !== feed) this.given = { feed, result: acceptFeed(feed) };
    return this.given.result;
  }

  /**
   * INITIAL (no source), PENDING, COMPLETE or ERROR, as @lit/task's
   * `TaskStatus`. A feed given as an object, or none at all, is known at
   * once; only a `src` waits for the task.
   */
  get status(): TaskStatus {
    const accepted = this.accepted;
    if (accepted) return accepted.ok ? TaskStatus.COMPLETE : TaskStatus.ERROR;
    return this.host.src ? this.task.status : TaskStatus.INITIAL;
  }

  /** The feed once loaded and valid; kept while a newer load is pending, undefined without a source or after a failure. */
  get value(): PlanFeed | undefined {
    const accepted = this.accepted;
    if (accepted) return accepted.ok ? accepted.feed : undefined;
    return this.status === TaskStatus.INITIAL ? undefined : this.task.value;
  }

  /** Why the feed could not be shown, when the status is ERROR. */
  get error(): FeedError | undefined {
    const accepted = this.accepted;
    if (accepted) return accepted.ok ? undefined : accepted.error;
    return this.status === TaskStatus.ERROR ? (this.task.error as FeedError) : undefined;
  }

  /** The template for the current state. */
  render<T>(renderer: FeedRenderer<T>): T {
    switch (this.status) {
      case TaskStatus.INITIAL:
        return renderer.initial();
      case TaskStatus.PENDING:
        return renderer.pending();
      case TaskStatus.COMPLETE:
        return renderer.complete(this.value!);
      default:
        return renderer.error(this.error!);
    }
  }

  /** Loads again, skipping what the page already has. */
  retry(): void {
    this.reload = true;
    void this.task.run();
  }

  /**
   * Settles once the current load has finished and its result is rendered
   * (the feed, an error, or the missing source). A load that starts
   * meanwhile (a new `src`, a retry) is waited for too. A widget taken off
   * the page while loading settles once it is back and has loaded.
   */
  get loadComplete(): Promise<void> {
    return (async () => {
      let running: Promise<unknown> | undefined;
      do {
        // The update that sees a new src is the one that starts its run.
        await this.host.updateComplete;
        running = this.running;
        // Task handles the result first (it awaited the run first), then asks for the update awaited below.
        await running?.catch(() => undefined);
      } while (running !== this.running);
      await this.host.updateComplete;
    })();
  }

  hostConnected(): void {
    this.connected = true;
    for (const resume of this.waiting) resume();
    this.waiting.clear();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.attempt?.abort();
  }

  private async load(
    src: string | undefined,
    timeout: number,
    signal: AbortSignal,
  ): Promise<PlanFeed | typeof initialState> {
    const reload = this.reload;
    this.reload = false;
    if (!src) return initialState;
    for (;;) {
      if (!this.connected) await this.backOnPage(signal);
      // One signal for both ways of giving up: a newer run (the task's signal), or leaving the page.
      const attempt = (this.attempt = new AbortController());
      const abort = () => attempt.abort();
      signal.addEventListener('abort', abort, { once: true });
      const result = await loadFeed(src, { timeout, reload, signal: attempt.signal });
      signal.removeEventListener('abort', abort);
      // Aborted because a newer run started: Task drops this run's outcome, whatever it is.
      if (result.ok || result.error.kind !== 'aborted' || signal.aborted) return feedOf(result);
      // Taken off the page while loading: load again once back.
    }
  }

  private backOnPage(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.add(resolve);
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}
