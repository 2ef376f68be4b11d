/**
 * An indicator in words and rows: its values with their unit, the summary
 * sentence, the names of its dimensions and the rows of its data table (the
 * same rows the CSV holds). Pure functions of the feed and a language.
 */
import {
  indicatorChange,
  indicatorProgress,
  observationsByDate,
  targetsByDate,
  type IndicatorProgress,
} from '../shared/indicators.js';
import type { Indicator, Observation } from '../shared/feed-schema.js';
import { formatDate, formatPercent } from '../shared/format.js';
import { formatCompact, formatValue } from '../shared/format-value.js';
import { localize } from '../shared/feed-text.js';
import type { Lang } from '../shared/i18n.js';
import type { ChartStrings, RowKind, SeriesChange, SummaryParts } from './indicator-chart.strings.js';

/** A value in the indicator's measure and unit: "45 %", "1.850 personas" (the unit falls back to `defaultLanguage`). */
export function valueText(value: number, indicator: Indicator, lang: Lang, defaultLanguage: string): string {
  const formatted = formatValue(value, indicator, lang);
  return indicator.unit ? `${formatted} ${localize(indicator.unit, lang, defaultLanguage)}` : formatted;
}

/** The unit for a column header: the feed's unit, "%" or the currency code; empty for plain numbers. */
function unitLabel(indicator: Indicator, lang: Lang, defaultLanguage: string): string {
  if (indicator.unit) return localize(indicator.unit, lang, defaultLanguage);
  if (indicator.measure === 'percentage') return '%';
  return indicator.measure === 'currency' ? (indicator.currency ?? 'COP') : '';
}

/** The headers of the table and the CSV: date, type, a column per dimension key, and the value with its unit. */
export function columnNames(
  indicator: Indicator,
  lang: Lang,
  defaultLanguage: string,
  strings: ChartStrings,
  keys: readonly string[],
): string[] {
  const { columns } = strings;
  const unit = unitLabel(indicator, lang, defaultLanguage);
  return [
    columns.date,
    columns.kind,
    ...keys.map((key) => dimensionLabel(key, strings)),
    unit ? `${columns.value} (${unit})` : columns.value,
  ];
}

/** A dimension's name: "Sexo" for `sex`; keys we don't know are shown as they are. */
export function dimensionLabel(key: string, strings: ChartStrings): string {
  const names = strings.dimensions;
  return Object.hasOwn(names, key) ? names[key]! : key;
}

/** Where the latest value stands on the way to the final target. */
function progressPart(progress: IndicatorProgress, lang: Lang): SummaryParts['progress'] {
  if (!progress.target || progress.ratio === undefined) return undefined;
  if (progress.met) return { kind: 'met' };
  if (progress.ratio < 0) return { kind: 'away' };
  return { kind: 'share', share: formatPercent(progress.ratio, lang) };
}

/**
 * The plain-language summary: "Subió de 12 % en enero de 2025 a 45 % en
 * septiembre de 2026; la meta es 60 % en octubre de 2027: lleva el 69 % del
 * camino." It compares the latest total with the baseline, and measures
 * progress with the indicator's direction.
 */
export function summaryText(indicator: Indicator, lang: Lang, defaultLanguage: string, strings: ChartStrings): string {
  const progress = indicatorProgress(indicator);
  const value = (number: number) => valueText(number, indicator, lang, defaultLanguage);
  const month = (date: string) => formatDate(date, lang, 'month');
  return strings.summary({
    change: indicatorChange(indicator),
    baseline: value(progress.baseline.value),
    baselineDate: month(progress.baseline.date),
    latest: progress.latest && value(progress.latest.value),
    latestDate: progress.latest && month(progress.latest.date),
    target: progress.target && value(progress.target.value),
    targetDate: progress.target && month(progress.target.date),
    progress: progressPart(progress, lang),
    lowerIsBetter: indicator.direction === 'lower-is-better',
  });
}

/** A dimension's name inside a sentence: "sexo", "grupo de edad"; a name that is not a capitalized word ("NBI") stays. */
function dimensionInText(key: string, lang: Lang, strings: ChartStrings): string {
  const label = dimensionLabel(key, strings);
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase(lang) + label.slice(1) : label;
}

/**
 * The summary of a breakdown: how each series shown went, from its first
 * value to its latest ("Por sexo, de junio de 2025 a junio de 2026: Mujer
 * subió de 999 personas a 1.677 personas; …"). The months are said once
 * when every series shares them, else for each series.
 */
export function breakdownSummaryText(
  indicator: Indicator,
  lang: Lang,
  defaultLanguage: string,
  strings: ChartStrings,
  dimension: string,
  series: readonly { label: string; observations: readonly Observation[] }[],
): string {
  const value = (number: number) => valueText(number, indicator, lang, defaultLanguage);
  const month = (date: string) => formatDate(date, lang, 'month');
  const ends = series.map(({ label, observations }) => ({
    label,
    first: observations[0]!,
    latest: observations[observations.length - 1]!,
    single: observations.length === 1,
  }));
  const shared = ends.every(
    ({ first, latest }) =>
      month(first.date) === month(ends[0]!.first.date) && month(latest.date) === month(ends[0]!.latest.date),
  );
  return strings.breakdown({
    dimension: dimensionInText(dimension, lang, strings),
    span: shared && ends.length ? { from: month(ends[0]!.first.date), to: month(ends[0]!.latest.date) } : undefined,
    series: ends.map(({ label, first, latest, single }): SeriesChange => ({
      label,
      change: single
        ? undefined
        : latest.value > first.value
          ? 'rose'
          : latest.value < first.value
            ? 'fell'
            : 'unchanged',
      first: value(first.value),
      latest: value(latest.value),
      ...(shared ? {} : { firstDate: month(first.date), latestDate: month(latest.date) }),
    })),
    lowerIsBetter: indicator.direction === 'lower-is-better',
  });
}

/** The value an observation has for a dimension, if any (own keys only: feeds are untrusted). */
export function dimensionValue(dimensions: Record<string, string> | undefined, key: string): string | undefined {
  return dimensions && Object.hasOwn(dimensions, key) ? dimensions[key] : undefined;
}

export interface DataRow {
  kind: RowKind;
  date: string;
  value: number;
  dimensions?: Record<string, string>;
}

/**
 * Every value of the indicator, as the table and the CSV show it: the
 * baseline, then every observation (totals and disaggregated) by date, then
 * the targets by date.
 */
export function dataRows(indicator: Indicator): DataRow[] {
  const { baseline } = indicator;
  return [
    { kind: 'baseline', date: baseline.date, value: baseline.value },
    ...observationsByDate(indicator).map(({ date, value, dimensions }): DataRow => ({
      kind: 'observation',
      date,
      value,
      dimensions,
    })),
    ...targetsByDate(indicator).map(({ date, value }): DataRow => ({ kind: 'target', date, value })),
  ];
}

/** Decimals a compact axis label may need: a tick like 1,125 M is as fine as an axis gets. */
const MAX_COMPACT_DECIMALS = 3;

/**
 * How the value axis writes its ticks `values`: like the values, but
 * short ("1,2 M", "3 B", "1 M %") once they reach ten thousand, so a very
 * large number does not eat the plot's width; without the unit (the
 * summary and labels carry it). Short labels keep the fewest decimals that
 * write every tick exactly, so two ticks never read the same ("1,2 B" and
 * "1,25 B", not "1,3 B" twice).
 */
export function axisFormat(indicator: Indicator, lang: Lang, values: readonly number[]): (value: number) => string {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest < 10_000) return (value) => formatValue(value, indicator, lang);
  const exact = (digits: number) =>
    values.every(
      (value) =>
        formatCompact(value, indicator, lang, digits) === formatCompact(value, indicator, lang, MAX_COMPACT_DECIMALS),
    );
  let digits = 0;
  while (digits < MAX_COMPACT_DECIMALS && !exact(digits)) digits++;
  return (value) => formatCompact(value, indicator, lang, digits);
}
