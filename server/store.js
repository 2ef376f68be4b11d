// @ts-check
/**
 * Where submissions live: one SQLite file (better-sqlite3) in the data
 * directory.
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
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The part of better-sqlite3 this file uses.
 * @typedef {{ run: (...params: unknown[]) => { changes: number }, get: (...params: unknown[]) => any,
 *   all: (...params: unknown[]) => any[] }} Statement
 * @typedef {{ pragma: (source: string, options?: { simple?: boolean }) => unknown, exec: (source: string) => void,
 *   prepare: (source: string) => Statement, close: () => void }} Database
 */

/**
 * A stored submission, as the export reads it.
 * @typedef {{ reference: string, receivedAt: string, id: string, kind: string, commitmentId: string | null,
 *   message: string, name: string | null, email: string | null, wantsReply: number | null,
 *   territory: string | null, ageRange: string | null, gender: string | null, consentVersion: string,
 *   consentAt: string, locale: string, planId: string | null, pageUrl: string | null, createdAt: string }} StoredRow
 */

/** @typedef {import('../dist/shared/feedback-schema.js').FeedbackSubmission} FeedbackSubmission */

/**
 * What `save` answers: the reference, whether this call stored the row, and
 * whether an earlier row with the same key had different content.
 * @typedef {{ reference: string, created: boolean, conflict: boolean }} SaveResult
 */

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

/** Crockford's base32: no I, L, O or U, so a reference read aloud or typed is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference a person can quote: "OGP-" and 8 random base32 characters (40 bits), e.g. OGP-7K3Q-M9PX. */
export function newReference() {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `OGP-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * JSON with sorted keys, so the same submission hashes the same whatever
 * order its fields arrive in.
 * @param {unknown} value
 * @returns {string}
 */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** @param {FeedbackSubmission} submission */
export function hashSubmission(submission) {
  return createHash('sha256').update(canonicalJson(submission)).digest('hex');
}

/**
 * Opens (and creates when needed) the database in `dataDir`.
 * @param {string} dataDir
 */
export async function openStore(dataDir) {
  /** @type {new (file: string) => Database} */
  let DatabaseClass;
  try {
    // better-sqlite3 ships no types; the typedef above is the part used here.
    const specifier = 'better-sqlite3';
    DatabaseClass = (await import(specifier)).default;
  } catch (error) {
    throw new Error(
      'The feedback receiver needs better-sqlite3 (an optional dependency). Install it with `npm install better-sqlite3`.',
      { cause: error },
    );
  }
  const directory = resolve(dataDir);
  // Personal data: only the account that runs the receiver may read it.
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, 'feedback.sqlite');
  const isNew = !existsSync(file);
  const db = new DatabaseClass(file);
  if (isNew) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare(`
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
  const byKey = db.prepare('SELECT reference, body_hash AS hash FROM submissions WHERE idempotency_key = ?');
  const count = db.prepare('SELECT count(*) AS n FROM submissions');
  const page = db.prepare(`
    SELECT seq, reference, received_at AS receivedAt, idempotency_key AS id, kind, commitment_id AS commitmentId,
      message, name, email, wants_reply AS wantsReply, territory, age_range AS ageRange, gender,
      consent_version AS consentVersion, consent_at AS consentAt, locale, plan_id AS planId, page_url AS pageUrl,
      created_at AS createdAt
    FROM submissions WHERE seq > ? ORDER BY seq LIMIT ?
  `);

  return {
    file,

    /**
     * The reference already given to this key, if any.
     * @param {string} key
     * @returns {{ reference: string, hash: string } | undefined}
     */
    find(key) {
      return byKey.get(key);
    },

    /**
     * Stores a valid submission once per idempotency key.
     * @param {FeedbackSubmission} submission
     * @param {Date} [receivedAt]
     * @returns {SaveResult}
     */
    save(submission, receivedAt = new Date()) {
      const hash = hashSubmission(submission);
      const row = {
        key: submission.id,
        hash,
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
      // A new random reference may, once in a trillion, collide with an old
      // one: the reference's own UNIQUE index refuses it and we draw again.
      for (let attempt = 0; ; attempt++) {
        try {
          const { changes } = insert.run({ ...row, reference: newReference() });
          const stored = byKey.get(submission.id);
          return { reference: stored.reference, created: changes === 1, conflict: stored.hash !== hash };
        } catch (error) {
          const code = /** @type {{ code?: string }} */ (error).code;
          if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || attempt >= 5) throw error;
        }
      }
    },

    /** How many submissions are stored. */
    count() {
      return /** @type {{ n: number }} */ (count.get()).n;
    },

    /**
     * Every stored submission, oldest first, a page at a time. Each page is
     * one finished query, so the caller may wait (for a slow client)
     * between pages while new submissions are written.
     * @param {number} [pageSize]
     * @returns {Generator<StoredRow[]>}
     */
    *pages(pageSize = 500) {
      let after = 0;
      for (;;) {
        /** @type {(StoredRow & { seq: number })[]} */
        const rows = page.all(after, pageSize);
        if (rows.length === 0) return;
        yield rows;
        after = rows[rows.length - 1].seq;
      }
    },

    close() {
      db.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */
