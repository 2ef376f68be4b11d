/**
 * One attempt at one submission: the POST to its receiver, and what the
 * answer means for the outbox: sent (remove it), refused (a 4xx that will
 * never succeed: hand it back to the person) or failed (keep it and try
 * again, as late as a Retry-After asks). Nothing here stores or schedules.
 */
import { isRetryableStatus } from '../shared/feedback-schema.js';

/** What one attempt sends. */
export interface Envelope {
  /** The submission's UUID, also its Idempotency-Key. */
  id: string;
  /** Absolute URL of the receiver. */
  endpoint: string;
  /** The JSON body, sent byte for byte the same on every attempt. */
  body: string;
}

export interface Rejection {
  status: number;
  /** The receiver's `message`, if its answer had one. */
  message?: string;
  /** The language of that message (the answer's Content-Language). */
  lang?: string;
}

/** A 2xx with a reference to quote (the submission's id when the receiver gave none). */
export interface Sent {
  kind: 'sent';
  status: number;
  reference: string;
}

/** A 4xx that trying again will not change. */
export interface Refused extends Rejection {
  kind: 'rejected';
}

/** No answer, or one that asks to try again later (408, 425, 429, 5xx, or a redirect to some page). */
export interface Failed {
  kind: 'failed';
  status?: number;
  /** Seconds the receiver asked to wait (Retry-After). */
  retryAfter?: number;
  /** Set by the outbox: kept only in this page's memory, so lost if the page closes. */
  volatile?: boolean;
}

export type DeliveryResult = Sent | Refused | Failed;

/** Sends one submission. Never rejects. */
export async function deliver(envelope: Envelope, timeout: number): Promise<DeliveryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(envelope.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id, Accept: 'application/json' },
      body: envelope.body,
      // The receiver needs no cookies; sending none keeps the request simple and private.
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    // An answer that is not JSON (or cut short by the timeout) still has its status.
    return classify(response, await response.json().catch(() => undefined), envelope.id);
  } catch {
    return { kind: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** What the receiver's answer (its status, headers and JSON body, if any) means for submission `id`. */
export function classify(response: Response, json: unknown, id: string): DeliveryResult {
  const field = (name: string): string | undefined => {
    const value = (json as Record<string, unknown> | null | undefined)?.[name];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const { status, headers } = response;
  const reference = field('reference');
  if (response.ok && (reference || !response.redirected)) {
    return { kind: 'sent', status, reference: reference?.slice(0, 100) ?? id };
  }
  // A 2xx without a reference after a redirect is some page the POST became a GET for: nothing was received.
  if (response.ok || isRetryableStatus(status)) {
    return { kind: 'failed', status, retryAfter: parseRetryAfter(headers.get('Retry-After')) };
  }
  const message = field('message')?.slice(0, 1000);
  // The language of the receiver's message, when it gave one ("es_CO", as some servers write it, is es-CO).
  const lang = (message && headers.get('Content-Language')?.split(',')[0]?.trim().replace('_', '-')) || undefined;
  return { kind: 'rejected', status, ...(message ? { message } : {}), ...(lang ? { lang } : {}) };
}

/** Retry-After in seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
