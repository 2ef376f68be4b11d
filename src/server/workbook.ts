/**
 * A table as an Excel workbook (.xlsx), with write-excel-file. Text cells
 * are string cells, never formulas, so a message that starts with "=" stays
 * the words the person wrote: nothing to guard, nothing added. (The
 * library drops the few characters that XML cannot hold, such as control
 * characters, so that the workbook always opens.)
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { CsvCell } from '../shared/csv.js';

function cell(value: CsvCell): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return { type: Number, value };
  return { type: String, value };
}

export interface WorkbookOptions {
  /** The sheet's name (31 characters at most). */
  sheet: string;
  header: readonly string[];
  rows: Iterable<readonly CsvCell[]>;
  /** Column widths, in characters. */
  widths?: readonly number[];
}

/** The workbook's bytes: one sheet, a bold header row that stays in view. */
export function workbook({ sheet, header, rows, widths = [] }: WorkbookOptions): Promise<Buffer> {
  const data: Row[] = [header.map((name) => ({ type: String, value: name, fontWeight: 'bold' }))];
  for (const row of rows) data.push(row.map(cell));
  return writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: header.map((_, index) => ({ width: widths[index] ?? 14 })),
  }).toBuffer();
}
