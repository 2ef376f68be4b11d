/**
 * The answers (answers-store.ts) in the SQLite store: a table of what staff
 * did with each submission and an audit table, both deleted with their
 * submission (habeas data and retention delete for real: an answer or an
 * audit entry may quote the person). Foreign keys are on for that.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  type AnswerChange,
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
import { retryWhileBusy } from './busy.js';
import type { StoredSubmission } from './store.js';

/** The store's migration 3. */
export const SQLITE_ANSWERS_MIGRATION = `
  CREATE TABLE submission_answers (
    reference TEXT PRIMARY KEY REFERENCES submissions (reference) ON DELETE CASCADE,
    status TEXT NOT NULL,
    answer TEXT,
    public_question TEXT,
    published INTEGER NOT NULL,
    public_id TEXT UNIQUE,
    answered_at TEXT,
    published_at TEXT
  );
  CREATE INDEX submission_answers_published ON submission_answers (published, answered_at);
  CREATE TABLE answer_audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reference TEXT NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
    change TEXT NOT NULL
  );
  CREATE INDEX answer_audit_reference ON answer_audit (reference);`;

const STATE_COLUMNS = `coalesce(a.status, 'nueva') AS status, a.answer, a.public_question AS publicQuestion,
  coalesce(a.published, 0) AS published, a.public_id AS publicId, a.answered_at AS answeredAt,
  a.published_at AS publishedAt`;

type StateRow = Omit<AnswerState, 'published'> & { published: number };

const stateOf = ({ status, answer, publicQuestion, published, publicId, answeredAt, publishedAt }: StateRow) => ({
  status,
  answer,
  publicQuestion,
  published: published === 1,
  publicId,
  answeredAt,
  publishedAt,
});

/**
 * @param columns the submission's columns as StoredSubmission names them (sqlite-store.ts)
 * @param fromRow a submission's row as StoredSubmission
 */
export function sqliteAnswers(
  db: BetterSqlite3.Database,
  columns: string,
  fromRow: (row: never) => StoredSubmission,
): AnswersStore {
  db.pragma('foreign_keys = ON');
  const FROM = 'FROM submissions LEFT JOIN submission_answers a USING (reference)';
  const toItem = (row: StateRow & Record<string, unknown>): InboxItem => ({
    ...fromRow(row as never),
    ...stateOf(row),
  });
  const byReference = db.prepare<[string], StateRow & Record<string, unknown>>(
    `SELECT ${columns}, ${STATE_COLUMNS} ${FROM} WHERE reference = ?`,
  );
  const upsert = db.prepare(`
    INSERT INTO submission_answers VALUES (@reference, @status, @answer, @publicQuestion, @published, @publicId,
      @answeredAt, @publishedAt)
    ON CONFLICT (reference) DO UPDATE SET status = excluded.status, answer = excluded.answer,
      public_question = excluded.public_question, published = excluded.published, public_id = excluded.public_id,
      answered_at = excluded.answered_at, published_at = excluded.published_at`);
  const audit = db.prepare('INSERT INTO answer_audit (at, actor, reference, change) VALUES (?, ?, ?, ?)');
  const published = db.prepare<[], PublicAnswer>(`
    SELECT a.public_id AS id, commitment_id AS commitmentId, a.public_question AS question, a.answer,
      received_at AS askedAt, a.answered_at AS answeredAt
    ${FROM} WHERE a.published = 1 ORDER BY a.answered_at DESC, a.public_id`);

  const change = db.transaction((reference: string, asked: AnswerChange, actor: string, at: Date) => {
    const row = byReference.get(reference);
    if (!row) return undefined;
    const next = applyChange(stateOf(row), asked, at);
    if (typeof next === 'string') return next;
    upsert.run({ reference, ...next, published: +next.published });
    audit.run(at.toISOString(), actor, reference, JSON.stringify(asked));
    return toItem(byReference.get(reference)!);
  });

  return {
    async inbox(filter = {}) {
      const conditions: string[] = [];
      const values: string[] = [];
      if (filter.kind) {
        conditions.push('kind = ?');
        values.push(filter.kind);
      }
      if (filter.commitmentId) {
        conditions.push('commitment_id = ?');
        values.push(filter.commitmentId);
      }
      if (filter.text?.trim()) {
        conditions.push(
          `instr(lower(message || ' ' || reference || ' ' || coalesce(a.public_question, '') || ' ' ||
            coalesce(a.answer, '')), lower(?)) > 0`,
        );
        values.push(filter.text.trim());
      }
      const withoutStatus = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const all = [...conditions, ...(filter.status ? [`coalesce(a.status, 'nueva') = ?`] : [])];
      const allValues = [...values, ...(filter.status ? [filter.status] : [])];
      const where = all.length ? `WHERE ${all.join(' AND ')}` : '';
      const { limit, offset } = pageBounds(filter);
      return retryWhileBusy(() => {
        const rows = db
          .prepare<unknown[], StateRow & Record<string, unknown>>(
            `SELECT ${columns}, ${STATE_COLUMNS} ${FROM} ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`,
          )
          .all(...allValues, limit, offset);
        const total = db
          .prepare<unknown[], { n: number }>(`SELECT count(*) AS n ${FROM} ${where}`)
          .get(...allValues)!.n;
        const byStatus = db
          .prepare<unknown[], { status: string; n: number }>(
            `SELECT coalesce(a.status, 'nueva') AS status, count(*) AS n ${FROM} ${withoutStatus} GROUP BY 1`,
          )
          .all(...values);
        return { items: rows.map(toItem), total, byStatus: countsByStatus(byStatus) };
      });
    },

    async item(reference) {
      const row = await retryWhileBusy(() => byReference.get(reference.toUpperCase()));
      return row && toItem(row);
    },

    changeAnswer(reference, asked, actor, at) {
      const upper = reference.toUpperCase();
      return retryWhileBusy(() => change.immediate(upper, asked, actor, at ?? new Date()));
    },

    publishedAnswers() {
      return retryWhileBusy(() => published.all());
    },

    async lookup(reference) {
      const upper = reference.toUpperCase();
      const row = await retryWhileBusy(() => byReference.get(upper));
      return row && lookupOf(upper, stateOf(row));
    },

    auditTrail(reference) {
      return retryWhileBusy(() => {
        const rows = db
          .prepare<string[], Omit<AuditEntry, 'change'> & { change: string }>(
            `SELECT at, actor, reference, change FROM answer_audit ${reference ? 'WHERE reference = ?' : ''} ORDER BY seq`,
          )
          .all(...(reference ? [reference.toUpperCase()] : []));
        return rows.map((row) => ({ ...row, change: JSON.parse(row.change) as AuditEntry['change'] }));
      });
    },

    answerStates(references) {
      return retryWhileBusy(() => {
        const states = new Map<string, AnswerState>();
        if (references.length === 0) return states;
        const rows = db
          .prepare<string[], StateRow & { reference: string }>(
            `SELECT reference, ${STATE_COLUMNS} FROM submission_answers a
             WHERE reference IN (${references.map(() => '?').join(', ')})`,
          )
          .all(...references);
        for (const row of rows) states.set(row.reference, stateOf(row));
        return states;
      });
    },
  };
}
