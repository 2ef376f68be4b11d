/**
 * Reads the plan's spreadsheets from disk: a folder of CSV files (plan.csv
 * or plan.json, commitments.csv, …) or one XLSX workbook with sheets of the
 * same names. Node only.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import type { PlanJson, SpreadsheetInput } from './assemble.js';
import type { CellValue } from './cells.js';
import { TABLE_NAMES, type TableName } from './layout.js';
import type { Problem } from './problems.js';
import type { RawTable } from './sheet.js';

/** The input cannot be read at all: a missing folder, a broken workbook. */
export class UnreadableInputError extends Error {}

export interface SpreadsheetFiles {
  input: SpreadsheetInput;
  /** Problems found while reading: a missing file, a broken CSV. */
  problems: Problem[];
  /** Worth telling, but not wrong: an unknown file, a file read as Windows-1252. */
  notes: string[];
}

/** The file names build-feed reads in a folder; any change to them means a rebuild. */
export const SPREADSHEET_FILES: readonly string[] = [...TABLE_NAMES.map((name) => `${name}.csv`), 'plan.json'];

const REQUIRED: readonly TableName[] = ['plan', 'commitments'];

export function isWorkbook(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

export async function readSpreadsheets(path: string): Promise<SpreadsheetFiles> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    throw new UnreadableInputError(`no existe ${path}`);
  }
  if (isDirectory) return readFolder(path);
  if (isWorkbook(path)) return readWorkbook(path);
  throw new UnreadableInputError(`${path} no es una carpeta ni un libro .xlsx`);
}

async function readFolder(folder: string): Promise<SpreadsheetFiles> {
  const result: SpreadsheetFiles = { input: { tables: {} }, problems: [], notes: [] };
  // Names match without regard to case: Windows users may save "Commitments.csv".
  const files = new Map((await readdir(folder)).map((name) => [name.toLowerCase(), name]));
  const read = async (name: string) => {
    try {
      return await readFile(join(folder, name));
    } catch (error) {
      throw new UnreadableInputError(`no se pudo leer ${name}: ${(error as Error).message}`);
    }
  };
  for (const table of TABLE_NAMES) {
    const name = files.get(`${table}.csv`);
    if (name) result.input.tables[table] = parseCsv(name, await read(name), result);
  }
  const planJson = files.get('plan.json');
  if (planJson) {
    if (result.input.tables.plan) {
      result.problems.push({
        location: { source: planJson },
        message: 'hay plan.csv y plan.json: deje solo uno de los dos',
      });
    }
    result.input.planJson = readPlanJson(planJson, await read(planJson), result);
  }
  for (const table of REQUIRED) {
    if (!result.input.tables[table] && !(table === 'plan' && planJson)) {
      result.problems.push({
        location: { source: `${table}.csv` },
        message: `falta este archivo${table === 'plan' ? ' (o plan.json)' : ''} en ${folder}`,
      });
    }
  }
  for (const [lower, name] of files) {
    if (lower.endsWith('.csv') && !SPREADSHEET_FILES.includes(lower)) {
      result.notes.push(`${name} no se lee: los archivos que se leen son ${SPREADSHEET_FILES.join(', ')}.`);
    }
  }
  return result;
}

function readPlanJson(source: string, bytes: Buffer, result: SpreadsheetFiles): PlanJson | undefined {
  try {
    return { source, value: JSON.parse(decode(source, bytes, result).replace(/^\uFEFF/, '')) };
  } catch (error) {
    result.problems.push({ location: { source }, message: `no es JSON válido: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * Text in UTF-8 (with or without BOM); otherwise Windows-1252, which is what
 * Excel writes when a sheet is saved as plain "CSV" on Windows.
 */
function decode(source: string, bytes: Buffer, result: SpreadsheetFiles): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    result.notes.push(
      `${source} no está en UTF-8; se leyó como Windows-1252 (guárdelo como "CSV UTF-8" para evitarlo).`,
    );
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The delimiter is the one the header row uses most: ";" as Excel writes
 * CSV in Spanish locales (then numbers have decimal commas), or ",".
 */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const CSV_ERRORS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'unas comillas (") se abren y no se cierran',
  CSV_INVALID_CLOSING_QUOTE:
    'hay texto pegado a unas comillas de cierre; dentro de un texto entre comillas, escriba "" por cada "',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'hay texto pegado a unas comillas de cierre; dentro de un texto entre comillas, escriba "" por cada "',
};

function parseCsv(source: string, bytes: Buffer, result: SpreadsheetFiles): RawTable {
  const text = decode(source, bytes, result).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const numbers = delimiter === ';' ? 'comma' : 'point';
  try {
    // Empty lines stay as rows, so row numbers match what a spreadsheet shows.
    const rows: string[][] = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return { source, numbers, rows };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    result.problems.push({
      location: { source, row: Number(error.records ?? 0) + 1 },
      message: `no se puede leer como CSV: ${CSV_ERRORS[error.code] ?? error.message}`,
    });
    return { source, numbers, rows: [] };
  }
}

async function readWorkbook(path: string): Promise<SpreadsheetFiles> {
  const result: SpreadsheetFiles = { input: { tables: {} }, problems: [], notes: [] };
  const file = basename(path);
  let sheets;
  try {
    sheets = await readXlsxFile(path);
  } catch (error) {
    throw new UnreadableInputError(`no se pudo leer el libro ${path}: ${(error as Error).message}`);
  }
  for (const { sheet, data } of sheets) {
    const name = sheet.trim().toLowerCase() as TableName;
    if (!TABLE_NAMES.includes(name)) {
      result.notes.push(
        `La hoja "${sheet}" de ${file} no se lee: las hojas que se leen son ${TABLE_NAMES.join(', ')}.`,
      );
      continue;
    }
    result.input.tables[name] = {
      source: `${file}[${sheet}]`,
      numbers: 'point',
      rows: data as unknown as CellValue[][],
    };
  }
  for (const table of REQUIRED) {
    if (!result.input.tables[table]) {
      result.problems.push({ location: { source: `${file}[${table}]` }, message: 'falta esta hoja en el libro' });
    }
  }
  return result;
}
