/**
 * Where the outbox keeps its items, behind one small interface: IndexedDB;
 * localStorage (one key per item) where IndexedDB is missing or fails;
 * memory as the last resort.
 */
import type { Envelope, Rejection } from './outbox-delivery.js';

export interface OutboxItem extends Envelope {
  attempts: number;
  /** When the next attempt is due (milliseconds since the epoch). */
  nextAttemptAt: number;
  queuedAt: number;
  /** Set when the receiver refused it (4xx) and no form has taken it back yet. */
  rejected?: Rejection;
}

export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

export interface OutboxStorage {
  readonly kind: StorageKind;
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'ogp-plan-widgets';
const STORE_NAME = 'feedback-outbox';
const LOCAL_PREFIX = 'ogp-plan-widgets:feedback-outbox:';

/** The storage of that kind, or the next best one that works ('auto': the best available). */
export async function openStorage(kind: StorageKind | 'auto'): Promise<OutboxStorage> {
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
