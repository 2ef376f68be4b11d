/** What the chart says in words: the summary sentence and the figures, in Spanish and English. */
import { expect, fixture, html } from '@open-wc/testing';
import { DEMO_FEED_URL } from '../test-support/fixtures.js';
import { $, $$, chart, chartOf, demoIndicator, settle, text, TODAY } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> words', () => {
  it('is accessible', async () => {
    const element = await chart('tiempo-respuesta');
    await expect(element).to.be.accessible();
  });

  describe('the summary', () => {
    it('says how a rising indicator rose and how far it is, in Spanish and English', async () => {
      const element = await chart('pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Subió de 12% en enero de 2025 a 45% en septiembre de 2026; la meta es 60% en octubre de 2027: lleva el 69% del camino.',
      );
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Rose from 12% in January 2025 to 45% in September 2026; the target is 60% by October 2027: 69% of the way there.',
      );
    });

    it('says when a lower-is-better indicator fell and met its target', async () => {
      const element = await chart('tiempo-respuesta');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Bajó de 28 días en septiembre de 2024 a 9,5 días en octubre de 2026; la meta es 10 días en octubre de 2027: ya la alcanzó. Un valor menor es mejor.',
      );
      expect(text($(element, '.met'))).to.equal('Meta cumplida');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Fell from 28 days in September 2024 to 9.5 days in October 2026; the target is 10 days by October 2027: already met. Lower is better.',
      );
    });

    it('counts progress the right way for a lower-is-better indicator on its way', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.observations = indicator.observations.filter((o: { date: string }) => o.date <= '2025-12-31');
      const element = await chartOf(feed, 'tiempo-respuesta');
      // From 28 toward 10, now 15.5: (28 − 15.5) / (28 − 10) = 69%.
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Bajó de 28 días en septiembre de 2024 a 15,5 días en diciembre de 2025; la meta es 10 días en octubre de 2027: lleva el 69% del camino. Un valor menor es mejor.',
      );
      expect(text($(element, '.progress__value'))).to.equal('69%');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Fell from 28 days in September 2024 to 15.5 days in December 2025; the target is 10 days by October 2027: 69% of the way there. Lower is better.',
      );
    });

    it('says when a value moved away from its target', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.observations = [{ date: '2025-06-30', value: 31 }];
      const lower = await chartOf(feed, 'tiempo-respuesta');
      expect(text($(lower, '[part="summary"]'))).to.equal(
        'Subió de 28 días en septiembre de 2024 a 31 días en junio de 2025; la meta es 10 días en octubre de 2027: va en sentido contrario. Un valor menor es mejor.',
      );
      const { feed: other, indicator: rising } = await demoIndicator('pp-ejecucion-publicada');
      rising.observations = [{ date: '2025-06-30', value: 10 }];
      const higher = await chartOf(other, 'pp-ejecucion-publicada', { lang: 'en' });
      expect(text($(higher, '[part="summary"]'))).to.equal(
        'Fell from 12% in January 2025 to 10% in June 2025; the target is 60% by October 2027: moving away from it.',
      );
    });

    it('names the month once when the only measurement is in the baseline’s month', async () => {
      const { feed, indicator } = await demoIndicator('pp-ejecucion-publicada');
      indicator.targets = [];
      indicator.observations = [{ date: '2025-01-31', value: 12 }];
      const element = await chartOf(feed, 'pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal('Se mantuvo en 12% en enero de 2025.');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal('Stayed at 12% in January 2025.');
      indicator.observations = [{ date: '2025-01-31', value: 14 }];
      const rose = await chartOf(structuredClone(feed), 'pp-ejecucion-publicada');
      expect(text($(rose, '[part="summary"]'))).to.equal('Subió de 12% a 14% en enero de 2025.');
      rose.setAttribute('lang', 'en');
      await settle(rose);
      expect(text($(rose, '[part="summary"]'))).to.equal('Rose from 12% to 14% in January 2025.');
      await expect(rose).to.be.accessible();
    });

    it('describes each series shown when split by a dimension, not the total', async () => {
      const element = await chart('jovenes-clubes');
      element.dimension = 'sex';
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Por sexo, de junio de 2025 a junio de 2026: Mujer subió de 999 personas a 1.677 personas; ' +
          'Hombre subió de 796 personas a 1.335 personas; Otro o no informa subió de 55 personas a 93 personas.',
      );
      // The figures stay the total's, and say so.
      expect($$(element, '[part="figures"] dt').map(text)).to.deep.equal([
        'Último valor (total)',
        'Avance hacia la meta (total)',
      ]);
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'By sex, from June 2025 to June 2026: Mujer rose from 999 people to 1,677 people; ' +
          'Hombre rose from 796 people to 1,335 people; Otro o no informa rose from 55 people to 93 people.',
      );
      element.removeAttribute('lang');
      element.dimension = '';
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.match(/^Subió de 1.500 personas en enero de 2025/);
      expect($$(element, '[part="figures"] dt').map(text)).to.deep.equal(['Último valor', 'Avance hacia la meta']);
    });

    it('gives each series of a breakdown its own months when they differ', async () => {
      const { feed, indicator } = await demoIndicator('personas-formadas');
      indicator.direction = 'lower-is-better';
      indicator.observations.push(
        { date: '2025-03-31', value: 40, dimensions: { zona: 'Rural' } },
        { date: '2025-09-30', value: 40, dimensions: { zona: 'Rural' } },
        { date: '2026-03-31', value: 70, dimensions: { zona: 'Urbana' } },
        { date: '2025-09-30', value: 90, dimensions: { zona: 'Urbana' } },
        { date: '2026-03-31', value: 5, dimensions: { zona: 'NBI' } },
      );
      const element = await chartOf(feed, 'personas-formadas', { dimension: 'zona' });
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Por zona: Rural se mantuvo en 40 personas entre marzo de 2025 y septiembre de 2025; ' +
          'Urbana bajó de 90 personas en septiembre de 2025 a 70 personas en marzo de 2026; ' +
          'NBI: 5 personas en marzo de 2026. Un valor menor es mejor.',
      );
    });

    it('says there are no measurements yet, and keeps the plot still', async () => {
      const { feed, indicator } = await demoIndicator('pp-ejecucion-publicada');
      indicator.observations = [];
      const element = await chartOf(feed, 'pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Aún no hay mediciones; la línea base es 12% en enero de 2025; la meta es 60% en octubre de 2027.',
      );
      expect(text($(element, '[part="figures"]'))).to.include('Aún no hay mediciones.');
      expect($(element, '.plot')!.hasAttribute('tabindex')).to.equal(false);
      expect($$(element, '.reference')).to.have.length(3);
      await expect(element).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en", and Spanish by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="jovenes-clubes" today=${TODAY}></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      expect(text($(element, 'h2'))).to.equal('Young people active in youth clubs');
      expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Sex', 'Age group']);
      expect(text($(element, '[part="table-toggle"]'))).to.equal('Show data table');
      expect($$(element, '[part="download"]').map(text)).to.deep.equal([
        'Download CSV',
        'Download SVG',
        'Download PNG',
      ]);
      expect(text($(element, '[part="figures"]'))).to.include('Latest value 3,105 people June 2026');
      expect($(element, '[part="plot"]')!.getAttribute('aria-label')).to.equal('Line chart');
      await expect(element).to.be.accessible();
    });
  });
});
