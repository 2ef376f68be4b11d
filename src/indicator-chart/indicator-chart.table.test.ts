/** The data table behind "Ver tabla de datos": every value of the feed, and what a key press redraws. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate } from '../shared/format.js';
import { formatValue } from '../shared/format-value.js';
import { countFormattedDates } from '../test-support/fixtures.js';
import { $, $$, chart, chartOf, demoIndicator, text } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> data table', () => {
  it('is accessible with the table open', async () => {
    const element = await chart('personas-formadas', 'bar');
    ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect($(element, 'table')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('shows exactly the feed’s values: baseline, every observation with its dimensions, targets', async () => {
    const element = await chart('jovenes-clubes');
    const toggle = $(element, '[part="table-toggle"]') as HTMLButtonElement;
    expect(text(toggle)).to.equal('Ver tabla de datos');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    const { indicator } = await demoIndicator('jovenes-clubes');
    const table = $(element, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Jóvenes activos en clubes juveniles');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Fecha',
      'Tipo',
      'Sexo',
      'Grupo de edad',
      'Valor (personas)',
    ]);
    for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    const value = (n: number) => formatValue(n, indicator, 'es').replace(/\u00a0|\u202f/g, ' ');
    const date = (iso: string) => formatDate(iso, 'es', 'medium').replace(/\u00a0|\u202f/g, ' ');
    const observations = [...indicator.observations].sort((a, b) => a.date.localeCompare(b.date));
    expect(rows).to.deep.equal([
      [date('2025-01-31'), 'Línea base', 'Todos', 'Todos', value(1500)],
      ...observations.map((o: { date: string; value: number; dimensions?: Record<string, string> }) => [
        date(o.date),
        'Medición',
        o.dimensions?.sex ?? 'Todos',
        o.dimensions?.ageGroup ?? 'Todos',
        value(o.value),
      ]),
      [date('2027-09-30'), 'Meta', 'Todos', 'Todos', value(4000)],
    ]);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(rows.length);
    await expect(element).to.be.accessible();
  });

  it('with the table of 10,000 rows open, a key press redraws the point, not the table', async function () {
    // Drawing a table of 10,000 rows takes a while on a busy machine; what is checked is not how long.
    this.timeout(60_000);
    const { feed, indicator } = await demoIndicator('tiempo-respuesta');
    const start = Date.UTC(2000, 0, 1);
    indicator.observations = Array.from({ length: 10_000 }, (_, index) => ({
      date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
      value: index % 97,
    }));
    const element = await chartOf(feed, 'tiempo-respuesta');
    ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect($$(element, 'tbody tr')).to.have.length(1 + 10_000 + 2);
    const plot = $(element, '.plot') as HTMLElement;
    plot.focus();
    await element.updateComplete;
    // Every table row formats a date: counting formatted dates shows what a key press redraws.
    const formatted = await countFormattedDates(async () => {
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
    });
    expect(text($(element, '.announcer'))).to.match(/Punto 9\.?999 de 10\.?000/);
    expect(formatted).to.be.below(20);
  });
});
