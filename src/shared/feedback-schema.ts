/**
 * Feedback submission v1: the wire format between `<ogp-feedback-form>` and
 * any receiver. Public, because a city may write its own receiver.
 *
 * One source of truth: the widget builds and checks its submissions with
 * this schema, the reference receiver (src/server/) validates requests with
 * it, and `schema/feedback-submission.schema.json` is generated from it.
 * Messages are Spanish plain words: the receiver sends them back to the
 * person who wrote the message.
 *
 * Depends on valibot only (no DOM, no Node).
 */
import * as v from 'valibot';
import { doc } from './schema-doc.js';
import { type FeedIssue, toFeedIssue } from './feed-schema.js';

/** What the person sends: a comment, a question or a contribution. */
export const FEEDBACK_KINDS = ['comment', 'question', 'contribution'] as const;

/** Age ranges of the optional self-description (youth is 14 to 28 in Colombia, Ley 1622 de 2013). */
export const AGE_RANGES = ['under-14', '14-17', '18-28', '29-44', '45-59', '60-plus'] as const;

/** Genders of the optional self-description, with "prefer not to say". */
export const GENDERS = ['woman', 'man', 'non-binary', 'other', 'prefer-not-to-say'] as const;

/** Message length, in UTF-16 code units (what `String.prototype.length` counts), after trimming. */
export const MESSAGE_MIN_LENGTH = 10;
export const MESSAGE_MAX_LENGTH = 3000;
export const NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const TERRITORY_MAX_LENGTH = 100;

/** Bodies larger than this are refused (413) before they are read to the end. */
export const MAX_BODY_BYTES = 64 * 1024;

const MSG = {
  object: 'se esperaba un objeto',
  text: 'se esperaba un texto',
  id: 'se esperaba un identificador UUID, como 0f8c2d1e-3b4a-4c5d-8e9f-a0b1c2d3e4f5',
  kind: 'se esperaba "comment" (comentario), "question" (pregunta) o "contribution" (aporte)',
  messageShort: `el mensaje es muy corto: escriba al menos ${MESSAGE_MIN_LENGTH} caracteres`,
  messageLong: `el mensaje es muy largo: puede tener hasta ${MESSAGE_MAX_LENGTH} caracteres`,
  commitmentId: 'se esperaba el identificador de un compromiso: letras, números, guiones o guiones bajos',
  name: `el nombre puede tener hasta ${NAME_MAX_LENGTH} caracteres`,
  email: 'el correo electrónico no parece válido; debe ser como nombre@ejemplo.com',
  emailNeeded: 'para recibir una respuesta hace falta un correo electrónico',
  boolean: 'se esperaba true o false',
  territory: `se esperaba el nombre de un territorio del plan (hasta ${TERRITORY_MAX_LENGTH} caracteres)`,
  ageRange: `se esperaba uno de estos rangos de edad: ${AGE_RANGES.join(', ')}`,
  gender: `se esperaba uno de estos valores: ${GENDERS.join(', ')}`,
  consentGiven: 'sin autorización para tratar los datos personales no se puede recibir el mensaje',
  consentVersion: 'falta la versión del texto de autorización',
  dateTime: 'se esperaba una fecha y hora ISO 8601 con zona horaria, como 2026-11-27T15:04:05.000Z',
  locale: 'se esperaba un código de idioma, como "es" o "en"',
  planId: 'se esperaba el identificador del plan: letras, números, guiones o guiones bajos',
  pageUrl: 'se esperaba la dirección web de la página, https://…',
  website: 'se esperaba un texto',
};

const IdSlug = (message: string) => v.pipe(v.string(message), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, message));

const DateTime = v.pipe(v.string(MSG.dateTime), v.isoTimestamp(MSG.dateTime), v.maxLength(40, MSG.dateTime));

const optionalText = (max: number, message: string, description: string) =>
  v.optional(v.pipe(v.string(MSG.text), v.maxLength(max, message), v.description(description)));

export const FeedbackProfileSchema = v.pipe(
  v.looseObject(
    {
      territory: optionalText(
        TERRITORY_MAX_LENGTH,
        MSG.territory,
        doc(
          'Comuna o corregimiento, con su nombre oficial (en Medellín, por ejemplo "Comuna 1 - Popular" o "Corregimiento San Cristóbal").',
        ),
      ),
      ageRange: v.optional(
        v.pipe(
          v.picklist(AGE_RANGES, MSG.ageRange),
          v.description(doc('Rango de edad, en años. "60-plus" es 60 o más.')),
        ),
      ),
      gender: v.optional(
        v.pipe(
          v.picklist(GENDERS, MSG.gender),
          v.description(doc('Género: woman, man, non-binary, other o prefer-not-to-say (prefiere no decir).')),
        ),
      ),
    },
    MSG.object,
  ),
  v.description(doc('Autodescripción opcional, para el enfoque diferencial del plan. Cada campo es opcional.')),
);

export const FeedbackConsentSchema = v.pipe(
  v.looseObject(
    {
      given: v.pipe(
        v.literal(true, MSG.consentGiven),
        v.description(doc('Siempre true: sin autorización no hay envío.')),
      ),
      version: v.pipe(
        v.string(MSG.consentVersion),
        v.regex(/\S/, MSG.consentVersion),
        v.maxLength(100, MSG.consentVersion),
        v.description(doc('Versión del texto de autorización que la persona leyó.')),
      ),
      at: v.pipe(DateTime, v.description(doc('Cuándo marcó la casilla de autorización (ISO 8601).'))),
    },
    MSG.object,
  ),
  v.description(doc('Autorización para el tratamiento de datos personales (Ley 1581 de 2012, Decreto 1377 de 2013).')),
);

/**
 * The submission as it travels: `POST` with `Content-Type: application/json`
 * and the header `Idempotency-Key` equal to `id`. Unknown fields are
 * accepted and ignored, so an older receiver keeps working with a newer
 * widget.
 */
export const FeedbackSubmissionSchema = v.pipe(
  v.looseObject(
    {
      id: v.pipe(
        v.string(MSG.id),
        v.uuid(MSG.id),
        v.description(doc('UUID de este envío; igual al encabezado Idempotency-Key. Un reintento lleva el mismo.')),
      ),
      kind: v.pipe(
        v.picklist(FEEDBACK_KINDS, MSG.kind),
        v.description(doc('comment (comentario), question (pregunta) o contribution (aporte).')),
      ),
      message: v.pipe(
        v.string(MSG.text),
        v.minLength(MESSAGE_MIN_LENGTH, MSG.messageShort),
        v.maxLength(MESSAGE_MAX_LENGTH, MSG.messageLong),
        v.check((value) => value.trim().length >= MESSAGE_MIN_LENGTH, MSG.messageShort),
        v.description(
          doc(
            `El mensaje, sin espacios al principio ni al final: de ${MESSAGE_MIN_LENGTH} a ${MESSAGE_MAX_LENGTH} caracteres.`,
          ),
        ),
      ),
      commitmentId: v.optional(
        v.pipe(
          IdSlug(MSG.commitmentId),
          v.description(doc('El compromiso del plan al que se refiere, si eligió uno.')),
        ),
      ),
      name: optionalText(NAME_MAX_LENGTH, MSG.name, doc('Nombre, si lo dio. Se puede enviar sin nombre.')),
      email: v.optional(
        v.pipe(
          v.string(MSG.email),
          v.maxLength(EMAIL_MAX_LENGTH, MSG.email),
          v.rfcEmail(MSG.email),
          v.regex(/@[^@]+\.[^@.]+$/, MSG.email),
          v.description(doc('Correo electrónico, si lo dio. Obligatorio cuando wantsReply es true.')),
        ),
      ),
      wantsReply: v.optional(v.pipe(v.boolean(MSG.boolean), v.description(doc('La persona pide una respuesta.')))),
      profile: v.optional(FeedbackProfileSchema),
      consent: FeedbackConsentSchema,
      locale: v.pipe(
        v.string(MSG.locale),
        v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, MSG.locale),
        v.description(doc('Idioma en que se escribió el formulario: "es" o "en".')),
      ),
      planId: v.optional(
        v.pipe(IdSlug(MSG.planId), v.description(doc('El id del plan (plan.id en el feed), si lo hay.'))),
      ),
      pageUrl: v.optional(
        v.pipe(
          v.string(MSG.pageUrl),
          v.url(MSG.pageUrl),
          v.maxLength(2000, MSG.pageUrl),
          v.description(doc('La página donde estaba el formulario, sin consulta (?…) ni fragmento (#…).')),
        ),
      ),
      createdAt: v.pipe(DateTime, v.description(doc('Cuándo se envió por primera vez, en el navegador (ISO 8601).'))),
      website: v.optional(
        v.pipe(
          v.string(MSG.website),
          v.maxLength(2000, MSG.website),
          v.description(
            doc(
              'Trampa para robots: un campo oculto que una persona deja vacío. Si llega con texto, el receptor responde como si lo hubiera recibido y no guarda nada.',
            ),
          ),
        ),
      ),
    },
    MSG.object,
  ),
  v.forward(
    v.partialCheck(
      [['wantsReply'], ['email']],
      (input) => input.wantsReply !== true || (typeof input.email === 'string' && input.email !== ''),
      MSG.emailNeeded,
    ),
    ['email'],
  ),
  v.title('Feedback submission'),
  v.description(
    doc(
      'Un comentario, una pregunta o un aporte enviado por <ogp-feedback-form>: POST JSON, con el encabezado Idempotency-Key igual a id.',
    ),
  ),
);

export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type AgeRange = (typeof AGE_RANGES)[number];
export type Gender = (typeof GENDERS)[number];
export type FeedbackProfile = v.InferOutput<typeof FeedbackProfileSchema>;
export type FeedbackConsent = v.InferOutput<typeof FeedbackConsentSchema>;
export type FeedbackSubmission = v.InferOutput<typeof FeedbackSubmissionSchema>;

/** One problem with a submission: where (a JSON pointer) and what, in plain words. */
export type SubmissionIssue = FeedIssue;

export type SubmissionValidation =
  { ok: true; submission: FeedbackSubmission } | { ok: false; issues: SubmissionIssue[] };

/** Validates anything (parsed JSON, usually) as a submission. Never throws. */
export function validateSubmission(input: unknown): SubmissionValidation {
  let result;
  try {
    result = v.safeParse(FeedbackSubmissionSchema, input);
  } catch {
    return { ok: false, issues: [{ path: '', message: 'no se pudo leer el envío' }] };
  }
  if (result.success) return { ok: true, submission: result.output };
  // Two checks of one field may fail with the same words (a message too short is also too short once
  // trimmed; a bad email fails two patterns): a person needs to read each problem once.
  const seen = new Set<string>();
  const issues = result.issues.map(toIssue).filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, issues };
}

function toIssue(issue: v.BaseIssue<unknown>): SubmissionIssue {
  const converted = toFeedIssue(issue);
  // Missing consent deserves its own words: it is the one field a person must tick.
  const missing = issue.kind === 'schema' && issue.received === 'undefined';
  return missing && converted.path === '/consent' ? { ...converted, message: MSG.consentGiven } : converted;
}

/**
 * Whether a status is worth trying again later: a network-level failure
 * (no status), a timeout, rate limiting, or a server error. Other 4xx answers
 * mean the request itself is wrong and will stay wrong.
 */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 425 || status === 429 || status >= 500;
}
