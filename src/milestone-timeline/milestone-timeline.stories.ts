import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_TODAY, syntheticFeed } from '../examples/index.js';
import { DEMO_FEED_URL, NOT_FOUND_URL, NOT_JSON_URL, pendingFeedUrl } from '../test-support/stories.js';
import { renderWidget } from '../test-support/story-controls.js';
import './define.js';

const meta: Meta = {
  title: 'Widgets/Milestone timeline',
  component: 'ogp-milestone-timeline',
  args: { src: DEMO_FEED_URL, 'commitment-id': 'rendicion-cuentas-pp', today: DEMO_TODAY },
  render: renderWidget('ogp-milestone-timeline'),
};
export default meta;

type Story = StoryObj;

/** One commitment: its milestones on the plan's time axis, today marked, the overdue one standing out. */
export const Commitment: Story = {};

/** Without commitment-id: every milestone of the plan, grouped by commitment. */
export const WholePlan: Story = { args: { 'commitment-id': undefined } };

/** `lang="en"`. */
export const English: Story = { args: { 'commitment-id': undefined, lang: 'en' } };

/** `lang="fr"`: the widget's words, dates and numbers in French; the sample feed's text has no French, so it stays Spanish, marked `lang="es"`. */
export const French: Story = { args: { 'commitment-id': undefined, lang: 'fr' } };

/** Two timelines on one page, each in its own language. */
export const TwoLanguages: Story = {
  render: () =>
    html`<ogp-milestone-timeline
        src=${DEMO_FEED_URL}
        commitment-id="clubes-juveniles"
        today=${DEMO_TODAY}
      ></ogp-milestone-timeline>
      <hr />
      <ogp-milestone-timeline
        src=${DEMO_FEED_URL}
        commitment-id="clubes-juveniles"
        today=${DEMO_TODAY}
        lang="en"
      ></ogp-milestone-timeline>`,
};

/** Below 36em the timeline becomes a vertical list; nothing scrolls sideways at 320 px. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width: 320px; outline: 1px dashed #999">
      <ogp-milestone-timeline src=${DEMO_FEED_URL} today=${DEMO_TODAY}></ogp-milestone-timeline>
    </div>`,
};

/** 500 milestones in 20 commitments. */
export const ManyMilestones: Story = {
  render: () =>
    html`<ogp-milestone-timeline
      .feed=${syntheticFeed({ milestones: 500 })}
      today=${DEMO_TODAY}
    ></ogp-milestone-timeline>`,
};

/** Today after the plan's end: no today mark. */
export const AfterThePlan: Story = { args: { today: '2028-03-01' } };

/** A custom color for the today mark. */
export const Themed: Story = {
  render: () =>
    html`<ogp-milestone-timeline
      src=${DEMO_FEED_URL}
      commitment-id="formacion-control-social"
      today=${DEMO_TODAY}
      style="--ogp-timeline-today-color: #6f42c1"
    ></ogp-milestone-timeline>`,
};

/** While the feed loads, the timeline keeps its space. */
export const Loading: Story = {
  render: () => html`<ogp-milestone-timeline src=${pendingFeedUrl()}></ogp-milestone-timeline>`,
};

/** The id is not in the feed: the message names it. */
export const UnknownId: Story = { args: { 'commitment-id': 'no-existe' } };

export const NotFound: Story = { args: { src: NOT_FOUND_URL } };

export const NotJson: Story = { args: { src: NOT_JSON_URL } };

/** A server that never answers, with a short timeout. */
export const Timeout: Story = {
  render: () => html`<ogp-milestone-timeline src=${pendingFeedUrl()} timeout="1500"></ogp-milestone-timeline>`,
};

/** A feed with errors: the first problems are listed by their paths. */
export const InvalidFeed: Story = {
  render: () =>
    html`<ogp-milestone-timeline
      .feed=${{ schemaVersion: '1.0', plan: { id: 'plan' }, commitments: [{ id: 'c1' }] }}
    ></ogp-milestone-timeline>`,
};
