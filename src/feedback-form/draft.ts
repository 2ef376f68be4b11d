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
import { type Draft, sanitizeDraft } from './submission.js';

const PREFIX = 'ogp-plan-widgets:feedback-draft:';

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
