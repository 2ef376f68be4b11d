/**
 * How the receiver delivers static files: compressed (the build's .br and
 * .gz copies, or the feed compressed on the fly), cached for as long as is
 * safe, revalidated cheaply, and readable by partners' pages on other
 * sites where the files are public.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressFolder } from '../../scripts/compress.js';
import { type Running, startReceiver, STORE_KINDS } from './server-helpers.js';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body stays as sent (fetch would decompress it). */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (answer: Raw) =>
  answer.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(answer.body)
    : answer.headers['content-encoding'] === 'gzip'
      ? gunzipSync(answer.body)
      : answer.body;

/** Text that compresses well, of about `size` bytes. */
const text = (size: number, word = 'compromiso') =>
  Array.from({ length: Math.ceil(size / (word.length + 8)) }, (_, i) => `${word} ${i}, `).join('');

for (const kind of STORE_KINDS)
  describe(`static files: compression, caching, cross-origin reading (${kind})`, () => {
    let running: Running;
    let root: string;
    const file = (path: string) => join(root, path);
    const FEED = JSON.stringify({ schemaVersion: '1.0', note: text(6000, 'indicador') });
    const BUNDLE = `export const text = ${JSON.stringify(text(20_000))};`;

    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'ogp-delivery-'));
      for (const folder of ['demo', 'dist/.tsbuildinfo', 'schema']) mkdirSync(file(folder), { recursive: true });
      writeFileSync(file('demo/index.html'), `<!doctype html><title>Demo</title><p>${text(3000)}</p>`);
      writeFileSync(file('demo/feed.json'), FEED);
      writeFileSync(file('demo/demo.js'), BUNDLE);
      writeFileSync(file('dist/ogp-plan-widgets.js'), BUNDLE);
      writeFileSync(file('dist/chunk-3f9a1c2b.js'), BUNDLE);
      writeFileSync(file('dist/small.js'), 'export {};');
      writeFileSync(file('dist/index.d.ts'), `export declare const text: string; // ${text(3000)}`);
      writeFileSync(file('dist/.tsbuildinfo/node.json'), text(3000));
      writeFileSync(file('schema/plan-feed.schema.json'), JSON.stringify({ description: text(3000) }));
      await compressFolder(file('dist'));
      running = await startReceiver({ root }, kind);
    });
    after(async () => {
      await running.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('the build writes .br and .gz copies of what browsers fetch, and of nothing else', () => {
      for (const name of ['ogp-plan-widgets.js', 'chunk-3f9a1c2b.js']) {
        assert.deepEqual(brotliDecompressSync(readFileSync(file(`dist/${name}.br`))).toString(), BUNDLE, name);
        assert.deepEqual(gunzipSync(readFileSync(file(`dist/${name}.gz`))).toString(), BUNDLE, name);
      }
      for (const left of ['small.js', 'index.d.ts', '.tsbuildinfo/node.json']) {
        assert.ok(!existsSync(file(`dist/${left}.br`)) && !existsSync(file(`dist/${left}.gz`)), left);
      }
    });

    it('sends the build’s brotli copy, or its gzip copy, to a client that takes it, and the file to others', async () => {
      const cases: [string, string | undefined][] = [
        ['gzip, deflate, br', 'br'],
        ['br;q=0, gzip', 'gzip'],
        ['gzip', 'gzip'],
        ['identity', undefined],
        ['', undefined],
      ];
      for (const [accept, encoding] of cases) {
        const answer = await raw(running.url, '/dist/ogp-plan-widgets.js', accept ? { 'Accept-Encoding': accept } : {});
        assert.equal(answer.status, 200, accept);
        assert.equal(answer.headers['content-encoding'], encoding, accept);
        assert.equal(answer.headers['content-type'], 'text/javascript; charset=utf-8', accept);
        assert.equal(answer.headers.vary, 'Accept-Encoding', accept);
        assert.equal(Number(answer.headers['content-length']), answer.body.length, accept);
        assert.equal(decoded(answer).toString(), BUNDLE, accept);
      }
      const brotli = await raw(running.url, '/dist/ogp-plan-widgets.js', { 'Accept-Encoding': 'br' });
      assert.ok(brotli.body.length < BUNDLE.length / 5, `${brotli.body.length} bytes`);
    });

    it('compresses the feed and the pages on the fly, and serves a feed replaced on disk at once', async () => {
      for (const [path, content] of [
        ['/feed.json', FEED],
        ['/demo/feed.json', FEED],
        ['/', readFileSync(file('demo/index.html'), 'utf8')],
      ] as const) {
        const answer = await raw(running.url, path, { 'Accept-Encoding': 'br, gzip' });
        assert.equal(answer.headers['content-encoding'], 'br', path);
        assert.equal(decoded(answer).toString(), content, path);
      }
      const gzip = await raw(running.url, '/feed.json', { 'Accept-Encoding': 'gzip' });
      assert.equal(decoded(gzip).toString(), FEED);

      const updated = JSON.stringify({ schemaVersion: '1.0', note: text(7000, 'hito') });
      writeFileSync(file('demo/feed.json'), updated);
      utimesSync(file('demo/feed.json'), new Date(), new Date(Date.now() + 5000));
      try {
        for (const accept of ['br', 'gzip', '']) {
          const answer = await raw(running.url, '/feed.json', { 'Accept-Encoding': accept });
          assert.equal(decoded(answer).toString(), updated, accept);
        }
      } finally {
        writeFileSync(file('demo/feed.json'), FEED);
      }
    });

    it('never sends a precompressed copy older than its file', async () => {
      const fresh = `${BUNDLE}\nexport const later = ${JSON.stringify(text(2000, 'nuevo'))};`;
      mkdirSync(file('demo/later'));
      writeFileSync(file('demo/later/app.js'), BUNDLE);
      await compressFolder(file('demo/later'));
      writeFileSync(file('demo/later/app.js'), fresh);
      utimesSync(file('demo/later/app.js'), new Date(), new Date(Date.now() + 5000));
      for (const accept of ['br', 'gzip']) {
        const answer = await raw(running.url, '/later/app.js', { 'Accept-Encoding': accept });
        assert.equal(answer.headers['content-encoding'], accept, accept);
        assert.equal(decoded(answer).toString(), fresh, accept);
      }
    });

    it('sends small files as they are', async () => {
      const answer = await raw(running.url, '/dist/small.js', { 'Accept-Encoding': 'br, gzip' });
      assert.equal(answer.headers['content-encoding'], undefined);
      assert.equal(answer.body.toString(), 'export {};');
    });

    it('keeps versioned files a year, rechecks other scripts after five minutes, and pages and JSON every time', async () => {
      for (const [path, policy] of [
        ['/dist/chunk-3f9a1c2b.js', 'public, max-age=31536000, immutable'],
        ['/dist/ogp-plan-widgets.js', 'public, max-age=300'],
        ['/demo.js', 'public, max-age=300'],
        ['/feed.json', 'no-cache'],
        ['/schema/plan-feed.schema.json', 'no-cache'],
        ['/', 'no-cache'],
        ['/index.html', 'no-cache'],
      ]) {
        const answer = await raw(running.url, path, { 'Accept-Encoding': 'br' });
        assert.equal(answer.status, 200, path);
        assert.equal(answer.headers['cache-control'], policy, path);
      }
    });

    it('gives the feed an ETag and a Last-Modified, and answers 304 to If-None-Match or If-Modified-Since', async () => {
      for (const accept of ['', 'br', 'gzip']) {
        const first = await raw(running.url, '/feed.json', { 'Accept-Encoding': accept });
        const etag = first.headers.etag!;
        const modified = first.headers['last-modified']!;
        assert.ok(etag && modified, accept);
        const again = (headers: Record<string, string>) =>
          raw(running.url, '/feed.json', { 'Accept-Encoding': accept, ...headers });

        const byTag = await again({ 'If-None-Match': etag });
        assert.equal(byTag.status, 304, accept);
        assert.equal(byTag.body.length, 0);
        assert.equal(byTag.headers.etag, etag);
        assert.equal((await again({ 'If-None-Match': `"other", ${etag}` })).status, 304, accept);
        assert.equal((await again({ 'If-Modified-Since': modified })).status, 304, accept);

        const earlier = new Date(Date.parse(modified) - 1000).toUTCString();
        assert.equal((await again({ 'If-Modified-Since': earlier })).status, 200, accept);
        // An ETag that does not match wins over a date that would.
        assert.equal((await again({ 'If-None-Match': '"other"', 'If-Modified-Since': modified })).status, 200);
      }
      const plain = await raw(running.url, '/feed.json');
      const brotli = await raw(running.url, '/feed.json', { 'Accept-Encoding': 'br' });
      assert.notEqual(plain.headers.etag, brotli.headers.etag, 'each representation has its own tag');
    });

    it('answers HEAD with the headers of the compressed answer and no body', async () => {
      const head = await raw(running.url, '/feed.json', { 'Accept-Encoding': 'br' }, 'HEAD');
      const get = await raw(running.url, '/feed.json', { 'Accept-Encoding': 'br' });
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      assert.equal(head.headers['content-encoding'], 'br');
      assert.equal(head.headers['content-length'], String(get.body.length));
      const bundle = await raw(running.url, '/dist/ogp-plan-widgets.js', { 'Accept-Encoding': 'br' }, 'HEAD');
      assert.equal(bundle.body.length, 0);
      assert.equal(bundle.headers['content-encoding'], 'br');
    });

    it('lets any site read the feed, the schemas and the bundle, without credentials; not the pages', async () => {
      const partner = { Origin: 'https://aliado.example.org' };
      for (const path of [
        '/feed.json',
        '/demo/feed.json',
        '/dist/ogp-plan-widgets.js',
        '/dist/chunk-3f9a1c2b.js',
        '/schema/plan-feed.schema.json',
        '/dist/no-such-file.js',
      ]) {
        const answer = await raw(running.url, path, partner);
        assert.equal(answer.headers['access-control-allow-origin'], '*', path);
        assert.equal(answer.headers['access-control-allow-credentials'], undefined, path);
      }
      for (const path of ['/', '/index.html', '/demo.js']) {
        const answer = await raw(running.url, path, partner);
        assert.equal(answer.status, 200, path);
        assert.equal(answer.headers['access-control-allow-origin'], undefined, path);
      }
    });
  });
