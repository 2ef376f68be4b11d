/**
 * What the tests of <ogp-milestone-timeline> share: timelines on the demo
 * feed or on a feed of their own, settled, and queries into the shadow root.
 */
import { fixture, html } from '@open-wc/testing';
import '../milestone-timeline/define.js';
import type { OgpMilestoneTimeline } from '../milestone-timeline/milestone-timeline.js';
import { DEMO_TODAY } from '../examples/index.js';

export const TODAY = DEMO_TODAY;
export const DEMO = '/demo/feed.json';

export async function settle(element: OgpMilestoneTimeline): Promise<void> {
  await element.loadComplete;
  while (!(await element.updateComplete));
}

export async function show(template: ReturnType<typeof html>): Promise<OgpMilestoneTimeline> {
  const found = await fixture<HTMLElement>(template);
  const element = (
    found.localName === 'ogp-milestone-timeline' ? found : found.querySelector('ogp-milestone-timeline')
  ) as OgpMilestoneTimeline;
  await settle(element);
  return element;
}

export const wide = (attributes = html``) =>
  show(
    html`<div style="width: 900px">
      <ogp-milestone-timeline src=${DEMO} today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-milestone-timeline>
      ${attributes}
    </div>`,
  );

export const $ = (element: OgpMilestoneTimeline, selector: string) => element.shadowRoot!.querySelector(selector);
export const $$ = (element: OgpMilestoneTimeline, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A timeline of `feed` in a box `width` px wide, with a page `style` around it. */
export async function inPage(feed: unknown, width: number, style = '', attributes: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <style>
        ${style}
      </style>
    </div>`,
  );
  const element = document.createElement('ogp-milestone-timeline');
  element.feed = feed;
  element.today = TODAY;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await settle(element);
  return element;
}
