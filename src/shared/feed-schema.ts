/**
 * Plan feed v1: the one source of truth for the public contract.
 *
 * The runtime validator, the exported TypeScript types and the published
 * JSON Schema (`schema/plan-feed.schema.json`, made by
 * `scripts/generate-schema.ts`) all come from the schemas in this file.
 * Messages are Spanish plain words because the people who read them are
 * the plan team fixing their feed. The field types every part shares
 * (ids, dates, addresses, language tags…) are in feed-fields.ts.
 */
import * as v from 'valibot';
import { checkConsistency, checkDefaultLanguage, escapePointer } from './feed-checks.js';
import {
  Currency,
  EndpointUrl,
  FiniteNumber,
  Id,
  IsoDate,
  IsoDateOrDateTime,
  LanguageTag,
  LocalizedTextSchema,
  MSG,
  PageUrl,
  TimeZone,
  WebUrl,
  list,
  nonEmptyString,
  picklist,
} from './feed-fields.js';
import { doc } from './schema-doc.js';

/** The major version this library reads. Any minor version of it is accepted. */
export const SUPPORTED_MAJOR_VERSION = 1;
export const CURRENT_SCHEMA_VERSION = '1.1';

// Human text, a string or one per language: part of the public API (the JSON Schema names it).
export { LocalizedTextSchema };

export const STATUSES = ['not-started', 'in-progress', 'delayed', 'completed', 'cancelled'] as const;
export const OGP_VALUES = [
  'transparency',
  'civic-participation',
  'public-accountability',
  'technology-innovation',
] as const;
export const MEASURES = ['number', 'percentage', 'count', 'currency'] as const;
export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export const POTENTIAL_FOR_RESULTS = ['unclear', 'modest', 'substantial'] as const;
export const COMPLETION_LEVELS = ['not-started', 'limited', 'substantial', 'complete'] as const;
export const OPENED_GOVERNMENT = ['did-not-change', 'marginal', 'major', 'outstanding'] as const;

const Status = picklist(
  STATUSES,
  doc(
    'Estado: not-started (sin iniciar), in-progress (en curso), delayed (retrasado), completed (cumplido), cancelled (cancelado).',
  ),
);

const EvidenceLinkSchema = v.looseObject(
  {
    title: v.optional(LocalizedTextSchema),
    url: WebUrl,
  },
  MSG.object,
);

export const MilestoneSchema = v.looseObject(
  {
    id: Id,
    title: LocalizedTextSchema,
    due: IsoDate,
    status: Status,
    completed: v.optional(IsoDate),
    evidence: v.optional(list(EvidenceLinkSchema, doc('Enlaces a las evidencias del hito.'))),
  },
  MSG.object,
);

export const AssessmentSchema = v.looseObject(
  {
    verifiable: v.boolean(MSG.boolean),
    potentialForResults: picklist(POTENTIAL_FOR_RESULTS, doc('Potencial de resultados (estilo IRM).')),
    completion: picklist(COMPLETION_LEVELS, doc('Nivel de cumplimiento (estilo IRM).')),
    openedGovernment: v.optional(picklist(OPENED_GOVERNMENT, doc('¿Abrió el gobierno? (estilo IRM).'))),
    assessor: v.optional(LocalizedTextSchema),
    date: v.optional(IsoDate),
    note: v.optional(LocalizedTextSchema),
  },
  MSG.object,
);

export const CommitmentSchema = v.looseObject(
  {
    id: Id,
    title: LocalizedTextSchema,
    summary: v.optional(LocalizedTextSchema),
    problem: v.optional(LocalizedTextSchema),
    action: v.optional(LocalizedTextSchema),
    ogpValues: v.optional(list(picklist(OGP_VALUES, doc('Valor de gobierno abierto.')))),
    theme: v.optional(LocalizedTextSchema),
    lead: LocalizedTextSchema,
    supporting: v.optional(list(LocalizedTextSchema, doc('Actores de apoyo.'))),
    start: IsoDate,
    end: IsoDate,
    status: v.optional(Status),
    progress: v.optional(
      v.pipe(
        FiniteNumber,
        v.minValue(0, 'se esperaba un número entre 0 y 100'),
        v.maxValue(100, 'se esperaba un número entre 0 y 100'),
        v.description(doc('Avance explícito, de 0 a 100. Sin él, se calcula con los hitos.')),
      ),
    ),
    milestones: list(MilestoneSchema),
    indicatorIds: v.optional(list(Id)),
    assessment: v.optional(AssessmentSchema),
  },
  MSG.object,
);

const DatedValueSchema = v.looseObject({ date: IsoDate, value: FiniteNumber }, MSG.object);

export const ObservationSchema = v.looseObject(
  {
    date: IsoDate,
    value: FiniteNumber,
    dimensions: v.optional(
      v.pipe(
        v.record(v.string(), nonEmptyString(), MSG.object),
        v.description(
          doc(
            'Desagregación de este valor, por ejemplo {"sex": "mujer", "ageGroup": "14-17", "territory": "Comuna 1"}. Sin ella, el valor es el total.',
          ),
        ),
      ),
    ),
  },
  MSG.object,
);

export const IndicatorSchema = v.looseObject(
  {
    id: Id,
    commitmentId: Id,
    name: LocalizedTextSchema,
    description: v.optional(LocalizedTextSchema),
    measure: picklist(MEASURES, doc('Medida: number, percentage, count o currency.')),
    unit: v.optional(LocalizedTextSchema),
    currency: v.optional(Currency),
    direction: picklist(DIRECTIONS, doc('Qué es mejor: higher-is-better o lower-is-better.')),
    baseline: DatedValueSchema,
    targets: list(DatedValueSchema, doc('Metas, cada una con fecha y valor.')),
    observations: list(ObservationSchema, doc('Mediciones, cada una con fecha y valor.')),
    source: v.optional(LocalizedTextSchema),
    sourceUrl: v.optional(WebUrl),
    notes: v.optional(LocalizedTextSchema),
    updatedAt: v.optional(IsoDateOrDateTime),
  },
  MSG.object,
);

export const FeedbackSettingsSchema = v.looseObject(
  {
    endpoint: EndpointUrl,
    controller: v.looseObject(
      {
        name: LocalizedTextSchema,
        contact: nonEmptyString(doc('Correo, teléfono o dirección del responsable del tratamiento.')),
        address: v.optional(LocalizedTextSchema),
      },
      MSG.object,
    ),
    privacyPolicyUrl: WebUrl,
    purposes: list(LocalizedTextSchema, doc('Finalidades que muestra el texto de autorización.')),
    consentVersion: v.optional(nonEmptyString(doc('Versión del texto de autorización.'))),
    answersUrl: v.optional(
      v.pipe(
        EndpointUrl,
        v.description(
          doc('Dónde están las preguntas respondidas y publicadas (JSON de schema/feedback-answers.schema.json).'),
        ),
      ),
    ),
  },
  MSG.object,
);

export const TerritorySchema = v.looseObject(
  {
    id: Id,
    name: LocalizedTextSchema,
    group: v.optional(LocalizedTextSchema),
  },
  MSG.object,
);

export const PlanSchema = v.looseObject(
  {
    id: Id,
    defaultLanguage: v.optional(LanguageTag),
    timeZone: v.optional(TimeZone),
    currency: v.optional(Currency),
    territories: v.optional(list(TerritorySchema)),
    title: LocalizedTextSchema,
    jurisdiction: LocalizedTextSchema,
    period: v.looseObject({ start: IsoDate, end: IsoDate }, MSG.object),
    leadInstitutions: list(LocalizedTextSchema, doc('Instituciones líderes.')),
    monitoringBody: LocalizedTextSchema,
    forum: LocalizedTextSchema,
    links: v.optional(
      v.looseObject(
        { planPage: v.optional(WebUrl), dataPolicy: v.optional(WebUrl), feedbackForm: v.optional(PageUrl) },
        MSG.object,
      ),
    ),
    updatedAt: IsoDateOrDateTime,
    sample: v.optional(v.boolean(MSG.boolean)),
    sampleNote: v.optional(LocalizedTextSchema),
  },
  MSG.object,
);

/** The kinds of change build-feed records; a reader skips kinds it does not know (a later 1.x may add some). */
export const CHANGE_KINDS = [
  'commitment-added',
  'commitment-status',
  'milestone-added',
  'milestone-status',
  'observation-added',
] as const;

export const ChangeSchema = v.looseObject(
  {
    kind: nonEmptyString(doc(`Qué cambió: ${CHANGE_KINDS.join(', ')}.`)),
    commitmentId: v.optional(Id),
    milestoneId: v.optional(Id),
    indicatorId: v.optional(Id),
    status: v.optional(Status),
    date: v.optional(IsoDate),
  },
  MSG.object,
);

export const ChangesSchema = v.looseObject(
  {
    since: IsoDate,
    items: list(ChangeSchema),
  },
  MSG.object,
);

export const PlanFeedSchema = v.pipe(
  v.looseObject(
    {
      schemaVersion: v.pipe(
        v.string('se esperaba la versión del formato como texto, por ejemplo "1.0"'),
        v.regex(/^1\.\d+$/, 'se esperaba la versión "1.x" del formato'),
        v.description(doc('Versión del formato. Esta biblioteca lee 1.x.')),
      ),
      plan: PlanSchema,
      commitments: list(CommitmentSchema),
      indicators: v.optional(list(IndicatorSchema), []),
      feedback: v.optional(FeedbackSettingsSchema),
      changes: v.optional(ChangesSchema),
    },
    MSG.object,
  ),
  v.title('Plan feed'),
  v.description(doc('Plan de acción de gobierno abierto: compromisos, hitos e indicadores, para ogp-plan-widgets.')),
);

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Status = (typeof STATUSES)[number];
export type OgpValue = (typeof OGP_VALUES)[number];
export type Measure = (typeof MEASURES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Assessment = v.InferOutput<typeof AssessmentSchema>;
export type Commitment = v.InferOutput<typeof CommitmentSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Territory = v.InferOutput<typeof TerritorySchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Change = v.InferOutput<typeof ChangeSchema>;
export type Changes = v.InferOutput<typeof ChangesSchema>;
export type FeedbackSettings = v.InferOutput<typeof FeedbackSettingsSchema>;
export type Plan = v.InferOutput<typeof PlanSchema>;
export type PlanFeed = v.InferOutput<typeof PlanFeedSchema>;

/** One validation problem: where (a JSON pointer) and what, in plain words. */
export interface FeedIssue {
  path: string;
  message: string;
}

export type FeedValidation =
  | { ok: true; feed: PlanFeed }
  | { ok: false; kind: 'invalid'; issues: FeedIssue[] }
  | { ok: false; kind: 'unsupported-version'; version: string; issues: FeedIssue[] };

/**
 * Validates anything (parsed JSON, usually) as a plan feed. Never throws.
 * Checks the shape first, then what a schema cannot say: unique ids,
 * references between commitments and indicators, and date order.
 */
export function validateFeed(input: unknown): FeedValidation {
  const version = readSchemaVersion(input);
  if (version !== undefined && !version.startsWith(`${SUPPORTED_MAJOR_VERSION}.`)) {
    const issue = {
      path: '/schemaVersion',
      message: `la versión ${version} del formato no es compatible; esta biblioteca lee la versión ${SUPPORTED_MAJOR_VERSION}.x`,
    };
    if (/^\d+\.\d+$/.test(version)) {
      return { ok: false, kind: 'unsupported-version', version, issues: [issue] };
    }
  }
  let result;
  try {
    // One problem per value: a date that fails its pattern is not also reported as an impossible date.
    result = v.safeParse(PlanFeedSchema, input, { abortPipeEarly: true });
  } catch {
    // Valibot reads only own data; a hostile getter or a proxy could still throw.
    return { ok: false, kind: 'invalid', issues: [{ path: '', message: 'no se pudo leer el documento' }] };
  }
  if (!result.success) {
    return { ok: false, kind: 'invalid', issues: result.issues.map(toFeedIssue) };
  }
  const issues = [
    ...checkConsistency(result.output),
    ...checkDefaultLanguage(result.output, PlanFeedSchema, LocalizedTextSchema),
  ];
  if (issues.length > 0) return { ok: false, kind: 'invalid', issues };
  return { ok: true, feed: result.output };
}

/** Formats an issue the way the command line and the widgets print it. */
export function formatIssue(issue: FeedIssue): string {
  return `${issue.path || '/'}: ${issue.message}`;
}

function readSchemaVersion(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const value = (input as Record<string, unknown>).schemaVersion;
  return typeof value === 'string' ? value : undefined;
}

/** A valibot issue as a JSON pointer and a message in plain words (shared with the submission schema). */
export function toFeedIssue(issue: v.BaseIssue<unknown>): FeedIssue {
  const path = (issue.path ?? []).map((item) => escapePointer(String(item.key)));
  // A missing required field is reported by valibot with the parent's path and the key.
  const message =
    issue.kind === 'schema' && issue.received === 'undefined' ? 'falta este campo obligatorio' : issue.message;
  return { path: path.length ? `/${path.join('/')}` : '', message };
}
