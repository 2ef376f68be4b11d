import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_TODAY } from '../examples/index.js';
import { DEMO_FEED_URL, NOT_FOUND_URL, NOT_JSON_URL, pendingFeedUrl } from '../test-support/stories.js';
import { renderWidget } from '../test-support/story-controls.js';
import './define.js';

const meta: Meta = {
  title: 'Widgets/Commitment',
  component: 'ogp-commitment',
  args: { src: DEMO_FEED_URL, 'commitment-id': 'rendicion-cuentas-pp', today: DEMO_TODAY },
  render: renderWidget('ogp-commitment'),
};
export default meta;

type Story = StoryObj;

/** A commitment with milestones, evidence, two indicators and an assessment. */
export const Ready: Story = {};

/** A commitment without indicators or assessment: those sections are left out. */
export const WithoutIndicators: Story = { args: { 'commitment-id': 'seguimiento-si-ciudadania' } };

/** `lang="en"`: the widget's words, the feed's text, dates and numbers in English. */
export const English: Story = { args: { lang: 'en' } };

/** `lang="fr"`: the widget's words, dates and numbers in French; the sample feed's text has no French, so it stays Spanish, marked `lang="es"`. */
export const French: Story = { args: { lang: 'fr' } };

/** Two widgets on one page, each in its own language. */
export const TwoLanguages: Story = {
  render: () =>
    html`<ogp-commitment src=${DEMO_FEED_URL} commitment-id="clubes-juveniles" today=${DEMO_TODAY}></ogp-commitment>
      <hr />
      <ogp-commitment
        src=${DEMO_FEED_URL}
        commitment-id="clubes-juveniles"
        today=${DEMO_TODAY}
        lang="en"
      ></ogp-commitment>`,
};

/** While the feed loads, the widget keeps its space. */
export const Loading: Story = { render: () => html`<ogp-commitment src=${pendingFeedUrl()}></ogp-commitment>` };

/** The id is not in the feed: the message names it. */
export const UnknownId: Story = { args: { 'commitment-id': 'no-existe' } };

/** No commitment-id attribute. */
export const NoId: Story = { args: { 'commitment-id': undefined } };

export const NotFound: Story = { args: { src: NOT_FOUND_URL } };

export const NotJson: Story = { args: { src: NOT_JSON_URL } };

/** A server that never answers, with a short timeout. */
export const Timeout: Story = {
  render: () =>
    html`<ogp-commitment src=${pendingFeedUrl()} timeout="1500" commitment-id="clubes-juveniles"></ogp-commitment>`,
};

/** A feed with errors: the first problems are listed by their paths. */
export const InvalidFeed: Story = {
  render: () =>
    html`<ogp-commitment
      .feed=${{ schemaVersion: '1.0', plan: { id: 'plan' }, commitments: [{ id: 'c1' }] }}
      commitment-id="c1"
    ></ogp-commitment>`,
};

/** The narrowest phone: nothing scrolls sideways. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width: 320px; outline: 1px dashed #999">
      <ogp-commitment src=${DEMO_FEED_URL} commitment-id="rendicion-cuentas-pp" today=${DEMO_TODAY}></ogp-commitment>
    </div>`,
};
