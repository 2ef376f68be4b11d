import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import sample from '../demo/feed.json' with { type: 'json' };
import { DEMO_TODAY, largeFeed, syntheticFeed } from '../src/examples/index.js';
import type { PlanFeed } from '../src/shared/feed-schema.js';

const demoFeed = sample as unknown as PlanFeed;

/**
 * Every widget on a plan far bigger than Medellín's: 60 commitments, 480
 * milestones, 30 indicators with ten years of monthly data (some by
 * territory). For checking layout, filters, scrolling and speed at scale.
 */
const meta: Meta = {
  title: 'Scenarios/Large feed',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const feed = largeFeed(demoFeed);
const first = feed.commitments[0]!;

export const PlanOverview: Story = {
  render: () => html`<ogp-plan-overview .feed=${feed} today=${DEMO_TODAY}></ogp-plan-overview>`,
};

export const CommitmentWithManyMilestones: Story = {
  render: () => {
    const big = largeFeed(demoFeed, { commitments: 1, milestonesPerCommitment: 40 });
    return html`<ogp-commitment
      .feed=${big}
      commitment-id=${big.commitments[0]!.id}
      today=${DEMO_TODAY}
    ></ogp-commitment>`;
  },
};

export const TimelineOfThePlan: Story = {
  render: () => html`<ogp-milestone-timeline .feed=${feed} today=${DEMO_TODAY}></ogp-milestone-timeline>`,
};

export const ChartWithTenYearsByTerritory: Story = {
  render: () =>
    html`<ogp-indicator-chart
      .feed=${feed}
      indicator-id=${feed.indicators[0]!.id}
      dimension="territory"
      today=${DEMO_TODAY}
    ></ogp-indicator-chart>`,
};

export const FeedbackFormWithManyCommitments: Story = {
  render: () => html`<ogp-feedback-form .feed=${feed} today=${DEMO_TODAY}></ogp-feedback-form>`,
};

/** The commitment the overview's first item links to, for comparison. */
export const FirstCommitment: Story = {
  render: () => html`<ogp-commitment .feed=${feed} commitment-id=${first.id} today=${DEMO_TODAY}></ogp-commitment>`,
};

/**
 * Participatory-budget scale: 2,000 commitments and 20,000 milestones, the
 * overview and the whole plan's timeline in pages of 20 commitments and 100
 * milestones (the feed is made when the story is first shown).
 */
export const ParticipatoryBudgetScale: Story = {
  render: () => {
    const budget = syntheticFeed({ milestones: 20_000, milestonesPerCommitment: 10 });
    return html`<ogp-plan-overview .feed=${budget} today=${DEMO_TODAY}></ogp-plan-overview>
      <hr />
      <ogp-milestone-timeline .feed=${budget} today=${DEMO_TODAY}></ogp-milestone-timeline>`;
  },
};
