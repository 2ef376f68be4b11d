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
import pg from 'pg';
import { retryWhileBusy, StoreBusyError } from '../../src/server/busy.js';
import { openPostgresStore } from '../../src/server/postgres-store.js';
import {
  freshStorage,
  post,
  type Running,
  STORE_KINDS,
  startReceiver,
  storedText,
  submission,
} from './server-helpers.js';

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

  it('answers 503 with Retry-After, which the widget retries, when the lock is held past the 5 s wait', async () => {
    const other = new Database(join(running.storage.options.dataDir!, 'feedback.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const answer = await post(running.url, submission());
      assert.equal(answer.status, 503);
      assert.ok(Number(answer.headers.get('retry-after')) > 0);
      assert.match(answer.json.message, /Intente de nuevo/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('a SQLite file written before migrations', () => {
  it('is upgraded at start: its rows kept, their keys in lowercase, the bodies with unknown fields wiped', async () => {
    const storage = await freshStorage('sqlite');
    const file = join(storage.options.dataDir!, 'feedback.sqlite');
    const old = new Database(file);
    // The schema the receiver created before versioned migrations, with one row as it stored it.
    old.exec(`CREATE TABLE submissions (seq INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL, reference TEXT NOT NULL,
      body_hash TEXT NOT NULL, received_at TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, commitment_id TEXT,
      name TEXT, email TEXT, wants_reply INTEGER, territory TEXT, age_range TEXT, gender TEXT,
      consent_version TEXT NOT NULL, consent_at TEXT NOT NULL, locale TEXT NOT NULL, plan_id TEXT, page_url TEXT,
      created_at TEXT NOT NULL, body TEXT NOT NULL);
      CREATE UNIQUE INDEX submissions_idempotency_key ON submissions (idempotency_key);
      CREATE UNIQUE INDEX submissions_reference ON submissions (reference);`);
    const body = submission({ extra: 'campo-viejo-desconocido-51d0' });
    const key = String(body.id).toUpperCase();
    old
      .prepare(
        `INSERT INTO submissions (idempotency_key, reference, body_hash, received_at, kind, message, consent_version,
        consent_at, locale, created_at, body) VALUES (?, 'OGP-AAAA-BBBB', 'x', '2026-11-27T15:04:10.000Z', 'comment', ?,
        '2026-11', '2026-11-27T15:04:05.000Z', 'es', '2026-11-27T15:04:09.000Z', ?)`,
      )
      .run(key, body.message, JSON.stringify(body));
    old.close();
    assert.ok((await storedText(storage)).includes('campo-viejo-desconocido-51d0'));

    const running = await startReceiver({ ...storage.options, adminToken: 'upgrade-token-0123456789abcdef' });
    try {
      const found = await running.receiver.store.findSubject({ reference: 'OGP-AAAA-BBBB' });
      assert.equal(found.length, 1);
      assert.equal(found[0]!.id, String(body.id).toLowerCase());
      assert.equal((await running.receiver.store.find(key))?.reference, 'OGP-AAAA-BBBB');
      assert.ok(!(await storedText(storage)).includes('campo-viejo-desconocido-51d0'));
    } finally {
      await running.stop();
      await storage.drop();
    }
  });
});

describe('waiting for a busy database on a timer', () => {
  const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

  it('tries again until the database is free, and gives up with StoreBusyError (a 503) after the wait', async () => {
    let calls = 0;
    const value = await retryWhileBusy(() => {
      if (++calls < 3) throw busy();
      return 'stored';
    });
    assert.equal(value, 'stored');
    assert.equal(calls, 3);
    await assert.rejects(
      retryWhileBusy(() => {
        throw busy();
      }, 50),
      StoreBusyError,
    );
  });

  it('passes any other error on at once', async () => {
    let calls = 0;
    await assert.rejects(
      retryWhileBusy(() => {
        calls++;
        throw Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
      }),
      /constraint/,
    );
    assert.equal(calls, 1);
  });
});

describe(
  'receivers starting together on one new PostgreSQL database',
  {
    skip: !STORE_KINDS.includes('postgres') && 'needs FEEDBACK_TEST_DATABASE_URL',
  },
  () => {
    it('apply each migration once, under the advisory lock', async () => {
      const storage = await freshStorage('postgres');
      try {
        const stores = await Promise.all(
          Array.from({ length: 6 }, () => openPostgresStore(storage.options.databaseUrl!)),
        );
        await Promise.all(stores.map((store) => store.close()));
        const client = new pg.Client({ connectionString: storage.options.databaseUrl });
        await client.connect();
        const { rows } = await client.query<{ version: number }>(
          'SELECT version FROM feedback_schema_migrations ORDER BY version',
        );
        await client.end();
        // Every version once: 1 (submissions), 2 (the rate limit's buckets), 3 (statuses, answers, audit).
        assert.deepEqual(
          rows.map((row) => row.version),
          [1, 2, 3],
        );
      } finally {
        await storage.drop();
      }
    });
  },
);
