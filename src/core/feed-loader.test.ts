import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { acceptFeed, loadFeed } from './feed-loader.js';
import { parseFeedText } from '../shared/feed-text.js';
import { loadDemoFeed, serveFeed, uniqueUrl, startFreshAndCatchRejections } from '../test-support/fixtures.js';

describe('loadFeed', () => {
  startFreshAndCatchRejections();

  it('loads and validates the demo feed', async () => {
    const result = await loadFeed('/demo/feed.json');
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.feed.plan.id).to.equal('medellin-2025-2027');
      expect(result.url).to.equal(new URL('/demo/feed.json', location.href).href);
    }
  });

  it('fetches a URL once per page, however many callers ask', async () => {
    const key = `once-${Date.now()}`;
    const url = `/__test/counted/${key}`;
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(new URL(url, location.href).href)]);
    expect(results.every((result) => result.ok)).to.equal(true);
    await loadFeed(url);
    const count = await (await fetch(`/__test/count/${key}`)).json();
    expect(count).to.equal(1);
  });

  it('asks again on reload, and after a failure', async () => {
    const key = `flaky-${Date.now()}`;
    const url = `/__test/flaky/${key}?fail=1`;
    const first = await loadFeed(url);
    expect(first.ok).to.equal(false);
    if (!first.ok) expect(first.error).to.include({ kind: 'http', status: 500 });
    const second = await loadFeed(url);
    expect(second.ok).to.equal(true);
  });

  it('reports 404 and 500 as HTTP failures with their status', async () => {
    for (const status of [404, 500, 503]) {
      const result = await loadFeed(uniqueUrl(`/__test/status/${status}`));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.include({ kind: 'http', status });
    }
  });

  it('reports HTML instead of JSON as not JSON', async () => {
    const result = await loadFeed(uniqueUrl('/__test/html'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('not-json');
  });

  it('reports truncated JSON as not JSON', async () => {
    const result = await loadFeed(uniqueUrl('/__test/truncated'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('not-json');
  });

  it('reports bytes that are not UTF-8 as not JSON', async () => {
    const result = await loadFeed(uniqueUrl('/__test/not-utf8'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('not-json');
  });

  it('tolerates a UTF-8 byte order mark', async () => {
    const result = await loadFeed(uniqueUrl('/__test/bom'));
    expect(result.ok).to.equal(true);
  });

  it('gives up on a server that never answers', async () => {
    const result = await loadFeed(uniqueUrl('/__test/hang'), { timeout: 300 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('timeout');
  });

  it('gives up on a body that never ends', async () => {
    const result = await loadFeed(uniqueUrl('/__test/hang-body'), { timeout: 400 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('timeout');
  });

  it('reports a network failure', async () => {
    // Port 9 on loopback: nothing listens there.
    const result = await loadFeed('http://127.0.0.1:9/feed.json');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('network');
  });

  it('reports the device offline when the browser says so', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const result = await loadFeed('http://127.0.0.1:9/offline.json');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.kind).to.equal('offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('lists the problems of an invalid feed', async () => {
    const feed = await loadDemoFeed();
    feed.commitments[1].milestones = 'pronto';
    delete feed.commitments[0].title;
    const result = await loadFeed(await serveFeed(feed));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.kind).to.equal('invalid');
    const paths = result.error.issues?.map((issue) => issue.path);
    expect(paths).to.include.members(['/commitments/0/title', '/commitments/1/milestones']);
  });

  it('refuses another major version with its own kind of failure', async () => {
    const feed = await loadDemoFeed();
    feed.schemaVersion = '2.0';
    const result = await loadFeed(await serveFeed(feed));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.include({ kind: 'unsupported-version', version: '2.0' });
  });

  it('stops waiting for an aborted caller while others still get the feed', async () => {
    const url = uniqueUrl('/__test/slow?ms=300');
    const controller = new AbortController();
    const aborted = loadFeed(url, { signal: controller.signal });
    const other = loadFeed(url);
    controller.abort();
    expect((await aborted).ok).to.equal(false);
    const result = await aborted;
    if (!result.ok) expect(result.error.kind).to.equal('aborted');
    expect((await other).ok).to.equal(true);
  });

  it('closes a request once every caller has given up on it, and asks again for the next caller', async () => {
    const key = `gone-${Math.random().toString(36).slice(2)}`;
    const url = `/__test/hang/${key}`;
    const first = new AbortController();
    const second = new AbortController();
    const results = [loadFeed(url, { signal: first.signal }), loadFeed(url, { signal: second.signal })];
    const count = async () => (await (await fetch(`/__test/hang-count/${key}`)).json()) as Record<string, number>;
    await waitUntil(async () => (await count()).requests === 1, 'the request reaches the server');
    first.abort();
    await aTimeout(100);
    expect(await count(), 'one caller still waits').to.deep.equal({ requests: 1, closed: 0 });
    second.abort();
    for (const result of await Promise.all(results)) expect(!result.ok && result.error.kind).to.equal('aborted');
    await waitUntil(async () => (await count()).closed === 1, 'the connection is closed');
    const third = new AbortController();
    const next = loadFeed(url, { signal: third.signal });
    await waitUntil(async () => (await count()).requests === 2, 'a new caller gets a new request');
    third.abort();
    await next;
  });

  it('keeps a request open while a caller that cannot give up waits for it', async () => {
    const key = `kept-${Math.random().toString(36).slice(2)}`;
    const url = `/__test/hang/${key}`;
    const controller = new AbortController();
    void loadFeed(url, { timeout: 1500 });
    const aborted = loadFeed(url, { signal: controller.signal });
    const count = async () => (await (await fetch(`/__test/hang-count/${key}`)).json()) as Record<string, number>;
    await waitUntil(async () => (await count()).requests === 1, 'the request reaches the server');
    controller.abort();
    await aborted;
    await aTimeout(100);
    expect(await count()).to.deep.equal({ requests: 1, closed: 0 });
  });

  it('never throws and never rejects on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const result = await loadFeed(await serveFeed(bytes));
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(['not-json', 'invalid', 'unsupported-version']).to.include(result.error.kind);
      }),
      { numRuns: 40 },
    );
  });

  it('never throws on arbitrary JSON served as the feed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const result = await loadFeed(await serveFeed(JSON.stringify(value)));
        expect(typeof result.ok).to.equal('boolean');
      }),
      { numRuns: 40 },
    );
  });
});

describe('acceptFeed', () => {
  it('validates a feed given as an object', async () => {
    expect(acceptFeed(await loadDemoFeed()).ok).to.equal(true);
    const result = acceptFeed({ schemaVersion: '1.0' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('invalid');
  });
});

describe('parseFeedText', () => {
  it('strips a byte order mark and reports broken JSON without throwing', () => {
    expect(parseFeedText('\uFEFF{"a":1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    expect(parseFeedText('{"a":').ok).to.equal(false);
    fc.assert(fc.property(fc.string(), (text) => typeof parseFeedText(text).ok === 'boolean'));
  });
});
