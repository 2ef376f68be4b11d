import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { ANOTHER_CITY } from '../src/examples/index.js';

/**
 * The second sample feed, demo/feed-fr.json: Baobab-sur-Mer, a made-up
 * francophone municipality (default language fr, Africa/Dakar, CFA francs,
 * its own quartiers and villages, no Spanish text). Every widget on it, on a
 * page with lang="fr": the feed's text is French; the interface's words
 * follow the language packs.
 */
const meta: Meta = {
  title: 'Scenarios/Another city (French sample)',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const src = `demo/${ANOTHER_CITY.feed}`;
const { today } = ANOTHER_CITY;

export const PlanOverview: Story = {
  render: () => html`<ogp-plan-overview lang="fr" src=${src} today=${today}></ogp-plan-overview>`,
};

export const Commitment: Story = {
  render: () =>
    html`<ogp-commitment
      lang="fr"
      src=${src}
      commitment-id=${ANOTHER_CITY.commitmentId}
      today=${today}
    ></ogp-commitment>`,
};

/** A money indicator that names no currency: it counts in the plan's, CFA francs. */
export const IndicatorChart: Story = {
  render: () =>
    html`<ogp-indicator-chart lang="fr" src=${src} indicator-id=${ANOTHER_CITY.indicatorId}></ogp-indicator-chart>`,
};

export const MilestoneTimeline: Story = {
  render: () => html`<ogp-milestone-timeline lang="fr" src=${src} today=${today}></ogp-milestone-timeline>`,
};

/** The form offers the city's own territories, grouped as the feed groups them. */
export const FeedbackForm: Story = {
  render: () => html`<ogp-feedback-form lang="fr" src=${src}></ogp-feedback-form>`,
};
