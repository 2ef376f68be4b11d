import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache, loadFeed, type StoredCopy } from './feed-loader.js';
import { STORED_NOTICE_DELAY } from './feed-task.js';
import { FEED_CACHE, forgetStoredFeeds, readStoredFeed, writeStoredFeed } from './stored-feed.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { loadDemoFeed, serveFeed, startFreshAndCatchRejections } from '../test-support/fixtures.js';
import type { TestPlanTitle } from '../test-support/plan-title.js';
import '../test-support/plan-title.js';
import '../plan-overview/define.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notice = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="stored-notice"]');

const nameOf = (url: string) => url.split('/').pop()!;
const setMode = (url: string, mode: string) => fetch(`/__test/feed-mode/${nameOf(url)}`, { method: 'PUT', body: mode });
/** The If-None-Match of every request the feed's URL got ("" for none). */
const requestsOf = async (url: string): Promise<string[]> =>
  (await fetch(`/__test/feed-log/${nameOf(url)}`)).json() as Promise<string[]>;

/** A feed like the demo's, with its own plan title. */
async function feedTitled(title: string): Promise<PlanFeed> {
  const feed = structuredClone(await loadDemoFeed());
  feed.plan.title = title;
  return feed;
}

/** The first visit of `url`: loaded once, which keeps it on this device; the page then forgets it (a new visit). */
async function visitOnce(url: string): Promise<void> {
  const result = await loadFeed(url);
  expect(result.ok).to.be.true;
  await waitUntil(async () => (await readStoredFeed(new URL(url, location.href).href)) !== undefined, 'stored');
  clearFeedCache();
}

describe('the last good feed, kept on this device', function () {
  this.timeout(20000);
  startFreshAndCatchRejections();

  describe('the loader', () => {
    it('keeps a loaded feed, offers it at once on the next visit, and asks the server with its ETag (304)', async () => {
      const url = await serveFeed(await feedTitled('Plan guardado'));
      await visitOnce(url);
      const offered: StoredCopy[] = [];
      const before = Date.now();
      const result = await loadFeed(url, { onStoredCopy: (copy) => offered.push(copy) });
      expect(offered).to.have.length(1);
      expect(offered[0].feed.plan.title).to.equal('Plan guardado');
      expect(result.ok && result.feed).to.equal(offered[0].feed, 'a 304 keeps the very same feed object');
      expect(result.ok && result.stale).to.be.undefined;
      const [first, second] = await requestsOf(url);
      expect(first).to.equal('');
      expect(second).to.match(/^"[\w-]+"$/, 'the second visit sends If-None-Match');
      // The copy was confirmed now: its date moves on.
      const stored = await readStoredFeed(new URL(url, location.href).href);
      expect(stored!.savedAt).to.be.at.least(before);
    });

    it('replaces the copy when the feed changed', async () => {
      const url = await serveFeed(await feedTitled('Versión 1'));
      await visitOnce(url);
      await serveFeed(await feedTitled('Versión 2'), nameOf(url));
      const offered: string[] = [];
      const result = await loadFeed(url, { onStoredCopy: (copy) => offered.push(copy.feed.plan.title as string) });
      expect(offered).to.deep.equal(['Versión 1']);
      expect(result.ok && result.feed.plan.title).to.equal('Versión 2');
      clearFeedCache();
      await waitUntil(async () => {
        const stored = await readStoredFeed(new URL(url, location.href).href);
        return stored && (await stored.text())?.includes('Versión 2');
      }, 'the new version is kept');
    });

    const refreshFailures: [string, (url: string) => Promise<unknown>, string][] = [
      ['a server error', (url) => setMode(url, 'fail'), 'http'],
      [
        'a feed that became invalid',
        async (url) => serveFeed({ schemaVersion: '1.0', plan: {} }, nameOf(url)),
        'invalid',
      ],
      [
        'a feed that is no longer JSON',
        async (url) => serveFeed('<html>mantenimiento</html>', nameOf(url)),
        'not-json',
      ],
    ];
    for (const [name, breakIt, kind] of refreshFailures) {
      it(`falls back to the stored copy on ${name}, saying why`, async () => {
        const url = await serveFeed(await feedTitled('Plan de ayer'));
        await visitOnce(url);
        await breakIt(url);
        const result = await loadFeed(url);
        expect(result.ok).to.be.true;
        if (!result.ok) return;
        expect(result.feed.plan.title).to.equal('Plan de ayer');
        expect(result.stale?.error.kind).to.equal(kind);
        expect(result.stale?.savedAt).to.be.a('number');
      });
    }

    it('falls back to the stored copy when the server does not answer in time', async () => {
      const url = await serveFeed(await feedTitled('Plan de ayer'));
      await visitOnce(url);
      await setMode(url, 'hang');
      const result = await loadFeed(url, { timeout: 300 });
      expect(result.ok && result.stale?.error.kind).to.equal('timeout');
    });

    it('sends no conditional header to another origin (a CORS preflight), and still keeps and offers the copy', async () => {
      const local = await serveFeed(await feedTitled('Plan de otro origen'));
      const other = new URL(local, location.href);
      other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      await visitOnce(other.href);
      await setMode(local, 'fail');
      const result = await loadFeed(other.href);
      expect(result.ok && result.stale?.error.kind).to.equal('http');
      expect(await requestsOf(local)).to.deep.equal(['', '']);
    });

    it('ignores a stored copy that no longer validates (a feed of an older format) and loads as on a first visit', async () => {
      const url = await serveFeed(await feedTitled('Plan nuevo'));
      const absolute = new URL(url, location.href).href;
      await writeStoredFeed(absolute, { text: '{"schemaVersion":"0.1"}', etag: '"viejo"', savedAt: Date.now() });
      const offered: unknown[] = [];
      const result = await loadFeed(url, { onStoredCopy: (copy) => offered.push(copy) });
      expect(offered).to.deep.equal([]);
      expect(result.ok && result.feed.plan.title).to.equal('Plan nuevo');
    });

    it('forgets one copy, or all of them', async () => {
      const url = await serveFeed(await feedTitled('Plan'));
      await visitOnce(url);
      const absolute = new URL(url, location.href).href;
      await forgetStoredFeeds(absolute);
      expect(await readStoredFeed(absolute)).to.be.undefined;
      await visitOnce(url);
      await forgetStoredFeeds();
      expect(await caches.has(FEED_CACHE)).to.be.false;
    });
  });

  describe('where storage refuses or never answers', () => {
    const undo: (() => void)[] = [];
    afterEach(() => undo.splice(0).forEach((restore) => restore()));
    /** Replaces `caches.open` on this page (a sandboxed frame refuses it; a broken store never answers). */
    const openCachesWith = (open: () => Promise<Cache>) => {
      Object.defineProperty(caches, 'open', { configurable: true, value: open });
      undo.push(() => delete (caches as { open?: unknown }).open);
    };

    it('loads the plan as on a first visit when Cache Storage refuses (an opaque origin)', async () => {
      openCachesWith(() => Promise.reject(new DOMException('The origin is opaque.', 'SecurityError')));
      const url = await serveFeed(await feedTitled('Plan sin almacenamiento'));
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      await el.loadComplete;
      expect(text(el)).to.include('Plan sin almacenamiento');
      expect(notice(el)).to.be.null;
    });

    it('loads the plan when Cache Storage never answers, and does not wait for it long', async () => {
      openCachesWith(() => new Promise<Cache>(() => undefined));
      const url = await serveFeed(await feedTitled('Plan sin respuesta del almacenamiento'));
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      await el.loadComplete;
      expect(text(el)).to.include('Plan sin respuesta del almacenamiento');
      expect(await requestsOf(url)).to.deep.equal(['']);
    });

    it('loads the plan when the copy cannot be written (a full disk), and the next visit loads afresh', async () => {
      const refuse = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      const open = caches.open.bind(caches);
      openCachesWith(async () => Object.assign(await open(FEED_CACHE), { put: refuse }));
      const url = await serveFeed(await feedTitled('Plan sin espacio'));
      const first = await loadFeed(url);
      expect(first.ok && first.feed.plan.title).to.equal('Plan sin espacio');
      clearFeedCache();
      const offered: unknown[] = [];
      const second = await loadFeed(url, { onStoredCopy: (copy) => offered.push(copy) });
      expect(second.ok).to.be.true;
      expect(offered).to.deep.equal([]);
      expect(await requestsOf(url)).to.deep.equal(['', '']);
    });
  });

  describe('a widget', () => {
    it('shows the stored plan at once, without a notice while a quick check confirms it', async () => {
      const url = await serveFeed(await feedTitled('Plan guardado'));
      await visitOnce(url);
      await setMode(url, 'slow:700');
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      // The same request as the widget's (one per URL and page): it tells when the server has answered.
      let answered = false;
      void loadFeed(url).then(() => (answered = true));
      await waitUntil(() => text(el).includes('Plan guardado'), 'the stored plan');
      expect(answered).to.equal(false, 'shown before the server answered');
      await el.loadComplete;
      expect(answered).to.be.true;
      expect(notice(el)).to.be.null;
      expect(text(el)).to.include('Plan guardado');
    });

    it('says when the plan shown was saved while a slow check goes on, then that it is up to date', async () => {
      const url = await serveFeed(await feedTitled('Plan guardado'));
      await visitOnce(url);
      await setMode(url, `slow:${STORED_NOTICE_DELAY + 1500}`);
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      await waitUntil(() => notice(el), 'the notice of a slow check', { timeout: STORED_NOTICE_DELAY + 1000 });
      const year = String(new Date().getFullYear());
      expect(notice(el)!.textContent).to.include('guardados el').and.include(year);
      expect(notice(el)!.textContent).to.include('Buscando datos nuevos');
      expect(notice(el)!.querySelector('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
      const height = el.getBoundingClientRect().height;
      await el.loadComplete;
      expect(notice(el)!.textContent).to.include('Los datos están al día.');
      expect(el.getBoundingClientRect().height).to.equal(height, 'the notice stays: the page does not jump');
    });

    it('keeps the stored plan with a notice and "Reintentar" when the refresh fails, never a blank error', async () => {
      const url = await serveFeed(await feedTitled('Plan de ayer'));
      await visitOnce(url);
      await setMode(url, 'fail');
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      await el.loadComplete;
      expect(text(el)).to.include('Plan de ayer');
      expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
      expect(notice(el)!.textContent).to.include('No pudimos actualizar los datos').and.include('código 500');
      await expect(el).to.be.accessible();

      // Back online, with a new version: "Reintentar" brings it, and the notice says so in place.
      await setMode(url, 'ok');
      await serveFeed(await feedTitled('Plan de hoy'), nameOf(url));
      notice(el)!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await el.loadComplete;
      expect(text(el)).to.include('Plan de hoy');
      expect(notice(el)!.textContent).to.include('Los datos están al día.');
      expect(notice(el)!.querySelector('[part="retry"]')).to.be.null;
    });

    it('shows a new version in place of the stored one as soon as it arrives', async () => {
      const url = await serveFeed(await feedTitled('Versión 1'));
      await visitOnce(url);
      await serveFeed(await feedTitled('Versión 2'), nameOf(url));
      await setMode(url, 'slow:700');
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url}></test-plan-title>`);
      await waitUntil(() => text(el).includes('Versión 1'), 'the stored version first');
      await el.loadComplete;
      expect(text(el)).to.include('Versión 2').and.not.include('Versión 1');
      expect(notice(el)).to.be.null;
    });

    it('speaks the page’s language in the notice, and the overview keeps working on the stored plan', async () => {
      const url = await serveFeed(await feedTitled('Plan guardado'));
      await visitOnce(url);
      await setMode(url, 'fail');
      const el = await fixture<HTMLElement & { loadComplete: Promise<void> }>(
        html`<div lang="en"><ogp-plan-overview src=${url}></ogp-plan-overview></div>`,
      );
      const overview = el.querySelector('ogp-plan-overview') as HTMLElement & { loadComplete: Promise<void> };
      await overview.loadComplete;
      expect(notice(overview)!.textContent).to.include('We could not update the data').and.include('(code 500)');
      expect(shadow(overview).querySelectorAll('li').length).to.be.greaterThan(3);
      await expect(overview).to.be.accessible();
    });
  });
});
