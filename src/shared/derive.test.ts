import { expect } from '@open-wc/testing';
import type { Commitment, Indicator, Milestone, PlanFeed } from './feed-schema.js';
import {
  commitmentProgress,
  commitmentStatus,
  countMilestones,
  dimensionKeys,
  splitDimensions,
  indicatorChange,
  indicatorProgress,
  isOverdue,
  isoToday,
  latestObservation,
  nextMilestone,
  observationsByDate,
  planSummary,
  seriesByDimension,
  targetsByDate,
  totalSeries,
} from './derive.js';
import { validateFeed } from './feed-schema.js';
import { loadDemoFeed } from '../test-support/fixtures.js';
import { DEMO_TODAY } from '../examples/index.js';

const milestone = (id: string, due: string, status: Milestone['status']): Milestone => ({ id, title: id, due, status });
const commitment = (milestones: Milestone[], extra: Partial<Commitment> = {}): Commitment => ({
  id: 'c',
  title: 'C',
  lead: 'L',
  start: '2025-01-01',
  end: '2027-12-31',
  milestones,
  ...extra,
});

describe('derived data', () => {
  const today = '2026-06-01';

  it('marks open milestones past their due date as overdue, and no others', () => {
    expect(isOverdue(milestone('a', '2026-05-31', 'in-progress'), today)).to.equal(true);
    expect(isOverdue(milestone('a', '2026-05-31', 'not-started'), today)).to.equal(true);
    expect(isOverdue(milestone('a', '2026-06-01', 'in-progress'), today)).to.equal(false);
    expect(isOverdue(milestone('a', '2026-05-31', 'completed'), today)).to.equal(false);
    expect(isOverdue(milestone('a', '2026-05-31', 'cancelled'), today)).to.equal(false);
  });

  it('computes progress from milestones, ignoring cancelled ones, unless the feed gives it', () => {
    const c = commitment([
      milestone('a', '2025-01-01', 'completed'),
      milestone('b', '2026-01-01', 'in-progress'),
      milestone('c', '2026-01-01', 'cancelled'),
      milestone('d', '2027-01-01', 'not-started'),
    ]);
    expect(commitmentProgress(c)).to.be.closeTo(33.33, 0.01);
    expect(commitmentProgress({ ...c, progress: 80 })).to.equal(80);
    expect(commitmentProgress(commitment([]))).to.equal(0);
  });

  it('derives status from milestones unless the feed gives it', () => {
    expect(commitmentStatus(commitment([milestone('a', '2027-01-01', 'not-started')]), today)).to.equal('not-started');
    expect(commitmentStatus(commitment([milestone('a', '2027-01-01', 'in-progress')]), today)).to.equal('in-progress');
    expect(commitmentStatus(commitment([milestone('a', '2026-01-01', 'in-progress')]), today)).to.equal('delayed');
    expect(commitmentStatus(commitment([milestone('a', '2027-01-01', 'delayed')]), today)).to.equal('delayed');
    expect(
      commitmentStatus(
        commitment([milestone('a', '2026-01-01', 'completed'), milestone('b', '2026-01-01', 'cancelled')]),
        today,
      ),
    ).to.equal('completed');
    expect(commitmentStatus(commitment([milestone('a', '2026-01-01', 'cancelled')]), today)).to.equal('cancelled');
    expect(
      commitmentStatus(commitment([milestone('a', '2026-01-01', 'in-progress')], { status: 'in-progress' }), today),
    ).to.equal('in-progress');
  });

  it('finds the next open milestone by due date', () => {
    const c = commitment([
      milestone('late', '2027-01-01', 'not-started'),
      milestone('done', '2025-01-01', 'completed'),
      milestone('soon', '2026-07-01', 'in-progress'),
    ]);
    expect(nextMilestone(c)?.id).to.equal('soon');
    expect(nextMilestone(commitment([milestone('done', '2025-01-01', 'completed')]))).to.equal(undefined);
  });

  it('summarises the demo plan', async () => {
    const result = validateFeed(await loadDemoFeed());
    if (!result.ok) throw new Error('demo feed invalid');
    const feed: PlanFeed = result.feed;
    const summary = planSummary(feed, DEMO_TODAY);
    expect(summary.commitments).to.equal(4);
    // 16 milestones, one of them cancelled.
    expect(summary.milestones).to.equal(15);
    expect(summary.milestonesCancelled).to.equal(1);
    expect(summary.milestonesCompleted).to.equal(7);
    // Delayed m3 of the first commitment, m3 of the clubs and of the school.
    expect(summary.milestonesOverdue).to.equal(3);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).to.equal(4);
    expect(summary.progress).to.be.within(0, 100);
  });
});

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

describe('isoToday', () => {
  it('gives the calendar day in Medellín', () => {
    // 03:00 UTC is still the evening before in Medellín (UTC−5).
    expect(isoToday('America/Bogota', new Date('2026-03-02T03:00:00Z'))).to.equal('2026-03-01');
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

describe('milestone counts', () => {
  it('counts done and overdue milestones, leaving out cancelled ones', () => {
    const counts = countMilestones(
      [
        milestone('a', '2025-01-01', 'completed'),
        milestone('b', '2025-06-01', 'in-progress'),
        milestone('c', '2025-06-01', 'cancelled'),
        milestone('d', '2027-01-01', 'not-started'),
      ],
      '2026-01-01',
    );
    expect(counts).to.deep.equal({ total: 3, completed: 1, overdue: 1, cancelled: 1 });
  });
});
