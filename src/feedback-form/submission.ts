/**
 * The submission as data: the values the form holds, the submission built
 * from them, its validation, and the messages that say what is wrong, per
 * field, in the order of the form. No DOM and no storage: it runs, and is
 * tested, in Node as well (test/node/feedback-submission.test.ts).
 */
import {
  AGE_RANGES,
  FEEDBACK_KINDS,
  type FeedbackSubmission,
  GENDERS,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  validateSubmission,
} from '../shared/feedback-schema.js';
import type { Lang } from '../shared/i18n.js';
import type { FeedbackFormStrings } from './feedback-form.strings.js';

/** The consent version sent when neither the feed nor the page names one. */
export const DEFAULT_CONSENT_VERSION = 'ogp-plan-widgets-1';

/** What the person typed that a draft keeps (never the consent tick: it is given again for each message). */
export interface Draft {
  kind: string;
  commitmentId: string;
  message: string;
  name: string;
  wantsReply: boolean;
  email: string;
  territory: string;
  ageRange: string;
  gender: string;
}

/** Everything the form holds, as the person left it. */
export interface Values extends Draft {
  consent: boolean;
  /** When consent was given (ISO 8601), or ''. */
  consentAt: string;
  /** The honeypot. */
  website: string;
}

/** An empty form. Values are never changed in place, so this one object serves every reset. */
export const EMPTY_VALUES: Values = {
  kind: '',
  commitmentId: '',
  message: '',
  name: '',
  wantsReply: false,
  email: '',
  territory: '',
  ageRange: '',
  gender: '',
  consent: false,
  consentAt: '',
  website: '',
};

/** The fields that can show an error, in the order of the form (and of the error summary). */
export const ERROR_FIELDS = ['kind', 'commitmentId', 'message', 'name', 'email', 'profile', 'consent'] as const;
export type ErrorField = (typeof ERROR_FIELDS)[number];

/** Each field's problem, in our own words, in form order. */
export type FieldErrors = ReadonlyMap<ErrorField, string>;

const TEXT_FIELDS = ['kind', 'commitmentId', 'message', 'name', 'email', 'territory', 'ageRange', 'gender'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The fields that only take one of a few values. */
const CHOICES: Partial<Record<TextField, readonly string[]>> = {
  kind: FEEDBACK_KINDS,
  ageRange: AGE_RANGES,
  gender: GENDERS,
};

/** Longer text than a message may hold still comes back (the form then says it is too long), within reason. */
const TEXT_MAX = MESSAGE_MAX_LENGTH * 2;

/**
 * The values after the person changed field `name` to `value` (a checkbox
 * gives its `checked`); undefined when `name` is no field of the form.
 * Ticking consent records when it was given.
 */
export function withInput(values: Values, name: string, value: string | boolean, now = new Date()): Values | undefined {
  if (typeof value === 'boolean') {
    if (name === 'consent') return { ...values, consent: value, consentAt: value ? now.toISOString() : '' };
    return name === 'wantsReply' ? { ...values, wantsReply: value } : undefined;
  }
  return name === 'website' || isTextField(name) ? { ...values, [name]: value } : undefined;
}

function isTextField(name: string): name is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(name);
}

/** The fields of a draft (or of a refused submission) that may go back into the form: known values only. */
export function sanitizeDraft(draft: Partial<Record<keyof Draft, unknown>>): Partial<Draft> {
  const clean: Partial<Draft> = {};
  for (const field of TEXT_FIELDS) {
    const value = draft[field];
    const known = CHOICES[field];
    if (typeof value === 'string' && (!known || known.includes(value))) clean[field] = value.slice(0, TEXT_MAX);
  }
  if (typeof draft.wantsReply === 'boolean') clean.wantsReply = draft.wantsReply;
  return clean;
}

/** The form's values for a submission's JSON body (one the receiver refused, to put back for the person). */
export function valuesFromBody(body: string): Values {
  try {
    // The profile's fields sit at the top level of the form.
    const { profile, ...fields } = JSON.parse(body) as Record<string, unknown>;
    return { ...EMPTY_VALUES, ...sanitizeDraft({ ...fields, ...(profile as object) }) };
  } catch {
    // Not a JSON object: nothing to put back but the receiver's message.
    return EMPTY_VALUES;
  }
}

/** What a submission carries besides the person's values. */
export interface SubmissionContext {
  /** Its UUID (see `newSubmissionId`). */
  id: string;
  consentVersion: string;
  locale: Lang;
  planId: string | undefined;
  /** The page, without its query string or fragment. */
  pageUrl: string | undefined;
  /** The honeypot as its field holds it (a robot may fill it without any input event). */
  website: string;
  now: Date;
}

/** The submission as it would be sent now (fields the person left empty are left out). Not validated. */
export function buildSubmission(values: Values, context: SubmissionContext): Record<string, unknown> {
  const trimmed = (value: string) => value.trim() || undefined;
  const profile = {
    territory: trimmed(values.territory),
    ageRange: trimmed(values.ageRange),
    gender: trimmed(values.gender),
  };
  const createdAt = context.now.toISOString();
  return {
    id: context.id,
    kind: trimmed(values.kind),
    message: values.message.trim(),
    commitmentId: trimmed(values.commitmentId),
    name: trimmed(values.name),
    email: trimmed(values.email),
    wantsReply: values.wantsReply,
    profile: Object.values(profile).some(Boolean) ? profile : undefined,
    consent: values.consent
      ? { given: true, version: context.consentVersion, at: values.consentAt || createdAt }
      : undefined,
    locale: context.locale,
    planId: context.planId,
    pageUrl: context.pageUrl,
    createdAt,
    website: context.website,
  };
}

export type Checked = { ok: true; submission: FeedbackSubmission } | { ok: false; errors: FieldErrors };

/** The submission to send, or what is wrong with it, in `strings`' words. */
export function checkSubmission(values: Values, context: SubmissionContext, strings: FeedbackFormStrings): Checked {
  const submission = buildSubmission(values, context);
  const result = validateSubmission(submission);
  // What was checked is what goes: the object as built, not the validator's copy of it.
  if (result.ok) return { ok: true, submission: submission as FeedbackSubmission };
  const wrong = new Set(result.issues.map((issue) => issue.path.split('/')[1] ?? ''));
  const errors = new Map<ErrorField, string>();
  for (const field of ERROR_FIELDS) {
    if (wrong.has(field)) errors.set(field, errorMessage(field, values, strings));
  }
  return { ok: false, errors };
}

/** What is wrong with a field, said so the person knows what to do. */
export function errorMessage(field: ErrorField, values: Values, strings: FeedbackFormStrings): string {
  const messages = strings.errors;
  switch (field) {
    case 'kind':
      return messages.kind;
    case 'message': {
      const length = values.message.trim().length;
      if (length === 0) return messages.messageEmpty;
      if (length < MESSAGE_MIN_LENGTH) return messages.messageShort(MESSAGE_MIN_LENGTH);
      return messages.messageLong(MESSAGE_MAX_LENGTH, length);
    }
    case 'name':
      return messages.name(NAME_MAX_LENGTH);
    case 'email':
      return values.wantsReply && !values.email.trim() ? messages.emailNeeded : messages.emailInvalid;
    case 'consent':
      return messages.consent;
    default:
      return messages.other;
  }
}

/** A UUID v4, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Each 0, 1 and 8 of the template becomes a random hex digit; the 8 only 8 to b (the variant), the 4 stays (v4).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16),
  );
}
