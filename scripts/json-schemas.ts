/**
 * Turns the valibot schemas into the published JSON Schemas (draft 2020-12).
 * Used by `npm run schema` to write schema/*.json and by a test that fails
 * when a checked-in file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  AssessmentSchema,
  ChangeSchema,
  ChangesSchema,
  CommitmentSchema,
  FeedbackSettingsSchema,
  IndicatorSchema,
  LocalizedTextSchema,
  MilestoneSchema,
  ObservationSchema,
  PlanFeedSchema,
  PlanSchema,
  TerritorySchema,
} from '../src/shared/feed-schema.js';
import { FEED_FIELD_DOCS } from '../src/shared/feed-schema-docs.js';
import { AnswersFeedSchema, PublicAnswerSchema } from '../src/shared/answers-schema.js';
import {
  FeedbackConsentSchema,
  FeedbackProfileSchema,
  FeedbackSubmissionSchema,
} from '../src/shared/feedback-schema.js';

const BASE_ID = 'https://unpkg.com/ogp-plan-widgets/schema/';

function convert(
  schema: GenericSchema,
  fileName: string,
  definitions: Record<string, GenericSchema> = {},
): Record<string, unknown> {
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    definitions,
    // Checks the JSON Schema cannot express (a real calendar day, for one)
    // stay in the runtime validator; the pattern or format around them is
    // kept. JSON numbers are always finite, so `finite` needs no keyword.
    // Checks across fields (`partial_check`) are written out by hand below.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      ['check', 'finite', 'partial_check'].includes(valibotAction.type) ? jsonSchema : undefined,
  }) as Record<string, unknown>;
  dropEmptyDescriptions(json);
  return { $schema: json.$schema, $id: `${BASE_ID}${fileName}`, ...json };
}

/** Schemas without a description of their own get an empty one in valibot; leave it out. */
function dropEmptyDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(dropEmptyDescriptions);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.description === '') delete record.description;
    Object.values(record).forEach(dropEmptyDescriptions);
  }
}

/**
 * Writes what each field means (src/shared/feed-schema-docs.ts) before the
 * words its schema already has. A path that matches no field is an error, so
 * a renamed field cannot leave its description behind.
 */
function describeFields(json: Record<string, unknown>, docs: Record<string, Record<string, string>>): void {
  const definitions = (json.$defs ?? {}) as Record<string, Record<string, unknown>>;
  for (const [definition, fields] of Object.entries(docs)) {
    const root = definition === 'PlanFeed' ? json : definitions[definition];
    for (const [path, text] of Object.entries(fields)) {
      let node: Record<string, unknown> | undefined = root;
      for (const segment of path.split('.')) {
        const [name, items] = segment.endsWith('[]') ? [segment.slice(0, -2), true] : [segment, false];
        node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
        if (items) node = node?.items as Record<string, unknown> | undefined;
      }
      if (!node) throw new Error(`feed-schema-docs.ts: ${definition} has no field ${path}`);
      node.description = node.description ? `${text} ${String(node.description)}` : text;
    }
  }
}

function planFeedSchema(): Record<string, unknown> {
  const json = convert(PlanFeedSchema, 'plan-feed.schema.json', {
    LocalizedText: LocalizedTextSchema,
    Plan: PlanSchema,
    Territory: TerritorySchema,
    Commitment: CommitmentSchema,
    Milestone: MilestoneSchema,
    Assessment: AssessmentSchema,
    Indicator: IndicatorSchema,
    Observation: ObservationSchema,
    FeedbackSettings: FeedbackSettingsSchema,
    Changes: ChangesSchema,
    Change: ChangeSchema,
  });
  describeFields(json, FEED_FIELD_DOCS);
  return json;
}

/** Every published schema, by file name under schema/. */
export function publishedSchemas(): Record<string, Record<string, unknown>> {
  return {
    'plan-feed.schema.json': planFeedSchema(),
    'feedback-submission.schema.json': {
      ...convert(FeedbackSubmissionSchema, 'feedback-submission.schema.json', {
        FeedbackProfile: FeedbackProfileSchema,
        FeedbackConsent: FeedbackConsentSchema,
      }),
      // The cross-field check of FeedbackSubmissionSchema: asking for an
      // answer needs an email address.
      if: { properties: { wantsReply: { const: true } }, required: ['wantsReply'] },
      then: { required: ['email'] },
    },
    'feedback-answers.schema.json': convert(AnswersFeedSchema, 'feedback-answers.schema.json', {
      PublicAnswer: PublicAnswerSchema,
    }),
  };
}

/** The exact text written to disk, so the staleness test compares bytes. */
export function serializeSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
