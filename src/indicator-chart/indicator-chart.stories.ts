import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SYNTHETIC_INDICATOR_ID, syntheticFeed } from '../examples/index.js';
import { DEMO_FEED_URL, NOT_FOUND_URL, NOT_JSON_URL, pendingFeedUrl } from '../test-support/stories.js';
import { renderWidget } from '../test-support/story-controls.js';
import './define.js';

const meta: Meta = {
  title: 'Widgets/Indicator chart',
  component: 'ogp-indicator-chart',
  args: { src: DEMO_FEED_URL, 'indicator-id': 'pp-ejecucion-publicada', type: 'line' },
  render: renderWidget('ogp-indicator-chart'),
};
export default meta;

type Story = StoryObj;

/** A rising percentage with two targets: the line, reference lines, latest value and progress. */
export const Line: Story = {};

/** Lower is better: the value fell and already met its target. */
export const LowerIsBetter: Story = { args: { 'indicator-id': 'tiempo-respuesta' } };

/** `type="bar"`: one bar per measurement. */
export const Bars: Story = { args: { 'indicator-id': 'personas-formadas', type: 'bar' } };

/** Totals and two dimensions: the legend switches between "Total", "Sexo" and "Grupo de edad". */
export const Disaggregated: Story = { args: { 'indicator-id': 'jovenes-clubes', dimension: 'sex' } };

/** Bars by territory: six series, each with its color, outline dash and marker. */
export const DisaggregatedBars: Story = {
  args: { 'indicator-id': 'personas-formadas', type: 'bar', dimension: 'territory' },
};

/** `lang="en"`: words, dates and numbers in English. */
export const English: Story = { args: { 'indicator-id': 'jovenes-clubes', lang: 'en' } };

/** `lang="fr"`: the widget's words, dates and numbers in French; the sample feed's text has no French, so it stays Spanish, marked `lang="es"`. */
export const French: Story = { args: { 'indicator-id': 'jovenes-clubes', lang: 'fr' } };

/** Two charts on one page, each in its own language. */
export const TwoLanguages: Story = {
  render: () =>
    html`<ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="tiempo-respuesta"></ogp-indicator-chart>
      <hr />
      <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="tiempo-respuesta" lang="en"></ogp-indicator-chart>`,
};

/** 10,000 daily values: the line is thinned for drawing; the keyboard, table and CSV keep every value. */
export const ManyPoints: Story = {
  render: (args) =>
    html`<ogp-indicator-chart
      .feed=${syntheticFeed({ observations: 10_000 })}
      indicator-id=${SYNTHETIC_INDICATOR_ID}
      type=${ifDefined(args.type)}
      lang=${ifDefined(args.lang)}
    ></ogp-indicator-chart>`,
};

/** The narrowest phone: fewer ticks, short labels, nothing scrolls sideways. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width: 320px; outline: 1px dashed #999">
      <ogp-indicator-chart
        src=${DEMO_FEED_URL}
        indicator-id="jovenes-clubes"
        dimension="ageGroup"
      ></ogp-indicator-chart>
    </div>`,
};

/** The chart's own custom properties: a taller plot and another palette. */
export const Themed: Story = {
  render: () =>
    html`<ogp-indicator-chart
      src=${DEMO_FEED_URL}
      indicator-id="jovenes-clubes"
      dimension="ageGroup"
      style="--ogp-chart-height: 24em; --ogp-chart-series-1: #5e3c99; --ogp-chart-series-2: #b35806; --ogp-chart-series-3: #1b7837; --ogp-chart-grid-color: #eeeeee"
    ></ogp-indicator-chart>`,
};

/** While the feed loads, the chart keeps its space. */
export const Loading: Story = {
  render: () =>
    html`<ogp-indicator-chart src=${pendingFeedUrl()} indicator-id="tiempo-respuesta"></ogp-indicator-chart>`,
};

/** The id is not in the feed: the message names it. */
export const UnknownId: Story = { args: { 'indicator-id': 'no-existe' } };

/** No indicator-id attribute. */
export const NoId: Story = { args: { 'indicator-id': undefined } };

export const NotFound: Story = { args: { src: NOT_FOUND_URL } };

export const NotJson: Story = { args: { src: NOT_JSON_URL } };

/** A server that never answers, with a short timeout. */
export const Timeout: Story = {
  render: () =>
    html`<ogp-indicator-chart
      src=${pendingFeedUrl()}
      timeout="1500"
      indicator-id="tiempo-respuesta"
    ></ogp-indicator-chart>`,
};

/** A feed with errors: the first problems are listed by their paths. */
export const InvalidFeed: Story = {
  render: () =>
    html`<ogp-indicator-chart
      .feed=${{ schemaVersion: '1.0', plan: { id: 'plan' }, commitments: [], indicators: [{ id: 'i' }] }}
      indicator-id="i"
    ></ogp-indicator-chart>`,
};
