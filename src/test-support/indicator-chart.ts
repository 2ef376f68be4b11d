/**
 * Helpers for the indicator chart's tests (src/indicator-chart/*.test.ts):
 * showing a chart once it has loaded and drawn, reading its SVG geometry
 * back into values and dates, and catching its downloads.
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../indicator-chart/define.js';
import type { OgpIndicatorChart } from '../indicator-chart/indicator-chart.js';
import type { Indicator } from '../shared/feed-schema.js';
import { DEMO_TODAY } from '../examples/index.js';
import { DEMO_FEED_URL, loadDemoFeed } from './fixtures.js';

/** The date the tests take as today: the sample feed's. */
export const TODAY = DEMO_TODAY;

/** Waits until the chart has loaded, measured its plot and drawn it. */
export async function settle(element: OgpIndicatorChart): Promise<void> {
  await element.loadComplete;
  await nextFrame();
  while (!(await element.updateComplete));
}

/** Renders `template` and returns the chart in it (the template itself, or inside a wrapper), settled. */
export async function show(template: TemplateResult): Promise<OgpIndicatorChart> {
  const found = await fixture<HTMLElement>(template);
  const element = (
    found.localName === 'ogp-indicator-chart' ? found : found.querySelector('ogp-indicator-chart')
  ) as OgpIndicatorChart;
  await settle(element);
  return element;
}

/** A chart of the demo feed's indicator `id`, as a line or with another `type`. */
export const chart = (id: string, type = '') =>
  show(
    html`<ogp-indicator-chart
      src=${DEMO_FEED_URL}
      indicator-id=${id}
      today=${TODAY}
      type=${type || 'line'}
    ></ogp-indicator-chart>`,
  );

/** A chart of the given feed object, 720 px wide. */
export async function chartOf(
  feed: unknown,
  id: string,
  attributes: Record<string, string> = {},
): Promise<OgpIndicatorChart> {
  const element = document.createElement('ogp-indicator-chart');
  element.feed = feed;
  element.indicatorId = id;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  wrapper.append(element);
  await settle(element);
  return element;
}

export const $ = (element: OgpIndicatorChart, selector: string) => element.shadowRoot!.querySelector(selector);
export const $$ = (element: OgpIndicatorChart, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];

/** Text as people read it: spaces collapsed, no-break spaces as spaces. */
export const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/\s+/g, ' ')
    .replace(/\u00a0|\u202f/g, ' ')
    .trim() ?? '';

/** The x and y of a node's `transform="translate(x,y)"`. */
export const translate = (node: Element) => {
  const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '')!;
  return { x: Number(x), y: Number(y) };
};

/** The y a value has, read from two ticks of the rendered value axis (the scale is linear). */
export function yOf(element: OgpIndicatorChart, value: number): number {
  const ticks = $$(element, '.axis--y .tick').map((tick) => ({
    value: Number(tick.getAttribute('data-value')),
    y: translate(tick).y,
  }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

/** The x a date has, read from two ticks of the rendered time axis. */
export function xOf(element: OgpIndicatorChart, date: string): number {
  const ticks = $$(element, '.axis--x .tick').map((tick) => ({
    time: Date.parse(tick.getAttribute('data-value')!),
    x: translate(tick).x,
  }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.x + ((Date.parse(date) - a.time) * (b.x - a.x)) / (b.time - a.time);
}

/** A fresh copy of the demo feed and its indicator `id`, to change before showing (typed loosely so tests can break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function demoIndicator(id: string): Promise<{ feed: any; indicator: any }> {
  const feed = await loadDemoFeed();
  return { feed, indicator: feed.indicators.find((candidate: Indicator) => candidate.id === id) };
}

/**
 * Records the downloads started through an `<a download>` instead of saving
 * them, each with the Blob the widget made its URL from: a Blob read back
 * through its blob: URL loses its type's parameters (`;charset=utf-8`) in
 * some Chromium versions, so the type is read from the Blob itself.
 */
function captureDownloads() {
  const { click } = HTMLAnchorElement.prototype;
  const { createObjectURL } = URL;
  const blobs = new Map<string, Blob>();
  const downloads: { href: string; name: string; blob: Blob | undefined }[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ href: this.href, name: this.download, blob: blobs.get(this.href) });
    else click.call(this);
  };
  return {
    downloads,
    restore: () => {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

/**
 * Clicks a download button and returns the file: its name, the Blob the
 * widget created, and the bytes a browser saves from the link's URL.
 */
export async function download(element: OgpIndicatorChart, format: string) {
  const capture = captureDownloads();
  try {
    ($(element, `button[data-format="${format}"]`) as HTMLButtonElement).click();
    for (let tries = 0; tries < 100 && capture.downloads.length === 0; tries++)
      await new Promise((r) => setTimeout(r, 20));
  } finally {
    capture.restore();
  }
  const [file] = capture.downloads;
  if (!file?.blob) return undefined;
  const saved = await (await fetch(file.href)).blob();
  return { name: file.name, blob: file.blob, bytes: new Uint8Array(await saved.arrayBuffer()) };
}
