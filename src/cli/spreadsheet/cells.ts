/**
 * One cell to one feed value, and back. Pure functions, the same for CSV
 * (where every cell is text) and XLSX (where cells may be numbers, dates or
 * booleans). Each reader returns the value, `undefined` for an empty cell,
 * or a message that says what was expected and what was found.
 */
import { unguardFormula } from '../../shared/csv.js';
import type { Choice } from './layout.js';

export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * How numbers are written in text cells: `point` (12.5, no thousands
 * separator) in comma-separated files and in workbooks; `comma` (12,5 or
 * 1.234,5) in semicolon-separated files, as Excel writes them in Spanish.
 */
export type NumberStyle = 'point' | 'comma';

export type Read<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const ok = <T>(value: T | undefined): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

/** What was found, for a message: `"31-12-26"`, or `el número 46022`. */
export function found(cell: CellValue): string {
  if (typeof cell === 'number') return `se encontró el número ${cell}`;
  if (typeof cell === 'boolean') return `se encontró ${cell ? 'VERDADERO' : 'FALSO'}`;
  if (cell instanceof Date) return `se encontró la fecha ${isoDate(cell)}`;
  const text = String(cell ?? '').trim();
  return `se encontró "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

/**
 * A cell as trimmed text; '' when empty. The apostrophes that export-csv's
 * formula guard added (src/shared/csv.ts) are taken away again.
 */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell);
  return unguardFormula(String(cell).replace(/\r\n?/g, '\n').trim());
}

export function readText(cell: CellValue): Read<string> {
  const text = cellText(cell);
  return ok(text || undefined);
}

const POINT_NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;
const COMMA_NUMBER = /^[-+]?\d+(,\d+)?(e[-+]?\d+)?$/i;
const GROUPED_COMMA_NUMBER = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

export function readNumber(cell: CellValue, style: NumberStyle): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail(`se esperaba un número, ${found(cell)}`);
  if (typeof cell === 'boolean' || cell instanceof Date) return fail(`se esperaba un número, ${found(cell)}`);
  const text = cellText(cell).replace(/\u2212/g, '-');
  if (!text) return ok(undefined);
  if (style === 'comma') {
    if (COMMA_NUMBER.test(text)) return ok(Number(text.replace(',', '.')));
    if (GROUPED_COMMA_NUMBER.test(text)) return ok(Number(text.replace(/\./g, '').replace(',', '.')));
    return fail(`se esperaba un número con coma decimal, como 12,5 o 1.234,5; ${found(cell)}`);
  }
  if (POINT_NUMBER.test(text)) return ok(Number(text));
  return fail(
    COMMA_NUMBER.test(text) || GROUPED_COMMA_NUMBER.test(text) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
      ? `se esperaba un número con punto decimal y sin separador de miles, como 1234.5; ${found(cell)} (en un archivo separado por punto y coma, la coma decimal sí vale)`
      : `se esperaba un número, ${found(cell)}`,
  );
}

const DATE_EXPECTED = 'se esperaba una fecha AAAA-MM-DD o DD/MM/AAAA';
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function readDate(cell: CellValue): Read<string> {
  if (cell instanceof Date) return ok(isoDate(cell));
  if (typeof cell === 'number') {
    return fail(`${DATE_EXPECTED}, ${found(cell)} (dé a la celda formato de fecha, o escriba la fecha como texto)`);
  }
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const iso = ISO_DATE.exec(text);
  const dmy = DMY_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : undefined;
  if (!parts) return fail(`${DATE_EXPECTED}, ${found(cell)}`);
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(`la fecha "${text}" no existe`);
  }
  return ok(isoDate(date));
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date, or an ISO 8601 date and time with its time zone (for `updated_at`). */
export function readDateTime(cell: CellValue): Read<string> {
  if (cell instanceof Date && cell.getTime() % 86_400_000 !== 0) return ok(cell.toISOString());
  const text = cellText(cell);
  if (ISO_DATE_TIME.test(text)) return ok(text);
  const date = readDate(cell);
  return date.ok ? date : fail(`${DATE_EXPECTED}, o una fecha y hora ISO 8601; ${found(cell)}`);
}

const TRUE_WORDS = ['si', 'true', 'verdadero', 'yes'];
const FALSE_WORDS = ['no', 'false', 'falso'];

export function readBoolean(cell: CellValue): Read<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const word = normalizeWord(cellText(cell));
  if (!word) return ok(undefined);
  if (TRUE_WORDS.includes(word)) return ok(true);
  if (FALSE_WORDS.includes(word)) return ok(false);
  return fail(`se esperaba "sí" o "no", ${found(cell)}`);
}

/** Lowercase, without accents, with "-" and "_" as spaces: "En_Curso" → "en curso". */
function normalizeWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

export function readChoice(cell: CellValue, choice: Choice): Read<string> {
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const word = normalizeWord(text);
  for (const value of choice.values) {
    if (normalizeWord(value) === word || choice.spanish[value]?.some((label) => normalizeWord(label) === word)) {
      return ok(value);
    }
  }
  return fail(`se esperaba ${choice.label}: ${describeChoice(choice)}; ${found(cell)}`);
}

/** "completed (cumplido), cancelled (cancelado)". */
function describeChoice(choice: Choice): string {
  return choice.values
    .map((value) => {
      const label = choice.spanish[value]?.[0];
      return label ? `${value} (${label.toLowerCase()})` : value;
    })
    .join(', ');
}

/** Lists of codes (ids, OGP values) may be separated by |, ; or ,. */
export function splitCodes(cell: CellValue): string[] {
  return cellText(cell)
    .split(/[|;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Lists of texts are separated by | only: a text may hold commas. */
export function splitTexts(cell: CellValue): string[] {
  return cellText(cell)
    .split('|')
    .map((item) => item.trim());
}

export const LIST_SEPARATOR = ' | ';

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How export writes numbers and dates: plain, or as Spanish Excel does. */
export interface CellStyle {
  numbers: NumberStyle;
  dates: 'iso' | 'dmy';
}

/** The decimal mark of a number style, for the CSV writer. */
export function decimalMark(style: NumberStyle): '.' | ',' {
  return style === 'comma' ? ',' : '.';
}

export function formatDate(value: string, style: CellStyle): string {
  if (style.dates === 'iso' || value.length !== 10) return value;
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

export function formatBoolean(value: boolean): string {
  return value ? 'sí' : 'no';
}
