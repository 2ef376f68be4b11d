/**
 * Remembered heights (src/core/remembered-height.ts): a widget that showed its data once keeps that much space
 * while it loads the next time, unless the page says how much (--ogp-loading-height). The feed kept on the device
 * (core/stored-feed.ts) would take the loading state's place on the next visit, so each visit here starts without it,
 * as where storage refuses the feed.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../commitment/define.js';
import type { OgpCommitment } from '../commitment/commitment.js';
import { DEMO_TODAY } from '../examples/index.js';
import { clearFeedCache } from './feed-loader.js';
import { forgetStoredFeeds } from './stored-feed.js';

const SLOW = '/__test/slow?ms=400&recuerdo=1';

const loadingHeight = (element: OgpCommitment) =>
  (element.shadowRoot!.querySelector('[part="loading"]') as HTMLElement).getBoundingClientRect().height;

/** The commitment, in a box of fixed width, reading the slow feed. */
const show = (style = '') =>
  fixture<HTMLDivElement>(
    html`<div style="width: 600px">
      <ogp-commitment src=${SLOW} today=${DEMO_TODAY} commitment-id="clubes-juveniles" style=${style}></ogp-commitment>
    </div>`,
  );

describe('remembered heights', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFeedCache();
  });

  it('keeps, while loading, the height the widget had with its data on this page', async () => {
    const first = (await show()).firstElementChild as OgpCommitment;
    await first.updateComplete;
    const fallback = loadingHeight(first);
    await first.loadComplete;
    const loaded = Math.ceil(first.getBoundingClientRect().height);
    expect(loaded, 'the content is taller than the default reserve').to.be.greaterThan(fallback + 50);
    // Remembered a frame after the last render (the count of answered questions arrives after the feed).
    const remembered = () => Object.keys(localStorage).map((key) => localStorage.getItem(key));
    await waitUntil(() => remembered().includes(String(loaded)), 'the height with the data not remembered');
    first.parentElement!.remove();
    clearFeedCache();
    await forgetStoredFeeds();

    const again = (await show()).firstElementChild as OgpCommitment;
    await again.updateComplete;
    expect(loadingHeight(again)).to.be.closeTo(loaded, 1);
    await expect(again).to.be.accessible();
  });

  it('gives way to the height the page asks for', async () => {
    const first = (await show()).firstElementChild as OgpCommitment;
    await first.loadComplete;
    await waitUntil(() => localStorage.length > 0, 'nothing remembered');
    await aTimeout(50);
    first.parentElement!.remove();
    clearFeedCache();
    await forgetStoredFeeds();

    const again = (await show('--ogp-loading-height: 123px')).firstElementChild as OgpCommitment;
    await again.updateComplete;
    expect(loadingHeight(again)).to.be.closeTo(123, 1);
  });
});
