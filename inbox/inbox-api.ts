/**
 * The staff inbox's calls to the receiver's /api/admin/… routes. The token
 * goes in the Authorization header only, never in a URL; no cookie is sent
 * or kept (credentials: 'omit'); nothing is cached.
 */

export const STATUSES = ['nueva', 'en_revision', 'respondida', 'cerrada'] as const;
export type Status = (typeof STATUSES)[number];

/** A submission as /api/admin/submissions lists it. */
export interface Item {
  reference: string;
  receivedAt: string;
  kind: string;
  commitmentId: string | null;
  message: string;
  name: string | null;
  email: string | null;
  wantsReply: boolean | null;
  status: Status;
  answer: string | null;
  publicQuestion: string | null;
  published: boolean;
  answeredAt: string | null;
  publishedAt: string | null;
}

export interface Page {
  items: Item[];
  total: number;
  byStatus: Record<Status, number>;
}

export interface AuditEntry {
  at: string;
  actor: string;
  change: Record<string, unknown>;
}

export interface Filters {
  kind: string;
  commitmentId: string;
  status: string;
  text: string;
}

export interface Change {
  status?: Status;
  answer?: string | null;
  publicQuestion?: string | null;
  published?: boolean;
}

/** What a call ends in: the body, or why not (the token refused, or the receiver's message). */
export type Outcome<T> = { ok: true; body: T } | { ok: false; unauthorized: boolean; message: string };

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<Outcome<T>> {
  try {
    const response = await fetch(path, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
    });
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    if (response.ok) return { ok: true, body: body as T };
    return {
      ok: false,
      unauthorized: response.status === 401 || response.status === 404,
      message: body.message ?? `El servidor respondió ${response.status}.`,
    };
  } catch {
    return { ok: false, unauthorized: false, message: 'No hay conexión con el servidor. Intente de nuevo.' };
  }
}

export function listSubmissions(token: string, filters: Filters): Promise<Outcome<Page>> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value.trim()) query.set(name, value.trim());
  return call<Page>(token, `/api/admin/submissions?${query}`);
}

export function getSubmission(
  token: string,
  reference: string,
): Promise<Outcome<{ submission: Item; audit: AuditEntry[] }>> {
  return call(token, `/api/admin/answer?reference=${encodeURIComponent(reference)}`);
}

export function changeSubmission(
  token: string,
  reference: string,
  change: Change,
): Promise<Outcome<{ submission: Item }>> {
  return call(token, `/api/admin/answer?reference=${encodeURIComponent(reference)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
}
