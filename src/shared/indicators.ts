/**
 * What widgets show about an indicator, derived from its observations and
 * targets by pure functions: the commitment view and the chart call these, so
 * they always agree. Apart from derive.ts, so pages without either element
 * (the overview, the timeline) do not download them.
 */
import type { Indicator, Observation, PlanFeed } from './feed-schema.js';
import { withPlanCurrency } from './derive.js';

/** Observations without dimensions: the indicator's total series, by date. */
export function totalSeries(indicator: Indicator): Observation[] {
  return sortByDate(indicator.observations.filter((observation) => !hasDimensions(observation)));
}

function hasDimensions(observation: Observation): boolean {
  return observation.dimensions !== undefined && Object.keys(observation.dimensions).length > 0;
}

/** Sorts by date in place. ISO dates sort as plain strings, which is many times faster than localeCompare. */
function sortByDate<T extends { date: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The dimension keys that some observation of the indicator carries (sex, ageGroup, territory…). */
export function dimensionKeys(indicator: Indicator): string[] {
  const keys = new Set<string>();
  for (const observation of indicator.observations) {
    for (const key of Object.keys(observation.dimensions ?? {})) keys.add(key);
  }
  return [...keys];
}

/** The observation's dimension when it carries exactly one (a "sex" value, not a "sex × age" cell). */
function soleDimension(observation: Observation): string | undefined {
  const keys = Object.keys(observation.dimensions ?? {});
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * The dimensions a chart can split by: those with observations of their own.
 * A dimension found only in cross-tabs (sex × age group) has no series.
 */
export function splitDimensions(indicator: Indicator): string[] {
  const alone = new Set(indicator.observations.map(soleDimension));
  return dimensionKeys(indicator).filter((key) => alone.has(key));
}

/**
 * One series per value of a dimension, using the observations that carry
 * that dimension alone (so "sex" series don't mix with "sex × age" cells).
 */
export function seriesByDimension(indicator: Indicator, key: string): Map<string, Observation[]> {
  const series = new Map<string, Observation[]>();
  for (const observation of indicator.observations) {
    if (soleDimension(observation) !== key) continue;
    const value = observation.dimensions![key]!;
    const list = series.get(value) ?? [];
    list.push(observation);
    series.set(value, list);
  }
  for (const list of series.values()) sortByDate(list);
  return series;
}

/** The latest total observation, or undefined when there is none. */
export function latestObservation(indicator: Indicator): Observation | undefined {
  const series = totalSeries(indicator);
  return series[series.length - 1];
}

/** The target that matters now: the last one, which is the plan's goal. */
export function finalTarget(indicator: Indicator): { date: string; value: number } | undefined {
  return [...indicator.targets].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

export interface IndicatorProgress {
  baseline: { date: string; value: number };
  latest: Observation | undefined;
  target: { date: string; value: number } | undefined;
  /**
   * Share of the way from baseline to target, respecting direction: 0 at the
   * baseline, 1 at the target. Negative when it went the wrong way, above 1
   * when it passed the target. Undefined without a target, a latest value, or
   * when target equals baseline.
   */
  ratio: number | undefined;
  /** The ratio clamped to 0–1, for a progress bar. */
  clamped: number | undefined;
  /** Whether the latest value already meets the target, respecting direction. */
  met: boolean;
}

export function indicatorProgress(indicator: Indicator): IndicatorProgress {
  const latest = latestObservation(indicator);
  const target = finalTarget(indicator);
  const baseline = indicator.baseline;
  let ratio: number | undefined;
  let met = false;
  if (latest && target) {
    met = indicator.direction === 'lower-is-better' ? latest.value <= target.value : latest.value >= target.value;
    const span = target.value - baseline.value;
    // The same formula serves both directions: for lower-is-better the span is negative.
    if (span !== 0) ratio = (latest.value - baseline.value) / span;
    else ratio = met ? 1 : 0;
  }
  const clamped = ratio === undefined ? undefined : Math.min(1, Math.max(0, ratio));
  return { baseline, latest, target, ratio, clamped, met };
}

/** The feed's indicator with this id, if any, its money in the plan's currency (see `withPlanCurrency`). */
export function findIndicator(feed: PlanFeed, id: string): Indicator | undefined {
  const indicator = feed.indicators.find((candidate) => candidate.id === id);
  return indicator && withPlanCurrency(indicator, feed.plan);
}

export type IndicatorChange = 'rose' | 'fell' | 'unchanged';

/** How the latest total value compares with the baseline; undefined without observations. */
export function indicatorChange(indicator: Indicator): IndicatorChange | undefined {
  const latest = latestObservation(indicator);
  if (!latest) return undefined;
  if (latest.value > indicator.baseline.value) return 'rose';
  return latest.value < indicator.baseline.value ? 'fell' : 'unchanged';
}

/** Every observation, totals and disaggregated, by date; feed order within a date. */
export function observationsByDate(indicator: Indicator): Observation[] {
  return sortByDate([...indicator.observations]);
}

/** The targets by date, without changing the feed. */
export function targetsByDate(indicator: Indicator): { date: string; value: number }[] {
  return sortByDate([...indicator.targets]);
}
