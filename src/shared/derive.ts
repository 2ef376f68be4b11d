/**
 * What widgets show, derived from the feed by pure functions. No widget
 * computes progress, status or lateness itself: they all call these, so the
 * overview, the commitment view and the timeline always agree.
 *
 * Dates are ISO strings (AAAA-MM-DD), compared as strings; "today" is passed
 * in, so results do not depend on the clock of the machine that runs them.
 */
import type { Commitment, Indicator, Milestone, Plan, PlanFeed, Status } from './feed-schema.js';
import { STATUSES } from './feed-schema.js';
import { dateFormat } from './intl.js';

/** The time zone of a 1.0 feed, which says none: Medellín's. */
export const DEFAULT_TIME_ZONE = 'America/Bogota';

/** Where the plan's "today" is: `plan.timeZone`, else Medellín's. */
export function planTimeZone(plan: Pick<Plan, 'timeZone'>): string {
  return plan.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Today's date in the given time zone (Medellín's by default), as AAAA-MM-DD. */
export function isoToday(timeZone = DEFAULT_TIME_ZONE, now = new Date()): string {
  // en-CA formats dates as AAAA-MM-DD.
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const isClosed = (milestone: Milestone) => milestone.status === 'completed' || milestone.status === 'cancelled';

/** A milestone is overdue when its due date has passed and it is neither done nor cancelled. */
export function isOverdue(milestone: Milestone, today: string): boolean {
  return !isClosed(milestone) && milestone.due < today;
}

/** The milestones that count toward progress: all but the cancelled ones. */
function countedMilestones(commitment: Commitment): Milestone[] {
  return commitment.milestones.filter((milestone) => milestone.status !== 'cancelled');
}

/**
 * Progress of a commitment, 0–100: the feed's explicit value when it has
 * one, otherwise the share of its milestones that are completed (cancelled
 * milestones don't count).
 */
export function commitmentProgress(commitment: Commitment): number {
  if (commitment.progress !== undefined) return commitment.progress;
  const counted = countedMilestones(commitment);
  if (counted.length === 0) return commitment.status === 'completed' ? 100 : 0;
  const done = counted.filter((milestone) => milestone.status === 'completed').length;
  return (done / counted.length) * 100;
}

/**
 * Status of a commitment: the feed's explicit value when it has one,
 * otherwise derived from its milestones.
 */
export function commitmentStatus(commitment: Commitment, today: string): Status {
  if (commitment.status) return commitment.status;
  const milestones = commitment.milestones;
  if (milestones.length === 0) return commitment.start > today ? 'not-started' : 'in-progress';
  if (milestones.every((milestone) => milestone.status === 'cancelled')) return 'cancelled';
  const counted = countedMilestones(commitment);
  if (counted.every((milestone) => milestone.status === 'completed')) return 'completed';
  if (counted.some((milestone) => milestone.status === 'delayed' || isOverdue(milestone, today))) return 'delayed';
  if (counted.some((milestone) => milestone.status === 'in-progress' || milestone.status === 'completed')) {
    return 'in-progress';
  }
  return 'not-started';
}

/** The next milestone to be done: the earliest due among those still open. */
export function nextMilestone(commitment: Commitment): Milestone | undefined {
  let next: Milestone | undefined;
  for (const milestone of commitment.milestones) {
    if (isClosed(milestone)) continue;
    if (!next || milestone.due < next.due) next = milestone;
  }
  return next;
}

export function overdueMilestones(commitment: Commitment, today: string): Milestone[] {
  return commitment.milestones.filter((milestone) => isOverdue(milestone, today));
}

/** Milestones sorted by due date, then by id, without changing the feed. */
export function milestonesByDue(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

export interface CommitmentView {
  commitment: Commitment;
  status: Status;
  progress: number;
  next: Milestone | undefined;
  overdue: Milestone[];
}

/** Everything the overview shows about one commitment. */
export function describeCommitment(commitment: Commitment, today: string): CommitmentView {
  return {
    commitment,
    status: commitmentStatus(commitment, today),
    progress: commitmentProgress(commitment),
    next: nextMilestone(commitment),
    overdue: overdueMilestones(commitment, today),
  };
}

export interface PlanSummary {
  commitments: number;
  byStatus: Record<Status, number>;
  /** Milestones that count: all but the cancelled ones. */
  milestones: number;
  milestonesCompleted: number;
  milestonesOverdue: number;
  /** Cancelled milestones, left out of `milestones`. */
  milestonesCancelled: number;
  /** Mean progress of the commitments that are not cancelled, 0–100. */
  progress: number;
}

export function planSummary(feed: PlanFeed, today: string): PlanSummary {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  let milestones = 0;
  let milestonesCompleted = 0;
  let milestonesOverdue = 0;
  let milestonesCancelled = 0;
  let progressSum = 0;
  let progressCount = 0;
  for (const commitment of feed.commitments) {
    const status = commitmentStatus(commitment, today);
    byStatus[status] += 1;
    if (status !== 'cancelled') {
      progressSum += commitmentProgress(commitment);
      progressCount += 1;
    }
    for (const milestone of commitment.milestones) {
      if (milestone.status === 'cancelled') {
        milestonesCancelled += 1;
        continue;
      }
      milestones += 1;
      if (milestone.status === 'completed') milestonesCompleted += 1;
      if (isOverdue(milestone, today)) milestonesOverdue += 1;
    }
  }
  return {
    commitments: feed.commitments.length,
    byStatus,
    milestones,
    milestonesCompleted,
    milestonesOverdue,
    milestonesCancelled,
    progress: progressCount ? progressSum / progressCount : 0,
  };
}

/** The feed's commitment with this id, if any. */
export function findCommitment(feed: PlanFeed, id: string): Commitment | undefined {
  return feed.commitments.find((commitment) => commitment.id === id);
}

/** Indicators linked to a commitment, by its indicatorIds or their commitmentId (see `withPlanCurrency`). */
export function indicatorsOf(feed: PlanFeed, commitment: Commitment): Indicator[] {
  const ids = new Set(commitment.indicatorIds ?? []);
  return feed.indicators
    .filter((indicator) => ids.has(indicator.id) || indicator.commitmentId === commitment.id)
    .map((indicator) => withPlanCurrency(indicator, feed.plan));
}

/** The currency of a 1.0 feed, which says none: Colombian pesos. */
export const DEFAULT_CURRENCY = 'COP';

/** Each money indicator without a currency of its own, with the plan's; kept, so a feed gives the same objects. */
const withCurrency = new WeakMap<Indicator, Indicator>();

/**
 * A money indicator that names no currency counts in the plan's
 * (`plan.currency`, else COP); any other indicator is returned as it is.
 */
export function withPlanCurrency(indicator: Indicator, plan: Pick<Plan, 'currency'>): Indicator {
  if (indicator.measure !== 'currency' || indicator.currency) return indicator;
  const currency = plan.currency ?? DEFAULT_CURRENCY;
  let resolved = withCurrency.get(indicator);
  if (resolved?.currency !== currency) withCurrency.set(indicator, (resolved = { ...indicator, currency }));
  return resolved;
}

export interface MilestoneCounts {
  /** Milestones that count: all but the cancelled ones. */
  total: number;
  completed: number;
  overdue: number;
  /** The cancelled ones, left out of `total`: a list of every milestone shows `total + cancelled`. */
  cancelled: number;
}

/** How many milestones there are, are done and are overdue (cancelled ones don't count), and how many are cancelled. */
export function countMilestones(milestones: readonly Milestone[], today: string): MilestoneCounts {
  const counts = { total: 0, completed: 0, overdue: 0, cancelled: 0 };
  for (const milestone of milestones) {
    if (milestone.status === 'cancelled') {
      counts.cancelled += 1;
      continue;
    }
    counts.total += 1;
    if (milestone.status === 'completed') counts.completed += 1;
    if (isOverdue(milestone, today)) counts.overdue += 1;
  }
  return counts;
}
