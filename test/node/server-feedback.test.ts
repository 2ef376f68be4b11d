/**
 * The reference receiver's POST /api/feedback: idempotency under load,
 * every bad input, spam, rate limit and CORS.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { post, type Running, startReceiver, STORE_KINDS, submission } from './server-helpers.js';

for (const kind of STORE_KINDS)
  describe(`POST /api/feedback (${kind})`, () => {
    let running: Running;
    before(async () => {
      running = await startReceiver({}, kind);
    });
    after(() => running.stop());

    it('stores a valid submission and answers 201 with its id and a reference to quote', async () => {
      const body = submission({ name: 'Ana', email: 'ana@example.org', wantsReply: true });
      const answer = await post(running.url, body);
      assert.equal(answer.status, 201);
      assert.equal(answer.json.id, body.id);
      assert.match(answer.json.reference, /^OGP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    });

    it('answers the same reference to the same Idempotency-Key, and stores nothing new', async () => {
      const before = await running.receiver.store.count();
      const body = submission();
      const first = await post(running.url, body);
      const second = await post(running.url, body);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(first.headers.get('idempotent-replayed'), null);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.json.reference, first.json.reference);
      assert.equal(await running.receiver.store.count(), before + 1);
    });

    it('keeps one row for 100 concurrent submissions with the same key, all with one reference', async () => {
      const before = await running.receiver.store.count();
      const body = submission();
      const answers = await Promise.all(Array.from({ length: 100 }, () => post(running.url, body)));
      assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
      assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === null).length, 1);
      assert.equal(new Set(answers.map((answer) => answer.json.reference)).size, 1);
      assert.equal(await running.receiver.store.count(), before + 1);
    });

    it('keeps 100 rows for 100 concurrent submissions with different keys, each with its own reference', async () => {
      const before = await running.receiver.store.count();
      const answers = await Promise.all(Array.from({ length: 100 }, () => post(running.url, submission())));
      assert.ok(answers.every((answer) => answer.status === 201));
      assert.equal(new Set(answers.map((answer) => answer.json.reference)).size, 100);
      assert.equal(await running.receiver.store.count(), before + 100);
    });

    it('answers 422 when a key comes back with a different message', async () => {
      const body = submission();
      assert.equal((await post(running.url, body)).status, 201);
      const changed = await post(running.url, { ...body, message: 'Otro mensaje, con la misma clave.' });
      assert.equal(changed.status, 422);
      assert.match(changed.json.message, /ya se usó/);
    });

    it('treats the same fields in another order as the same submission', async () => {
      const body = submission();
      const reversed = Object.fromEntries(Object.entries(body).reverse());
      const first = await post(running.url, body);
      const second = await post(running.url, reversed);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.json.reference, first.json.reference);
    });

    describe('bad input answers 400 with a message in Spanish and the problems', () => {
      const cases: [string, () => unknown][] = [
        ['malformed JSON', () => '{"id": "x", "message": '],
        ['JSON that is not an object', () => '[1, 2, 3]'],
        ['a missing message', () => ({ ...submission(), message: undefined })],
        ['a message that is not a string', () => submission({ message: 12345678901 })],
        ['a message too short', () => submission({ message: 'Hola' })],
        ['a message too long', () => submission({ message: 'a'.repeat(3001) })],
        ['missing consent', () => ({ ...submission(), consent: undefined })],
        [
          'consent not given',
          () => submission({ consent: { given: false, version: '1', at: '2026-11-27T15:04:05Z' } }),
        ],
        ['a wrong kind', () => submission({ kind: 'queja' })],
        ['a wantsReply that is not a boolean', () => submission({ wantsReply: 'sí' })],
        ['a reply asked for without an email', () => submission({ wantsReply: true })],
        ['a bad email', () => submission({ email: 'no es un correo' })],
        ['a profile of the wrong type', () => submission({ profile: 'Comuna 1' })],
        ['an age range outside the list', () => submission({ profile: { ageRange: '30' } })],
        ['an id that is not a UUID', () => submission({ id: 'abc' })],
        ['a createdAt that is not a date', () => submission({ createdAt: 'ayer' })],
      ];
      for (const [name, make] of cases) {
        it(name, async () => {
          const before = await running.receiver.store.count();
          const body = make();
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          const answer = await post(running.url, text, { 'Idempotency-Key': randomUUID() });
          assert.equal(answer.status, 400, JSON.stringify(answer.json));
          assert.equal(typeof answer.json.message, 'string');
          assert.match(answer.json.message, /^No pudimos (recibir|leer)/);
          // Plain words for the person; the paths are in `errors`, each once.
          assert.doesNotMatch(answer.json.message, /\(\//, 'no JSON pointer in the message');
          assert.ok(Array.isArray(answer.json.errors) && answer.json.errors.length > 0);
          const paths = answer.json.errors.map(
            (error: { path: string; message: string }) => `${error.path} ${error.message}`,
          );
          assert.equal(new Set(paths).size, paths.length, 'each problem once');
          for (const error of answer.json.errors) {
            assert.equal(typeof error.path, 'string');
            assert.equal(typeof error.message, 'string');
          }
          assert.equal(answer.headers.get('content-language'), 'es');
          assert.equal(await running.receiver.store.count(), before);
        });
      }

      it('names the field that is wrong', async () => {
        const answer = await post(running.url, { ...submission(), consent: undefined });
        assert.deepEqual(
          answer.json.errors.map((error: { path: string }) => error.path),
          ['/consent'],
        );
        assert.match(answer.json.message, /autorización/);
      });

      it('lists each problem once, and counts only the others', async () => {
        // A message too short fails two checks, and a bad email two, with the same words.
        for (const extra of [{ message: 'Hola' }, { email: 'no es un correo' }]) {
          const answer = await post(running.url, submission(extra));
          const problems = answer.json.errors.map((error: { path: string; message: string }) => error.path);
          assert.deepEqual(problems, [Object.keys(extra)[0] === 'message' ? '/message' : '/email']);
          assert.doesNotMatch(answer.json.message, /problemas? más/);
        }
        const two = await post(running.url, submission({ message: 'Hola', email: 'no es un correo' }));
        assert.deepEqual(
          two.json.errors.map((error: { path: string }) => error.path),
          ['/message', '/email'],
        );
        assert.match(two.json.message, /Hay 1 problema más\.$/);
      });

      it('a missing Idempotency-Key header', async () => {
        const body = submission();
        const response = await fetch(`${running.url}/api/feedback`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        assert.equal(response.status, 400);
        assert.match(((await response.json()) as { message: string }).message, /Idempotency-Key/);
      });

      it('an Idempotency-Key that is not the body id', async () => {
        const answer = await post(running.url, submission(), { 'Idempotency-Key': randomUUID() });
        assert.equal(answer.status, 400);
        assert.match(answer.json.message, /no coincide/);
      });

      it('bytes that are not UTF-8', async () => {
        const response = await fetch(`${running.url}/api/feedback`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        });
        assert.equal(response.status, 400);
      });
    });

    it('answers 413 to a body over 64 KB, from its Content-Length', async () => {
      const answer = await post(running.url, submission({ message: 'a'.repeat(70_000) }));
      assert.equal(answer.status, 413);
      assert.match(answer.json.message, /64 KB/);
    });

    it('answers 413 to a streamed body as soon as it passes 64 KB, without reading the rest', async () => {
      const url = new URL(`${running.url}/api/feedback`);
      const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
        let sent = 0;
        let writing = true;
        const req = request(
          url,
          { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
          (res) => {
            writing = false;
            res.resume();
            resolve({ status: res.statusCode ?? 0, sent });
            req.destroy();
          },
        );
        req.on('error', (error) => (writing ? reject(error) : undefined));
        const chunk = Buffer.alloc(16 * 1024, 0x61);
        const pump = () => {
          // Up to 10 MB; the answer must come long before.
          while (writing && sent < 10 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
        };
        pump();
      });
      assert.equal(status, 413);
      assert.ok(sent < 10 * 1024 * 1024, `sent ${sent} bytes`);
    });

    it('answers 415 to a body that is not JSON by content type', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
        const body = submission();
        const answer = await post(running.url, JSON.stringify(body), {
          'Content-Type': type,
          'Idempotency-Key': String(body.id),
        });
        assert.equal(answer.status, 415, type);
      }
      const accepted = submission();
      const answer = await post(running.url, accepted, { 'Content-Type': 'application/json; charset=UTF-8' });
      assert.equal(answer.status, 201);
    });

    it('answers 405 to other methods, naming the allowed ones', async () => {
      const response = await fetch(`${running.url}/api/feedback`);
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
    });

    it('answers 2xx to a filled honeypot and stores nothing', async () => {
      const before = await running.receiver.store.count();
      const answer = await post(running.url, submission({ website: 'http://spam.example' }));
      assert.equal(answer.status, 201);
      assert.match(answer.json.reference, /^OGP-/);
      // Even an invalid body gets the same quiet answer: a robot learns nothing.
      const invalid = await post(running.url, { website: 'x', message: 1 }, { 'Idempotency-Key': randomUUID() });
      assert.equal(invalid.status, 201);
      assert.equal(await running.receiver.store.count(), before);
    });

    it('answers /healthz', async () => {
      const response = await fetch(`${running.url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
    });

    it('answers 404 in JSON to unknown API paths', async () => {
      const response = await fetch(`${running.url}/api/nothing`);
      assert.equal(response.status, 404);
      assert.equal(typeof ((await response.json()) as { message: unknown }).message, 'string');
    });
  });

for (const kind of STORE_KINDS)
  describe(`rate limit (${kind})`, () => {
    it('answers 429 with Retry-After past FEEDBACK_RATE_LIMIT new submissions a minute', async () => {
      const running = await startReceiver({ rateLimit: 3 }, kind);
      try {
        const accepted = [];
        for (let i = 0; i < 3; i++) accepted.push(await post(running.url, submission()));
        assert.deepEqual(
          accepted.map((answer) => answer.status),
          [201, 201, 201],
        );
        const limited = await post(running.url, submission());
        assert.equal(limited.status, 429);
        const retryAfter = Number(limited.headers.get('retry-after'));
        assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
        assert.match(limited.json.message, /Espere/);
        assert.equal(await running.receiver.store.count(), 3);
      } finally {
        await running.stop();
      }
    });

    it('lets a retry of a stored submission through, even when limited', async () => {
      const running = await startReceiver({ rateLimit: 1 }, kind);
      try {
        const body = submission();
        assert.equal((await post(running.url, body)).status, 201);
        assert.equal((await post(running.url, submission())).status, 429);
        const replay = await post(running.url, body);
        assert.equal(replay.status, 201);
      } finally {
        await running.stop();
      }
    });

    it('is off with 0', async () => {
      const running = await startReceiver({ rateLimit: 0 }, kind);
      try {
        const answers = await Promise.all(Array.from({ length: 30 }, () => post(running.url, submission())));
        assert.ok(answers.every((answer) => answer.status === 201));
      } finally {
        await running.stop();
      }
    });
  });

for (const kind of STORE_KINDS)
  describe(`CORS (${kind})`, () => {
    let running: Running;
    before(async () => {
      running = await startReceiver(
        { allowedOrigins: ['https://www.medellin.gov.co', 'https://participa.example/'] },
        kind,
      );
    });
    after(() => running.stop());

    const preflight = (origin: string) =>
      fetch(`${running.url}/api/feedback`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });

    it('answers a preflight from an allowed origin with the methods and headers the widget needs', async () => {
      const response = await preflight('https://www.medellin.gov.co');
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://www.medellin.gov.co');
      assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
      // A trailing slash in the configuration does not matter.
      assert.equal((await preflight('https://participa.example')).status, 204);
    });

    it('refuses a preflight and a post from an origin not named', async () => {
      const response = await preflight('https://evil.example');
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      const before = await running.receiver.store.count();
      const answer = await post(running.url, submission(), { Origin: 'https://evil.example' });
      assert.equal(answer.status, 403);
      assert.equal(answer.headers.get('access-control-allow-origin'), null);
      assert.equal(await running.receiver.store.count(), before);
    });

    it('lets an allowed origin post and read the answer', async () => {
      const answer = await post(running.url, submission(), { Origin: 'https://www.medellin.gov.co' });
      assert.equal(answer.status, 201);
      assert.equal(answer.headers.get('access-control-allow-origin'), 'https://www.medellin.gov.co');
      assert.match(answer.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    });

    it('lets the receiver’s own pages post (same origin) without any CORS header', async () => {
      const answer = await post(running.url, submission(), { Origin: running.url });
      assert.equal(answer.status, 201);
      assert.equal(answer.headers.get('access-control-allow-origin'), null);
    });
  });
