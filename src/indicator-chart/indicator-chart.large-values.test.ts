/**
 * Very large values (a budget in pesos, a count of transactions): the value
 * axis writes them short, so its labels stay narrow and the plot keeps its
 * width on a phone, and no two ticks read the same.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { axisFormat } from './describe.js';
import type { Indicator } from '../shared/feed-schema.js';
import { serveFeed } from '../test-support/fixtures.js';
import { $, $$, demoIndicator, settle, text, translate } from '../test-support/indicator-chart.js';

const MEASURES = ['count', 'number', 'currency', 'percentage'] as const;

/** The demo's "personas formadas" indicator, moved to `scale` and given `measure`. */
async function largeFeed(measure: (typeof MEASURES)[number], scale: number) {
  const { feed, indicator } = await demoIndicator('personas-formadas');
  indicator.measure = measure;
  if (measure === 'currency') indicator.currency = 'COP';
  if (measure !== 'count') delete indicator.unit;
  indicator.baseline.value = scale;
  indicator.targets = [{ date: '2027-10-31', value: 1.2 * scale }];
  indicator.observations = [
    { date: '2025-06-30', value: 1.05 * scale },
    { date: '2026-06-30', value: 1.1 * scale },
  ];
  return feed;
}

describe('<ogp-indicator-chart> very large values', () => {
  for (const scale of [1e9, 1e12]) {
    it(`writes values near ${scale.toExponential()} short, and keeps most of a 320 px plot`, async () => {
      for (const measure of MEASURES) {
        for (const lang of ['es', 'en']) {
          const url = await serveFeed(await largeFeed(measure, scale));
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="width: 320px" lang=${lang}>
              <ogp-indicator-chart src=${url} indicator-id="personas-formadas"></ogp-indicator-chart>
            </div>`,
          );
          const element = wrapper.querySelector('ogp-indicator-chart')!;
          await settle(element);
          const where = `${measure}, ${lang}`;
          const labels = $$(element, '.axis--y .tick__label').map(text);
          expect(new Set(labels).size, `${where}: ${labels.join(' | ')}`).to.equal(labels.length);
          // "1,2 B", "$1000 M", "1.2T%": a short number and a word for its size, never twelve digits.
          for (const label of labels) expect(label, where).to.match(/^\D*\d{1,4}([.,]\d{1,3})?\D*$/);
          const em = parseFloat(getComputedStyle(element).fontSize);
          const widest = Math.max(
            ...$$(element, '.axis--y .tick__label').map((label) => (label as SVGTextElement).getBBox().width),
          );
          expect(widest, `${where}: the widest label`).to.be.at.most(6 * em);
          const svgWidth = $(element, '.plot svg')!.getBoundingClientRect().width;
          expect(translate($(element, '.plot-area')!).x, `${where}: the value axis's room`).to.be.at.most(
            0.35 * svgWidth,
          );
        }
      }
    });
  }

  it('keeps the decimals that tell ticks apart, and no more', () => {
    const count = { measure: 'count' } as Indicator;
    const quarters = [0, 250e6, 500e6, 750e6, 1e9, 1.25e9];
    expect(quarters.map(axisFormat(count, 'en', quarters))).to.deep.equal(['0', '250M', '500M', '750M', '1B', '1.25B']);
    const halves = [0, 0.5e12, 1e12, 1.5e12];
    expect(halves.map(axisFormat(count, 'es', halves)).map((label) => label.replace(/\u00a0/g, ' '))).to.deep.equal([
      '0',
      '500 mil M',
      '1 B',
      '1,5 B',
    ]);
    // Below ten thousand, values are written in full, as everywhere else.
    expect([0, 5000, 9000].map(axisFormat(count, 'es', [0, 5000, 9000]))).to.deep.equal(['0', '5.000', '9.000']);
  });
});
