import { expect, html } from '@open-wc/testing';
import { findIndicator, indicatorProgress } from '../shared/indicators.js';
import { formatPercent } from '../shared/format.js';
import { formatValue } from '../shared/format-value.js';
import { loadDemoFeed } from '../test-support/fixtures.js';
import { demoFeed, root, show, text, TODAY } from '../test-support/commitment.js';

describe('<ogp-commitment> indicators', () => {
  it('shows the linked indicators: latest value and progress toward the target, in words', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    const feed = await demoFeed();
    const cards = [...root(element).querySelectorAll('[part="indicator"]')];
    expect(cards.map((card) => card.getAttribute('data-indicator'))).to.deep.equal([
      'pp-ejecucion-publicada',
      'tiempo-respuesta',
    ]);

    for (const card of cards) {
      const indicator = findIndicator(feed, card.getAttribute('data-indicator')!)!;
      const progress = indicatorProgress(indicator);
      const unit = indicator.unit ? ` ${typeof indicator.unit === 'string' ? indicator.unit : indicator.unit.es}` : '';
      expect(text(card.querySelector('h4'))).to.equal(
        typeof indicator.name === 'string' ? indicator.name : indicator.name.es,
      );
      expect(text(card)).to.include(`Último dato ${formatValue(progress.latest!.value, indicator, 'es')}${unit}`);
      expect(text(card.querySelector('.progress__value'))).to.equal(formatPercent(progress.clamped!, 'es'));
      const verdict = text(card.querySelector('.indicator__verdict'));
      if (progress.met) expect(verdict).to.include('Ya alcanzó la meta.');
      else expect(verdict).to.include(`Lleva el ${formatPercent(progress.ratio!, 'es')} del camino`);
    }
    // Lower is better: falling response times are progress, and the card says which way is better.
    const responseTime = cards[1]!;
    expect(indicatorProgress(findIndicator(feed, 'tiempo-respuesta')!).ratio).to.be.greaterThan(0);
    expect(text(responseTime)).to.include('Es mejor si baja.');
  });

  it('words an indicator with no measurements or one moving the wrong way', async () => {
    const feed = await loadDemoFeed();
    const jovenes = feed.indicators.find((indicator: { id: string }) => indicator.id === 'jovenes-clubes');
    jovenes.observations = [{ date: '2026-01-31', value: 1000 }];
    const personas = feed.indicators.find((indicator: { id: string }) => indicator.id === 'personas-formadas');
    personas.commitmentId = 'clubes-juveniles';
    personas.observations = [];
    feed.commitments.find((c: { id: string }) => c.id === 'formacion-control-social').indicatorIds = [];
    feed.commitments.find((c: { id: string }) => c.id === 'clubes-juveniles').indicatorIds = [
      'jovenes-clubes',
      'personas-formadas',
    ];
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
    );
    const [wrongWay, empty] = [...root(element).querySelectorAll('[part="indicator"]')];
    expect(text(wrongWay!.querySelector('.indicator__verdict'))).to.include('Va en sentido contrario a la meta.');
    expect(text(wrongWay!.querySelector('.progress__value'))).to.equal(formatPercent(0, 'es'));
    expect(text(empty!.querySelector('.indicator__verdict'))).to.include('Todavía no hay mediciones.');
    expect(empty!.querySelector('[part="progress"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('words an indicator that has not moved yet as 0 % of the way, never “-0 %”', async () => {
    const feed = await loadDemoFeed();
    // Lower is better, and the latest value still equals the baseline: (0) / (negative span) is -0.
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.observations = [{ date: '2026-01-31', value: responseTime.baseline.value }];
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id=${responseTime.commitmentId}></ogp-commitment>`,
    );
    const verdict = text(root(element).querySelector('[data-indicator="tiempo-respuesta"] .indicator__verdict'));
    expect(verdict).to.include(`Lleva el ${formatPercent(0, 'es')} del camino`);
    expect(verdict).not.to.include('-0');
  });

  it('keeps a unit’s right-to-left override to itself: the date after it still reads left to right', async () => {
    const feed = await loadDemoFeed();
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.unit = '\u202Edías';
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id=${responseTime.commitmentId}></ogp-commitment>`,
    );
    const time = root(element).querySelector('[data-indicator="tiempo-respuesta"] dd time')!;
    const date = [...time.childNodes].find((node): node is Text => node instanceof Text && node.length > 1)!;
    const charLeft = (index: number) => {
      const range = document.createRange();
      range.setStart(date, index);
      range.setEnd(date, index + 1);
      return range.getBoundingClientRect().left;
    };
    // "31 de oct de 2026": the day's two digits are drawn in order, not mirrored.
    expect(date.data).to.match(/^\d\d/);
    expect(charLeft(0)).to.be.below(charLeft(1));
  });

  it('marks a unit that falls back to Spanish with lang="es"', async () => {
    const feed = await loadDemoFeed();
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.unit = 'días hábiles';
    const element = await show(
      html`<ogp-commitment
        .feed=${feed}
        lang="en"
        today=${TODAY}
        commitment-id=${responseTime.commitmentId}
      ></ogp-commitment>`,
    );
    const card = root(element).querySelector('[data-indicator="tiempo-respuesta"]')!;
    expect(text(card.querySelector('dd [lang="es"]'))).to.equal('días hábiles');
  });
});
