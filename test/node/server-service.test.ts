/**
 * The receiver run as a service: readiness apart from liveness, one JSON
 * log line per request without personal data, and X-Forwarded-For believed
 * only from the proxies named.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { freshStorage, post, STORE_KINDS, startReceiver, submission } from './server-helpers.js';

const TOKEN = 'service-token-0123456789abcdef';

for (const kind of STORE_KINDS)
  describe(`running as a service (${kind})`, () => {
    it('answers /readyz 200 while the database answers and 503 when it does not; /healthz stays 200', async () => {
      const running = await startReceiver({}, kind);
      try {
        assert.equal((await fetch(`${running.url}/readyz`)).status, 200);
        // The database goes away under the receiver.
        await running.receiver.store.close();
        const ready = await fetch(`${running.url}/readyz`);
        assert.equal(ready.status, 503);
        assert.equal(((await ready.json()) as { status: string }).status, 'unavailable');
        assert.equal((await fetch(`${running.url}/healthz`)).status, 200);
      } finally {
        await running.stop();
      }
    });

    it('logs one JSON line per request, without the body, the email, the query or the token', async () => {
      const lines: string[] = [];
      const running = await startReceiver({ adminToken: TOKEN, log: (line) => lines.push(line) }, kind);
      try {
        const body = submission({
          name: 'Nombre Secreto',
          email: 'persona.secreta@example.org',
          message: 'Un mensaje que no debe quedar en el registro.',
        });
        assert.equal((await post(running.url, body)).status, 201);
        await post(running.url, '{"no es": json', { 'Idempotency-Key': 'x' });
        const auth = { Authorization: `Bearer ${TOKEN}` };
        await fetch(`${running.url}/api/feedback/submissions?email=persona.secreta%40example.org`, { headers: auth });
        await (await fetch(`${running.url}/api/feedback/export.csv`, { headers: auth })).text();
        await fetch(`${running.url}/healthz`);
      } finally {
        await running.stop();
      }
      const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.method);
      assert.deepEqual(
        requests.map((entry) => [entry.method, entry.path, entry.status]),
        [
          ['POST', '/api/feedback', 201],
          ['POST', '/api/feedback', 400],
          ['GET', '/api/feedback/submissions', 200],
          ['GET', '/api/feedback/export.csv', 200],
          ['GET', '/healthz', 200],
        ],
      );
      for (const entry of requests) {
        assert.equal(typeof entry.ms, 'number');
        assert.match(String(entry.time), /^\d{4}-\d{2}-\d{2}T/);
      }
      const all = lines.join('\n');
      // The name, the email (in the body and in a query), the message, a malformed body, the token, the address.
      for (const secret of ['Secreto', 'secreta', 'registro', 'no es', TOKEN, '127.0.0.1']) {
        assert.ok(!all.includes(secret), `the log holds no ${secret}`);
      }
    });
  });

describe('the client address behind a reverse proxy', () => {
  const limited = async (trustedProxies: string[]) => {
    const running = await startReceiver({ rateLimit: 1, trustedProxies });
    try {
      const first = await post(running.url, submission(), { 'X-Forwarded-For': '203.0.113.1' });
      const second = await post(running.url, submission(), { 'X-Forwarded-For': '203.0.113.2' });
      return [first.status, second.status];
    } finally {
      await running.stop();
    }
  };

  it('believes X-Forwarded-For from a proxy it trusts: two clients behind it, each with its own limit', async () => {
    assert.deepEqual(await limited(['127.0.0.1']), [201, 201]);
  });

  it('ignores X-Forwarded-For from any other address: a client cannot pick its own address', async () => {
    assert.deepEqual(await limited(['10.9.9.9']), [201, 429]);
    assert.deepEqual(await limited([]), [201, 429]);
  });
});

describe(
  'the rate limit of receivers sharing PostgreSQL',
  { skip: !STORE_KINDS.includes('postgres') && 'needs FEEDBACK_TEST_DATABASE_URL' },
  () => {
    it('counts a client once for all receivers, and keeps no address, only its hash', async () => {
      const storage = await freshStorage('postgres');
      const [one, two] = await Promise.all([
        startReceiver({ ...storage.options, rateLimit: 3 }),
        startReceiver({ ...storage.options, rateLimit: 3 }),
      ]);
      try {
        const statuses = [];
        for (const running of [one!, two!, one!, two!, one!]) {
          statuses.push((await post(running.url, submission())).status);
        }
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        const client = new pg.Client({ connectionString: storage.options.databaseUrl });
        await client.connect();
        const { rows } = await client.query<{ client: string }>('SELECT client FROM feedback_rate_buckets');
        await client.end();
        assert.equal(rows.length, 1);
        assert.match(rows[0]!.client, /^[0-9a-f]{64}$/);
      } finally {
        await Promise.all([one!.stop(), two!.stop()]);
        await storage.drop();
      }
    });
  },
);
