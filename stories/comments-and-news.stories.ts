import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import sample from '../demo/feed.json' with { type: 'json' };
import { DEMO_TODAY } from '../src/examples/index.js';
import type { PlanFeed } from '../src/shared/feed-schema.js';

/**
 * Issue 14's "Comentar este compromiso" and "Novedades": a commitment whose
 * link leads to the form on the same page, and the sample feed as build-feed
 * writes it after an update (one milestone completed, one new value), its
 * `changes` shown by the overview and the commitment.
 */
const meta: Meta = {
  title: 'Scenarios/Comments and news',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** What build-feed writes when, since the sample's last update, a milestone was completed and a value added. */
function updatedFeed(): PlanFeed {
  const feed = structuredClone(sample) as unknown as PlanFeed;
  const milestone = feed.commitments[1]!.milestones[2]!;
  milestone.status = 'completed';
  milestone.completed = '2026-11-24';
  feed.indicators[2]!.observations.push({ date: '2026-10-31', value: 1240 });
  feed.changes = {
    since: feed.plan.updatedAt.slice(0, 10),
    items: [
      { kind: 'milestone-status', commitmentId: 'clubes-juveniles', milestoneId: 'm3', status: 'completed' },
      { kind: 'observation-added', indicatorId: feed.indicators[2]!.id, date: '2026-10-31' },
    ],
  };
  return feed;
}

/** "Comentar este compromiso" leads to the form below, with the commitment chosen. */
export const CommentOnTheSamePage: Story = {
  render: () =>
    html`<ogp-commitment
        src="demo/feed.json"
        commitment-id="clubes-juveniles"
        feedback-form="participe"
        today=${DEMO_TODAY}
      ></ogp-commitment>
      <ogp-feedback-form id="participe" src="demo/feed.json"></ogp-feedback-form>`,
};

/** The overview after an update: "Novedades desde…" under the summary. */
export const OverviewWithNews: Story = {
  render: () => html`<ogp-plan-overview .feed=${updatedFeed()} today=${DEMO_TODAY}></ogp-plan-overview>`,
};

/** The commitment shows only its own news. */
export const CommitmentWithNews: Story = {
  render: () =>
    html`<ogp-commitment .feed=${updatedFeed()} commitment-id="clubes-juveniles" today=${DEMO_TODAY}></ogp-commitment>`,
};
