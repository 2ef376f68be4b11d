/**
 * What the receiver's tests share: a receiver on a free port with its own
 * temporary data folder, a valid submission, and a poster.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../src/server/index.js';

export type Receiver = Awaited<ReturnType<typeof createServer>>;
export type ReceiverOptions = NonNullable<Parameters<typeof createServer>[0]>;

export interface Running {
  receiver: Receiver;
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export function tempDir(prefix = 'ogp-feedback-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Starts a receiver on 127.0.0.1 and a free port. */
export async function startReceiver(options: ReceiverOptions = {}): Promise<Running> {
  const dataDir = options.dataDir ?? tempDir();
  const receiver = await createServer({ rateLimit: 0, ...options, dataDir });
  const { url } = await receiver.listen(0, '127.0.0.1');
  return {
    receiver,
    url,
    dataDir,
    stop: async () => {
      await receiver.close(1000);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid submission with a new id. */
export function submission(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'comment',
    message: 'Me gustaría ver el avance del presupuesto participativo de mi comuna.',
    consent: { given: true, version: '2026-11', at: '2026-11-27T15:04:05.000Z' },
    locale: 'es',
    planId: 'medellin-2025-2027',
    pageUrl: 'https://www.medellin.gov.co/plan',
    createdAt: '2026-11-27T15:04:09.000Z',
    website: '',
    ...extra,
  };
}

/** Posts a submission the way the widget does (key header = body id unless told otherwise). */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: any }> {
  const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  const response = await fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof id === 'string' ? { 'Idempotency-Key': id } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}
