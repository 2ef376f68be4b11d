/** What the chart draws: lines, bars, reference lines, the latest value, long and extreme series. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Indicator } from '../shared/feed-schema.js';
import { loadDemoFeed } from '../test-support/fixtures.js';
import {
  $,
  $$,
  chart,
  chartOf,
  demoIndicator,
  download,
  text,
  translate,
  xOf,
  yOf,
} from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> drawing', () => {
  it('is accessible', async () => {
    const element = await chart('pp-ejecucion-publicada');
    await expect(element).to.be.accessible();
  });

  describe('the line chart', () => {
    it('draws a path, a marker per observation, the baseline and each target at their values', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const series = $$(element, '.plot-area .series');
      expect(series).to.have.length(1);
      expect(series[0]!.getAttribute('data-series')).to.equal('Total');
      expect(series[0]!.getAttribute('data-count')).to.equal('7');
      expect($(element, '.plot-area .series__line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){6}$/);

      const markers = $$(element, '.plot-area .series__marker');
      expect(markers).to.have.length(7);
      // The latest observation, 45 on 2026-09-30, sits where the axes say.
      const last = translate(markers.at(-1)!);
      expect(last.y).to.be.closeTo(yOf(element, 45), 0.01);
      expect(last.x).to.be.closeTo(xOf(element, '2026-09-30'), 0.01);

      const baseline = $(element, '.reference[data-kind="baseline"] line')!;
      expect(Number(baseline.getAttribute('y1'))).to.be.closeTo(yOf(element, 12), 0.01);
      const targets = $$(element, '.reference[data-kind="target"]');
      expect(targets.map((target) => target.getAttribute('data-value'))).to.deep.equal(['40', '60']);
      for (const target of targets) {
        const y = Number(target.querySelector('line')!.getAttribute('y1'));
        expect(y).to.be.closeTo(yOf(element, Number(target.getAttribute('data-value'))), 0.01);
      }
      const labels = $$(element, '.reference__label').map(text);
      expect(labels).to.deep.equal(['Línea base: 12%', 'Meta diciembre de 2026: 40%', 'Meta octubre de 2027: 60%']);
    });

    it('calls out the latest value, and shows the progress, the source and the last update', async () => {
      const element = await chart('pp-ejecucion-publicada');
      expect(text($(element, '.callout__label'))).to.equal('45%');
      const figures = text($(element, '[part="figures"]'));
      expect(figures).to.include('Último valor 45% septiembre de 2026');
      expect(figures).to.include('Avance hacia la meta');
      expect(text($(element, '.progress__value'))).to.equal('69%');
      expect(text($(element, '[part="source"]'))).to.equal(
        'Fuente: Secretaría de Participación Ciudadana (datos de ejemplo) Actualizado el 15 de octubre de 2026',
      );
    });

    it('names the chart by its kind, in one tab stop that speaks for the drawing', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const focusable = $$(element, '[tabindex="0"]');
      expect(focusable).to.have.length(1);
      const plot = focusable[0]!;
      expect(plot.getAttribute('part')).to.equal('plot');
      expect(plot.getAttribute('role')).to.equal('application');
      // The heading above says the title; the plot does not say it again.
      expect(plot.getAttribute('aria-label')).to.equal('Gráfico de líneas');
      expect($(element, '.plot svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('names a chart without points as an image, since nothing can be walked', async () => {
      const { feed, indicator } = await demoIndicator('pp-ejecucion-publicada');
      indicator.observations = [];
      const element = await chartOf(feed, 'pp-ejecucion-publicada');
      expect($(element, '[part="plot"]')!.hasAttribute('role')).to.equal(false);
      const svg = $(element, '.plot svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Gráfico de líneas');
      await expect(element).to.be.accessible();
    });
  });

  describe('bars', () => {
    it('draws a bar per observation, from zero to its value', async () => {
      const element = await chart('personas-formadas', 'bar');
      const bars = $$(element, '.plot-area .series__bar');
      expect(bars).to.have.length(4);
      const zero = yOf(element, 0);
      const values = [410, 780, 1260, 1535];
      bars.forEach((bar, index) => {
        expect(Number(bar.getAttribute('y'))).to.be.closeTo(yOf(element, values[index]!), 0.01);
        expect(Number(bar.getAttribute('y')) + Number(bar.getAttribute('height'))).to.be.closeTo(zero, 0.01);
      });
      expect($(element, '[part="plot"]')!.getAttribute('aria-label')).to.equal('Gráfico de barras');
      expect($$(element, '.reference[data-kind="target"]')).to.have.length(2);
      await expect(element).to.be.accessible();
    });
  });

  describe('many points', () => {
    const longFeed = async (count: number) => {
      const feed = await loadDemoFeed();
      const indicator = feed.indicators.find((candidate: Indicator) => candidate.id === 'tiempo-respuesta');
      const start = Date.UTC(2000, 0, 1);
      indicator.observations = Array.from({ length: count }, (_, index) => ({
        date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
        value: 20 + 10 * Math.sin(index / 90) + (index === 5000 ? 40 : 0),
      }));
      return feed;
    };

    it('thins the drawing, while the keyboard and the CSV keep every value', async () => {
      const feed = await longFeed(10_000);
      const element = await chartOf(feed, 'tiempo-respuesta');
      const series = $(element, '.plot-area .series')!;
      expect(series.getAttribute('data-count')).to.equal('10000');
      const vertices = $(element, '.plot-area .series__line')!.getAttribute('d')!.split(/[ML]/).length - 1;
      const width = Number($(element, '.plot svg')!.getAttribute('viewBox')!.split(' ')[2]);
      expect(vertices).to.be.at.most(2 * width + 2);
      expect(vertices).to.be.greaterThan(100);
      expect($$(element, '.plot-area .series__marker')).to.have.length(0);
      // The spike on day 5000 is still drawn: some vertex reaches its height.
      const spikeY = yOf(element, feed.indicators[1].observations[5000].value);
      const ys = [
        ...$(element, '.plot-area .series__line')!
          .getAttribute('d')!
          .matchAll(/,([\d.]+)/g),
      ].map((m) => Number(m[1]));
      expect(Math.min(...ys)).to.be.closeTo(spikeY, 0.1);

      ($(element, '.plot') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text($(element, '.announcer'))).to.match(/Punto 10\.000 de 10\.000|Punto 10000 de 10000/);
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text($(element, '.announcer'))).to.match(/Punto 9\.?999 de 10\.?000/);

      const file = (await download(element, 'csv'))!;
      const lines = new TextDecoder().decode(file.bytes.slice(3)).trim().split('\r\n');
      expect(lines).to.have.length(1 + 1 + 10_000 + 2);
    });
  });

  describe('a hundred thousand points', () => {
    it('draws a line that keeps every pixel column’s highest and lowest value, with a lone peak and dip', async function () {
      this.timeout(30_000);
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      const start = Date.UTC(1800, 0, 1);
      const count = 100_000;
      indicator.observations = Array.from({ length: count }, (_, index) => ({
        date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
        value:
          50 +
          20 * Math.sin(index / 700) +
          ((index * 7919) % 13) / 2 +
          (index === 31_337 ? 90 : index === 77_777 ? -80 : 0),
      }));
      const element = await chartOf(feed, 'tiempo-respuesta');
      expect($(element, '.plot-area .series')!.getAttribute('data-count')).to.equal(String(count));
      const vertices = [
        ...$(element, '.plot-area .series__line')!
          .getAttribute('d')!
          .matchAll(/([\d.]+),([\d.]+)/g),
      ].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
      const width = Number($(element, '.plot svg')!.getAttribute('viewBox')!.split(' ')[2]);
      expect(vertices.length).to.be.at.most(2 * width + 2);
      // Each pixel column of the data, as the chart's own axes place it: its extremes are vertices of the line.
      const columns = new Map<number, { low: number; high: number }>();
      for (const { date, value } of indicator.observations) {
        const column = Math.floor(xOf(element, date));
        const y = yOf(element, value);
        const seen = columns.get(column);
        columns.set(column, seen ? { low: Math.max(seen.low, y), high: Math.min(seen.high, y) } : { low: y, high: y });
      }
      const near = (x: number, y: number) =>
        vertices.some((vertex) => Math.abs(vertex.x - x) <= 1.5 && Math.abs(vertex.y - y) <= 0.2);
      for (const [column, { low, high }] of columns) {
        expect(near(column + 0.5, low), `the lowest value of column ${column}`).to.equal(true);
        expect(near(column + 0.5, high), `the highest value of column ${column}`).to.equal(true);
      }
      const ys = vertices.map((vertex) => vertex.y);
      expect(Math.min(...ys), 'the peak').to.be.closeTo(yOf(element, indicator.observations[31_337].value), 0.1);
      expect(Math.max(...ys), 'the dip').to.be.closeTo(yOf(element, indicator.observations[77_777].value), 0.1);
    });
  });

  describe('big data', () => {
    it('draws values near the largest a number can hold without NaN', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.baseline.value = -Number.MAX_VALUE;
      indicator.targets = [{ date: '2027-10-31', value: Number.MAX_VALUE }];
      indicator.observations = [
        { date: '2025-01-31', value: 1.7e308 },
        { date: '2025-06-30', value: 0 },
      ];
      const element = await chartOf(feed, 'tiempo-respuesta', { type: 'bar' });
      expect($(element, '.plot svg')!.innerHTML).not.to.match(/NaN|Infinity/);
      expect($$(element, '.axis--y .tick').length).to.be.at.least(2);
      await expect(element).to.be.accessible();
    });
  });
});
