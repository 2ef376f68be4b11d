/**
 * Spreadsheet tables → a plan feed. Pure: the tables come already read
 * (see read-tables.ts). Collects every problem in one pass: cells that are
 * not what their column expects, rows that point to a parent that does not
 * exist, repeated values; then validates the assembled feed and maps each
 * feed path back to the file, row and column it came from.
 */
import { CURRENT_SCHEMA_VERSION, type PlanFeed, validateFeed } from '../../core/feed-schema.js';
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
import {
  type Field,
  NOT_DIMENSIONS,
  PLAN_COLUMNS,
  TABLE_NAMES,
  type TableLayout,
  type TableName,
  camelCase,
  fieldColumns,
  planKey,
  planLayout,
  tableColumns,
  tableLayouts,
} from './layout.js';
import { type Location, type Problem, columnLetter, formatLocation, sortProblems } from './problems.js';

export interface RawTable {
  /** Name for messages: `milestones.csv`, or `plan.xlsx[milestones]`. */
  source: string;
  numbers: NumberStyle;
  /** rows[0] is the spreadsheet's row 1. */
  rows: CellValue[][];
}

/** plan.json: the top of the feed (plan, feedback…), instead of plan.csv. */
export interface PlanJson {
  source: string;
  value: unknown;
}

export interface SpreadsheetInput {
  tables: Partial<Record<TableName, RawTable>>;
  planJson?: PlanJson;
}

export type AssembleResult = { ok: true; feed: PlanFeed } | { ok: false; problems: Problem[] };

type Row = { row: number; cells: CellValue[] };
type Json = Record<string, unknown>;

/** One table's header and rows, and where each of its cells is. */
class Sheet {
  readonly columns = new Map<string, number>();
  /** observations.csv: extra columns, each a breakdown (`age_group` → `ageGroup`). */
  readonly dimensions: { index: number; column: string; key: string }[] = [];
  readonly rows: Row[] = [];
  headerRow = 1;

  constructor(
    readonly table: RawTable,
    known: readonly string[],
    problems: Problem[],
    allowDimensions = false,
  ) {
    const isEmpty = (cells: CellValue[]) => cells.every((cell) => cellText(cell) === '');
    const headerIndex = table.rows.findIndex((cells) => !isEmpty(cells));
    if (headerIndex === -1) return;
    this.headerRow = headerIndex + 1;
    const header = table.rows[headerIndex]!;
    const data = table.rows.slice(headerIndex + 1);
    header.forEach((cell, index) => {
      const name = cellText(cell);
      const at = { source: table.source, row: this.headerRow, column: `${name} (${columnLetter(index)})` };
      const lower = name.toLowerCase();
      if (name === '') {
        if (data.some((cells) => cellText(cells[index]) !== '')) {
          problems.push({
            location: { ...at, column: columnLetter(index) },
            message: 'esta columna tiene datos pero no tiene nombre en la fila de encabezado',
          });
        }
      } else if (name.startsWith('#')) {
        // "#…" columns hold the team's own notes: never published.
      } else if (this.columns.has(lower)) {
        problems.push({ location: at, message: `la columna "${name}" está repetida` });
      } else if (known.includes(lower)) {
        this.columns.set(lower, index);
      } else if (allowDimensions && !NOT_DIMENSIONS.includes(lower)) {
        this.columns.set(lower, index);
        this.dimensions.push({ index, column: lower, key: camelCase(name) });
      } else if (allowDimensions) {
        problems.push({
          location: at,
          message:
            'esta columna se publicaría como una desagregación; si es una nota interna, empiece su nombre con # (#notas); la fuente del indicador va en indicators.csv',
        });
      } else {
        problems.push({
          location: at,
          message: 'columna desconocida; si es una nota interna, empiece su nombre con # (#notas)',
        });
      }
    });
    data.forEach((cells, index) => {
      if (!isEmpty(cells)) this.rows.push({ row: this.headerRow + 1 + index, cells });
    });
  }

  has(name: string): boolean {
    return this.columns.has(name);
  }

  cell(row: Row, name: string): CellValue {
    const index = this.columns.get(name);
    return index === undefined ? undefined : row.cells[index];
  }

  at(row: number, name: string): Location {
    const index = this.columns.get(name);
    return {
      source: this.table.source,
      row,
      column: index === undefined ? name : `${name} (${columnLetter(index)})`,
    };
  }
}

/** Feed paths (JSON pointers) → where their value came from. */
class Origins {
  private readonly map = new Map<string, { location: Location; missingColumn?: { sheet: Sheet; name: string } }>();

  add(pointer: string, location: Location, missingColumn?: { sheet: Sheet; name: string }): void {
    if (!this.map.has(pointer)) this.map.set(pointer, { location, missingColumn });
  }

  /** Registers a row's fields: each field path, its parents and, for texts, the English column. */
  addRow(pointer: string, sheet: Sheet, row: number, fields: readonly Field[]): void {
    this.add(pointer, { source: sheet.table.source, row });
    for (const field of fields) {
      const [main, english] = fieldColumns(field);
      if (!main) continue;
      const origin = (name: string) => [sheet.at(row, name), sheet.has(name) ? undefined : { sheet, name }] as const;
      if (english) this.add(`${pointer}/${field.path.join('/')}/en`, ...origin(english));
      for (let length = field.path.length; length > 0; length--) {
        this.add(`${pointer}/${field.path.slice(0, length).join('/')}`, ...origin(main));
      }
    }
  }

  /** The problem for a validation issue, at the longest known prefix of its path. */
  problem(path: string, message: string): Problem {
    const segments = path.split('/');
    for (let length = segments.length; length > 0; length--) {
      const origin = this.map.get(segments.slice(0, length).join('/'));
      if (!origin) continue;
      if (origin.missingColumn) {
        const { sheet, name } = origin.missingColumn;
        return {
          location: { source: sheet.table.source, row: sheet.headerRow },
          message: `falta la columna "${name}"`,
        };
      }
      const rest = segments.slice(length).join('/');
      return { location: origin.location, message: rest ? `${rest}: ${message}` : message };
    }
    return { location: { source: 'feed', column: path || '/' }, message };
  }

  /** "ya se usa en /commitments/0" → "ya se usa en commitments.csv:2". */
  describePointers(message: string): string {
    return message.replace(/\/(commitments|indicators)\/\d+/g, (pointer) => {
      const origin = this.map.get(pointer);
      return origin ? formatLocation(origin.location) : pointer;
    });
  }
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]!] = value;
}

type FieldRead = Read<unknown> & { english?: boolean };

/** Reads one field from its cell (and its English cell, for texts). */
function readField(field: Field, main: CellValue, english: CellValue, numbers: NumberStyle): FieldRead {
  switch (field.type) {
    case 'text':
      return readText(main);
    case 'localized':
      return readLocalized(main, english);
    case 'localizedList':
      return readLocalizedList(main, english);
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

/** Spanish alone is a plain string; with English, `{es, en}`. */
function readLocalized(main: CellValue, english: CellValue): FieldRead {
  const es = cellText(main);
  const en = cellText(english);
  if (!es && en) return { ok: false, message: 'falta el texto en español (solo está el texto en inglés)' };
  return { ok: true, value: es ? (en ? { es, en } : es) : undefined };
}

/** "A | B" with "A' | B'": the English texts pair with the Spanish ones by position. */
function readLocalizedList(main: CellValue, english: CellValue): FieldRead {
  const es = splitTexts(main).filter(Boolean);
  if (!cellText(english)) return { ok: true, value: es.length ? es : undefined };
  const en = splitTexts(english);
  if (en.length !== es.length) {
    return {
      ok: false,
      english: true,
      message: `hay ${en.length} textos en inglés y ${es.length} en español; ponga una traducción por cada texto en español, en el mismo orden, separadas por |`,
    };
  }
  return { ok: true, value: es.map((text, index) => (en[index] ? { es: text, en: en[index] } : text)) };
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

/** Reads a table row's fields into an object, reporting each bad cell. */
function readRecord(sheet: Sheet, row: Row, layout: TableLayout, problems: Problem[]): Json {
  const record: Json = {};
  for (const field of layout.fields) {
    const [main, english] = fieldColumns(field);
    const read = readField(
      field,
      main ? sheet.cell(row, main) : undefined,
      english ? sheet.cell(row, english) : undefined,
      sheet.table.numbers,
    );
    if (!read.ok) {
      problems.push({ location: sheet.at(row.row, (read.english ? english : main)!), message: read.message });
    } else if (read.value !== undefined) {
      setPath(record, field.path, read.value);
    }
  }
  return record;
}

/** plan.csv: key/value rows, in any order; a list repeats its key. */
function readPlanTable(table: RawTable, problems: Problem[], origins: Origins): Json {
  const sheet = new Sheet(table, PLAN_COLUMNS, problems);
  for (const name of ['key', 'value']) {
    if (!sheet.has(name)) {
      problems.push({
        location: { source: table.source, row: sheet.headerRow },
        message: `falta la columna "${name}"`,
      });
    }
  }
  const fields = new Map(planLayout.fields.map((field) => [planKey(field), field]));
  const values = new Map<Field, unknown>();
  const seen = new Map<Field, number>();
  for (const row of sheet.rows) {
    const key = cellText(sheet.cell(row, 'key'));
    const field = fields.get(key.toLowerCase());
    if (!field) {
      problems.push({
        location: sheet.at(row.row, 'key'),
        message: key ? `clave desconocida "${key}"` : 'falta la clave (key) de esta fila',
      });
      continue;
    }
    const list = field.type === 'localizedList';
    const at = (english: boolean) => ({
      source: table.source,
      row: row.row,
      column: `${planKey(field)}${english ? '_en' : ''} (${columnLetter(sheet.columns.get(english ? 'value_en' : 'value') ?? 1)})`,
    });
    if (!list && seen.has(field)) {
      problems.push({ location: at(false), message: `la clave "${key}" ya está en la fila ${seen.get(field)}` });
      continue;
    }
    const read = readField(
      list ? { ...field, type: 'localized' } : field,
      sheet.cell(row, 'value'),
      sheet.cell(row, 'value_en'),
      table.numbers,
    );
    if (!read.ok) {
      problems.push({ location: at(Boolean(read.english)), message: read.message });
      continue;
    }
    if (read.value === undefined) continue;
    const pointer = `/${field.path.join('/')}`;
    const items = (values.get(field) as unknown[] | undefined) ?? [];
    if (list) items.push(read.value);
    values.set(field, list ? items : read.value);
    seen.set(field, row.row);
    const itemPointer = list ? `${pointer}/${items.length - 1}` : pointer;
    origins.add(`${itemPointer}/en`, at(true));
    origins.add(itemPointer, at(false));
    origins.add(pointer, at(false));
  }
  const top: Json = {};
  origins.add('/plan', { source: table.source });
  origins.add('/feedback', { source: table.source });
  for (const field of planLayout.fields) {
    const pointer = `/${field.path.join('/')}`;
    for (let length = field.path.length; length > 0; length--) {
      origins.add(`/${field.path.slice(0, length).join('/')}`, { source: table.source, column: planKey(field) });
    }
    origins.add(pointer, { source: table.source, column: planKey(field) });
    if (values.has(field)) setPath(top, field.path, values.get(field));
  }
  return top;
}

function readPlanJson(planJson: PlanJson, problems: Problem[], origins: Origins): Json {
  const { value, source } = planJson;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({
      location: { source },
      message: 'se esperaba un objeto con "plan" (y, si hay formulario, "feedback")',
    });
    return {};
  }
  const top = { ...(value as Json) };
  for (const key of ['commitments', 'indicators']) {
    if (key in top) {
      problems.push({ location: { source, column: `/${key}` }, message: `"${key}" no va aquí: va en ${key}.csv` });
      delete top[key];
    }
  }
  origins.add('/plan', { source, column: '/plan' });
  origins.add('/feedback', { source, column: '/feedback' });
  origins.add('/$schema', { source, column: '/$schema' });
  return top;
}

/** Looks up a row's parent by the ids in its link columns; reports a missing or unknown one. */
function findParent<T>(
  sheet: Sheet,
  row: Row,
  links: { column: string; what: string; ids: (id: string) => boolean }[],
  find: (ids: string[]) => T | undefined,
  problems: Problem[],
): T | undefined {
  const ids: string[] = [];
  for (const link of links) {
    const id = cellText(sheet.cell(row, link.column));
    if (!id || !link.ids(id)) {
      problems.push({
        location: sheet.at(row.row, link.column),
        message: id
          ? `no hay ${link.what} con el id "${id}"`
          : `falta el id de ${link.what} al que pertenece esta fila`,
      });
      return undefined;
    }
    ids.push(id);
  }
  return find(ids);
}

/** Assembles and validates the feed; problems come in file and row order. */
export function assembleFeed(input: SpreadsheetInput): AssembleResult {
  const problems: Problem[] = [];
  const origins = new Origins();
  const { tables } = input;
  const sheetOf = (name: Exclude<TableName, 'plan'>) => {
    const table = tables[name];
    const layout = tableLayouts[name];
    return table ? new Sheet(table, tableColumns(layout), problems, name === 'observations') : undefined;
  };

  const top = input.planJson
    ? readPlanJson(input.planJson, problems, origins)
    : tables.plan
      ? readPlanTable(tables.plan, problems, origins)
      : {};

  const commitments: Json[] = [];
  const commitmentIndex = new Map<string, number>();
  const commitmentsSheet = sheetOf('commitments');
  for (const row of commitmentsSheet?.rows ?? []) {
    const record = readRecord(commitmentsSheet!, row, tableLayouts.commitments, problems);
    origins.addRow(`/commitments/${commitments.length}`, commitmentsSheet!, row.row, tableLayouts.commitments.fields);
    if (typeof record.id === 'string' && !commitmentIndex.has(record.id)) {
      commitmentIndex.set(record.id, commitments.length);
    }
    commitments.push(record);
  }

  const milestones = new Map<string, { record: Json; pointer: string }>();
  const milestoneKey = (commitmentId: string, id: string) => JSON.stringify([commitmentId, id]);
  const milestonesSheet = sheetOf('milestones');
  for (const row of milestonesSheet?.rows ?? []) {
    const commitment = findParent(
      milestonesSheet!,
      row,
      [{ column: 'commitment_id', what: 'un compromiso', ids: (id) => commitmentIndex.has(id) }],
      ([id]) => commitmentIndex.get(id!),
      problems,
    );
    const record = readRecord(milestonesSheet!, row, tableLayouts.milestones, problems);
    if (commitment === undefined) continue;
    const list = commitments[commitment]!.milestones as Json[];
    const pointer = `/commitments/${commitment}/milestones/${list.length}`;
    origins.addRow(pointer, milestonesSheet!, row.row, tableLayouts.milestones.fields);
    list.push(record);
    const key = milestoneKey(commitments[commitment]!.id as string, String(record.id));
    if (!milestones.has(key)) milestones.set(key, { record, pointer });
  }

  const evidenceSheet = sheetOf('evidence');
  for (const row of evidenceSheet?.rows ?? []) {
    const milestone = findParent(
      evidenceSheet!,
      row,
      [
        { column: 'commitment_id', what: 'un compromiso', ids: (id) => commitmentIndex.has(id) },
        {
          column: 'milestone_id',
          what: `un hito del compromiso "${cellText(evidenceSheet!.cell(row, 'commitment_id'))}"`,
          ids: (id) => milestones.has(milestoneKey(cellText(evidenceSheet!.cell(row, 'commitment_id')), id)),
        },
      ],
      ([commitmentId, id]) => milestones.get(milestoneKey(commitmentId!, id!)),
      problems,
    );
    const record = readRecord(evidenceSheet!, row, tableLayouts.evidence, problems);
    if (!milestone) continue;
    const list = (milestone.record.evidence ??= []) as Json[];
    origins.addRow(
      `${milestone.pointer}/evidence/${list.length}`,
      evidenceSheet!,
      row.row,
      tableLayouts.evidence.fields,
    );
    list.push(record);
  }
  for (const commitment of commitments) {
    for (const milestone of commitment.milestones as Json[]) {
      // A milestone without evidence has no `evidence` list at all.
      if ((milestone.evidence as unknown[]).length === 0) delete milestone.evidence;
    }
  }

  const indicators: Json[] = [];
  const indicatorIndex = new Map<string, number>();
  const indicatorsSheet = sheetOf('indicators');
  for (const row of indicatorsSheet?.rows ?? []) {
    const record = readRecord(indicatorsSheet!, row, tableLayouts.indicators, problems);
    origins.addRow(`/indicators/${indicators.length}`, indicatorsSheet!, row.row, tableLayouts.indicators.fields);
    if (typeof record.id === 'string' && !indicatorIndex.has(record.id))
      indicatorIndex.set(record.id, indicators.length);
    indicators.push(record);
  }

  for (const name of ['targets', 'observations'] as const) {
    const sheet = sheetOf(name);
    const seen = new Map<string, number>();
    for (const row of sheet?.rows ?? []) {
      const index = findParent(
        sheet!,
        row,
        [{ column: 'indicator_id', what: 'un indicador', ids: (id) => indicatorIndex.has(id) }],
        ([id]) => indicatorIndex.get(id!),
        problems,
      );
      const record = readRecord(sheet!, row, tableLayouts[name], problems);
      const dimensions: Record<string, string> = {};
      for (const { index: column, key } of sheet!.dimensions) {
        const value = cellText(row.cells[column]);
        if (value) dimensions[key] = value;
      }
      if (Object.keys(dimensions).length > 0) record.dimensions = dimensions;
      if (index === undefined) continue;
      const list = indicators[index]![name] as Json[];
      const pointer = `/indicators/${index}/${name}/${list.length}`;
      origins.addRow(pointer, sheet!, row.row, tableLayouts[name].fields);
      for (const { column, key } of sheet!.dimensions) {
        origins.add(`${pointer}/dimensions/${key}`, sheet!.at(row.row, column));
      }
      list.push(record);
      if (typeof record.date === 'string') {
        const key = JSON.stringify([index, record.date, Object.entries(dimensions).sort()]);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, row.row);
        } else {
          const what = name === 'targets' ? 'una meta' : 'un valor';
          const breakdown = Object.keys(dimensions).length ? ' y esta desagregación' : '';
          problems.push({
            location: sheet!.at(row.row, 'date'),
            message: `ya hay ${what} de este indicador para esta fecha${breakdown}, en la fila ${first}`,
          });
        }
      }
    }
  }

  const feed: Json = {};
  if (top.$schema !== undefined) feed.$schema = top.$schema;
  // The feed is written in the format version this library writes.
  feed.schemaVersion = top.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  feed.plan = top.plan;
  feed.commitments = commitments;
  feed.indicators = indicators;
  for (const [key, value] of Object.entries(top)) if (!(key in feed)) feed[key] = value;

  const sources = [input.planJson?.source, ...TABLE_NAMES.map((name) => tables[name]?.source)];
  const failure = (): AssembleResult => ({
    ok: false,
    problems: sortProblems(
      problems,
      sources.filter((source) => source !== undefined),
    ),
  });
  // Without a plan or commitments (the reader reports the missing file) the feed is not worth validating.
  if ((!input.planJson && !tables.plan) || !tables.commitments) return failure();
  const cellsWithProblems = new Set(problems.map((problem) => formatLocation(problem.location)));
  const validation = validateFeed(feed);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const problem = origins.problem(issue.path, origins.describePointers(issue.message));
      // A cell that already failed to read is left out of the feed; say so once.
      if (!cellsWithProblems.has(formatLocation(problem.location))) problems.push(problem);
    }
  }
  return problems.length > 0 ? failure() : { ok: true, feed: feed as PlanFeed };
}
