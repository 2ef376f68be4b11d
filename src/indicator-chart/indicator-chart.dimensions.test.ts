/** Dimensions: one series per value (sex, age group, territory…), chosen in the legend or by the dimension attribute. */
import { expect } from '@open-wc/testing';
import { $, $$, chart, chartOf, demoIndicator, settle, text } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> dimensions', () => {
  it('is accessible split by a dimension', async () => {
    const { feed } = await demoIndicator('jovenes-clubes');
    const element = await chartOf(feed, 'jovenes-clubes', { dimension: 'ageGroup' });
    expect($$(element, '.plot-area .series').length).to.be.greaterThan(1);
    await expect(element).to.be.accessible();
  });

  it('switches to one series per value, each with its own color, dash and marker', async () => {
    const element = await chart('jovenes-clubes');
    const choices = $$(element, '.choices label').map(text);
    expect(choices).to.deep.equal(['Total', 'Sexo', 'Grupo de edad']);
    expect(text($(element, '.choices legend'))).to.equal('Ver por');
    expect(($(element, 'input[value=""]') as HTMLInputElement).checked).to.equal(true);

    ($(element, 'input[value="sex"]') as HTMLInputElement).click();
    await settle(element);
    expect(element.dimension).to.equal('sex');
    const series = $$(element, '.plot-area .series');
    expect(series.map((node) => node.getAttribute('data-series'))).to.deep.equal([
      'Mujer',
      'Hombre',
      'Otro o no informa',
    ]);
    const styles = series.map((node) => ({
      color: getComputedStyle(node.querySelector('.plot-area .series__line')!).stroke,
      dash: node.querySelector('.plot-area .series__line')!.getAttribute('stroke-dasharray'),
      marker: node.querySelector('.plot-area .series__marker')!.getAttribute('d'),
    }));
    for (const key of ['color', 'dash', 'marker'] as const) {
      expect(new Set(styles.map((style) => style[key])).size, key).to.equal(3);
    }
    expect($$(element, '.key li').map(text)).to.deep.equal(['Mujer', 'Hombre', 'Otro o no informa']);
    // The baseline and targets are the total's: they go with it, and the chart says so.
    expect($$(element, '.reference')).to.have.length(0);
    expect(text($(element, '.note'))).to.include('se refieren al total');
    await expect(element).to.be.accessible();

    ($(element, 'input[value=""]') as HTMLInputElement).click();
    await settle(element);
    expect($$(element, '.plot-area .series')).to.have.length(1);
    expect($$(element, '.reference')).to.have.length(2);
  });

  it('names unknown dimension keys by their key, and starts on the dimension attribute', async () => {
    const { feed, indicator } = await demoIndicator('personas-formadas');
    indicator.observations.push(
      { date: '2026-10-31', value: 700, dimensions: { estrato: '1 y 2' } },
      { date: '2026-10-31', value: 835, dimensions: { estrato: '3 o más' } },
    );
    const element = await chartOf(feed, 'personas-formadas', { dimension: 'estrato', type: 'bar' });
    expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Territorio', 'estrato']);
    expect(($(element, 'input[value="estrato"]') as HTMLInputElement).checked).to.equal(true);
    expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.deep.equal([
      '1 y 2',
      '3 o más',
    ]);
  });

  it('offers no view by a dimension found only in cross-tabs, and shows the total instead of an empty chart', async () => {
    const { feed, indicator } = await demoIndicator('personas-formadas');
    indicator.observations.push(
      { date: '2026-10-31', value: 300, dimensions: { territory: 'Comuna 1', zona: 'Rural' } },
      { date: '2026-10-31', value: 400, dimensions: { territory: 'Comuna 1', zona: 'Urbana' } },
    );
    const element = await chartOf(feed, 'personas-formadas', { dimension: 'zona' });
    expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Territorio']);
    expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.deep.equal(['Total']);
    expect($$(element, '.plot-area .series__marker').length).to.be.greaterThan(0);
    // The table still lists the cross-tab cells, with a column for each dimension.
    ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
    await settle(element);
    expect(text($(element, 'table'))).to.include('Rural');
  });
});
