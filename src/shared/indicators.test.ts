import { expect } from '@open-wc/testing';
import type { Indicator } from './feed-schema.js';
import {
  dimensionKeys,
  splitDimensions,
  indicatorChange,
  indicatorProgress,
  latestObservation,
  observationsByDate,
  seriesByDimension,
  targetsByDate,
  totalSeries,
} from './indicators.js';

describe('indicator progress', () => {
  const base: Indicator = {
    id: 'i',
    commitmentId: 'c',
    name: 'I',
    measure: 'percentage',
    direction: 'higher-is-better',
    baseline: { date: '2025-01-31', value: 12 },
    targets: [
      { date: '2027-12-31', value: 60 },
      { date: '2026-12-31', value: 40 },
    ],
    observations: [
      { date: '2026-06-30', value: 45 },
      { date: '2025-06-30', value: 20 },
      { date: '2026-06-30', value: 30, dimensions: { sex: 'Mujer' } },
    ],
  };

  it('measures the way from baseline to the final target', () => {
    const progress = indicatorProgress(base);
    expect(progress.latest?.value).to.equal(45);
    expect(progress.target?.value).to.equal(60);
    expect(progress.ratio).to.be.closeTo((45 - 12) / (60 - 12), 1e-9);
    expect(progress.met).to.equal(false);
  });

  it('respects lower-is-better indicators', () => {
    const lower: Indicator = {
      ...base,
      direction: 'lower-is-better',
      baseline: { date: '2025-01-31', value: 28 },
      targets: [{ date: '2027-10-31', value: 10 }],
      observations: [{ date: '2026-10-31', value: 19 }],
    };
    expect(indicatorProgress(lower).ratio).to.be.closeTo(0.5, 1e-9);
    const worse = { ...lower, observations: [{ date: '2026-10-31', value: 30 }] };
    expect(indicatorProgress(worse).ratio).to.be.lessThan(0);
    expect(indicatorProgress(worse).clamped).to.equal(0);
    const passed = { ...lower, observations: [{ date: '2026-10-31', value: 8 }] };
    expect(indicatorProgress(passed).met).to.equal(true);
    expect(indicatorProgress(passed).clamped).to.equal(1);
  });

  it('has no ratio without observations', () => {
    expect(indicatorProgress({ ...base, observations: [] }).ratio).to.equal(undefined);
  });

  it('separates totals from disaggregated series', () => {
    expect(totalSeries(base).map((o) => o.value)).to.deep.equal([20, 45]);
    expect(latestObservation(base)?.value).to.equal(45);
    expect(dimensionKeys(base)).to.deep.equal(['sex']);
    expect([...seriesByDimension(base, 'sex').keys()]).to.deep.equal(['Mujer']);
  });

  it('offers to split only by dimensions that have series of their own', () => {
    const crossTab = {
      ...base,
      observations: [
        ...base.observations,
        { date: '2026-06-30', value: 5, dimensions: { sex: 'Mujer', zone: 'Rural' } },
      ],
    };
    expect(dimensionKeys(crossTab)).to.deep.equal(['sex', 'zone']);
    expect(splitDimensions(crossTab)).to.deep.equal(['sex']);
  });
});

describe('indicator change and ordering', () => {
  const indicator = (values: number[], baseline = 10): Indicator => ({
    id: 'i',
    commitmentId: 'c',
    name: 'I',
    measure: 'number',
    direction: 'lower-is-better',
    baseline: { date: '2025-01-01', value: baseline },
    targets: [
      { date: '2027-01-01', value: 2 },
      { date: '2026-01-01', value: 5 },
    ],
    observations: values.map((value, index) => ({ date: `2025-0${9 - index}-01`, value })),
  });

  it('says whether the latest total rose, fell or stayed, whatever the direction', () => {
    // Dates run backwards in the feed: the latest is the first value.
    expect(indicatorChange(indicator([12, 3]))).to.equal('rose');
    expect(indicatorChange(indicator([8, 30]))).to.equal('fell');
    expect(indicatorChange(indicator([10]))).to.equal('unchanged');
    expect(indicatorChange(indicator([]))).to.equal(undefined);
  });

  it('orders observations and targets by date without touching the feed', () => {
    const input = indicator([1, 2, 3]);
    expect(observationsByDate(input).map((o) => o.value)).to.deep.equal([3, 2, 1]);
    expect(input.observations.map((o) => o.value)).to.deep.equal([1, 2, 3]);
    expect(targetsByDate(input).map((t) => t.value)).to.deep.equal([5, 2]);
    expect(input.targets.map((t) => t.value)).to.deep.equal([2, 5]);
  });

  it('keeps feed order within a date', () => {
    const input: Indicator = {
      ...indicator([]),
      observations: [
        { date: '2025-02-01', value: 2, dimensions: { sex: 'Mujer' } },
        { date: '2025-01-01', value: 1 },
        { date: '2025-02-01', value: 3 },
      ],
    };
    expect(observationsByDate(input).map((o) => o.value)).to.deep.equal([1, 2, 3]);
  });
});
