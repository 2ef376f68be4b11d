/**
 * "¿Ya respondieron mi pregunta?": asks the receiver for one reference's
 * status (GET …/answers/lookup?reference=…). Never rejects: every outcome is
 * a value the element puts into words. The reference is normalized (spaces
 * out, capitals) before it leaves the page; no cookie goes with it.
 */
import type { AnswerStatus } from './feedback-answers.strings.js';

export type LookupResult =
  | { kind: 'found'; reference: string; status: AnswerStatus; question?: string; answer?: string; answeredAt?: string }
  | { kind: 'not-found' | 'malformed' | 'too-many' | 'failed'; reference: string };

const STATUSES: readonly string[] = ['nueva', 'en_revision', 'respondida', 'cerrada'];

/** The reference as typed, tidied: no spaces, capitals. */
export const tidyReference = (typed: string) => typed.replace(/\s+/g, '').toUpperCase();

export async function lookUp(endpoint: string, typed: string, timeout = 10_000): Promise<LookupResult> {
  const reference = tidyReference(typed);
  if (!/^OGP-[0-9A-Z]{4}-[0-9A-Z]{4}(-[0-9A-Z]{4})?$/.test(reference)) return { kind: 'malformed', reference };
  const url = new URL(endpoint, document.baseURI);
  url.searchParams.set('reference', reference);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(timeout) });
    if (response.status === 404) return { kind: 'not-found', reference };
    if (response.status === 400) return { kind: 'malformed', reference };
    if (response.status === 429) return { kind: 'too-many', reference };
    if (!response.ok) return { kind: 'failed', reference };
    const body = (await response.json()) as Record<string, unknown>;
    if (!STATUSES.includes(body.status as string)) return { kind: 'failed', reference };
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
    return {
      kind: 'found',
      reference,
      status: body.status as AnswerStatus,
      question: text(body.question),
      answer: text(body.answer),
      answeredAt: text(body.answeredAt),
    };
  } catch {
    return { kind: 'failed', reference };
  }
}
