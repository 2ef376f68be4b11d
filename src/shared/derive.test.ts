import { expect } from '@open-wc/testing';
import type { Commitment, Milestone, PlanFeed } from './feed-schema.js';
import {
  commitmentProgress,
  commitmentStatus,
  countMilestones,
  isOverdue,
  isoToday,
  nextMilestone,
  planSummary,
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

describe('isoToday', () => {
  it('gives the calendar day in Medellín', () => {
    // 03:00 UTC is still the evening before in Medellín (UTC−5).
    expect(isoToday('America/Bogota', new Date('2026-03-02T03:00:00Z'))).to.equal('2026-03-01');
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
