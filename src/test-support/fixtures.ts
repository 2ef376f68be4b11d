/**
 * Test helpers shared by the browser tests: the demo feed, feeds served by
 * the test server (see test/server/test-server-plugin.js), and a page-level
 * guard against unhandled rejections.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../core/feed-loader.js';

export const DEMO_FEED_URL = '/demo/feed.json';

/** A fresh, mutable copy of demo/feed.json (typed loosely so tests can break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadDemoFeed(): Promise<any> {
  const response = await fetch(DEMO_FEED_URL);
  return response.json();
}

/**
 * Renders `template` and waits until the widget `tag` in it (the template
 * itself, or inside a wrapper) has loaded. fixtureSync: a wrapper's fixture()
 * waits for an animation frame, which a background page (another test file
 * has the focus) never gets.
 */
export async function showWidget<T extends HTMLElement & { loadComplete: Promise<unknown> }>(
  tag: string,
  template: TemplateResult,
): Promise<T> {
  const found = fixtureSync<HTMLElement>(template);
  const element = (found.localName === tag ? found : found.querySelector(tag)) as T;
  await element.loadComplete;
  return element;
}

let feedCounter = 0;

/**
 * Serves `body` (an object, a string or bytes) from the test server and
 * returns its URL. Each call gets a new URL, so the loader's cache never
 * mixes tests.
 */
export async function serveFeed(body: unknown, name = `feed-${Date.now()}-${++feedCounter}`): Promise<string> {
  const payload = body instanceof Uint8Array || typeof body === 'string' ? body : JSON.stringify(body);
  await fetch(`/__test/feeds/${name}`, { method: 'PUT', body: payload as BodyInit });
  return `/__test/feeds/${name}`;
}

/** A URL that is new to the loader's cache, for routes of the test server. */
export function uniqueUrl(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}n=${Date.now()}-${++feedCounter}`;
}

export function resetFeeds(): void {
  clearFeedCache();
}

/** Records unhandled promise rejections while a test runs. */
export function watchUnhandledRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', onRejection);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', onRejection) };
}

/**
 * How many dates `action` formats (calls of Intl.DateTimeFormat's format):
 * widgets format a date per row, so the count shows how much a key press redraws.
 */
export async function countFormattedDates(action: () => Promise<unknown>): Promise<number> {
  const { prototype } = Intl.DateTimeFormat;
  const original = Object.getOwnPropertyDescriptor(prototype, 'format')!;
  let formatted = 0;
  Object.defineProperty(prototype, 'format', {
    ...original,
    get(this: Intl.DateTimeFormat) {
      formatted++;
      return original.get!.call(this);
    },
  });
  try {
    await action();
  } finally {
    Object.defineProperty(prototype, 'format', original);
  }
  return formatted;
}

/**
 * Find-in-page as a person uses it (Chromium's window.find, which searches
 * the flat tree, shadow roots included): true when `text` is found after the
 * current selection, which it then selects.
 */
export function findInPage(text: string): boolean {
  return (window as unknown as { find(text: string): boolean }).find(text);
}

/**
 * For a describe block: each test starts with the page's feed cache empty,
 * and fails on a promise rejection nobody handled (given a turn to surface).
 */
export function startFreshAndCatchRejections(): void {
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  beforeEach(() => {
    clearFeedCache();
    rejections = watchUnhandledRejections();
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    rejections.stop();
    expect(rejections.reasons, 'unhandled rejections').to.deep.equal([]);
  });
}
