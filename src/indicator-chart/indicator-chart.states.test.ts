/** States and bad data: loading, errors, a missing or unknown indicator, hostile feed text. */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpIndicatorChart } from './indicator-chart.js';
import { DEMO_FEED_URL, serveFeed, uniqueUrl } from '../test-support/fixtures.js';
import { $, $$, chart, demoIndicator, settle, show, text } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> states and bad data', () => {
  it('is accessible without an indicator-id', async () => {
    const element = await show(html`<ogp-indicator-chart src=${DEMO_FEED_URL}></ogp-indicator-chart>`);
    expect($(element, '[part="error"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  describe('states', () => {
    it('keeps about the chart’s space while loading, wide and narrow', async () => {
      for (const width of [344, 600, 1264]) {
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px">
            <ogp-indicator-chart src=${uniqueUrl('/__test/hang')} indicator-id="x"></ogp-indicator-chart>
            <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="tiempo-respuesta"></ogp-indicator-chart>
          </div>`,
        );
        const [loadingChart, shown] = [...box.children] as OgpIndicatorChart[];
        await loadingChart.updateComplete;
        await shown.loadComplete;
        const loading = $(loadingChart, '[part="loading"]')!;
        expect(loading.getAttribute('role')).to.equal('status');
        // Within 4em of the chart with the demo's data: the words around the plot wrap as the chart narrows.
        const em = parseFloat(getComputedStyle(loadingChart).fontSize);
        const reserved = loading.getBoundingClientRect().height;
        expect(reserved, `${width}px`).to.be.closeTo(shown.getBoundingClientRect().height, 4 * em);
        await expect(loadingChart).to.be.accessible();
      }
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const element = await show(
        html`<ogp-indicator-chart src=${uniqueUrl('/__test/status/500')} indicator-id="x"></ogp-indicator-chart>`,
      );
      const error = $(element, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text($(element, '[part="retry"]'))).to.equal('Reintentar');
      await expect(element).to.be.accessible();
    });

    it('keeps the focus in the chart while a new src loads: on the loading message, then on the plot', async () => {
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '.plot') as HTMLElement).focus();
      element.src = uniqueUrl('/__test/hang');
      await element.updateComplete;
      expect($(element, '[part="loading"]')).to.exist;
      expect(document.activeElement === element, 'the page keeps the focus on the chart').to.equal(true);
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('loading');
      element.src = DEMO_FEED_URL;
      await settle(element);
      expect(document.activeElement === element).to.equal(true);
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('plot');
    });

    it('keeps the focus on the control it was on while a new src loads, and on "Reintentar" when it fails', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const focused = () => element.shadowRoot!.activeElement?.getAttribute('part');
      ($(element, 'button[data-format="csv"]') as HTMLElement).focus();
      element.src = `${DEMO_FEED_URL}?again`;
      await settle(element);
      expect(focused()).to.equal('download');
      expect(element.shadowRoot!.activeElement?.getAttribute('data-format')).to.equal('csv');
      element.src = uniqueUrl('/__test/status/500');
      await settle(element);
      expect(focused()).to.equal('retry');
      element.src = DEMO_FEED_URL;
      await settle(element);
      expect(focused()).to.equal('download');
    });

    it('draws again after a new src, at the same size as before', async () => {
      const element = await chart('pp-ejecucion-publicada');
      element.src = uniqueUrl('/__test/hang');
      await element.updateComplete;
      element.src = `${DEMO_FEED_URL}?same-size`;
      await settle(element);
      expect($$(element, '.plot-area .series__line')).to.have.length(1);
    });

    it('never takes the focus from the page when it was elsewhere', async () => {
      const element = await chart('pp-ejecucion-publicada');
      element.src = uniqueUrl('/__test/hang');
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(null);
    });

    it('names an unknown indicator id, and asks for a missing one', async () => {
      const unknown = await chart('no-existe');
      expect(text($(unknown, '[part="error"]'))).to.include('El plan no tiene un indicador con el id «no-existe».');
      await expect(unknown).to.be.accessible();
      const missing = await show(html`<ogp-indicator-chart src=${DEMO_FEED_URL}></ogp-indicator-chart>`);
      expect(text($(missing, '[part="error"]'))).to.include('Falta el atributo indicator-id.');
    });
  });

  describe('hostile feeds', () => {
    it('renders names, units, sources and dimensions as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const { feed, indicator } = await demoIndicator('jovenes-clubes');
      indicator.name = `${hostile} name`;
      indicator.unit = `<b>${hostile}</b>`;
      indicator.source = `<script>window.__pwned=1</script>`;
      indicator.sourceUrl = 'javascript:alert(1)';
      indicator.observations.push(
        { date: '2026-06-30', value: 7, dimensions: { sex: hostile } },
        { date: '2026-06-30', value: 8, dimensions: { '"><svg onload=alert(1)>': 'x', toString: 'y' } },
      );
      const url = await serveFeed(feed);
      const element = await show(
        html`<ogp-indicator-chart src=${url} indicator-id="jovenes-clubes" dimension="sex"></ogp-indicator-chart>`,
      );
      ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, b, a[href^="javascript"]')).to.equal(null);
      expect(root.querySelector('svg svg')).to.equal(null);
      expect(text($(element, 'h2'))).to.equal(`${hostile} name`);
      expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.include(hostile);
      expect($$(element, 'td').map(text)).to.include(hostile);
      expect(text($(element, '[part="source"]'))).to.include('<script>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  });
});
