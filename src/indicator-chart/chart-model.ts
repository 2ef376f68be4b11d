/**
 * What the chart shows, as data: an indicator of the feed in a language and
 * a view (the total, or one series per value of a dimension), then laid out
 * at the plot's size. Pure and memoized step by step, so a resize
 * recomputes only the layout, and a key press or a hover recomputes nothing.
 */
import {
  dimensionKeys,
  findIndicator,
  indicatorProgress,
  type IndicatorProgress,
  seriesByDimension,
  splitDimensions,
  targetsByDate,
  totalSeries,
} from '../shared/indicators.js';
import type { Indicator, PlanFeed } from '../shared/feed-schema.js';
import { feedLanguage } from '../shared/feed-text.js';
import { formatDate } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import type { Size } from '../core/size-controller.js';
import {
  type ChartLayout,
  layoutChart,
  type ReferenceInput,
  type SeriesInput,
  timeObservations,
} from './chart-layout.js';
import { axisFormat, breakdownSummaryText, summaryText, valueText } from './describe.js';
import type { ChartStrings, ChartType } from './indicator-chart.strings.js';

/** What the chart shows of an indicator in a language and a view, whatever its size. */
export interface ChartData {
  indicator: Indicator;
  lang: Lang;
  /** The feed's default language, what its text falls back to. */
  defaultLanguage: string;
  strings: ChartStrings;
  common: CommonStrings;
  /** The dimension key shown, or '' for the total. */
  dimension: string;
  /** Every dimension of the observations, for the table's columns. */
  keys: string[];
  /** The dimensions the chart can be split by (see `splitDimensions`). */
  splits: string[];
  series: SeriesInput[];
  references: ReferenceInput[];
  /** The latest total value, written beside its point; none when series are by dimension. */
  latestLabel?: string;
  progress: IndicatorProgress;
  summary: string;
}

/** The data drawn at a size, in a chart type. */
export interface ChartModel extends ChartData {
  type: ChartType;
  /** Undefined until the plot's box has been measured. */
  layout?: ChartLayout;
}

/**
 * The model of what the element knows when it renders: its feed, its
 * attributes, its language and its plot's size; undefined when the feed has
 * no such indicator.
 */
export type ChartModels = (
  feed: PlanFeed | undefined,
  indicatorId: string | undefined,
  /** The dimension asked for; one the indicator cannot be split by shows the total. */
  dimension: string,
  lang: Lang,
  /** The chart's words and the shared ones, in that language. */
  words: { strings: ChartStrings; common: CommonStrings },
  /** The `type` attribute: anything but "bar" draws a line. */
  type: string,
  size: Size & { hasSize: boolean },
) => ChartModel | undefined;

/** Keeps the last result until one of its inputs changes. */
function memo<Inputs extends readonly unknown[], Result>(compute: (...inputs: Inputs) => Result) {
  let last: { inputs: Inputs; result: Result } | undefined;
  return (...inputs: Inputs): Result => {
    if (!last || inputs.some((input, index) => input !== last!.inputs[index]))
      last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}

function chartData(
  indicator: Indicator,
  lang: Lang,
  defaultLanguage: string,
  strings: ChartStrings,
  common: CommonStrings,
  dimension: string,
  keys: string[],
  splits: string[],
): ChartData {
  const value = (number: number) => valueText(number, indicator, lang, defaultLanguage);
  const byDimension = dimension
    ? [...seriesByDimension(indicator, dimension)].map(([label, observations]) => ({ label, observations }))
    : undefined;
  const series: SeriesInput[] = byDimension
    ? byDimension.map(({ label, observations }) => ({ label, observations: timeObservations(observations) }))
    : [{ label: strings.total, observations: timeObservations(totalSeries(indicator)) }];
  // The baseline and targets are the total's: they are drawn with the total only.
  const references: ReferenceInput[] = dimension
    ? []
    : [
        {
          kind: 'baseline',
          date: indicator.baseline.date,
          value: indicator.baseline.value,
          label: strings.baselineLabel(value(indicator.baseline.value)),
        },
        ...targetsByDate(indicator).map(({ date, value: target }): ReferenceInput => ({
          kind: 'target',
          date,
          value: target,
          label: strings.targetLabel(value(target), formatDate(date, lang, 'month')),
        })),
      ];
  const latest = dimension ? undefined : series[0]!.observations.at(-1)?.observation;
  return {
    indicator,
    lang,
    defaultLanguage,
    strings,
    common,
    dimension,
    keys,
    splits,
    series,
    references,
    latestLabel: latest && value(latest.value),
    progress: indicatorProgress(indicator),
    // What is shown: the total's way to its target, or each series of the breakdown.
    summary: byDimension
      ? breakdownSummaryText(indicator, lang, defaultLanguage, strings, dimension, byDimension)
      : summaryText(indicator, lang, defaultLanguage, strings),
  };
}

function chartModel(
  data: ChartData,
  type: ChartType,
  width: number,
  height: number,
  fontSize: number,
  hasSize: boolean,
): ChartModel {
  return {
    ...data,
    type,
    layout: hasSize
      ? layoutChart({
          series: data.series,
          references: data.references,
          type,
          width,
          height,
          fontSize,
          lang: data.lang,
          latestLabel: data.latestLabel,
          tickFormat: (values) => axisFormat(data.indicator, data.lang, values),
        })
      : undefined,
  };
}

/**
 * A `ChartModels` function for one element. Every step remembers its last
 * result, so the same inputs give the same objects back (which the
 * templates' `guard`s rely on) and a resize only lays the chart out again.
 */
export function chartModels(): ChartModels {
  const keysOf = memo(dimensionKeys);
  const splitsOf = memo(splitDimensions);
  const dataOf = memo(chartData);
  const modelOf = memo(chartModel);
  return (feed, indicatorId, dimension, lang, { strings, common }, type, size) => {
    const indicator = feed && indicatorId ? findIndicator(feed, indicatorId) : undefined;
    if (!feed || !indicator) return undefined;
    const splits = splitsOf(indicator);
    const shown = splits.includes(dimension) ? dimension : '';
    const data = dataOf(indicator, lang, feedLanguage(feed.plan), strings, common, shown, keysOf(indicator), splits);
    const chartType = type === 'bar' ? 'bar' : 'line';
    return modelOf(data, chartType, size.width, size.height, size.fontSize, size.hasSize);
  };
}
