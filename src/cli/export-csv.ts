/**
 * `export-csv <feed.json> <carpeta> [--excel-es]`: a feed → the CSV files
 * build-feed reads, so a team can start from an existing feed (the demo one
 * is in demo/templates/). UTF-8 with BOM and commas by default; `--excel-es`
 * writes what Excel in Spanish writes: semicolons, decimal commas,
 * DD/MM/AAAA dates and CRLF line ends. Afterwards the files are read back,
 * and anything of the feed they could not hold is reported.
 * Exit codes: 0 written, 1 the feed is not valid, 2 unreadable input or usage.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toCsv } from '../shared/csv.js';
import { formatIssue, validateFeed } from '../shared/feed-schema.js';
import { parseFeedText } from '../shared/feed-text.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, type Output, consoleOutput } from './build-feed.js';
import type { Command } from './main.js';
import { assembleFeed } from './spreadsheet/assemble.js';
import { type CellStyle, decimalMark } from './spreadsheet/cells.js';
import { feedToTables, type Tables } from './spreadsheet/export-tables.js';
import { jsonDifferences } from './spreadsheet/json-compare.js';
import { TABLE_NAMES } from './spreadsheet/layout.js';
import { formatProblem } from './spreadsheet/problems.js';
import { readSpreadsheets } from './spreadsheet/read-tables.js';

export interface ExportOptions {
  feed: string;
  folder: string;
  excelEs?: boolean;
  out?: Output;
}

/** How cells are written: plain (dots, AAAA-MM-DD) or as Excel in Spanish writes them. */
export const cellStyle = (excelEs: boolean): CellStyle =>
  excelEs ? { numbers: 'comma', dates: 'dmy' } : { numbers: 'point', dates: 'iso' };

/** Writes every table as `<name>.csv` in `folder` (UTF-8 with BOM); says so, or why not. */
export async function writeTables(folder: string, tables: Tables, style: CellStyle, out: Output): Promise<boolean> {
  const excelEs = style.numbers === 'comma';
  try {
    await mkdir(folder, { recursive: true });
    for (const name of TABLE_NAMES) {
      const csv = toCsv(tables[name], {
        bom: true,
        delimiter: excelEs ? ';' : ',',
        decimal: decimalMark(style.numbers),
        lineEnd: excelEs ? '\r\n' : '\n',
      });
      await writeFile(join(folder, `${name}.csv`), csv);
    }
  } catch (error) {
    out.error(`No se pudo escribir en ${folder}: ${(error as Error).message}`);
    return false;
  }
  out.error(`Se escribieron en ${folder}: ${TABLE_NAMES.map((name) => `${name}.csv`).join(', ')}.`);
  return true;
}

export async function exportCsv(options: ExportOptions): Promise<number> {
  const { feed: source, folder, excelEs = false, out = consoleOutput } = options;
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    out.error(`No se pudo leer ${source}: ${(error as Error).message}`);
    return EXIT_UNREADABLE;
  }
  const parsed = parseFeedText(text);
  if (!parsed.ok) {
    out.error(`${source} no es JSON válido: ${parsed.message}`);
    return EXIT_UNREADABLE;
  }
  const validation = validateFeed(parsed.value);
  if (!validation.ok) {
    out.error(`${source} no es un feed válido; corríjalo antes de exportarlo:`);
    for (const issue of validation.issues) out.error(formatIssue(issue));
    return EXIT_PROBLEMS;
  }

  const style = cellStyle(excelEs);
  if (!(await writeTables(folder, feedToTables(validation.feed, style), style, out))) return EXIT_UNREADABLE;

  // Read the files back: what the tables cannot hold (fields outside the layout, other languages) shows here.
  const files = await readSpreadsheets(folder);
  const rebuilt = assembleFeed(files.input);
  const problems = [...files.problems, ...(rebuilt.ok ? [] : rebuilt.problems)];
  if (problems.length > 0) {
    out.error('Aviso: build-feed no podría leer estos archivos tal como quedaron:');
    for (const problem of problems) out.error(formatProblem(problem));
  } else if (rebuilt.ok) {
    // `changes` is build-feed's to write, from the previous feed: the sheets never hold it.
    const { changes: _generated, ...kept } = validation.feed;
    const lost = jsonDifferences(kept, rebuilt.feed);
    if (lost.length > 0) {
      out.error('Aviso: estas partes del feed no caben en las hojas, o cambian al volver a leerlas:');
      for (const path of lost) out.error(`  ${path}`);
    }
  }
  return EXIT_OK;
}

const USAGE = 'Uso: ogp-plan-widgets export-csv <feed.json> <carpeta> [--excel-es]';

export const exportCsvCommand: Command = {
  usage:
    'export-csv <feed.json> <carpeta> [--excel-es]   Escribe el feed como archivos CSV que build-feed vuelve a leer.',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { 'excel-es': { type: 'boolean' } } });
    } catch (error) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    const [feed, folder, ...extra] = parsed.positionals;
    if (!feed || !folder || extra.length > 0) {
      console.error(
        `${!feed ? 'Falta el feed.' : !folder ? 'Falta la carpeta.' : `Sobra: ${extra.join(' ')}`}\n${USAGE}`,
      );
      return EXIT_UNREADABLE;
    }
    return exportCsv({ feed, folder, excelEs: parsed.values['excel-es'] });
  },
};
