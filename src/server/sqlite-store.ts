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
 * - secure_delete=ON, and a checkpoint after every deletion: what habeas
 *   data deletes is overwritten with zeros, in the file and out of the WAL.
 * - No busy timeout. better-sqlite3 is synchronous: waiting inside SQLite
 *   for another process's write lock would hold the whole event loop
 *   (health checks, static files) for as long. A busy database answers at
 *   once, and the call tries again after a pause on a timer (busy.ts).
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';
import type { AnswersStore } from './answers-store.js';
import { SQLITE_ANSWERS_MIGRATION, sqliteAnswers } from './answers-sqlite.js';
import { retryWhileBusy } from './busy.js';
import {
  CORRECTABLE,
  CORRECTABLE_COLUMNS,
  type FeedbackStore,
  type SaveResult,
  type StoredKey,
  type StoredSubmission,
  type Subject,
  hashSubmission,
  newReference,
  submissionRow,
} from './store.js';

/** Versioned migrations, applied in order, once each; `schema_migrations` lists those applied. */
const MIGRATIONS: readonly string[] = [
  // 1: the first schema (the receiver before migrations created it, so IF NOT EXISTS).
  `CREATE TABLE IF NOT EXISTS submissions (
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
  CREATE UNIQUE INDEX IF NOT EXISTS submissions_reference ON submissions (reference);`,
  // 2: the body as received held unknown fields; only documented fields are kept. Keys are lowercase (a key
  // stored twice in two cases before stays as it is: OR IGNORE).
  `ALTER TABLE submissions DROP COLUMN body;
  UPDATE OR IGNORE submissions SET idempotency_key = lower(idempotency_key);
  CREATE INDEX submissions_email ON submissions (lower(email));
  CREATE INDEX submissions_received_at ON submissions (received_at);`,
  // 3: statuses, answers and their audit (answers-sqlite.ts).
  SQLITE_ANSWERS_MIGRATION,
];

const COLUMNS = `reference, received_at AS receivedAt, idempotency_key AS id, kind, commitment_id AS commitmentId,
  message, name, email, wants_reply AS wantsReply, territory, age_range AS ageRange, gender,
  consent_version AS consentVersion, consent_at AS consentAt, locale, plan_id AS planId, page_url AS pageUrl,
  created_at AS createdAt`;

/** A row as SQLite reads it: SQLite has no booleans. */
type Row = Omit<StoredSubmission, 'wantsReply'> & { wantsReply: number | null };

const fromRow = ({ wantsReply, ...rest }: Row & { seq?: number }): StoredSubmission => {
  delete rest.seq;
  return { ...rest, wantsReply: wantsReply === null ? null : wantsReply === 1 };
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

/** Applies the migrations not yet applied; answers their versions. */
function migrate(db: BetterSqlite3.Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE: two receivers starting on one file take turns.
  return db
    .transaction(() => {
      const applied = new Set(
        db
          .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
          .all()
          .map((row) => row.version),
      );
      const versions = MIGRATIONS.map((_, index) => index + 1).filter((version) => !applied.has(version));
      for (const version of versions) {
        db.exec(MIGRATIONS[version - 1]!);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(version, new Date().toISOString());
      }
      return versions;
    })
    .immediate();
}

/** Opens (and creates when needed) the database `feedback.sqlite` in `dataDir`. */
export async function openSqliteStore(dataDir: string): Promise<FeedbackStore & AnswersStore> {
  const Database = await loadDriver();
  const directory = resolve(dataDir);
  // Personal data: only the account that runs the receiver may read it.
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, 'feedback.sqlite');
  const isNew = !existsSync(file);
  const db = new Database(file, { timeout: 0 });
  if (isNew) chmodSync(file, 0o600);
  await retryWhileBusy(() => {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    // Dropping the bodies (version 2) leaves their bytes in free space: VACUUM rewrites the file without them.
    if (migrate(db).includes(2)) {
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  });

  const insert = db.prepare<Omit<Row, 'wantsReply'> & { wantsReply: number | null; hash: string }>(`
    INSERT INTO submissions (
      idempotency_key, reference, body_hash, received_at, kind, message, commitment_id, name, email,
      wants_reply, territory, age_range, gender, consent_version, consent_at, locale, plan_id, page_url, created_at
    ) VALUES (
      @id, @reference, @hash, @receivedAt, @kind, @message, @commitmentId, @name, @email,
      @wantsReply, @territory, @ageRange, @gender, @consentVersion, @consentAt, @locale, @planId, @pageUrl, @createdAt
    )
    ON CONFLICT (idempotency_key) DO NOTHING
  `);
  const byKey = db.prepare<[string], StoredKey>(
    'SELECT reference, body_hash AS hash FROM submissions WHERE idempotency_key = ?',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions');
  const page = db.prepare<[number, number], Row & { seq: number }>(
    `SELECT seq, ${COLUMNS} FROM submissions WHERE seq > ? ORDER BY seq LIMIT ?`,
  );
  const byEmail = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM submissions WHERE lower(email) = ? ORDER BY seq`);
  const byReference = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM submissions WHERE reference = ?`);
  const removeEmail = db.prepare<[string]>('DELETE FROM submissions WHERE lower(email) = ?');
  const removeReference = db.prepare<[string]>('DELETE FROM submissions WHERE reference = ?');
  const removeBefore = db.prepare<[string]>('DELETE FROM submissions WHERE received_at < ?');

  /** After a deletion: copies the WAL into the file and empties it, so no old copy of a page stays there. */
  const checkpoint = () => db.pragma('wal_checkpoint(TRUNCATE)');

  const findSubject = (subject: Subject) =>
    'email' in subject ? byEmail.all(subject.email.toLowerCase()) : byReference.all(subject.reference.toUpperCase());

  return {
    ...sqliteAnswers(db, COLUMNS, fromRow),
    location: file,

    find(key) {
      return retryWhileBusy(() => byKey.get(key.toLowerCase()));
    },

    save(submission: FeedbackSubmission, receivedAt = new Date()): Promise<SaveResult> {
      const { wantsReply, ...row } = submissionRow(submission, '', receivedAt);
      const hash = hashSubmission(submission);
      return retryWhileBusy(() => {
        // A new random reference may, once in a trillion, collide with an old
        // one: the reference's own UNIQUE index refuses it and we draw again.
        for (let attempt = 0; ; attempt++) {
          try {
            const values = {
              ...row,
              reference: newReference(),
              hash,
              wantsReply: wantsReply === null ? null : +wantsReply,
            };
            const { changes } = insert.run(values);
            const stored = byKey.get(row.id)!;
            return { reference: stored.reference, created: changes === 1, conflict: stored.hash !== hash };
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || attempt >= 5) throw error;
          }
        }
      });
    },

    count() {
      return retryWhileBusy(() => countAll.get()!.n);
    },

    async *pages(pageSize = 500) {
      let after = 0;
      for (;;) {
        const rows = await retryWhileBusy(() => page.all(after, pageSize));
        if (rows.length === 0) return;
        yield rows.map(fromRow);
        after = rows[rows.length - 1]!.seq;
      }
    },

    async findSubject(subject) {
      return (await retryWhileBusy(() => findSubject(subject))).map(fromRow);
    },

    async correct(reference, correction) {
      const fields = CORRECTABLE.filter((field) => correction[field] !== undefined);
      const values = fields.map((field) => {
        const value = correction[field];
        return typeof value === 'boolean' ? +value : (value ?? null);
      });
      const upper = reference.toUpperCase();
      return retryWhileBusy(() => {
        if (fields.length > 0) {
          const assignments = fields.map((field) => `${CORRECTABLE_COLUMNS[field]} = ?`).join(', ');
          db.prepare(`UPDATE submissions SET ${assignments} WHERE reference = ?`).run(...values, upper);
          checkpoint();
        }
        const row = byReference.get(upper);
        return row && fromRow(row);
      });
    },

    remove(subject) {
      return retryWhileBusy(() => {
        const { changes } =
          'email' in subject
            ? removeEmail.run(subject.email.toLowerCase())
            : removeReference.run(subject.reference.toUpperCase());
        if (changes > 0) checkpoint();
        return changes;
      });
    },

    removeReceivedBefore(date) {
      return retryWhileBusy(() => {
        const { changes } = removeBefore.run(date.toISOString());
        if (changes > 0) checkpoint();
        return changes;
      });
    },

    async ping() {
      // A read from the file itself (SELECT 1 would answer without it).
      await retryWhileBusy(() => db.prepare('SELECT max(version) FROM schema_migrations').get());
    },

    async close() {
      db.close();
    },
  };
}
