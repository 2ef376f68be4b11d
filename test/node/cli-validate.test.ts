/**
 * `ogp-plan-widgets validate <file-or-URL>` through the real bin: 0 valid,
 * 1 invalid (naming every path), 2 unreadable.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildDist, demoFeed, runBin, tempFolder } from './cli-helpers.js';

describe('validate', () => {
  const folder = tempFolder();
  before(buildDist);
  after(folder.remove);

  it('exits 0 and says, in Spanish, that the demo feed is valid', async () => {
    const result = await runBin(['validate', 'demo/feed.json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'demo/feed.json: válido');
  });

  it('lists each bad date once and counts the problems it lists', async () => {
    const feed = demoFeed() as unknown as {
      plan: { period: Record<string, unknown> };
      commitments: Record<string, unknown>[];
    };
    feed.plan.period.start = 'ayer';
    feed.commitments[0]!.start = '2026-02-30';
    feed.commitments[1]!.end = 'pronto';
    const file = join(folder.path, 'bad-dates.json');
    writeFileSync(file, JSON.stringify(feed));
    const result = await runBin(['validate', file]);
    assert.equal(result.status, 1);
    const listed = result.stdout.split('\n').filter((line) => line.startsWith('/') && !line.startsWith(folder.path));
    assert.deepEqual(listed, [
      '/plan/period/start: se esperaba una fecha AAAA-MM-DD',
      '/commitments/0/start: se esperaba una fecha AAAA-MM-DD',
      '/commitments/1/end: se esperaba una fecha AAAA-MM-DD',
    ]);
    assert.match(result.stdout, /: 3 problemas$/m);
  });

  it('exits 1 and names every broken path', async () => {
    const feed = demoFeed() as unknown as { commitments: Record<string, unknown>[] };
    delete feed.commitments[0]!.title;
    feed.commitments[1]!.milestones = 'pronto';
    const file = join(folder.path, 'broken.json');
    writeFileSync(file, JSON.stringify(feed));
    const result = await runBin(['validate', file]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^\/commitments\/0\/title: falta este campo obligatorio$/m);
    assert.match(result.stdout, /^\/commitments\/1\/milestones: se esperaba una lista$/m);
  });

  it('exits 2 for a file that does not exist', async () => {
    const result = await runBin(['validate', join(folder.path, 'no-existe.json')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /No se pudo leer/);
  });

  it('exits 2 for a file that is not JSON', async () => {
    const file = join(folder.path, 'page.json');
    writeFileSync(file, '<!doctype html><title>Not found</title>');
    const result = await runBin(['validate', file]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no es JSON válido/);
  });

  it('exits 2 without a file', async () => {
    const result = await runBin(['validate']);
    assert.equal(result.status, 2);
  });

  describe('a URL', () => {
    let server: Server;
    let base: string;
    before(async () => {
      const body = JSON.stringify(demoFeed());
      server = createServer((request, response) => {
        if (request.url === '/feed.json') {
          response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
        } else {
          response.writeHead(404).end('no');
        }
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it('validates a feed served over HTTP', async () => {
      const result = await runBin(['validate', `${base}/feed.json`]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout.trim(), /: válido$/);
    });

    it('exits 2 when the server answers 404', async () => {
      const result = await runBin(['validate', `${base}/missing.json`]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /404/);
    });
  });
});
