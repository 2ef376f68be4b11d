/**
 * Where submissions live, as the receiver sees it: an interface every store
 * implements (SQLite today, in sqlite-store.ts; another database tomorrow),
 * and what all stores share: the reference a person quotes and the hash
 * that tells a retry from a different message.
 *
 * Every method is asynchronous, so a store that talks to a database server
 * (or to SQLite from a worker thread) fits without changing the receiver.
 * What any store must promise:
 * - `save` stores a submission once per idempotency key (`submission.id`),
 *   even when retries of it race (on one receiver or on several sharing
 *   the store): every call with the same key answers the first call's
 *   reference, and `created` is true for exactly one of them;
 * - references are unique;
 * - a submission is durable before `save` resolves (the receiver then
 *   answers 201: a person told "received" must never be lost);
 * - `pages` reads everything stored, oldest first, in finished pages, so
 *   the export may wait for a slow client between pages.
 */
import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';

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
  /** Lets writes in progress finish, then releases the database. */
  close(): Promise<void>;
}

/** Crockford's base32: no I, L, O or U, so a reference read aloud or typed is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference a person can quote: "OGP-" and 8 random base32 characters (40 bits), e.g. OGP-7K3Q-M9PX. */
export function newReference(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `OGP-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The hash that tells a retry (same content) from a different message under the same key. */
export function hashSubmission(submission: FeedbackSubmission): string {
  return createHash('sha256').update(canonicalJson(submission)).digest('hex');
}
