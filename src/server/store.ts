/**
 * Where submissions live, as the receiver sees it: an interface every store
 * implements (SQLite in sqlite-store.ts, PostgreSQL in postgres-store.ts),
 * and what all stores share: the reference a person quotes, the hash that
 * tells a retry from a different message, and the row a submission becomes.
 *
 * Every method is asynchronous, so a store that talks to a database server
 * fits without changing the receiver.
 * What any store must promise:
 * - `save` stores a submission once per idempotency key (`submission.id`),
 *   even when retries of it race (on one receiver or on several sharing
 *   the store): every call with the same key answers the first call's
 *   reference, and `created` is true for exactly one of them;
 * - references are unique;
 * - a submission is durable before `save` resolves (the receiver then
 *   answers 201: a person told "received" must never be lost);
 * - `pages` reads everything stored, oldest first, in finished pages, so
 *   the export may wait for a slow client between pages;
 * - `remove` and `removeReceivedBefore` delete for real (habeas data, Ley
 *   1581 de 2012): no flag, no copy left in the store's files.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';
import type { RateDecision } from './rate-limit.js';

/** A stored submission, as the exports read it. Empty optional fields are null. */
export interface StoredSubmission {
  reference: string;
  /** When the receiver stored it (ISO 8601, UTC). */
  receivedAt: string;
  id: string;
  kind: string;
  commitmentId: string | null;
  message: string;
  name: string | null;
  email: string | null;
  wantsReply: boolean | null;
  territory: string | null;
  ageRange: string | null;
  gender: string | null;
  consentVersion: string;
  consentAt: string;
  locale: string;
  planId: string | null;
  pageUrl: string | null;
  createdAt: string;
}

/** What an earlier submission with a key left: its reference, and the hash of its content. */
export interface StoredKey {
  reference: string;
  hash: string;
}

/**
 * What `save` answers: the reference, whether this call stored the row, and
 * whether an earlier row with the same key had different content.
 */
export interface SaveResult {
  reference: string;
  created: boolean;
  conflict: boolean;
}

/** Whose submissions a habeas-data request is about: one email address (any case) or one reference. */
export type Subject = { email: string } | { reference: string };

/** What staff may correct in a submission, at a person's request. Null clears an optional field. */
export interface Correction {
  message?: string;
  name?: string | null;
  email?: string | null;
  wantsReply?: boolean | null;
  territory?: string | null;
  ageRange?: string | null;
  gender?: string | null;
}

export interface FeedbackStore {
  /** Where it stores, for the start-up message (a file, or a database without its password). */
  readonly location: string;
  /** The reference already given to this key, if any. */
  find(key: string): Promise<StoredKey | undefined>;
  /** Stores a valid submission once per idempotency key (see above). */
  save(submission: FeedbackSubmission, receivedAt?: Date): Promise<SaveResult>;
  /** How many submissions are stored. */
  count(): Promise<number>;
  /** Every stored submission, oldest first, a finished page at a time. */
  pages(pageSize?: number): AsyncIterable<StoredSubmission[]>;
  /** Every submission of one person (by email, any case) or with one reference, oldest first. */
  findSubject(subject: Subject): Promise<StoredSubmission[]>;
  /** Applies a correction (already validated) to the submission with this reference; undefined when there is none. */
  correct(reference: string, correction: Correction): Promise<StoredSubmission | undefined>;
  /** Deletes every submission of one person or with one reference, for real; answers how many. */
  remove(subject: Subject): Promise<number>;
  /** Deletes, for real, every submission received before `date` (the retention period); answers how many. */
  removeReceivedBefore(date: Date): Promise<number>;
  /**
   * Takes a token from the client's bucket (`perMinute` tokens, refilled at
   * `perMinute` a minute) shared by every receiver on this store. A store
   * without it leaves the limit to each receiver's memory.
   */
  takeRate?(client: string, perMinute: number): Promise<RateDecision>;
  /** Throws unless the database answers (readiness). */
  ping(): Promise<void>;
  /** Lets writes in progress finish, then releases the database. */
  close(): Promise<void>;
}

/** Crockford's base32: no I, L, O or U, so a reference read aloud or typed is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A reference a person can quote: "OGP-" and 12 random base32 characters
 * (60 bits), e.g. OGP-7K3Q-M9PX-2D4F. Long enough that guessing anyone's
 * reference under the lookup's rate limit is hopeless (README, "Answers").
 */
export function newReference(bytes: Uint8Array = randomBytes(8)): string {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 12; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `OGP-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** The reference a filled honeypot answers: unguessable without the secret, and the same for the same key. */
export function honeypotReference(secret: Buffer, key: string): string {
  return newReference(createHmac('sha256', secret).update(key.toLowerCase()).digest().subarray(0, 8));
}

/** The hash that tells a retry (same content) from a different message under the same key. */
export function hashSubmission(submission: FeedbackSubmission): string {
  return createHash('sha256')
    .update(canonicalJson(documentedFields(submission)))
    .digest('hex');
}

/**
 * Only the fields the wire format documents, the key in lowercase: the
 * schema accepts unknown fields (a newer widget may send more), but the
 * receiver keeps none of them (nor the honeypot, empty when stored), and a
 * UUID in capitals is the same UUID.
 */
export function documentedFields(submission: FeedbackSubmission): FeedbackSubmission {
  const { kind, message, commitmentId, name, email, wantsReply, profile, consent, locale, planId, pageUrl } =
    submission;
  return {
    id: submission.id.toLowerCase(),
    kind,
    message,
    commitmentId,
    name,
    email,
    wantsReply,
    ...(profile && { profile: { territory: profile.territory, ageRange: profile.ageRange, gender: profile.gender } }),
    consent: { given: consent.given, version: consent.version, at: consent.at },
    locale,
    planId,
    pageUrl,
    createdAt: submission.createdAt,
  };
}

/** A submission as the columns of its row (empty optional fields are null), its key in lowercase. */
export function submissionRow(submission: FeedbackSubmission, reference: string, receivedAt: Date): StoredSubmission {
  return {
    reference,
    receivedAt: receivedAt.toISOString(),
    id: submission.id.toLowerCase(),
    kind: submission.kind,
    commitmentId: submission.commitmentId ?? null,
    message: submission.message,
    name: submission.name || null,
    email: submission.email || null,
    wantsReply: submission.wantsReply ?? null,
    territory: submission.profile?.territory || null,
    ageRange: submission.profile?.ageRange ?? null,
    gender: submission.profile?.gender ?? null,
    consentVersion: submission.consent.version,
    consentAt: submission.consent.at,
    locale: submission.locale,
    planId: submission.planId ?? null,
    pageUrl: submission.pageUrl ?? null,
    createdAt: submission.createdAt,
  };
}

/** What a correction may change: each field, and its column in both stores. */
export const CORRECTABLE_COLUMNS = {
  message: 'message',
  name: 'name',
  email: 'email',
  wantsReply: 'wants_reply',
  territory: 'territory',
  ageRange: 'age_range',
  gender: 'gender',
} as const satisfies Partial<Record<keyof StoredSubmission, string>>;

export const CORRECTABLE = Object.keys(CORRECTABLE_COLUMNS) as (keyof typeof CORRECTABLE_COLUMNS)[];
