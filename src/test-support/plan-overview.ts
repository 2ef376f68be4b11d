/**
 * What the tests of <ogp-plan-overview> share: the demo overview, queries
 * into its shadow root, and the filter controls driven as a person would.
 */
import { html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../plan-overview/define.js';
import type { OgpPlanOverview } from '../plan-overview/plan-overview.js';
import { showWidget } from './fixtures.js';
import { DEMO_TODAY } from '../examples/index.js';

export const TODAY = DEMO_TODAY;

export const show = (template: ReturnType<typeof html>) => showWidget<OgpPlanOverview>('ogp-plan-overview', template);

/** The demo feed's overview, with titles linking to `detailUrl` when given. */
export const demo = (detailUrl?: string) =>
  show(
    html`<ogp-plan-overview
      src="/demo/feed.json"
      today=${TODAY}
      detail-url=${ifDefined(detailUrl)}
    ></ogp-plan-overview>`,
  );

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const $ = <T extends Element = HTMLElement>(element: OgpPlanOverview, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: OgpPlanOverview, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
export const shownIds = (element: OgpPlanOverview) =>
  $$(element, '[part="item"]').map((item) => item.dataset.commitment);
export const count = (element: OgpPlanOverview) => text($(element, '[part="count"]'));
export const toggleOf = (element: OgpPlanOverview, id: string) =>
  $<HTMLButtonElement>(element, `[data-commitment="${id}"] [part="toggle"]`)!;

export async function choose(element: OgpPlanOverview, filter: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, `#filter-${filter}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

export async function search(element: OgpPlanOverview, query: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#filter-search')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}
