/**
 * One table as a person sees it in a spreadsheet: a header row naming the
 * columns, then data rows, each cell findable as `file:row:column`. Reads a
 * row's cells into a feed object following the layout.
 */
import {
  type CellValue,
  type NumberStyle,
  type Read,
  cellText,
  readBoolean,
  readChoice,
  readDate,
  readDateTime,
  readNumber,
  readText,
  splitCodes,
  splitTexts,
} from './cells.js';
import { type Field, type Languages, NOT_DIMENSIONS, type TableLayout, camelCase, fieldColumns } from './layout.js';
import { type Location, type Problem, columnLetter } from './problems.js';

export interface RawTable {
  /** Name for messages: `milestones.csv`, or `plan.xlsx[milestones]`. */
  source: string;
  numbers: NumberStyle;
  /** rows[0] is the spreadsheet's row 1. */
  rows: CellValue[][];
}

export type Row = { row: number; cells: CellValue[] };
export type Json = Record<string, unknown>;

const isEmpty = (cells: CellValue[]) => cells.every((cell) => cellText(cell) === '');

/** The names in a table's header row, its first row that is not empty. */
export function headerOf(table: RawTable): string[] {
  return (table.rows.find((cells) => !isEmpty(cells)) ?? []).map(cellText);
}

export class Sheet {
  readonly columns = new Map<string, number>();
  /** observations.csv: the extra columns, each a breakdown (`age_group` → `ageGroup`). */
  readonly dimensions: { column: string; key: string }[] = [];
  readonly rows: Row[] = [];
  /** The first row that is not empty. */
  readonly headerRow: number = 1;

  /**
   * @param known The columns it reads (any other is reported).
   * @param languages The languages of its text columns, the plan's default first.
   */
  constructor(
    readonly table: RawTable,
    known: readonly string[],
    problems: Problem[],
    readonly languages: Languages,
    allowDimensions = false,
  ) {
    const headerIndex = table.rows.findIndex((cells) => !isEmpty(cells));
    if (headerIndex === -1) return;
    this.headerRow = headerIndex + 1;
    const header = table.rows[headerIndex]!;
    const data = table.rows.slice(headerIndex + 1);
    header.forEach((cell, index) => {
      const name = cellText(cell);
      const lower = name.toLowerCase();
      const problem = (message: string) =>
        problems.push({
          location: { source: table.source, row: this.headerRow, column: `${name} (${columnLetter(index)})` },
          message,
        });
      if (name === '' || name.startsWith('#')) {
        // "#…" columns hold the team's own notes: never published. Unnamed ones must be empty.
        if (name === '' && data.some((cells) => cellText(cells[index]) !== '')) {
          problem('esta columna tiene datos pero no tiene nombre en la fila de encabezado');
        }
      } else if (this.columns.has(lower)) {
        problem(`la columna "${name}" está repetida`);
      } else if (known.includes(lower) || (allowDimensions && !NOT_DIMENSIONS.includes(lower))) {
        this.columns.set(lower, index);
        if (!known.includes(lower)) this.dimensions.push({ column: lower, key: camelCase(name) });
      } else if (allowDimensions) {
        problem(
          'esta columna se publicaría como una desagregación; si es una nota interna, empiece su nombre con # (#notas); la fuente del indicador va en indicators.csv',
        );
      } else {
        problem('columna desconocida; si es una nota interna, empiece su nombre con # (#notas)');
      }
    });
    data.forEach((cells, index) => {
      const row = this.headerRow + 1 + index;
      if (isEmpty(cells)) return;
      this.rows.push({ row, cells });
      // More cells than names: most often a decimal comma that split a number in two.
      if (cells.length > header.length) {
        problems.push({
          location: { source: table.source, row },
          message:
            table.numbers === 'point'
              ? 'la fila tiene más celdas que el encabezado (¿un número con coma decimal, como 12,5, en un archivo separado por comas? escríbalo 12.5)'
              : 'la fila tiene más celdas que el encabezado',
        });
      }
    });
  }

  has(name: string): boolean {
    return this.columns.has(name);
  }

  cell(row: Row, name: string): CellValue {
    const index = this.columns.get(name);
    return index === undefined ? undefined : row.cells[index];
  }

  text(row: Row, name: string): string {
    return cellText(this.cell(row, name));
  }

  /** `due (C)`, or just the name when the column is missing. */
  label(name: string): string {
    const index = this.columns.get(name);
    return index === undefined ? name : `${name} (${columnLetter(index)})`;
  }

  at(row: number, name: string): Location {
    return { source: this.table.source, row, column: this.label(name) };
  }

  /** Reads a row's fields into an object, reporting each cell that is not what its column expects. */
  readRecord(row: Row, layout: TableLayout, problems: Problem[]): Json {
    const record: Json = {};
    const { languages } = this;
    for (const field of layout.fields) {
      const columns = fieldColumns(field, languages);
      if (columns.length === 0) {
        setPath(record, field.path, []);
        continue;
      }
      const cells = columns.map((column) => this.cell(row, column));
      const read = readField(field, cells, languages, this.table.numbers);
      if (!read.ok) {
        problems.push({ location: this.at(row.row, columns[read.column ?? 0]!), message: read.message });
      } else if (read.value !== undefined) {
        setPath(record, field.path, read.value);
      }
    }
    return record;
  }
}

export function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]!] = value;
}

/** A read that failed in another column than the first (a text's translation) says which. */
type FieldRead = Read<unknown> & { column?: number };

/**
 * Reads one field from its cells: one cell, or for a text one per language
 * of `languages` (the default language's first).
 */
export function readField(
  field: Field,
  cells: readonly CellValue[],
  languages: Languages,
  numbers: NumberStyle,
): FieldRead {
  const main = cells[0];
  switch (field.type) {
    case 'text':
      return readText(main);
    case 'localized':
      return readLocalized(cells, languages);
    case 'localizedList':
      return readLocalizedList(cells, languages);
    case 'codes':
      return readCodes(main, field);
    case 'date':
      return readDate(main);
    case 'dateTime':
      return readDateTime(main);
    case 'number':
      return readNumber(main, numbers);
    case 'boolean':
      return readBoolean(main);
    case 'choice':
      return readChoice(main, field.choice!);
    case 'children':
      return { ok: true, value: [] };
  }
}

/** One text: the default language alone is a plain string; with translations, `{ es, en, … }`. */
function text(values: readonly string[], languages: Languages): string | Record<string, string> | undefined {
  if (!values[0]) return undefined;
  const translated = languages.flatMap((language, index) => (values[index] ? [[language, values[index]!]] : []));
  return translated.length > 1 ? Object.fromEntries(translated) : values[0];
}

function readLocalized(cells: readonly CellValue[], languages: Languages): FieldRead {
  const values = cells.map(cellText);
  const other = values.findIndex((value, index) => index > 0 && value);
  if (!values[0] && other > 0) {
    return {
      ok: false,
      message: `falta el texto en el idioma principal del plan ("${languages[0]}"); solo está en "${languages[other]}"`,
    };
  }
  return { ok: true, value: text(values, languages) };
}

/** "A | B" with "A' | B'": each translation pairs with the default language's text by position. */
function readLocalizedList(cells: readonly CellValue[], languages: Languages): FieldRead {
  const main = splitTexts(cells[0]).filter(Boolean);
  const translations = cells.map((cell) => (cellText(cell) ? splitTexts(cell) : undefined));
  for (let index = 1; index < cells.length; index++) {
    const texts = translations[index];
    if (texts && texts.length !== main.length) {
      return {
        ok: false,
        column: index,
        message: `hay ${texts.length} textos en "${languages[index]}" y ${main.length} en "${languages[0]}"; ponga una traducción por cada texto, en el mismo orden, separadas por |`,
      };
    }
  }
  if (main.length === 0) return { ok: true, value: undefined };
  return {
    ok: true,
    value: main.map((_, position) =>
      text(
        translations.map((texts, index) => (index === 0 ? main[position]! : (texts?.[position] ?? ''))),
        languages,
      ),
    ),
  };
}

function readCodes(main: CellValue, field: Field): FieldRead {
  const codes = splitCodes(main);
  if (!field.choice) return { ok: true, value: codes.length ? codes : undefined };
  const values: string[] = [];
  for (const code of codes) {
    const read = readChoice(code, field.choice);
    if (!read.ok) return read;
    values.push(read.value!);
  }
  return { ok: true, value: values.length ? values : undefined };
}
