import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from './define.js';
import { DEFAULT_TIMEOUT } from './feed-loader.js';
import { FeedTask, TaskStatus } from './feed-task.js';
import { loadDemoFeed, uniqueUrl, startFreshAndCatchRejections } from '../test-support/fixtures.js';
import '../test-support/plan-title.js';
import type { TestPlanTitle } from '../test-support/plan-title.js';

/** The controller alone in a plain Lit element: it records every state it renders. */
class FeedHost extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) feed?: unknown;
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;
  readonly task = new FeedTask(this);
  readonly rendered: string[] = [];

  protected override render() {
    const { status, value, error } = this.task;
    const state =
      status === TaskStatus.INITIAL
        ? 'initial'
        : status === TaskStatus.PENDING
          ? 'pending'
          : status === TaskStatus.COMPLETE
            ? `complete ${value!.plan.id}`
            : `error ${error!.kind}`;
    this.rendered.push(state);
    return litHtml`<p>${state}</p>`;
  }
}
defineElement('test-feed-host', FeedHost);

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hangCount = async (key: string) =>
  (await (await fetch(`/__test/hang-count/${key}`)).json()) as { requests: number; closed: number };
const randomKey = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe('FeedTask', () => {
  startFreshAndCatchRejections();

  describe('states', () => {
    it('is initial without a source, pending while loading, then complete with the feed', async () => {
      const el = await fixture<FeedHost>(html`<test-feed-host></test-feed-host>`);
      expect(el.task.status).to.equal(TaskStatus.INITIAL);
      expect(el.task.value).to.equal(undefined);
      el.src = uniqueUrl('/__test/slow?ms=200');
      await el.updateComplete;
      expect(el.task.status).to.equal(TaskStatus.PENDING);
      await el.task.loadComplete;
      expect(el.task.status).to.equal(TaskStatus.COMPLETE);
      expect(el.task.value?.plan.id).to.equal('medellin-2025-2027');
      expect(el.rendered).to.deep.equal(['initial', 'pending', 'complete medellin-2025-2027']);
    });

    it('makes a failure its error, a typed FeedError, and forgets the feed', async () => {
      const el = await fixture<FeedHost>(html`<test-feed-host src="/demo/feed.json"></test-feed-host>`);
      await el.task.loadComplete;
      el.src = uniqueUrl('/__test/status/404');
      await el.task.loadComplete;
      expect(el.task.status).to.equal(TaskStatus.ERROR);
      expect(el.task.error).to.include({ kind: 'http', status: 404 });
      expect(el.task.value).to.equal(undefined);
      expect(text(el)).to.equal('error http');
    });

    it('validates a feed given as an object at once, without a loading state, and lets it win over src', async () => {
      const el = await fixture<FeedHost>(html`<test-feed-host src="/demo/feed.json"></test-feed-host>`);
      await el.task.loadComplete;
      const feed = await loadDemoFeed();
      feed.plan.id = 'otro-plan';
      el.rendered.length = 0;
      el.feed = feed;
      await el.updateComplete;
      expect(el.rendered).to.deep.equal(['complete otro-plan']);
      el.feed = { schemaVersion: '1.0' };
      await el.updateComplete;
      expect(el.task.status).to.equal(TaskStatus.ERROR);
      expect(el.task.error?.kind).to.equal('invalid');
      el.feed = undefined;
      await el.task.loadComplete;
      expect(text(el)).to.equal('complete medellin-2025-2027');
    });

    it('settles loadComplete once the result is rendered, also when no load was needed', async () => {
      const el = await fixture<FeedHost>(html`<test-feed-host></test-feed-host>`);
      await el.task.loadComplete;
      expect(text(el)).to.equal('initial');
      el.src = uniqueUrl('/__test/slow?ms=100');
      await el.task.loadComplete;
      expect(text(el)).to.equal('complete medellin-2025-2027');
    });
  });

  describe('the newest source wins', () => {
    it('keeps only the newest load when src changes quickly', async () => {
      const el = await fixture<TestPlanTitle>(
        html`<test-plan-title src=${uniqueUrl('/__test/slow?ms=400')}></test-plan-title>`,
      );
      el.src = uniqueUrl('/__test/status/404');
      await el.loadComplete;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(text(el)).to.contain('No encontramos');
    });

    it('drops the late result of an older src, and lets go of its request', async () => {
      const key = randomKey('older');
      const el = await fixture<FeedHost>(html`<test-feed-host src=${`/__test/hang/${key}`}></test-feed-host>`);
      await waitUntil(async () => (await hangCount(key)).requests === 1, 'the request reaches the server');
      el.src = '/demo/feed.json';
      await el.task.loadComplete;
      expect(text(el)).to.equal('complete medellin-2025-2027');
      await waitUntil(async () => (await hangCount(key)).closed === 1, 'the older request is closed');
    });
  });

  describe('leaving the page', () => {
    it('finishes loading when it is moved to another place of the page while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <section></section>
          <aside></aside>
        </div>`,
      );
      const el = document.createElement('test-plan-title') as TestPlanTitle;
      el.src = uniqueUrl('/__test/slow?ms=300');
      wrapper.querySelector('section')!.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="loading"]')).to.exist;
      // A content system moving blocks around: removed, then inserted elsewhere.
      wrapper.querySelector('aside')!.append(el);
      await el.loadComplete;
      await waitUntil(() => shadow(el).querySelector('h2'), 'the feed is shown after the move', { timeout: 3000 });
      expect(shadow(el).querySelector('h2')?.textContent).to.contain('Medellín');
    });

    it('closes the shared request when its last reader leaves, and asks again when one comes back', async () => {
      const key = randomKey('left');
      const src = `/__test/hang/${key}`;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><test-feed-host src=${src}></test-feed-host><test-feed-host src=${src}></test-feed-host></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll<FeedHost>('test-feed-host')];
      await waitUntil(async () => (await hangCount(key)).requests === 1, 'one request for both');
      first!.remove();
      await aTimeout(100);
      expect(await hangCount(key), 'one reader still waits').to.deep.equal({ requests: 1, closed: 0 });
      second!.remove();
      await waitUntil(async () => (await hangCount(key)).closed === 1, 'the request is closed');
      expect(second!.task.status, 'still loading, off the page').to.equal(TaskStatus.PENDING);
      wrapper.append(second!);
      await waitUntil(async () => (await hangCount(key)).requests === 2, 'back on the page, it asks again');
      second!.remove();
    });
  });

  describe('Reintentar', () => {
    it('recovers with Reintentar', async () => {
      const el = await fixture<TestPlanTitle>(
        html`<test-plan-title src=${`/__test/flaky/${Date.now()}?fail=1`}></test-plan-title>`,
      );
      await el.loadComplete;
      const button = shadow(el).querySelector('button')!;
      button.click();
      await el.loadComplete;
      expect(shadow(el).querySelector('h2')).to.exist;
      expect(shadow(el).querySelector('[role="alert"]')).to.not.exist;
    });

    it('skips what the page already loaded', async () => {
      const key = randomKey('again');
      const el = await fixture<FeedHost>(html`<test-feed-host src=${`/__test/counted/${key}`}></test-feed-host>`);
      await el.task.loadComplete;
      el.task.retry();
      await el.task.loadComplete;
      expect(await (await fetch(`/__test/count/${key}`)).json()).to.equal(2);
      expect(text(el)).to.equal('complete medellin-2025-2027');
    });

    it('keeps the keyboard focus in the widget after Reintentar, on the new content or the new button', async () => {
      for (const failures of [1, 2]) {
        const el = await fixture<TestPlanTitle>(
          html`<test-plan-title src=${`/__test/flaky/${Date.now()}-${failures}?fail=${failures}`}></test-plan-title>`,
        );
        await el.loadComplete;
        const button = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
        button.focus();
        button.click();
        await el.updateComplete;
        // (Comparing elements themselves makes a failure hang while chai prints them: compare what they are.)
        const focused = () => shadow(el).activeElement?.getAttribute('part') ?? shadow(el).activeElement?.localName;
        expect(focused(), 'while loading').to.equal('loading');
        await el.loadComplete;
        expect(focused(), `after ${failures} failures`).to.equal(failures === 1 ? 'title' : 'retry');
      }
    });

    it('does not take the focus when the page calls retry() itself', async () => {
      const el = await fixture<TestPlanTitle>(
        html`<test-plan-title src=${`/__test/flaky/${Date.now()}-page?fail=1`}></test-plan-title>`,
      );
      await el.loadComplete;
      el.retry();
      await el.loadComplete;
      expect(shadow(el).activeElement === null).to.equal(true);
    });
  });
});
