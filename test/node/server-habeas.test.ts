/**
 * The rights of the people who write (habeas data, Ley 1581 de 2012):
 * staff with the admin token find every submission of one email address or
 * one reference, export it, correct it and delete it, for real; and the
 * retention period deletes older submissions on its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  freshStorage,
  post,
  type Running,
  STORE_KINDS,
  startReceiver,
  storedText,
  submission,
} from './server-helpers.js';

const TOKEN = 'habeas-token-0123456789abcdef';
const ROUTE = '/api/feedback/submissions';

async function admin(
  url: string,
  method: string,
  query: string,
  body?: unknown,
  token: string | null = TOKEN,
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}${ROUTE}${query}`, {
    method,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}

for (const kind of STORE_KINDS)
  describe(`habeas data (${kind})`, () => {
    let running: Running;
    const ana = [
      submission({
        email: 'Ana.Perez@example.org',
        name: 'Ana Pérez',
        message: 'Primer mensaje de Ana, sobre el parque.',
      }),
      submission({
        email: 'ana.perez@example.org',
        wantsReply: true,
        message: 'Segundo mensaje de Ana, sobre la vía.',
      }),
    ];
    const other = submission({ email: 'otra@example.org', message: 'Un mensaje de otra persona, que se queda.' });
    const references: string[] = [];
    before(async () => {
      running = await startReceiver({ adminToken: TOKEN }, kind);
      for (const body of [...ana, other]) references.push((await post(running.url, body)).json.reference);
    });
    after(() => running.stop());

    it('needs the admin token: 401 without it or with a wrong one; 404 when none is configured', async () => {
      assert.equal((await admin(running.url, 'GET', '?email=otra@example.org', undefined, null)).status, 401);
      assert.equal((await admin(running.url, 'DELETE', '?email=otra@example.org', undefined, 'wrong')).status, 401);
      const off = await startReceiver({}, kind);
      try {
        assert.equal((await admin(off.url, 'GET', '?email=otra@example.org')).status, 404);
      } finally {
        await off.stop();
      }
      assert.equal((await admin(running.url, 'GET', '')).status, 400);
      assert.equal((await admin(running.url, 'PUT', '?email=a@b.co')).status, 405);
    });

    it('finds every submission of one email address, in any case, and only those; or one by reference', async () => {
      const found = await admin(running.url, 'GET', `?email=${encodeURIComponent('ANA.PEREZ@example.org')}`);
      assert.equal(found.status, 200);
      assert.equal(found.json.count, 2);
      assert.deepEqual(
        found.json.submissions.map((row: { reference: string }) => row.reference),
        references.slice(0, 2),
      );
      assert.equal(found.json.submissions[0].message, ana[0]!.message);
      assert.equal(found.json.submissions[1].wantsReply, true);
      const one = await admin(running.url, 'GET', `?reference=${references[2]!.toLowerCase()}`);
      assert.equal(one.json.count, 1);
      assert.equal(one.json.submissions[0].email, 'otra@example.org');
      assert.equal((await admin(running.url, 'GET', '?email=nadie@example.org')).json.count, 0);
    });

    it('corrects a submission, checked by the schema, and keeps nothing of the old value', async () => {
      const reference = references[0]!;
      const before = await storedText(running.storage);
      assert.ok(before.includes('Ana Pérez') || before.includes(Buffer.from('Ana Pérez').toString('latin1')));
      const fixed = await admin(running.url, 'PATCH', `?reference=${reference}`, {
        name: 'Ana María',
        territory: null,
      });
      assert.equal(fixed.status, 200);
      assert.equal(fixed.json.submission.name, 'Ana María');
      assert.equal(fixed.json.submission.message, ana[0]!.message);
      const text = await storedText(running.storage);
      assert.ok(!text.includes(Buffer.from('Ana Pérez').toString('latin1')) && !text.includes('Ana Pérez'));

      const bad = await admin(running.url, 'PATCH', `?reference=${reference}`, { email: 'no es un correo' });
      assert.equal(bad.status, 400);
      assert.equal((await admin(running.url, 'PATCH', `?reference=${reference}`, { kind: 'question' })).status, 400);
      assert.equal((await admin(running.url, 'PATCH', `?reference=${reference}`, { message: 'corto' })).status, 400);
      assert.equal((await admin(running.url, 'PATCH', '?reference=OGP-0000-0000', { name: 'X' })).status, 404);
      // wantsReply needs an email: clearing the email of a submission that asked for a reply is refused.
      const clear = await admin(running.url, 'PATCH', `?reference=${references[1]}`, { email: null });
      assert.equal(clear.status, 400);
    });

    it('deletes every submission of one person, for real: gone from the export and from the files', async () => {
      const marker = 'sobre la v';
      assert.ok((await storedText(running.storage)).includes(marker));
      const removed = await admin(running.url, 'DELETE', '?email=ana.perez@EXAMPLE.org');
      assert.equal(removed.status, 200);
      assert.equal(removed.json.deleted, 2);
      assert.equal((await admin(running.url, 'GET', '?email=ana.perez@example.org')).json.count, 0);
      const text = await storedText(running.storage);
      for (const gone of ['ana.perez@example.org', 'Ana.Perez@example.org', marker, 'Primer mensaje de Ana']) {
        assert.ok(!text.includes(gone), `no trace of ${gone}`);
      }
      assert.ok(text.includes('otra persona'), 'the others stay');
      assert.equal(await running.receiver.store.count(), 1);
    });

    it('deletes one submission by its reference', async () => {
      const removed = await admin(running.url, 'DELETE', `?reference=${references[2]}`);
      assert.equal(removed.json.deleted, 1);
      assert.equal(await running.receiver.store.count(), 0);
      assert.ok(!(await storedText(running.storage)).includes('otra persona'));
    });
  });

for (const kind of STORE_KINDS)
  describe(`the retention period (${kind})`, () => {
    it('deletes, at start, the submissions received more than FEEDBACK_RETENTION_DAYS ago, and keeps the rest', async () => {
      const storage = await freshStorage(kind);
      try {
        const DAY = 86_400_000;
        const first = await startReceiver({ ...storage.options });
        const old = submission({ message: 'Un mensaje de hace cuarenta días.' });
        const recent = submission({ message: 'Un mensaje de hace diez días.' });
        const { validateSubmission } = await import('../../src/shared/feedback-schema.js');
        const valid = (body: unknown) => {
          const result = validateSubmission(body);
          assert.ok(result.ok);
          return result.submission;
        };
        await first.receiver.store.save(valid(old), new Date(Date.now() - 40 * DAY));
        await first.receiver.store.save(valid(recent), new Date(Date.now() - 10 * DAY));
        await first.stop();

        const kept = await startReceiver({ ...storage.options, retentionDays: 30 });
        try {
          assert.equal(await kept.receiver.store.count(), 1);
          const text = await storedText(storage);
          assert.ok(text.includes('hace diez'));
          assert.ok(!text.includes('hace cuarenta'));
        } finally {
          await kept.stop();
        }
      } finally {
        await storage.drop();
      }
    });
  });
