/**
 * The default store: one SQLite file (better-sqlite3, an optional
 * dependency) in the data directory.
 *
 * - WAL journal: readers (the export) never block the writer.
 * - synchronous=FULL: every commit is on disk before the receiver answers
 *   201. With NORMAL, WAL survives a crash of this process but may lose the
 *   last commits on a power cut or an operating-system crash; a person who
 *   was told "received, your reference is …" must never be lost, and at a
 *   few submissions a minute the extra fsync costs nothing that matters.
 * - A UNIQUE index on the idempotency key: `INSERT … ON CONFLICT DO
 *   NOTHING` then `SELECT` gives every retry of a submission the first
 *   one's reference, even when retries race.
 *
 * better-sqlite3 is synchronous: each call holds the event loop for as long
 * as SQLite takes (microseconds, unless another process holds the write
 * lock). The methods are asynchronous anyway, as FeedbackStore asks.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';
import {
  type FeedbackStore,
  type SaveResult,
  type StoredKey,
  type StoredSubmission,
  hashSubmission,
  newReference,
} from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS submissions (
    seq INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL,
    reference TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    commitment_id TEXT,
    name TEXT,
    email TEXT,
    wants_reply INTEGER,
    territory TEXT,
    age_range TEXT,
    gender TEXT,
    consent_version TEXT NOT NULL,
    consent_at TEXT NOT NULL,
    locale TEXT NOT NULL,
    plan_id TEXT,
    page_url TEXT,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS submissions_idempotency_key ON submissions (idempotency_key);
  CREATE UNIQUE INDEX IF NOT EXISTS submissions_reference ON submissions (reference);
`;

/** A row as the page query reads it: SQLite has no booleans. */
type Row = Omit<StoredSubmission, 'wantsReply'> & { seq: number; wantsReply: number | null };

/** The named parameters of the insert: the row, under the key, with its hash and the body as received. */
type InsertRow = Omit<StoredSubmission, 'id' | 'wantsReply'> & {
  key: string;
  hash: string;
  wantsReply: number | null;
  body: string;
};

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    throw new Error(
      'The feedback receiver needs better-sqlite3 (an optional dependency). Install it with `npm install better-sqlite3`.',
      { cause: error },
    );
  }
}

function insertRow(submission: FeedbackSubmission, receivedAt: Date): Omit<InsertRow, 'reference'> {
  return {
    key: submission.id,
    hash: hashSubmission(submission),
    receivedAt: receivedAt.toISOString(),
    kind: submission.kind,
    message: submission.message,
    commitmentId: submission.commitmentId ?? null,
    name: submission.name || null,
    email: submission.email || null,
    wantsReply: submission.wantsReply === undefined ? null : Number(submission.wantsReply),
    territory: submission.profile?.territory || null,
    ageRange: submission.profile?.ageRange ?? null,
    gender: submission.profile?.gender ?? null,
    consentVersion: submission.consent.version,
    consentAt: submission.consent.at,
    locale: submission.locale,
    planId: submission.planId ?? null,
    pageUrl: submission.pageUrl ?? null,
    createdAt: submission.createdAt,
    body: JSON.stringify(submission),
  };
}

/** Opens (and creates when needed) the database `feedback.sqlite` in `dataDir`. */
export async function openSqliteStore(dataDir: string): Promise<FeedbackStore> {
  const Database = await loadDriver();
  const directory = resolve(dataDir);
  // Personal data: only the account that runs the receiver may read it.
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, 'feedback.sqlite');
  const isNew = !existsSync(file);
  const db = new Database(file);
  if (isNew) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare<InsertRow>(`
    INSERT INTO submissions (
      idempotency_key, reference, body_hash, received_at, kind, message, commitment_id, name, email,
      wants_reply, territory, age_range, gender, consent_version, consent_at, locale, plan_id, page_url,
      created_at, body
    ) VALUES (
      @key, @reference, @hash, @receivedAt, @kind, @message, @commitmentId, @name, @email,
      @wantsReply, @territory, @ageRange, @gender, @consentVersion, @consentAt, @locale, @planId, @pageUrl,
      @createdAt, @body
    )
    ON CONFLICT (idempotency_key) DO NOTHING
  `);
  const byKey = db.prepare<[string], StoredKey>(
    'SELECT reference, body_hash AS hash FROM submissions WHERE idempotency_key = ?',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions');
  const page = db.prepare<[number, number], Row>(`
    SELECT seq, reference, received_at AS receivedAt, idempotency_key AS id, kind, commitment_id AS commitmentId,
      message, name, email, wants_reply AS wantsReply, territory, age_range AS ageRange, gender,
      consent_version AS consentVersion, consent_at AS consentAt, locale, plan_id AS planId, page_url AS pageUrl,
      created_at AS createdAt
    FROM submissions WHERE seq > ? ORDER BY seq LIMIT ?
  `);

  return {
    location: file,

    async find(key) {
      return byKey.get(key);
    },

    async save(submission, receivedAt = new Date()): Promise<SaveResult> {
      const row = insertRow(submission, receivedAt);
      // A new random reference may, once in a trillion, collide with an old
      // one: the reference's own UNIQUE index refuses it and we draw again.
      for (let attempt = 0; ; attempt++) {
        try {
          const { changes } = insert.run({ ...row, reference: newReference() });
          const stored = byKey.get(submission.id)!;
          return { reference: stored.reference, created: changes === 1, conflict: stored.hash !== row.hash };
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || attempt >= 5) throw error;
        }
      }
    },

    async count() {
      return countAll.get()!.n;
    },

    async *pages(pageSize = 500) {
      let after = 0;
      for (;;) {
        const rows = page.all(after, pageSize);
        if (rows.length === 0) return;
        yield rows.map(({ seq: _seq, wantsReply, ...rest }) => ({
          ...rest,
          wantsReply: wantsReply === null ? null : wantsReply === 1,
        }));
        after = rows[rows.length - 1]!.seq;
      }
    },

    async close() {
      db.close();
    },
  };
}
