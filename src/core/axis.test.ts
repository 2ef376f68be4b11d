import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { html, render } from 'lit';
import { bottomAxis, formatTimeTicks, labelWidth, leftAxis, type Tick, timeTicks, valueTicks } from './axis.js';
import { linearScale } from './linear-scale.js';

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const FONT = 16;

describe('time axis', () => {
  const span = (width: number) =>
    scaleUtc()
      .domain([utc('2025-01-31'), utc('2027-10-31')])
      .range([0, width]);

  for (const width of [240, 600, 1200]) {
    it(`fits its labels without overlap at ${width} px`, () => {
      const ticks = timeTicks(span(width), 'es', FONT);
      expect(ticks.length).to.be.greaterThan(0);
      for (let index = 1; index < ticks.length; index++) {
        const gap = ticks[index]!.position - ticks[index - 1]!.position;
        expect(gap).to.be.at.least(labelWidth(ticks[index]!.label, FONT));
      }
      for (const tick of ticks) expect(tick.position).to.be.within(0, width);
    });
  }

  it('keeps a gap between labels where they are drawn, the ends anchored inside, at every width', () => {
    // The demo's "Días para responder" indicator: at about 1,100 px its first two labels touched ("oct 2024ene 2025").
    const extent = ({ position, label, anchor }: Tick) => {
      const width = labelWidth(label, FONT);
      const left = anchor === 'start' ? position : anchor === 'end' ? position - width : position - width / 2;
      return [left, left + width] as const;
    };
    for (let width = 200; width <= 1600; width += 5) {
      const scale = scaleUtc()
        .domain([utc('2024-09-30'), utc('2027-10-31')])
        .range([8, width - 8]);
      const extents = timeTicks(scale, 'es', FONT).map(extent);
      for (let index = 1; index < extents.length; index++) {
        expect(extents[index]![0] - extents[index - 1]![1], `at ${width} px`).to.be.at.least(FONT);
      }
    }
  });

  it('shows more ticks when there is room', () => {
    expect(timeTicks(span(1200), 'es', FONT).length).to.be.greaterThan(timeTicks(span(240), 'es', FONT).length);
  });

  it('writes years, months or days, in the widget’s language', () => {
    expect(formatTimeTicks([utc('2025-01-01'), utc('2026-01-01')], 'es', false)).to.deep.equal(['2025', '2026']);
    expect(formatTimeTicks([utc('2025-01-01'), utc('2025-04-01')], 'es', false)).to.deep.equal([
      'ene 2025',
      'abr 2025',
    ]);
    expect(formatTimeTicks([utc('2025-01-01'), utc('2025-04-01')], 'es', true)).to.deep.equal(['ene 25', 'abr 25']);
    expect(formatTimeTicks([utc('2025-01-01'), utc('2025-04-01')], 'en', false)).to.deep.equal([
      'Jan 2025',
      'Apr 2025',
    ]);
    expect(formatTimeTicks([utc('2025-03-03'), utc('2025-03-10')], 'es', false)).to.deep.equal(['3 mar', '10 mar']);
    expect(formatTimeTicks([utc('2025-03-03')], 'en', false)).to.deep.equal(['Mar 3']);
    // Any language, in its own order and words, with no code of its own here.
    expect(formatTimeTicks([utc('2025-01-01'), utc('2025-04-01')], 'fr', false)).to.deep.equal([
      'janv. 2025',
      'avr. 2025',
    ]);
    expect(formatTimeTicks([utc('2025-03-03')], 'fr', false)).to.deep.equal(['3 mars']);
    expect(formatTimeTicks([utc('2025-03-03')], 'pt-BR', false)).to.deep.equal(['3 mar.']);
  });

  it('keeps the labels at the ends inside the axis', () => {
    const scale = scaleUtc()
      .domain([utc('2025-01-01'), utc('2027-01-01')])
      .range([0, 400]);
    const ticks = timeTicks(scale, 'es', FONT);
    expect(ticks[0]!.anchor).to.equal('start');
    expect(ticks.at(-1)!.anchor).to.equal('end');
  });
});

describe('value axis', () => {
  it('gives round values about every spacing pixels, written by the format', () => {
    const scale = linearScale([0, 60], [300, 0]);
    const ticks = valueTicks(scale, 40, (value) => `${value} %`);
    expect(ticks.map((tick) => tick.value)).to.deep.equal(['0', '10', '20', '30', '40', '50', '60']);
    expect(ticks[0]!.label).to.equal('0 %');
    expect(ticks[0]!.position).to.equal(300);
    expect(ticks.at(-1)!.position).to.equal(0);
  });
});

describe('axis templates', () => {
  it('draw a tick group per tick, at its position, with its value and label', () => {
    const x = scaleUtc()
      .domain([utc('2025-01-01'), utc('2027-01-01')])
      .range([0, 400]);
    const y = linearScale([0, 100], [200, 0]);
    const element = document.createElement('div');
    render(
      html`<svg width="400" height="240">
        ${bottomAxis(timeTicks(x, 'es', FONT), 200, 400)} ${leftAxis(valueTicks(y, 100, String), 400)}
      </svg>`,
      element,
    );
    const years = [...element.querySelectorAll('.axis--x .tick')];
    expect(years.map((tick) => tick.getAttribute('data-value'))).to.deep.equal([
      '2025-01-01',
      '2026-01-01',
      '2027-01-01',
    ]);
    expect(years[1]!.getAttribute('transform')).to.equal(`translate(${x(utc('2026-01-01'))},0)`);
    expect(years.map((tick) => tick.textContent!.trim())).to.deep.equal(['2025', '2026', '2027']);
    const fifty = element.querySelector('.axis--y .tick[data-value="50"]')!;
    expect(fifty.getAttribute('transform')).to.equal('translate(0,100)');
    expect(fifty.querySelector('line')!.getAttribute('x2')).to.equal('400');
  });
});
