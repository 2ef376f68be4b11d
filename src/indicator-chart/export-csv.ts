/**
 * The indicator's data as a CSV file: the rows of the data table, written
 * for any program to read (dates AAAA-MM-DD, numbers with a dot).
 */
import { dimensionKeys } from '../shared/derive.js';
import type { Indicator } from '../shared/feed-schema.js';
import type { Lang } from '../shared/i18n.js';
import { columnNames, dataRows, dimensionValue } from './describe.js';
import { chartStrings } from './indicator-chart.strings.js';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or edge spaces; quotes doubled. Text that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so a hostile feed cannot plant formulas.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The indicator's data as CSV text (without the byte order mark): a header
 * row in the widget's language, then the baseline, every observation by
 * date with a column per dimension, and the targets. Dates stay AAAA-MM-DD
 * and numbers keep a dot for decimals, so any program reads them. The unit
 * falls back to the feed's `defaultLanguage`.
 */
export function indicatorCsv(indicator: Indicator, lang: Lang, defaultLanguage = 'es'): string {
  const keys = dimensionKeys(indicator);
  const rows = dataRows(indicator).map((row) => [
    row.date,
    chartStrings[lang].rowKinds[row.kind],
    ...keys.map((key) => dimensionValue(row.dimensions, key) ?? ''),
    row.value,
  ]);
  return (
    [columnNames(indicator, lang, defaultLanguage, keys), ...rows]
      .map((row) => row.map(csvField).join(','))
      .join('\r\n') + '\r\n'
  );
}

/** A UTF-8 CSV file with a byte order mark, so spreadsheet programs read accents right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}
