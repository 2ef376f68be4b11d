/**
 * The receiver as the demo's web server: what it serves, with which
 * headers, and what it never serves.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP } from '../../src/shared/csp.js';
import { type Running, startReceiver, STORE_KINDS } from './server-helpers.js';

/** A GET that sends the path exactly as written (fetch would normalize "..").  */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const kind of STORE_KINDS)
  describe(`static files (${kind})`, () => {
    let running: Running;
    let root: string;
    before(async () => {
      // A small site of our own, so the test does not depend on what demo/ holds today.
      root = mkdtempSync(join(tmpdir(), 'ogp-static-'));
      mkdirSync(join(root, 'demo', 'sub'), { recursive: true });
      mkdirSync(join(root, 'dist'));
      mkdirSync(join(root, 'schema'));
      writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
      writeFileSync(join(root, 'demo', 'strict-csp.html'), '<!doctype html><title>Strict</title>');
      writeFileSync(join(root, 'demo', 'sub', 'index.html'), '<!doctype html><title>Sub</title>');
      writeFileSync(join(root, 'demo', 'sub', 'strict-csp.html'), '<!doctype html><title>Sub strict</title>');
      writeFileSync(join(root, 'demo', 'feed.json'), '{"schemaVersion":"1.0"}');
      writeFileSync(join(root, 'demo', '.env'), 'SECRET=1');
      writeFileSync(join(root, 'dist', 'ogp-plan-widgets.js'), 'export {};');
      writeFileSync(join(root, 'schema', 'plan-feed.schema.json'), '{}');
      writeFileSync(join(root, 'secret.txt'), 'outside');
      symlinkSync(join(root, 'secret.txt'), join(root, 'demo', 'link.txt'));
      running = await startReceiver({ root }, kind);
    });
    after(async () => {
      await running.stop();
      rmSync(root, { recursive: true, force: true });
    });

    const get = (path: string, init?: RequestInit) => fetch(`${running.url}${path}`, init);

    it('serves the demo at / and at /demo/, with security headers', async () => {
      for (const path of ['/', '/index.html', '/demo/', '/demo/index.html']) {
        const response = await get(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
        assert.equal(response.headers.get('content-security-policy'), null);
        assert.match(await response.text(), /<title>Demo<\/title>/);
      }
      const redirect = await get('/demo', { redirect: 'manual' });
      assert.equal(redirect.status, 301);
      assert.equal(redirect.headers.get('location'), '/demo/');
      assert.equal((await get('/demo/sub', { redirect: 'manual' })).headers.get('location'), '/demo/sub/');
    });

    it('serves the feed at /feed.json and /demo/feed.json, the bundle and the schemas, with their types', async () => {
      for (const [path, type] of [
        ['/feed.json', 'application/json; charset=utf-8'],
        ['/demo/feed.json', 'application/json; charset=utf-8'],
        ['/dist/ogp-plan-widgets.js', 'text/javascript; charset=utf-8'],
        ['/schema/plan-feed.schema.json', 'application/json; charset=utf-8'],
      ] as const) {
        const response = await get(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-type'), type, path);
        assert.ok(response.headers.get('cache-control'), path);
      }
    });

    it('sends the strict Content-Security-Policy with every strict-csp.html, and only there', async () => {
      for (const path of ['/strict-csp.html', '/demo/strict-csp.html', '/demo/sub/strict-csp.html']) {
        const response = await get(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, path);
      }
      assert.match(STRICT_CSP, /require-trusted-types-for 'script'/);
      assert.match(STRICT_CSP, /trusted-types lit-html/);
      assert.match(STRICT_CSP, /script-src 'self'/);
      assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
    });

    it('answers 304 to a matching If-None-Match', async () => {
      const first = await get('/feed.json');
      const etag = first.headers.get('etag')!;
      assert.ok(etag);
      const second = await get('/feed.json', { headers: { 'If-None-Match': etag } });
      assert.equal(second.status, 304);
    });

    it('answers HEAD without a body', async () => {
      const response = await get('/feed.json', { method: 'HEAD' });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-length'), '23');
      assert.equal(await response.text(), '');
    });

    it('never leaves its folders: "..", encoded "..", absolute paths, backslashes, dotfiles, symbolic links', async () => {
      for (const path of [
        '/../secret.txt',
        '/demo/../secret.txt',
        '/demo/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/demo/%2e%2e/%2e%2e/secret.txt',
        '/demo/..%2fsecret.txt',
        '/..%5csecret.txt',
        '//etc/passwd',
        '/%2fetc%2fpasswd',
        '/dist/../../secret.txt',
        '/.env',
        '/demo/.env',
        '/link.txt',
        '/%00',
        '/%E0%A4%A',
      ]) {
        const response = await rawGet(running.url, path);
        assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
        assert.doesNotMatch(response.body, /outside|SECRET|root:/, path);
      }
    });

    it('answers 404 to missing files and 405 to writes', async () => {
      assert.equal((await get('/no-such-file.html')).status, 404);
      const put = await get('/index.html', { method: 'PUT', body: 'x' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('allow'), 'GET, HEAD');
    });
  });

for (const kind of STORE_KINDS)
  describe(`static files from this repository (${kind})`, () => {
    let running: Running;
    before(async () => {
      running = await startReceiver({}, kind);
    });
    after(() => running.stop());

    it('serves the real demo feed and the published schemas', async () => {
      const feed = await fetch(`${running.url}/feed.json`);
      assert.equal(feed.status, 200);
      assert.equal(((await feed.json()) as { plan: { id: string } }).plan.id, 'medellin-2025-2027');
      for (const name of ['plan-feed.schema.json', 'feedback-submission.schema.json', 'feedback-answers.schema.json']) {
        const schema = await fetch(`${running.url}/schema/${name}`);
        assert.equal(schema.status, 200, name);
      }
    });

    it('serves the icon that every demo page links to', async () => {
      const demo = new URL('../../demo/', import.meta.url);
      for (const page of readdirSync(demo).filter((name) => name.endsWith('.html'))) {
        const html = readFileSync(new URL(page, demo), 'utf8');
        const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
        assert.ok(href, `${page} links to an icon`);
        for (const base of ['/', '/demo/']) {
          const icon: Response = await fetch(new URL(href, `${running.url}${base}${page}`));
          assert.equal(icon.status, 200, `${base}${page}: ${href}`);
          assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
        }
      }
    });
  });
