/**
 * What the receiver's tests share: a receiver on a free port with its own
 * empty store, a valid submission, and a poster.
 *
 * Every suite runs once per store: SQLite (a temporary folder) always, and
 * PostgreSQL (a new database on the cluster of FEEDBACK_TEST_DATABASE_URL,
 * dropped afterwards) when that variable is set, as scripts/test-postgres.sh
 * and CI set it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createServer } from '../../src/server/index.js';

export type Receiver = Awaited<ReturnType<typeof createServer>>;
export type ReceiverOptions = NonNullable<Parameters<typeof createServer>[0]>;

export type StoreKind = 'sqlite' | 'postgres';

const TEST_DATABASE_URL = process.env.FEEDBACK_TEST_DATABASE_URL;

/** The stores every suite runs against. */
export const STORE_KINDS: readonly StoreKind[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** An empty store: the receiver's options and environment variables for it, and how to throw it away. */
export interface Storage {
  kind: StoreKind;
  options: Pick<ReceiverOptions, 'dataDir' | 'databaseUrl'>;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

export interface Running {
  receiver: Receiver;
  url: string;
  storage: Storage;
  stop: () => Promise<void>;
}

export function tempDir(prefix = 'ogp-feedback-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

async function onTestCluster(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty store of this kind. */
export async function freshStorage(kind: StoreKind): Promise<Storage> {
  if (kind === 'sqlite') {
    const dataDir = tempDir();
    return {
      kind,
      options: { dataDir },
      env: { FEEDBACK_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!TEST_DATABASE_URL) throw new Error('FEEDBACK_TEST_DATABASE_URL is not set');
  const name = `ogp_test_${randomBytes(6).toString('hex')}`;
  await onTestCluster(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    options: { databaseUrl: url.toString() },
    env: { FEEDBACK_DATABASE_URL: url.toString() },
    drop: () => onTestCluster(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Starts a receiver on 127.0.0.1 and a free port, on a new store of `kind` unless `options` name one. */
export async function startReceiver(options: ReceiverOptions = {}, kind: StoreKind = 'sqlite'): Promise<Running> {
  const own = options.dataDir || options.databaseUrl || options.store ? undefined : await freshStorage(kind);
  const storage: Storage = own ?? {
    kind,
    options: { dataDir: options.dataDir, databaseUrl: options.databaseUrl },
    env: {},
    drop: async () => {},
  };
  const receiver = await createServer({ rateLimit: 0, ...storage.options, ...options });
  const { url } = await receiver.listen(0, '127.0.0.1');
  return {
    receiver,
    url,
    storage,
    stop: async () => {
      await receiver.close(1000);
      await storage.drop();
    },
  };
}

/** A valid submission with a new id. */
export function submission(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'comment',
    message: 'Me gustaría ver el avance del presupuesto participativo de mi comuna.',
    consent: { given: true, version: '2026-11', at: '2026-11-27T15:04:05.000Z' },
    locale: 'es',
    planId: 'medellin-2025-2027',
    pageUrl: 'https://www.medellin.gov.co/plan',
    createdAt: '2026-11-27T15:04:09.000Z',
    website: '',
    ...extra,
  };
}

/** Posts a submission the way the widget does (key header = body id unless told otherwise). */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: any }> {
  const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  const response = await fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof id === 'string' ? { 'Idempotency-Key': id } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

/**
 * Everything a store keeps on disk, as text to search: SQLite's file and its
 * WAL, byte for byte (what a deletion must wipe); PostgreSQL's rows, as
 * every query sees them.
 */
export async function storedText(storage: Storage): Promise<string> {
  if (storage.options.dataDir) {
    const file = join(storage.options.dataDir, 'feedback.sqlite');
    return [file, `${file}-wal`]
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('');
  }
  const client = new pg.Client({ connectionString: storage.options.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string | null }>(
      'SELECT string_agg(t::text, chr(10)) AS text FROM feedback_submissions t',
    );
    return rows[0]?.text ?? '';
  } finally {
    await client.end();
  }
}
