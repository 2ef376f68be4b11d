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
} from '../shared/derive.js';
import type { Indicator } from '../shared/feed-schema.js';
import { formatCompact, formatDate, formatPercent, formatValue } from '../shared/format.js';
import { localize } from '../shared/feed-text.js';
import type { Lang } from '../shared/i18n.js';
import { chartStrings, type RowKind, type SummaryParts } from './indicator-chart.strings.js';

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
  keys: readonly string[],
): string[] {
  const { columns } = chartStrings[lang];
  const unit = unitLabel(indicator, lang, defaultLanguage);
  return [
    columns.date,
    columns.kind,
    ...keys.map((key) => dimensionLabel(key, lang)),
    unit ? `${columns.value} (${unit})` : columns.value,
  ];
}

/** A dimension's name: "Sexo" for `sex`; keys we don't know are shown as they are. */
export function dimensionLabel(key: string, lang: Lang): string {
  const names = chartStrings[lang].dimensions;
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
export function summaryText(indicator: Indicator, lang: Lang, defaultLanguage: string): string {
  const progress = indicatorProgress(indicator);
  const value = (number: number) => valueText(number, indicator, lang, defaultLanguage);
  const month = (date: string) => formatDate(date, lang, 'month');
  return chartStrings[lang].summary({
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

/**
 * How the value axis writes its ticks: like the values, but short ("1,2 M")
 * for large numbers, and without the unit (the summary and labels carry it).
 */
export function axisFormat(indicator: Indicator, lang: Lang, largest: number): (value: number) => string {
  if (indicator.measure === 'percentage' || Math.abs(largest) < 10_000) {
    return (value) => formatValue(value, indicator, lang);
  }
  return (value) => formatCompact(value, indicator, lang);
}
