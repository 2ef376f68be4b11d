import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_TODAY } from '../examples/index.js';
import {
  DEMO_FEED_URL,
  GONE_FEED_URL,
  keepSampleFeedFor,
  NOT_FOUND_URL,
  NOT_JSON_URL,
  pendingFeedUrl,
} from '../test-support/stories.js';
import { renderWidget } from '../test-support/story-controls.js';
import './define.js';
import type { OgpPlanOverview } from './plan-overview.js';

const meta: Meta = {
  title: 'Widgets/Plan overview',
  component: 'ogp-plan-overview',
  args: { src: DEMO_FEED_URL, today: DEMO_TODAY },
  render: renderWidget('ogp-plan-overview'),
};
export default meta;

type Story = StoryObj;

/** The overview once it has loaded, as a host page's visitor first sees it. */
async function loadedOverview(canvasElement: HTMLElement): Promise<OgpPlanOverview> {
  const overview = canvasElement.querySelector('ogp-plan-overview')!;
  await overview.loadComplete;
  return overview;
}

export const Ready: Story = {};

/** `lang="en"`: the widget's words, the feed's text, dates and numbers in English. */
export const English: Story = { args: { lang: 'en' } };

/** `lang="fr"`: the widget's words, dates and numbers in French; the sample feed's text has no French, so it stays Spanish, marked `lang="es"`. */
export const French: Story = { args: { lang: 'fr' } };

/** Two widgets on one page, each in its own language. */
export const TwoLanguages: Story = {
  render: () =>
    html`<ogp-plan-overview src=${DEMO_FEED_URL} today=${DEMO_TODAY}></ogp-plan-overview>
      <hr />
      <ogp-plan-overview src=${DEMO_FEED_URL} today=${DEMO_TODAY} lang="en"></ogp-plan-overview>`,
};

/** One commitment opened to its milestones. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const overview = await loadedOverview(canvasElement);
    overview.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  },
};

/** A search that matches nothing: the empty state and its "Quitar filtros" button. */
export const FilteredEmpty: Story = {
  play: async ({ canvasElement }) => {
    const overview = await loadedOverview(canvasElement);
    const search = overview.shadowRoot!.querySelector<HTMLInputElement>('#filter-search')!;
    search.value = 'ninguna coincidencia';
    search.dispatchEvent(new Event('input'));
  },
};

/** Titles link to the host's own page for each commitment. */
export const DetailLinks: Story = { args: { 'detail-url': '/compromisos/{id}' } };

/** A plan that has no commitments yet. */
export const Empty: Story = {
  render: () =>
    html`<ogp-plan-overview
      .feed=${{
        schemaVersion: '1.0',
        plan: {
          id: 'plan-nuevo',
          title: { es: 'Plan de acción en construcción', en: 'Action plan in the making' },
          jurisdiction: 'Medellín',
          period: { start: '2027-01-01', end: '2028-12-31' },
          leadInstitutions: ['Secretaría de Participación Ciudadana'],
          monitoringBody: 'Universidad de Antioquia',
          forum: 'Foro Multiactor Local',
          updatedAt: '2026-11-20',
        },
        commitments: [],
      }}
      today=${DEMO_TODAY}
    ></ogp-plan-overview>`,
};

/** While the feed loads, the widget keeps its space. */
export const Loading: Story = { render: () => html`<ogp-plan-overview src=${pendingFeedUrl()}></ogp-plan-overview>` };

export const NotFound: Story = { args: { src: NOT_FOUND_URL } };

/** A repeat visit whose refresh fails: the plan kept on this device, with its date, the reason and "Reintentar". */
export const StoredCopyRefreshFailed: Story = {
  loaders: [async () => ({ src: await keepSampleFeedFor(GONE_FEED_URL) })],
  render: (_args, { loaded }) =>
    html`<ogp-plan-overview src=${loaded.src as string} today=${DEMO_TODAY}></ogp-plan-overview>`,
};

/** A repeat visit whose check is slow: the plan kept on this device at once, and after a second when it was saved. */
export const StoredCopyChecking: Story = {
  loaders: [async () => ({ src: await keepSampleFeedFor(pendingFeedUrl()) })],
  render: (_args, { loaded }) =>
    html`<ogp-plan-overview src=${loaded.src as string} today=${DEMO_TODAY}></ogp-plan-overview>`,
};

export const NotJson: Story = { args: { src: NOT_JSON_URL } };

/** A server that never answers, with a short timeout. */
export const Timeout: Story = {
  render: () => html`<ogp-plan-overview src=${pendingFeedUrl()} timeout="1500"></ogp-plan-overview>`,
};

/** A feed with errors: the first problems are listed by their paths. */
export const InvalidFeed: Story = {
  render: () =>
    html`<ogp-plan-overview
      .feed=${{ schemaVersion: '1.0', plan: { id: 'plan' }, commitments: [] }}
    ></ogp-plan-overview>`,
};

/** The narrowest phone: nothing scrolls sideways. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width: 320px; outline: 1px dashed #999">
      <ogp-plan-overview src=${DEMO_FEED_URL} today=${DEMO_TODAY}></ogp-plan-overview>
    </div>`,
};
