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
 * - Storage: IndexedDB; localStorage (one key per item) where IndexedDB is
 *   missing or fails; memory as the last resort.
 * - Two tabs never send the same item at once (a Web Lock per item, where
 *   the browser has Web Locks); the receiver's idempotency makes a second
 *   delivery harmless anyway.
 */
import { isRetryableStatus } from '../shared/feedback-schema.js';

export interface OutboxItem {
  /** The submission's UUID, also its Idempotency-Key. */
  id: string;
  /** Absolute URL of the receiver. */
  endpoint: string;
  /** The JSON body, sent byte for byte the same on every attempt. */
  body: string;
  attempts: number;
  /** When the next attempt is due (milliseconds since the epoch). */
  nextAttemptAt: number;
  queuedAt: number;
  /** Set when the receiver refused it (4xx) and no form has taken it back yet. */
  rejected?: Rejection;
}

export interface Rejection {
  status: number;
  /** The receiver's `message`, if its answer had one. */
  message?: string;
  /** The language of that message (the answer's Content-Language). */
  lang?: string;
}

export type DeliveryResult =
  | { kind: 'sent'; status: number; reference: string }
  | ({ kind: 'rejected' } & Rejection)
  | { kind: 'failed'; status?: number; retryAfter?: number; volatile?: boolean };

/** Events the outbox fires (on itself) after attempts it made on its own. */
export interface OutboxEventDetail {
  item: OutboxItem;
  result: DeliveryResult;
}

/**
 * `delivered` after a 2xx; `retrying` after a failure (the item stays);
 * `rejected` after a 4xx, cancelable: a form that takes the item back calls
 * `preventDefault()`, otherwise the item is parked for a form to take later.
 */
export type OutboxEventType = 'delivered' | 'retrying' | 'rejected';

export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

interface OutboxStorage {
  readonly kind: StorageKind;
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'ogp-plan-widgets';
const STORE_NAME = 'feedback-outbox';
const LOCAL_PREFIX = 'ogp-plan-widgets:feedback-outbox:';
const LOCK_PREFIX = 'ogp-plan-widgets:feedback:';

/** Sends one submission. Never rejects. */
export async function deliver(
  item: Pick<OutboxItem, 'id' | 'endpoint' | 'body'>,
  timeout: number,
): Promise<DeliveryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response: Response;
  let json: unknown;
  try {
    response = await fetch(item.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.id, Accept: 'application/json' },
      body: item.body,
      // The receiver needs no cookies; sending none keeps the request simple and private.
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    // An answer that is not JSON (or cut short by the timeout) still has its status.
    json = await response.json().catch(() => undefined);
  } catch {
    return { kind: 'failed' };
  } finally {
    clearTimeout(timer);
  }
  const field = (name: string): string | undefined => {
    const value = (json as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const status = response.status;
  const header = (name: string) => response.headers.get(name);
  const reference = field('reference');
  if (response.ok && (reference || !response.redirected)) {
    return { kind: 'sent', status, reference: reference?.slice(0, 100) ?? item.id };
  }
  // A 2xx without a reference after a redirect is some page the POST became a GET for: nothing was received.
  if (response.ok || isRetryableStatus(status)) {
    return { kind: 'failed', status, retryAfter: parseRetryAfter(header('Retry-After')) };
  }
  const message = field('message')?.slice(0, 1000);
  // The language of the receiver's message, when it gave one ("es_CO", as some servers write it, is es-CO).
  const lang = (message && header('Content-Language')?.split(',')[0]?.trim().replace('_', '-')) || undefined;
  return { kind: 'rejected', status, ...(message ? { message } : {}), ...(lang ? { lang } : {}) };
}

/** Retry-After in seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** A UUID v4, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Each 0, 1 and 8 of the template becomes a random hex digit; the 8 only 8 to b (the variant), the 4 stays (v4).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16),
  );
}

export interface OutboxOptions {
  /** Where to keep items: the best available by default. */
  storage?: StorageKind | 'auto';
}

export class Outbox extends EventTarget {
  /** The first retry waits about this long (milliseconds); each next one twice as long. */
  baseDelay = 5_000;
  /** The longest wait between two attempts (milliseconds), unless Retry-After asks for more. */
  maxDelay = 60 * 60 * 1000;
  /** How long one attempt may take before it counts as failed (milliseconds). */
  timeout = 15_000;

  private readonly storage: Promise<OutboxStorage>;
  /** Items kept here when the storage failed to write them (lost on reload, but still retried). */
  private readonly spare = new Map<string, OutboxItem>();
  private readonly sending = new Set<string>();
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
  async submit(input: Pick<OutboxItem, 'id' | 'endpoint' | 'body'>): Promise<DeliveryResult> {
    const now = Date.now();
    const item: OutboxItem = { ...input, attempts: 0, nextAttemptAt: now, queuedAt: now };
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
    await Promise.all(due.map((item) => this.attempt(item.id, false)));
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
          if (!fromSubmit) this.emit('delivered', item, result);
        } else if (result.kind === 'rejected') {
          const { kind: _kind, ...rejection } = result;
          const claimed = fromSubmit || !this.emit('rejected', item, result);
          if (claimed) await this.remove(id);
          else await this.write({ ...item, rejected: rejection });
        } else {
          const attempts = item.attempts + 1;
          const retry: OutboxItem = { ...item, attempts, nextAttemptAt: Date.now() + this.delay(attempts, result) };
          await this.write(retry);
          if (!fromSubmit) this.emit('retrying', retry, result);
          await this.schedule();
        }
        return result;
      });
    } finally {
      this.sending.delete(id);
    }
  }

  /** Exponential backoff with "equal jitter": between half and all of base × 2^(n−1), at most maxDelay. */
  private delay(attempts: number, result: { retryAfter?: number }): number {
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

  /** Fires an outbox event; answers false when a listener canceled it. */
  private emit(type: OutboxEventType, item: OutboxItem, result: DeliveryResult): boolean {
    return this.dispatchEvent(
      new CustomEvent<OutboxEventDetail>(type, { detail: { item, result }, cancelable: type === 'rejected' }),
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

async function openStorage(kind: StorageKind | 'auto'): Promise<OutboxStorage> {
  if (kind === 'auto' || kind === 'indexeddb') {
    try {
      // An open that never answers (Safari 14.1) counts as failed after 3 s.
      return await Promise.race([openIndexedDb(), new Promise<never>((_, reject) => setTimeout(reject, 3000))]);
    } catch {
      // Private windows of some browsers, or a blocked database: try the next.
    }
  }
  if (kind !== 'memory') {
    try {
      return localStorageStorage();
    } catch {
      // Storage disabled by the person or the browser.
    }
  }
  return memoryStorage();
}

/** A request's result; an open request also fails when another tab blocks it. */
function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    if (request instanceof IDBOpenDBRequest) request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

async function openIndexedDb(): Promise<OutboxStorage> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
  let connection: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => {
    if (!connection) {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE_NAME)) {
          open.result.createObjectStore(STORE_NAME, { keyPath: 'id' });
        }
      };
      connection = promised(open).then((db) => {
        // Another tab upgrading or deleting the database: step aside, and reopen when needed.
        db.onversionchange = db.onclose = () => {
          db.close();
          connection = undefined;
        };
        return db;
      });
    }
    return connection;
  };
  await database();
  const store = async (mode: IDBTransactionMode) =>
    (await database()).transaction(STORE_NAME, mode).objectStore(STORE_NAME);
  /** Makes one change, and answers once it is committed. */
  const change = async (make: (target: IDBObjectStore) => unknown) => {
    const target = await store('readwrite');
    make(target);
    const transaction = target.transaction;
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  };
  return {
    kind: 'indexeddb',
    all: async () => promised((await store('readonly')).getAll() as IDBRequest<OutboxItem[]>),
    put: (item) => change((target) => target.put(item)),
    delete: (id) => change((target) => target.delete(id)),
  };
}

/** One key per item, so two tabs never overwrite each other's list. */
function localStorageStorage(): OutboxStorage {
  const storage = window.localStorage;
  const probe = `${LOCAL_PREFIX}probe`;
  storage.setItem(probe, '1');
  storage.removeItem(probe);
  const parse = (text: string | null): OutboxItem[] => {
    try {
      const item = text ? (JSON.parse(text) as OutboxItem) : undefined;
      return item && typeof item.id === 'string' && typeof item.body === 'string' ? [item] : [];
    } catch {
      return [];
    }
  };
  return {
    kind: 'localstorage',
    all: async () =>
      Object.keys(storage).flatMap((key) => (key.startsWith(LOCAL_PREFIX) ? parse(storage.getItem(key)) : [])),
    put: async (item) => storage.setItem(`${LOCAL_PREFIX}${item.id}`, JSON.stringify(item)),
    delete: async (id) => storage.removeItem(`${LOCAL_PREFIX}${id}`),
  };
}

function memoryStorage(): OutboxStorage {
  const items = new Map<string, OutboxItem>();
  return {
    kind: 'memory',
    all: async () => [...items.values()],
    put: async (item) => void items.set(item.id, item),
    delete: async (id) => void items.delete(id),
  };
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
