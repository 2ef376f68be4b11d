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

export function draftKey(endpoint: string): string {
  return `${PREFIX}${location.pathname}|${endpoint}`;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The saved draft, with only the fields and types we expect. */
export function loadDraft(key: string): Partial<Draft> | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const value = JSON.parse(text) as Record<string, unknown>;
    if (!value || typeof value !== 'object') return undefined;
    const draft: Partial<Draft> = {};
    for (const field of [
      'kind',
      'commitmentId',
      'message',
      'name',
      'email',
      'territory',
      'ageRange',
      'gender',
    ] as const) {
      if (typeof value[field] === 'string') draft[field] = value[field] as string;
    }
    if (typeof value.wantsReply === 'boolean') draft.wantsReply = value.wantsReply;
    return draft;
  } catch {
    return undefined;
  }
}

/** Saves the draft; an empty one is removed. Storage errors (quota, privacy settings) are ignored. */
export function saveDraft(key: string, draft: Draft): void {
  const empty = !draft.message.trim() && !draft.name.trim() && !draft.email.trim();
  try {
    if (empty) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing to do: the form still works, only the draft is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Ignored, as above.
  }
}
