/**
 * The answers (answers-store.ts) in the PostgreSQL store: what staff did
 * with each submission and an audit table, both deleted with their
 * submission (habeas data and retention delete for real). A change locks
 * its submission's row (SELECT … FOR UPDATE), so two receivers changing the
 * same submission at once take turns and each change is audited once.
 * Times are ISO 8601 text in UTC, as the rules write them.
 */
import type pg from 'pg';
import {
  type AnswerState,
  type AnswersStore,
  type AuditEntry,
  type InboxItem,
  type PublicAnswer,
  applyChange,
  countsByStatus,
  lookupOf,
  pageBounds,
} from './answers-store.js';
import type { StoredSubmission } from './store.js';

/** The store's migration 3 (after the rate limit's buckets, 2). */
export const POSTGRES_ANSWERS_MIGRATION = `
  CREATE TABLE feedback_answers (
    reference TEXT PRIMARY KEY REFERENCES feedback_submissions (reference) ON DELETE CASCADE,
    status TEXT NOT NULL,
    answer TEXT,
    public_question TEXT,
    published BOOLEAN NOT NULL,
    public_id TEXT UNIQUE,
    answered_at TEXT,
    published_at TEXT
  );
  CREATE INDEX feedback_answers_published ON feedback_answers (published, answered_at);
  CREATE TABLE feedback_answer_audit (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reference TEXT NOT NULL REFERENCES feedback_submissions (reference) ON DELETE CASCADE,
    change JSONB NOT NULL
  );
  CREATE INDEX feedback_answer_audit_reference ON feedback_answer_audit (reference);`;

const STATE_COLUMNS = `coalesce(a.status, 'nueva') AS status, a.answer, a.public_question AS "publicQuestion",
  coalesce(a.published, false) AS published, a.public_id AS "publicId", a.answered_at AS "answeredAt",
  a.published_at AS "publishedAt"`;

/** A published answer as PostgreSQL reads it: received_at is a timestamp. */
type PublishedRow = Omit<PublicAnswer, 'askedAt'> & { askedAt: Date };

const FROM = 'FROM feedback_submissions LEFT JOIN feedback_answers a USING (reference)';

const stateOf = ({ status, answer, publicQuestion, published, publicId, answeredAt, publishedAt }: AnswerState) => ({
  status,
  answer,
  publicQuestion,
  published,
  publicId,
  answeredAt,
  publishedAt,
});

/**
 * @param columns the submission's columns as StoredSubmission names them (postgres-store.ts)
 * @param fromRow a submission's row as StoredSubmission
 */
export function postgresAnswers(
  pool: pg.Pool,
  columns: string,
  fromRow: (row: never) => StoredSubmission,
): AnswersStore {
  type Row = AnswerState & Record<string, unknown>;
  const toItem = (row: Row): InboxItem => ({ ...fromRow(row as never), ...stateOf(row) });
  const selectOne = `SELECT ${columns}, ${STATE_COLUMNS} ${FROM} WHERE reference = $1`;

  return {
    async inbox(filter = {}) {
      const conditions: string[] = [];
      const values: string[] = [];
      const add = (condition: (n: string) => string, value: string) => {
        values.push(value);
        conditions.push(condition(`$${values.length}`));
      };
      if (filter.kind) add((n) => `kind = ${n}`, filter.kind);
      if (filter.commitmentId) add((n) => `commitment_id = ${n}`, filter.commitmentId);
      if (filter.text?.trim()) {
        add(
          (n) => `strpos(lower(message || ' ' || reference || ' ' || coalesce(a.public_question, '') || ' ' ||
            coalesce(a.answer, '')), lower(${n})) > 0`,
          filter.text.trim(),
        );
      }
      const withoutStatus = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const byStatus = await pool.query<{ status: string; n: string }>(
        `SELECT coalesce(a.status, 'nueva') AS status, count(*) AS n ${FROM} ${withoutStatus} GROUP BY 1`,
        values,
      );
      if (filter.status) add((n) => `coalesce(a.status, 'nueva') = ${n}`, filter.status);
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const { limit, offset } = pageBounds(filter);
      const [rows, total] = await Promise.all([
        pool.query<Row>(
          `SELECT ${columns}, ${STATE_COLUMNS} ${FROM} ${where} ORDER BY seq DESC LIMIT ${limit} OFFSET ${offset}`,
          values,
        ),
        pool.query<{ n: string }>(`SELECT count(*) AS n ${FROM} ${where}`, values),
      ]);
      return {
        items: rows.rows.map(toItem),
        total: Number(total.rows[0]!.n),
        byStatus: countsByStatus(byStatus.rows),
      };
    },

    async item(reference) {
      const { rows } = await pool.query<Row>(selectOne, [reference.toUpperCase()]);
      return rows[0] && toItem(rows[0]);
    },

    async changeAnswer(reference, asked, actor, at = new Date()) {
      const upper = reference.toUpperCase();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const locked = await client.query('SELECT 1 FROM feedback_submissions WHERE reference = $1 FOR UPDATE', [
          upper,
        ]);
        const { rows } = await client.query<Row>(selectOne, [upper]);
        const next = locked.rowCount && rows[0] ? applyChange(stateOf(rows[0]), asked, at) : undefined;
        if (next === undefined || typeof next === 'string') {
          await client.query('ROLLBACK');
          return next;
        }
        await client.query(
          `INSERT INTO feedback_answers VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (reference) DO UPDATE SET status = excluded.status, answer = excluded.answer,
             public_question = excluded.public_question, published = excluded.published,
             public_id = excluded.public_id, answered_at = excluded.answered_at, published_at = excluded.published_at`,
          [
            upper,
            next.status,
            next.answer,
            next.publicQuestion,
            next.published,
            next.publicId,
            next.answeredAt,
            next.publishedAt,
          ],
        );
        await client.query('INSERT INTO feedback_answer_audit (at, actor, reference, change) VALUES ($1, $2, $3, $4)', [
          at.toISOString(),
          actor,
          upper,
          JSON.stringify(asked),
        ]);
        const after = await client.query<Row>(selectOne, [upper]);
        await client.query('COMMIT');
        return toItem(after.rows[0]!);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },

    async publishedAnswers() {
      const { rows } = await pool.query<PublishedRow>(
        `SELECT a.public_id AS id, commitment_id AS "commitmentId", a.public_question AS question, a.answer,
           received_at AS "askedAt", a.answered_at AS "answeredAt"
         ${FROM} WHERE a.published ORDER BY a.answered_at DESC, a.public_id`,
      );
      return rows.map((row) => ({ ...row, askedAt: row.askedAt.toISOString() }));
    },

    async lookup(reference) {
      const upper = reference.toUpperCase();
      const { rows } = await pool.query<Row>(selectOne, [upper]);
      return rows[0] && lookupOf(upper, stateOf(rows[0]));
    },

    async auditTrail(reference) {
      const { rows } = await pool.query<AuditEntry>(
        `SELECT at, actor, reference, change FROM feedback_answer_audit
         ${reference ? 'WHERE reference = $1' : ''} ORDER BY seq`,
        reference ? [reference.toUpperCase()] : [],
      );
      return rows;
    },

    async answerStates(references) {
      const states = new Map<string, AnswerState>();
      if (references.length === 0) return states;
      const { rows } = await pool.query<AnswerState & { reference: string }>(
        `SELECT reference, ${STATE_COLUMNS} FROM feedback_answers a WHERE reference = ANY($1)`,
        [references],
      );
      for (const row of rows) states.set(row.reference, stateOf(row));
      return states;
    },
  };
}
