/**
 * Closing the loop (issue 18): what staff do with a submission after it
 * arrives, as every store keeps it. A submission has a status, may get an
 * answer, and may be published: then the question as staff rewrote it
 * (never the name, email or profile) and the answer are public. Every
 * change is recorded in an audit trail: who (the admin token's label),
 * when, what.
 *
 * The stores implement `AnswersStore` beside `FeedbackStore`, with their
 * own migration; the rules (what a change may do) live here, once.
 */
import { randomBytes } from 'node:crypto';
import type { PublicAnswer } from '../shared/answers-schema.js';
import type { FeedbackStore, StoredSubmission } from './store.js';

export type { PublicAnswer };

/** Where a submission is, in plain Spanish: new, in review, answered, closed. */
export const STATUSES = ['nueva', 'en_revision', 'respondida', 'cerrada'] as const;
export type Status = (typeof STATUSES)[number];

/** How long the staff's texts may be: the public question as long as a message; an answer longer. */
export const PUBLIC_QUESTION_MAX_LENGTH = 3000;
export const ANSWER_MAX_LENGTH = 6000;

/** What staff have done with one submission. */
export interface AnswerState {
  status: Status;
  /** The staff's answer; null until written. */
  answer: string | null;
  /** The question as it would be published, edited to remove personal data; null until written. */
  publicQuestion: string | null;
  published: boolean;
  /** The public id of a published answer (never the reference, which lets its author look it up). */
  publicId: string | null;
  /** When the answer was last written (ISO 8601, UTC). */
  answeredAt: string | null;
  /** When it was published; null when not published. */
  publishedAt: string | null;
}

/** The state of a submission nobody has touched. */
export const UNTOUCHED: Readonly<AnswerState> = {
  status: 'nueva',
  answer: null,
  publicQuestion: null,
  published: false,
  publicId: null,
  answeredAt: null,
  publishedAt: null,
};

/** A submission with what staff have done with it, as the inbox lists it. */
export type InboxItem = StoredSubmission & AnswerState;

/** What a member of staff may change at once; absent fields stay as they are. */
export interface AnswerChange {
  status?: Status;
  answer?: string | null;
  publicQuestion?: string | null;
  published?: boolean;
}

export interface InboxFilter {
  kind?: string;
  commitmentId?: string;
  status?: Status;
  /** Words searched, in any case, in the message, the reference, the public question and the answer. */
  text?: string;
  /** At most this many, newest first (default 100, at most 500). */
  limit?: number;
  offset?: number;
}

export interface InboxPage {
  /** Newest first. */
  items: InboxItem[];
  /** How many match the filter. */
  total: number;
  /** How many match the filter, by status, as if no status were chosen. */
  byStatus: Record<Status, number>;
}

/** What a person sees for their reference: the status and, once published, the answer. Nothing personal. */
export interface Lookup {
  reference: string;
  status: Status;
  question?: string;
  answer?: string;
  answeredAt?: string;
}

/** One recorded change. */
export interface AuditEntry {
  at: string;
  /** The label of the admin token that made it. */
  actor: string;
  reference: string;
  /** The change as asked, after the rules (see `applyChange`). */
  change: AnswerChange;
}

export interface AnswersStore {
  /** Submissions with their status, newest first, filtered, with counts. */
  inbox(filter?: InboxFilter): Promise<InboxPage>;
  /** One submission with its status; undefined when there is none. */
  item(reference: string): Promise<InboxItem | undefined>;
  /**
   * Applies a change made by `actor` (checked with `applyChange`) and records
   * it, in one transaction. Undefined when there is no such submission; a
   * string saying why when the change is refused.
   */
  changeAnswer(
    reference: string,
    change: AnswerChange,
    actor: string,
    at?: Date,
  ): Promise<InboxItem | string | undefined>;
  /** Every published answer, newest answer first. */
  publishedAnswers(): Promise<PublicAnswer[]>;
  /** The status of one reference and, once published, its question and answer. */
  lookup(reference: string): Promise<Lookup | undefined>;
  /** The audit trail, oldest first: of one reference, or of all. */
  auditTrail(reference?: string): Promise<AuditEntry[]>;
  /** The states of these references (for the exports); untouched ones are absent. */
  answerStates(references: readonly string[]): Promise<Map<string, AnswerState>>;
}

/** What the receiver needs of its store: the submissions and what staff do with them. */
export type ReceiverStore = FeedbackStore & AnswersStore;

const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);

/** Text or null; blank text is null. */
function optionalText(value: unknown, max: number, name: string): string | null | Error {
  if (value === null) return null;
  if (typeof value !== 'string') return new Error(`${name} debe ser texto.`);
  const trimmed = value.trim();
  if (trimmed.length > max) return new Error(`${name} puede tener hasta ${max} caracteres.`);
  return trimmed || null;
}

/** A change read from JSON, or a message saying what is wrong with it. */
export function parseChange(body: unknown): AnswerChange | string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Se esperaba un objeto JSON.';
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter(
    (key) => !['status', 'answer', 'publicQuestion', 'published'].includes(key),
  );
  if (unknown.length > 0)
    return `Solo se cambian status, answer, publicQuestion y published; no ${unknown.join(', ')}.`;
  const change: AnswerChange = {};
  if ('status' in fields) {
    if (!isStatus(fields.status)) return `El estado debe ser uno de: ${STATUSES.join(', ')}.`;
    change.status = fields.status;
  }
  for (const [key, max, name] of [
    ['answer', ANSWER_MAX_LENGTH, 'La respuesta'],
    ['publicQuestion', PUBLIC_QUESTION_MAX_LENGTH, 'La pregunta pública'],
  ] as const) {
    if (!(key in fields)) continue;
    const text = optionalText(fields[key], max, name);
    if (text instanceof Error) return text.message;
    change[key] = text;
  }
  if ('published' in fields) {
    if (typeof fields.published !== 'boolean') return 'published debe ser true o false.';
    change.published = fields.published;
  }
  if (Object.keys(change).length === 0) return 'No hay nada que cambiar.';
  return change;
}

/**
 * The state after a change, or why it is refused. The rules: only an
 * answered question with its public text may be published, and publishing
 * marks it answered (a published answer is never "nueva"); changing the
 * answer dates it; unpublishing forgets the publication date.
 */
export function applyChange(current: AnswerState, change: AnswerChange, at: Date): AnswerState | string {
  const next: AnswerState = { ...current };
  if (change.status !== undefined) next.status = change.status;
  if (change.answer !== undefined) {
    next.answer = change.answer;
    if (change.answer !== current.answer) next.answeredAt = change.answer === null ? null : at.toISOString();
  }
  if (change.publicQuestion !== undefined) next.publicQuestion = change.publicQuestion;
  if (change.published !== undefined) next.published = change.published;
  if (next.published) {
    if (!next.answer) return 'Para publicar hace falta una respuesta.';
    if (!next.publicQuestion) return 'Para publicar hace falta la pregunta como se publicará, sin datos personales.';
    if (next.status === 'nueva' || next.status === 'en_revision') {
      if (change.status !== undefined) return 'Una respuesta publicada está respondida o cerrada.';
      next.status = 'respondida';
    }
    if (!current.published) next.publishedAt = at.toISOString();
    next.publicId ??= randomBytes(6).toString('hex');
  } else {
    next.publishedAt = null;
  }
  return next;
}

/** What a person sees for a reference, from its state. */
export function lookupOf(reference: string, state: AnswerState): Lookup {
  if (!state.published) return { reference, status: state.status };
  return {
    reference,
    status: state.status,
    question: state.publicQuestion!,
    answer: state.answer!,
    answeredAt: state.answeredAt!,
  };
}

/** Limits of an inbox page. */
export function pageBounds(filter: InboxFilter): { limit: number; offset: number } {
  const limit = Math.min(500, Math.max(1, Math.floor(filter.limit ?? 100)));
  return { limit, offset: Math.max(0, Math.floor(filter.offset ?? 0)) };
}

/** Counts by status with every status present. */
export function countsByStatus(rows: readonly { status: string; n: number | string }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of rows) if (isStatus(row.status)) counts[row.status] = Number(row.n);
  return counts;
}
