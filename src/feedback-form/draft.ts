/**
 * The unsent draft: what the person has typed, kept in sessionStorage so
 * that a reload (or an accidental navigation back and forth) loses nothing.
 *
 * sessionStorage, not localStorage: it belongs to this tab and is gone when
 * the tab closes, so a message written on a shared computer (a library, a
 * community center) is not left for the next person. Kept per page and
 * endpoint; cleared once the message is sent or safely queued. The consent
 * tick is not kept: consent is given again, knowingly, for each message.
 */
import { AGE_RANGES, FEEDBACK_KINDS, GENDERS, MESSAGE_MAX_LENGTH } from '../shared/feedback-schema.js';

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

const PREFIX = 'ogp-plan-widgets:feedback-draft:';

const TEXT_FIELDS = ['kind', 'commitmentId', 'message', 'name', 'email', 'territory', 'ageRange', 'gender'] as const;

/** The fields that only take one of a few values. */
const CHOICES: Record<string, readonly string[]> = { kind: FEEDBACK_KINDS, ageRange: AGE_RANGES, gender: GENDERS };

/** Longer text than a message may hold still comes back (the form then says it is too long), within reason. */
const TEXT_MAX = MESSAGE_MAX_LENGTH * 2;

export function draftKey(endpoint: string): string {
  return `${PREFIX}${location.pathname}|${endpoint}`;
}

/** The saved draft, with only the fields and values we expect. */
export function loadDraft(key: string): Partial<Draft> | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return value && typeof value === 'object' ? sanitizeDraft(value) : undefined;
  } catch {
    // No storage (privacy settings), or not our JSON.
    return undefined;
  }
}

/** The fields of a draft (or of a refused submission) that may go back into the form: known values only. */
export function sanitizeDraft(draft: Partial<Record<keyof Draft, unknown>>): Partial<Draft> {
  const clean: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = draft[field];
    const known = CHOICES[field];
    if (typeof value === 'string' && (!known || known.includes(value))) clean[field] = value.slice(0, TEXT_MAX);
  }
  if (typeof draft.wantsReply === 'boolean') clean.wantsReply = draft.wantsReply;
  return clean;
}

/**
 * Saves the draft (its known fields only: never the consent tick); an empty
 * one, or none, is removed. Storage errors (quota, privacy settings) are ignored.
 */
export function saveDraft(key: string, draft?: Draft): void {
  try {
    if (draft && (draft.message.trim() || draft.name.trim() || draft.email.trim())) {
      sessionStorage.setItem(key, JSON.stringify(sanitizeDraft(draft)));
    } else {
      sessionStorage.removeItem(key);
    }
  } catch {
    // Nothing to do: the form still works, only the draft is not kept.
  }
}
