/**
 * The faults an adversarial review found in the receiver, each held by a
 * test: deep JSON, unknown fields kept, a busy SQLite file stalling
 * everything, /healthz taking any method, a honeypot that tells itself, and
 * a UUID key counted twice by its case.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { post, type Running, STORE_KINDS, startReceiver, storedText, submission } from './server-helpers.js';

/** A request with any method (fetch refuses TRACE), answering the status. */
function statusOf(url: string, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

for (const kind of STORE_KINDS)
  describe(`the receiver's faults, fixed (${kind})`, () => {
    let running: Running;
    before(async () => {
      running = await startReceiver({}, kind);
    });
    after(() => running.stop());

    it('answers 400, not 500, to JSON nested 5,000 levels deep, in an unknown field or a known one', async () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      for (const field of ['extra', 'profile']) {
        const body = JSON.stringify(submission()).replace(/^\{/, `{"${field}":${deep},`);
        const id = (JSON.parse(body) as { id: string }).id;
        const answer = await post(running.url, body, { 'Idempotency-Key': id });
        assert.equal(answer.status, 400, field);
        assert.match(answer.json.message, /anidado|profundo/, field);
      }
    });

    it('stores only the documented fields, never unknown ones', async () => {
      const body = submission({
        extra: 'campo-desconocido-7f3a',
        profile: { territory: 'Comuna 1 - Popular', x: 'otro-9c2e' },
      });
      assert.equal((await post(running.url, body)).status, 201);
      const text = await storedText(running.storage);
      assert.ok(text.includes(String(body.id)), 'the row is there');
      assert.ok(text.includes('Comuna 1 - Popular'));
      assert.ok(!text.includes('campo-desconocido-7f3a'));
      assert.ok(!text.includes('otro-9c2e'));
    });

    it('answers /healthz and /readyz only to GET and HEAD: 405 to PUT, DELETE and TRACE', async () => {
      for (const path of ['/healthz', '/readyz']) {
        assert.equal(await statusOf(running.url, 'GET', path), 200, path);
        assert.equal(await statusOf(running.url, 'HEAD', path), 200, path);
        for (const method of ['PUT', 'DELETE', 'TRACE', 'POST']) {
          assert.equal(await statusOf(running.url, method, path), 405, `${method} ${path}`);
        }
      }
    });

    it('answers a filled honeypot sent twice with the same reference, and another key with another', async () => {
      const trap = submission({ website: 'https://spam.example' });
      const first = await post(running.url, trap);
      const second = await post(running.url, trap);
      const other = await post(running.url, submission({ website: 'https://spam.example' }));
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.json.reference, first.json.reference);
      assert.notEqual(other.json.reference, first.json.reference);
      assert.match(first.json.reference, /^OGP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    });

    it('takes a UUID key in capitals and in lowercase as one submission: one row, one reference', async () => {
      const before = await running.receiver.store.count();
      const lower = submission();
      const upper = { ...lower, id: String(lower.id).toUpperCase() };
      const first = await post(running.url, upper);
      const second = await post(running.url, lower);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.json.reference, first.json.reference);
      assert.equal(await running.receiver.store.count(), before + 1);
    });
  });

describe('a SQLite file locked by another process', () => {
  let running: Running;
  before(async () => {
    running = await startReceiver({}, 'sqlite');
  });
  after(() => running.stop());

  it('keeps answering health checks and static files while a write waits for the lock, then stores it', async () => {
    // Another connection (as another process would) takes the write lock and holds it.
    const other = new Database(join(running.storage.options.dataDir!, 'feedback.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    let answered = false;
    const waiting = post(running.url, submission()).then((answer) => {
      answered = true;
      return answer;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(await statusOf(running.url, 'GET', '/healthz'), 200);
      assert.equal(await statusOf(running.url, 'GET', '/schema/plan-feed.schema.json'), 200);
      assert.equal(answered, false, 'the write is still waiting for the lock');
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    assert.equal((await waiting).status, 201);
  });
});
