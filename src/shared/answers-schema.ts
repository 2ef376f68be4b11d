/**
 * Published answers v1.0: what the receiver serves at `/api/answers.json`
 * and `<ogp-feedback-answers>` reads. Versioned like the plan feed (1.x:
 * additive changes only), with `schema/feedback-answers.schema.json`
 * generated from this file. Nothing personal: the question is the text
 * staff published, never the name, email or profile of who asked.
 *
 * Depends on valibot only (no DOM, no Node).
 */
import * as v from 'valibot';
import { doc } from './schema-doc.js';
import { type FeedIssue, toFeedIssue } from './feed-schema.js';

const MSG = {
  object: 'se esperaba un objeto',
  text: 'se esperaba un texto',
  version: 'se esperaba la versión del formato, como "1.0" (esta biblioteca lee 1.x)',
  dateTime: 'se esperaba una fecha y hora ISO 8601 con zona horaria, como 2026-11-27T15:04:05.000Z',
  id: 'se esperaba un identificador: letras, números, guiones o guiones bajos',
};

const Text = (description: string) =>
  v.pipe(v.string(MSG.text), v.minLength(1, MSG.text), v.maxLength(10_000, MSG.text), v.description(description));

const DateTime = v.pipe(v.string(MSG.dateTime), v.isoTimestamp(MSG.dateTime), v.maxLength(40, MSG.dateTime));

const Id = v.pipe(v.string(MSG.id), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, MSG.id));

export const PublicAnswerSchema = v.looseObject(
  {
    id: v.pipe(
      Id,
      v.description(doc('Identificador público de la respuesta (nunca la referencia de quien preguntó).')),
    ),
    commitmentId: v.pipe(
      v.nullable(Id),
      v.description(doc('El compromiso sobre el que se preguntó, o null si fue sobre el plan.')),
    ),
    question: Text(doc('La pregunta como la publicó el equipo, sin datos personales.')),
    answer: Text(doc('La respuesta del equipo.')),
    askedAt: v.pipe(DateTime, v.description(doc('Cuándo llegó la pregunta (ISO 8601).'))),
    answeredAt: v.pipe(DateTime, v.description(doc('Cuándo se respondió (ISO 8601).'))),
  },
  MSG.object,
);

export const AnswersFeedSchema = v.looseObject(
  {
    schemaVersion: v.pipe(
      v.string(MSG.version),
      v.regex(/^1\.\d+$/, MSG.version),
      v.description(doc('Versión del formato. Esta biblioteca lee 1.x.')),
    ),
    answers: v.pipe(
      v.array(PublicAnswerSchema, 'se esperaba una lista'),
      v.description(doc('Preguntas publicadas con su respuesta, la respuesta más reciente primero.')),
    ),
  },
  MSG.object,
);

/** One published question and its answer (unknown fields of a newer 1.x are ignored). */
export interface PublicAnswer {
  id: string;
  commitmentId: string | null;
  question: string;
  answer: string;
  askedAt: string;
  answeredAt: string;
}

export interface AnswersFeed {
  schemaVersion: string;
  answers: PublicAnswer[];
}

export type AnswersValidation = { ok: true; feed: AnswersFeed } | { ok: false; issues: FeedIssue[] };

/** Checks a parsed answers JSON. */
export function validateAnswers(input: unknown): AnswersValidation {
  const result = v.safeParse(AnswersFeedSchema, input);
  return result.success ? { ok: true, feed: result.output } : { ok: false, issues: result.issues.map(toFeedIssue) };
}
