/**
 * The store for a city that runs several receivers: PostgreSQL
 * (node-postgres), chosen with FEEDBACK_DATABASE_URL=postgres://….
 * Receivers sharing one database behave as one:
 *
 * - `INSERT … ON CONFLICT (idempotency_key) DO NOTHING` on a UNIQUE key: a
 *   retry that reaches another receiver, even at the same moment, waits for
 *   the first insert to commit and then finds its row: a replay, never a
 *   second row. References have their own UNIQUE constraint.
 * - Migrations are versioned (the table `feedback_schema_migrations`) and
 *   run at start under an advisory lock, so receivers starting together
 *   apply each one once.
 * - Every statement commits before it resolves (PostgreSQL's default
 *   synchronous_commit): a 201 is never lost.
 * - The rate limit counts in the database (token buckets), so it holds for
 *   all receivers together.
 * - Deleting is DELETE: the row is gone for every query at once, and
 *   VACUUM (automatic) reclaims its space.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';
import { POSTGRES_ANSWERS_MIGRATION, postgresAnswers } from './answers-postgres.js';
import type { AnswersStore } from './answers-store.js';
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

/** Any number that no other application's advisory lock on the same database is likely to use. */
const MIGRATION_LOCK = 7_316_402_118;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE feedback_submissions (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    commitment_id TEXT,
    name TEXT,
    email TEXT,
    wants_reply BOOLEAN,
    territory TEXT,
    age_range TEXT,
    gender TEXT,
    consent_version TEXT NOT NULL,
    consent_at TEXT NOT NULL,
    locale TEXT NOT NULL,
    plan_id TEXT,
    page_url TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX feedback_submissions_email ON feedback_submissions (lower(email));
  CREATE INDEX feedback_submissions_received_at ON feedback_submissions (received_at);`,
  // 2: the rate limit's token buckets, shared by every receiver. UNLOGGED: fast, and a crash only refills them.
  `CREATE UNLOGGED TABLE feedback_rate_buckets (
    client TEXT PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    taken BOOLEAN NOT NULL,
    at TIMESTAMPTZ NOT NULL
  );`,
  // 3: statuses, answers and their audit (answers-postgres.ts).
  POSTGRES_ANSWERS_MIGRATION,
];

/** A bucket's tokens now: what it had, plus the refill since (the limit a minute, $2), up to the limit. */
const REFILLED = `LEAST($2, b.tokens + EXTRACT(EPOCH FROM now() - b.at) * $2 / 60.0)`;

/**
 * One token bucket per client, as rate-limit.ts keeps in memory, in one
 * statement: the row lock of ON CONFLICT DO UPDATE makes concurrent requests
 * of one client, on any receiver, take turns.
 */
const TAKE_TOKEN = `
  INSERT INTO feedback_rate_buckets AS b (client, tokens, taken, at)
  VALUES ($1, CASE WHEN $2 >= 1 THEN $2 - 1 ELSE $2 END, $2 >= 1, now())
  ON CONFLICT (client) DO UPDATE SET
    tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
    taken = ${REFILLED} >= 1,
    at = now()
  RETURNING taken, tokens`;

const COLUMNS = `reference, received_at AS "receivedAt", idempotency_key AS id, kind, commitment_id AS "commitmentId",
  message, name, email, wants_reply AS "wantsReply", territory, age_range AS "ageRange", gender,
  consent_version AS "consentVersion", consent_at AS "consentAt", locale, plan_id AS "planId",
  page_url AS "pageUrl", created_at AS "createdAt"`;

type Row = Omit<StoredSubmission, 'receivedAt'> & { receivedAt: Date; seq?: string };

const fromRow = ({ receivedAt, ...rest }: Row): StoredSubmission => {
  delete rest.seq;
  return { ...rest, receivedAt: receivedAt.toISOString() };
};

const where = (subject: Subject): [string, string] =>
  'email' in subject
    ? ['lower(email) = $1', subject.email.toLowerCase()]
    : ['reference = $1', subject.reference.toUpperCase()];

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS feedback_schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM feedback_schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const [index, sql] of MIGRATIONS.entries()) {
      if (applied.has(index + 1)) continue;
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO feedback_schema_migrations VALUES ($1, now())', [index + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** The URL without its password, for the start-up message. */
function shownLocation(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'PostgreSQL';
  }
}

/** Connects to PostgreSQL at `url` and applies the migrations not yet applied. */
export async function openPostgresStore(
  url: string,
  log: (line: string) => void = () => {},
): Promise<FeedbackStore & AnswersStore> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 10 });
  // A connection that dies while idle must not end the process: the next query opens another.
  pool.on('error', (error) => log(JSON.stringify({ level: 'error', event: 'postgres', message: error.message })));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const byKey = async (key: string) =>
    (
      await pool.query<StoredKey>(
        'SELECT reference, body_hash AS hash FROM feedback_submissions WHERE idempotency_key = $1',
        [key],
      )
    ).rows[0];

  let lastSweep = 0;

  return {
    ...postgresAnswers(pool, COLUMNS, fromRow),
    location: shownLocation(url),

    find(key) {
      return byKey(key.toLowerCase());
    },

    async save(submission: FeedbackSubmission, receivedAt = new Date()): Promise<SaveResult> {
      const row = submissionRow(submission, '', receivedAt);
      const hash = hashSubmission(submission);
      for (let attempt = 0; ; attempt++) {
        try {
          const inserted = await pool.query(
            `INSERT INTO feedback_submissions (
              idempotency_key, reference, body_hash, received_at, kind, message, commitment_id, name, email,
              wants_reply, territory, age_range, gender, consent_version, consent_at, locale, plan_id, page_url, created_at
            ) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            ON CONFLICT (idempotency_key) DO NOTHING`,
            [
              row.id,
              newReference(),
              hash,
              row.receivedAt,
              row.kind,
              row.message,
              row.commitmentId,
              row.name,
              row.email,
              row.wantsReply,
              row.territory,
              row.ageRange,
              row.gender,
              row.consentVersion,
              row.consentAt,
              row.locale,
              row.planId,
              row.pageUrl,
              row.createdAt,
            ],
          );
          const stored = (await byKey(row.id))!;
          return { reference: stored.reference, created: inserted.rowCount === 1, conflict: stored.hash !== hash };
        } catch (error) {
          // Once in a trillion a new reference collides with an old one: draw again.
          const { code, constraint } = error as { code?: string; constraint?: string };
          if (code !== '23505' || !constraint?.includes('reference') || attempt >= 5) throw error;
        }
      }
    },

    async count() {
      return Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM feedback_submissions')).rows[0]!.n);
    },

    async *pages(pageSize = 500) {
      let after = '0';
      for (;;) {
        const { rows } = await pool.query<Row>(
          `SELECT seq, ${COLUMNS} FROM feedback_submissions WHERE seq > $1 ORDER BY seq LIMIT $2`,
          [after, pageSize],
        );
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.seq!;
        yield rows.map(fromRow);
      }
    },

    async findSubject(subject) {
      const [condition, value] = where(subject);
      const { rows } = await pool.query<Row>(
        `SELECT ${COLUMNS} FROM feedback_submissions WHERE ${condition} ORDER BY seq`,
        [value],
      );
      return rows.map(fromRow);
    },

    async correct(reference, correction) {
      const fields = CORRECTABLE.filter((field) => correction[field] !== undefined);
      const assignments = fields.map((field, index) => `${CORRECTABLE_COLUMNS[field]} = $${index + 2}`);
      const { rows } = await pool.query<Row>(
        fields.length > 0
          ? `UPDATE feedback_submissions SET ${assignments.join(', ')} WHERE reference = $1 RETURNING ${COLUMNS}`
          : `SELECT ${COLUMNS} FROM feedback_submissions WHERE reference = $1`,
        [reference.toUpperCase(), ...fields.map((field) => correction[field] ?? null)],
      );
      return rows[0] && fromRow(rows[0]);
    },

    async remove(subject) {
      const [condition, value] = where(subject);
      return (await pool.query(`DELETE FROM feedback_submissions WHERE ${condition}`, [value])).rowCount ?? 0;
    },

    async removeReceivedBefore(date) {
      return (await pool.query('DELETE FROM feedback_submissions WHERE received_at < $1', [date])).rowCount ?? 0;
    },

    async takeRate(client, perMinute) {
      // The address is personal data: only its hash is stored, and a full bucket is forgotten after 10 minutes.
      const key = createHash('sha256').update(client).digest('hex');
      const { rows } = await pool.query<{ taken: boolean; tokens: number }>(TAKE_TOKEN, [key, perMinute]);
      if (Date.now() - lastSweep > 60_000) {
        lastSweep = Date.now();
        await pool.query("DELETE FROM feedback_rate_buckets WHERE at < now() - interval '10 minutes'");
      }
      const { taken, tokens } = rows[0]!;
      return taken ? { ok: true } : { ok: false, retryAfter: Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute)) };
    },

    async ping() {
      await pool.query('SELECT max(version) FROM feedback_schema_migrations');
    },

    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
