/**
 * The indicator's data as a CSV file: the rows of the data table, written
 * by the one CSV writer of every export (src/shared/csv.ts, on
 * csv-stringify, with its formula guard), for any program to read (dates
 * AAAA-MM-DD, numbers with a dot). The element loads this module with
 * import() when the person asks for the CSV: the writer weighs about 10 kB
 * that a page showing the chart never needs otherwise.
 */
import { dimensionKeys } from '../shared/indicators.js';
import type { Indicator } from '../shared/feed-schema.js';
import type { Lang } from '../shared/i18n.js';
import { toCsv } from '../shared/csv.js';
import { columnNames, dataRows, dimensionValue } from './describe.js';
import type { ChartStrings } from './indicator-chart.strings.js';

/**
 * The indicator's data as CSV text (without the byte order mark): a header
 * row in the widget's language, then the baseline, every observation by
 * date with a column per dimension, and the targets. Dates stay AAAA-MM-DD
 * and numbers keep a dot for decimals, so any program reads them. The unit
 * falls back to the feed's `defaultLanguage`.
 */
export function indicatorCsv(indicator: Indicator, lang: Lang, defaultLanguage: string, strings: ChartStrings): string {
  const keys = dimensionKeys(indicator);
  const rows = dataRows(indicator).map((row) => [
    row.date,
    strings.rowKinds[row.kind],
    ...keys.map((key) => dimensionValue(row.dimensions, key) ?? ''),
    row.value,
  ]);
  return toCsv(rows, { header: columnNames(indicator, lang, defaultLanguage, strings, keys) });
}

/** A UTF-8 CSV file with a byte order mark, so spreadsheet programs read accents right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}
