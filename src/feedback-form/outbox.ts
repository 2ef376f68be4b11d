/**
 * The outbox: submissions that have not reached the receiver yet, kept in
 * the browser until they do. One outbox per page, shared by every
 * `<ogp-feedback-form>` on it.
 *
 * - Every submission is stored before its first attempt, so closing the tab
 *   mid-request loses nothing; it is removed on a 2xx.
 * - A network failure, a timeout, 408, 425, 429 or a 5xx keeps it, and it is
 *   tried again with exponential backoff and jitter (honoring Retry-After),
 *   when the browser comes back online, when the page becomes visible, and on
 *   the next load of any page with the widget.
 * - Any other 4xx will never succeed: the item is handed to a form on the
 *   page, which puts the text back for the person; with no form to take it,
 *   it is parked until one does.
 * - A later 2xx is handed to the form that shows the item; with none yet (a
 *   reloaded page whose form still waits for its feed), its receipt is kept
 *   for this page's first form for that endpoint, which gives the reference.
 * - Storage: IndexedDB; localStorage (one key per item) where IndexedDB is
 *   missing or fails; memory as the last resort.
 * - Two tabs never send the same item at once (a Web Lock per item, where
 *   the browser has Web Locks); the receiver's idempotency makes a second
 *   delivery harmless anyway.
 *
 * This module is the queue: when to try, under which lock, and what to tell
 * the page. One attempt is `outbox-delivery.ts`; where items are kept is
 * `outbox-storage.ts`.
 */
import { Claims } from './claims.js';
import {
  type DeliveryResult,
  deliver,
  type Envelope,
  type Failed,
  type Refused,
  type Sent,
} from './outbox-delivery.js';
import { type OutboxItem, type OutboxStorage, openStorage, type StorageKind } from './outbox-storage.js';

const LOCK_PREFIX = 'ogp-plan-widgets:feedback:';

/**
 * An answer that settles an item, got on an attempt the outbox made on its
 * own (`submit` answers the first one). A form that takes it calls
 * `preventDefault()`.
 */
export class OutboxEvent<Result extends DeliveryResult = DeliveryResult> extends Event {
  constructor(
    type: keyof OutboxEventMap,
    readonly detail: { item: OutboxItem; result: Result },
  ) {
    super(type, { cancelable: true });
  }
}

/** A delivery no form on the page took yet: what a form needs to give the person the reference. */
export interface Receipt {
  id: string;
  endpoint: string;
  queuedAt: number;
  reference: string;
}

export interface OutboxEventMap {
  /**
   * A 2xx: the item is gone from the outbox. Cancelable: a form that shows
   * the item calls `preventDefault()`; otherwise the receipt is kept for
   * `takeReceipts`.
   */
  delivered: OutboxEvent<Sent>;
  /**
   * A 4xx; cancelable: a form that takes the item back calls
   * `preventDefault()`, otherwise the item is parked for a form to take later.
   */
  rejected: OutboxEvent<Refused>;
}

/** An EventTarget whose listeners know the type of each of its events (as the DOM's own interfaces do). */
interface OutboxTarget extends EventTarget {
  addEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: (event: OutboxEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof OutboxEventMap>(type: K, listener: (event: OutboxEventMap[K]) => void): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void;
}
const OutboxTarget = EventTarget as new () => OutboxTarget;

export interface OutboxOptions {
  /** Where to keep items: the best available by default. */
  storage?: StorageKind | 'auto';
}

export class Outbox extends OutboxTarget {
  /** The first retry waits about this long (milliseconds); each next one twice as long. */
  baseDelay = 5_000;
  /** The longest wait between two attempts (milliseconds), unless Retry-After asks for more. */
  maxDelay = 60 * 60 * 1000;
  /** How long one attempt may take before it counts as failed (milliseconds). */
  timeout = 15_000;
  /** The forms on the page, and what each of them answers for. */
  readonly claims = new Claims();
  /** When this page's outbox began: items queued before were left by an earlier page. */
  readonly openedAt = Date.now();

  private readonly storage: Promise<OutboxStorage>;
  /** Items kept here when the storage failed to write them (lost on reload, but still retried). */
  private readonly spare = new Map<string, OutboxItem>();
  private readonly sending = new Set<string>();
  /** Deliveries no form took yet (in this page's memory: the reference is for the person in front of it). */
  private receipts: Receipt[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer?: ReturnType<typeof setTimeout>;
  private started = false;

  constructor(options: OutboxOptions = {}) {
    super();
    this.storage = openStorage(options.storage ?? 'auto');
  }

  /** Which storage holds the items. */
  async storageKind(): Promise<StorageKind> {
    return (await this.storage).kind;
  }

  /**
   * Starts working for the page: listens for `online` and for the page
   * becoming visible, and sends whatever an earlier page left behind.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisible);
    void this.flush(true);
  }

  /** Stops listening and forgets its timer; the stored items stay. */
  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisible);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onOnline = () => void this.flush(true);
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush(false);
  };

  /**
   * Stores a new submission, then sends it once. On a failure it stays
   * stored and is retried by itself; on a 2xx or a 4xx it is removed and the
   * caller handles the answer.
   */
  async submit(envelope: Envelope): Promise<DeliveryResult> {
    const now = Date.now();
    const item: OutboxItem = { ...envelope, attempts: 0, nextAttemptAt: now, queuedAt: now };
    await this.write(item);
    // Only a concurrent attempt on the same id returns nothing; ids are new, so this is a failure to report.
    const result = (await this.attempt(item.id, true)) ?? { kind: 'failed' };
    // Kept only in this page's memory (the browser lets us store nothing): lost if the page closes.
    if (result.kind === 'failed') result.volatile = (await this.storage).kind === 'memory' || this.spare.has(item.id);
    return result;
  }

  /**
   * Sends the items that are due (all of them with `force`), side by side,
   * so a receiver that hangs does not hold back the others. Flushes never
   * overlap; a call during one runs after it.
   */
  flush(force = false): Promise<void> {
    // A failed flush (storage trouble) must not stop the next ones.
    this.flushing = this.flushing.then(() => this.runFlush(force)).catch(() => undefined);
    return this.flushing;
  }

  /** Every item waiting, parked ones included. */
  async items(): Promise<OutboxItem[]> {
    const stored = await (await this.storage).all().catch(() => []);
    const ids = new Set(stored.map((item) => item.id));
    return [...stored, ...[...this.spare.values()].filter((item) => !ids.has(item.id))];
  }

  /** Takes the receipts of deliveries to `endpoint` that no form has shown yet. */
  takeReceipts(endpoint: string): Receipt[] {
    const taken = this.receipts.filter((receipt) => receipt.endpoint === endpoint);
    this.receipts = this.receipts.filter((receipt) => receipt.endpoint !== endpoint);
    return taken;
  }

  /** Takes back (and removes) the oldest item the receiver at `endpoint` refused, if any. */
  async takeRejected(endpoint: string): Promise<OutboxItem | undefined> {
    const parked = (await this.items())
      .filter((item) => item.rejected && item.endpoint === endpoint)
      .sort((a, b) => a.queuedAt - b.queuedAt)[0];
    if (parked) await this.remove(parked.id);
    return parked;
  }

  private async runFlush(force: boolean): Promise<void> {
    const now = Date.now();
    const due = (await this.items())
      .filter((item) => !item.rejected && (force || item.nextAttemptAt <= now))
      .sort((a, b) => a.queuedAt - b.queuedAt);
    // One at a time, oldest first: messages reach the receiver, and refusals reach the page, in the order they were written.
    for (const item of due) await this.attempt(item.id, false);
    await this.schedule();
  }

  /** One attempt at one item, under its lock. Undefined when another attempt holds it or it is gone. */
  private async attempt(id: string, fromSubmit: boolean): Promise<DeliveryResult | undefined> {
    if (this.sending.has(id)) return undefined;
    this.sending.add(id);
    try {
      return await withLock(id, async () => {
        // Read it again: another tab may have delivered it meanwhile.
        const item = await this.read(id);
        if (!item || item.rejected) return undefined;
        const result = await deliver(item, this.timeout);
        if (result.kind === 'sent') {
          await this.remove(id);
          if (!fromSubmit && this.dispatchEvent(new OutboxEvent('delivered', { item, result }))) {
            const { endpoint, queuedAt } = item;
            this.receipts.push({ id, endpoint, queuedAt, reference: result.reference });
          }
        } else if (result.kind === 'rejected') {
          const { kind: _kind, ...rejection } = result;
          const claimed = fromSubmit || !this.dispatchEvent(new OutboxEvent('rejected', { item, result }));
          if (claimed) await this.remove(id);
          else await this.write({ ...item, rejected: rejection });
        } else {
          const attempts = item.attempts + 1;
          await this.write({ ...item, attempts, nextAttemptAt: Date.now() + this.delay(attempts, result) });
          await this.schedule();
        }
        return result;
      });
    } finally {
      this.sending.delete(id);
    }
  }

  /** Exponential backoff with "equal jitter": between half and all of base × 2^(n−1), at most maxDelay. */
  private delay(attempts: number, result: Failed): number {
    const ceiling = Math.min(this.maxDelay, this.baseDelay * 2 ** Math.min(attempts - 1, 30));
    const jittered = ceiling / 2 + Math.random() * (ceiling / 2);
    const asked = (result.retryAfter ?? 0) * 1000;
    return Math.max(jittered, Math.min(asked, 24 * 60 * 60 * 1000));
  }

  /** Sets one timer for the next item that falls due. */
  private async schedule(): Promise<void> {
    const waiting = this.started ? (await this.items()).filter((item) => !item.rejected) : [];
    // Cleared after the await, so calls that overlap leave one timer, not two.
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.started || waiting.length === 0) return;
    const next = Math.min(...waiting.map((item) => item.nextAttemptAt));
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.flush(false);
      },
      Math.max(0, next - Date.now()),
    );
  }

  private async read(id: string): Promise<OutboxItem | undefined> {
    return (await this.items()).find((item) => item.id === id);
  }

  private async write(item: OutboxItem): Promise<void> {
    try {
      await (await this.storage).put(item);
      this.spare.delete(item.id);
    } catch {
      this.spare.set(item.id, item);
    }
  }

  private async remove(id: string): Promise<void> {
    this.spare.delete(id);
    await (await this.storage).delete(id).catch(() => undefined);
  }
}

/**
 * Runs `task` holding the item's Web Lock, or answers undefined when another
 * tab holds it. Where locks are refused (an opaque origin: a sandboxed frame)
 * it runs without one; `task` never rejects, so it never runs twice.
 */
async function withLock<T>(id: string, task: () => Promise<T>): Promise<T | undefined> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => (lock ? task() : undefined)).catch(task);
}

let pageOutbox: Outbox | undefined;

/** The page's outbox, started on first use (which sends what earlier pages left behind). */
export function getOutbox(): Outbox {
  if (!pageOutbox) {
    pageOutbox = new Outbox();
    pageOutbox.start();
  }
  return pageOutbox;
}

/**
 * Forgets this page's outbox (stops its listeners and timer; the stored
 * items stay). The next `getOutbox()` starts a new one, as a new page load
 * would. For tests and for hosts that swap pages without reloading.
 */
export function resetOutbox(): void {
  pageOutbox?.stop();
  pageOutbox = undefined;
}
