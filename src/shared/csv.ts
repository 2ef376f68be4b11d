/**
 * The one CSV writer of every export (the receiver's, the command line's
 * templates, the chart's data), on csv-stringify, with one formula guard.
 *
 * The guard. A spreadsheet runs a cell that starts with = + - @ (or a tab
 * or a carriage return) as a formula, so a hostile text could plant one
 * (OWASP, "CSV injection"); such a start gets an apostrophe, which makes
 * the cell text. Guarding only a cell's first character is not enough:
 * Excel set to Spanish (Colombia) opens a double-clicked .csv split on ";",
 * and honours a quote only at the very start of a field, so in
 * `Hola mundo;=1+1;fin` the `=1+1` becomes a cell of its own. A comma file
 * read as Spanish Excel reads it starts a cell after every ";" and every
 * line break, even inside a quoted text; a semicolon file read as a comma
 * file starts one after every ",". So the guard puts its apostrophe before
 * a formula sign wherever a cell may start in any of those readings: at the
 * start of the text, and after every , ; line feed or carriage return
 * (skipping the double quotes that may open a quoted field there). A text
 * that ends with one of those four characters gets an apostrophe at its end
 * too: otherwise the quote that closes it in the file would start a cell of
 * such a reading, open a quoted field, and pull the line end and what
 * follows into it.
 *
 * Text that already has apostrophes before such a sign gets one more, so
 * `unguardFormula` gives back exactly the text that was guarded: the
 * command line reads its own templates back unchanged.
 *
 * csv-stringify's browser build, in Node too: its Node build needs Node's
 * Buffer, which browsers lack, and one build is one behaviour to test.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/** A cell: text (guarded), a number (written with the chosen decimal mark), or nothing. */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Between cells: `,` (the default) or `;` (what Excel in Spanish writes). */
  delimiter?: ',' | ';';
  /** The decimal mark of numbers: `.` (the default, any program reads it) or `,` (Excel in Spanish). */
  decimal?: '.' | ',';
  /** Line end: `\r\n` (the default, RFC 4180) or `\n`. */
  lineEnd?: '\r\n' | '\n';
  /** Starts with a byte order mark, so that Excel reads the accents as UTF-8. */
  bom?: boolean;
  /** A header row, written before the rows. */
  header?: readonly string[];
}

// Where a cell may start (see above), then the double quotes that may open a quoted field there.
const CELL_START = String.raw`(?<=^|[,;\r\n])("*)`;
const FORMULA_AHEAD = String.raw`(?='*[=+\-@\t\r])`;
const GUARD = new RegExp(`${CELL_START}${FORMULA_AHEAD}`, 'g');
const UNGUARD = new RegExp(`${CELL_START}'${FORMULA_AHEAD}`, 'g');
const CELL_START_AT_END = /[,;\r\n]'*$/;
const GUARDED_END = /[,;\r\n]'+$/;

/** Text that no spreadsheet runs as a formula, however it splits the line. */
export function guardFormula(text: string): string {
  const guarded = text.replace(GUARD, "$1'");
  return CELL_START_AT_END.test(guarded) ? `${guarded}'` : guarded;
}

/** The inverse of guardFormula: `unguardFormula(guardFormula(text)) === text` for every text. */
export function unguardFormula(text: string): string {
  const end = GUARDED_END.test(text) ? text.slice(0, -1) : text;
  return end.replace(UNGUARD, '$1');
}

/** A number as text: `12.5`, or `12,5` with the decimal comma. No thousands separator. */
export function csvNumber(value: number, decimal: '.' | ',' = '.'): string {
  const text = String(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * Rows as CSV text, every row ended by the line end. Text is guarded;
 * a cell is quoted when it holds the delimiter, a quote, a line break, or
 * spaces at either end (which a reader might trim).
 */
export function toCsv(rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const { delimiter = ',', decimal = '.', lineEnd = '\r\n', bom = false, header } = options;
  const cell = (value: CsvCell): string =>
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? csvNumber(value, decimal)
        : guardFormula(value);
  const records: string[][] = header ? [header.map(cell)] : [];
  for (const row of rows) records.push(row.map(cell));
  const text = stringify(records, {
    delimiter,
    record_delimiter: lineEnd === '\n' ? 'unix' : 'windows',
    quoted_match: [/[\r\n]/, /^\s|\s$/],
  });
  return bom ? `\uFEFF${text}` : text;
}
