/**
 * Spreadsheet tables → a plan feed. Pure: the tables come already read
 * (see read-tables.ts). Collects every problem in one pass: cells that are
 * not what their column expects, rows that point to a parent that does not
 * exist, repeated ids and dates; then validates the assembled feed and maps
 * each feed path back to the file, row and column it came from.
 *
 * Repeats, references and date order are checked here although
 * validateFeed checks them too, because validateFeed only gets to them once
 * the feed's shape is right, and a team should see every problem at once.
 */
import { CURRENT_SCHEMA_VERSION, type PlanFeed, validateFeed } from '../../shared/feed-schema.js';
import { DEFAULT_FEED_LANGUAGE } from '../../shared/feed-text.js';
import { cellText } from './cells.js';
import {
  type Field,
  TABLE_NAMES,
  type TableName,
  columnTag,
  headerLanguages,
  planColumns,
  planKey,
  planLayout,
  tableColumns,
  tableLayouts,
} from './layout.js';
import { type Location, type Problem, columnLetter, formatLocation, sortProblems } from './problems.js';
import { Origins } from './origins.js';
import { type Json, type RawTable, type Row, Sheet, headerOf, readField, setPath } from './sheet.js';

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

/** plan.csv's `default_language`, read before the rest: the table's `value` column is in it. */
function planDefaultLanguage(table: RawTable): string {
  const header = headerOf(table).map((name) => name.toLowerCase());
  const [key, value] = [header.indexOf('key'), header.indexOf('value')];
  const row = table.rows.find((cells) => cellText(cells[key]).toLowerCase() === 'default_language');
  return (row && cellText(row[value])) || DEFAULT_FEED_LANGUAGE;
}

class Assembler {
  readonly problems: Problem[] = [];
  readonly origins = new Origins();
  readonly commitments: { record: Json; sheet: Sheet; row: number }[] = [];
  readonly indicators: Json[] = [];
  private readonly commitmentIndex = new Map<string, number>();
  private readonly milestones = new Map<string, { record: Json; pointer: string }>();
  private readonly indicatorIndex = new Map<string, number>();

  constructor(private readonly input: SpreadsheetInput) {}

  /** The plan's default language, from plan.csv or plan.json (read first). */
  private defaultLanguage = DEFAULT_FEED_LANGUAGE;

  private sheet(name: Exclude<TableName, 'plan'>): Sheet | undefined {
    const table = this.input.tables[name];
    if (!table) return undefined;
    const layout = tableLayouts[name];
    const languages = headerLanguages(headerOf(table), layout.fields, this.defaultLanguage);
    return new Sheet(table, tableColumns(layout, languages), this.problems, languages, name === 'observations');
  }

  /** Reports a repeated key; returns false for the repeat. */
  private unique(seen: Map<string, number>, key: string, row: number, at: Location, what: string): boolean {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      return true;
    }
    this.problems.push({ location: at, message: `${what} ya está en la fila ${first}` });
    return false;
  }

  /** The row's parent, found through its link column; reports a missing or unknown id. */
  private parent<T>(sheet: Sheet, row: Row, column: string, what: string, find: (id: string) => T | undefined) {
    const id = sheet.text(row, column);
    const parent = id ? find(id) : undefined;
    if (parent === undefined) {
      this.problems.push({
        location: sheet.at(row.row, column),
        message: id ? `no hay ${what} con el id "${id}"` : `falta el id de ${what}: ¿a cuál pertenece esta fila?`,
      });
    }
    return parent;
  }

  /** The top of the feed: plan.json as it is, or plan.csv's key/value rows (in any order). */
  readTop(): Json {
    const { planJson, tables } = this.input;
    const top = planJson ? this.readPlanJson(planJson) : tables.plan ? this.readPlanTable(tables.plan) : {};
    const language = (top.plan as Json | undefined)?.defaultLanguage;
    if (typeof language === 'string' && language) this.defaultLanguage = language;
    return top;
  }

  private readPlanJson({ source, value }: PlanJson): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problems.push({
        location: { source },
        message: 'se esperaba un objeto con "plan" (y "feedback", si hay formulario)',
      });
      return {};
    }
    const top = { ...(value as Json) };
    for (const key of ['commitments', 'indicators']) {
      if (!(key in top)) continue;
      this.problems.push({
        location: { source, column: `/${key}` },
        message: `"${key}" no va aquí, sino en ${key}.csv`,
      });
      delete top[key];
    }
    this.origins.fallback = source;
    return top;
  }

  private readPlanTable(table: RawTable): Json {
    // `value` is in the plan's default language, which a row of this same table names.
    const defaultLanguage = planDefaultLanguage(table);
    const languages = headerLanguages(headerOf(table), [], defaultLanguage, true);
    const sheet = new Sheet(table, planColumns(languages), this.problems, languages);
    for (const name of ['key', 'value'].filter((column) => !sheet.has(column))) {
      this.problems.push({
        location: { source: table.source, row: sheet.headerRow },
        message: `falta la columna "${name}"`,
      });
    }
    const fields = new Map(planLayout.fields.map((field) => [planKey(field), field]));
    const values = new Map<Field, unknown>();
    const seen = new Map<string, number>();
    const valueColumns = planColumns(languages).slice(1);
    const at = (row: number, field: Field, column = 0): Location => ({
      source: table.source,
      row,
      column: `${planKey(field)}${column ? `_${columnTag(languages[column]!)}` : ''} (${columnLetter(sheet.columns.get(valueColumns[column]!) ?? 1)})`,
    });
    for (const row of sheet.rows) {
      const key = sheet.text(row, 'key');
      const field = fields.get(key.toLowerCase());
      if (!field) {
        this.problems.push({
          location: sheet.at(row.row, 'key'),
          message: key ? `clave desconocida "${key}"` : 'falta la clave (key) de esta fila',
        });
        continue;
      }
      // A list repeats its key, one item per row.
      const list = field.type === 'localizedList';
      const name = planKey(field);
      if (!list && !this.unique(seen, name, row.row, at(row.row, field), `la clave "${name}"`)) continue;
      const read = readField(
        list ? { ...field, type: 'localized' } : field,
        valueColumns.map((column) => sheet.cell(row, column)),
        languages,
        table.numbers,
      );
      if (!read.ok) {
        this.problems.push({ location: at(row.row, field, read.column), message: read.message });
        continue;
      }
      if (read.value === undefined) continue;
      const items = (values.get(field) as unknown[] | undefined) ?? [];
      values.set(field, list ? [...items, read.value] : read.value);
      const pointer = `/${field.path.join('/')}${list ? `/${items.length}` : ''}`;
      languages.slice(1).forEach((language, index) => {
        this.origins.add(`${pointer}/${language}`, { location: at(row.row, field, index + 1) });
      });
      this.origins.add(pointer, { location: at(row.row, field) });
    }

    const top: Json = {};
    this.origins.add('/plan', { location: { source: table.source } });
    this.origins.add('/feedback', { location: { source: table.source } });
    for (const field of planLayout.fields) {
      // A key without a row: the location names the key that is missing.
      for (let length = field.path.length; length > 0; length--) {
        this.origins.add(`/${field.path.slice(0, length).join('/')}`, {
          location: { source: table.source, column: planKey(field) },
        });
      }
      if (values.has(field)) setPath(top, field.path, values.get(field));
    }
    const period = (top.plan as Json | undefined)?.period as Json | undefined;
    if (period?.start && period.end && String(period.start) > String(period.end)) {
      const end = planLayout.fields.find((field) => planKey(field) === 'period_end')!;
      this.problems.push({
        location: at(seen.get('period_end')!, end),
        message: 'la fecha final es anterior a la inicial',
      });
    }
    return top;
  }

  /**
   * The rows of commitments.csv or indicators.csv, one at a time: each read, registered at
   * `/<name>/<index>` and, the first time its id appears, indexed in `ids`.
   */
  private *readIdentified(name: 'commitments' | 'indicators', ids: Map<string, number>) {
    const sheet = this.sheet(name);
    const seen = new Map<string, number>();
    for (const [index, row] of (sheet?.rows ?? []).entries()) {
      const record = sheet!.readRecord(row, tableLayouts[name], this.problems);
      this.origins.addRow(`/${name}/${index}`, sheet!, row.row, tableLayouts[name].fields);
      const id = typeof record.id === 'string' ? record.id : undefined;
      if (id && this.unique(seen, id, row.row, sheet!.at(row.row, 'id'), `el id "${id}"`)) ids.set(id, index);
      yield { record, sheet: sheet!, row: row.row };
    }
  }

  readCommitments(): void {
    for (const entry of this.readIdentified('commitments', this.commitmentIndex)) {
      const { record, sheet, row } = entry;
      if (record.start && record.end && String(record.start) > String(record.end)) {
        this.problems.push({ location: sheet.at(row, 'end'), message: 'la fecha final es anterior a la inicial' });
      }
      this.commitments.push(entry);
    }
  }

  readMilestones(): void {
    const sheet = this.sheet('milestones');
    const seen = new Map<string, number>();
    for (const row of sheet?.rows ?? []) {
      const index = this.parent(sheet!, row, 'commitment_id', 'un compromiso', (id) => this.commitmentIndex.get(id));
      const record = sheet!.readRecord(row, tableLayouts.milestones, this.problems);
      if (index === undefined) continue;
      const commitment = this.commitments[index]!.record;
      const list = commitment.milestones as Json[];
      const pointer = `/commitments/${index}/milestones/${list.length}`;
      this.origins.addRow(pointer, sheet!, row.row, tableLayouts.milestones.fields);
      list.push(record);
      const key = JSON.stringify([commitment.id, record.id]);
      const what = `el hito "${String(record.id)}" de este compromiso`;
      if (typeof record.id === 'string' && this.unique(seen, key, row.row, sheet!.at(row.row, 'id'), what)) {
        this.milestones.set(key, { record, pointer });
      }
    }
  }

  readEvidence(): void {
    const sheet = this.sheet('evidence');
    for (const row of sheet?.rows ?? []) {
      const commitmentId = sheet!.text(row, 'commitment_id');
      const commitment = this.parent(sheet!, row, 'commitment_id', 'un compromiso', (id) =>
        this.commitmentIndex.get(id),
      );
      const milestone =
        commitment === undefined
          ? undefined
          : this.parent(sheet!, row, 'milestone_id', `un hito del compromiso "${commitmentId}"`, (id) =>
              this.milestones.get(JSON.stringify([commitmentId, id])),
            );
      const record = sheet!.readRecord(row, tableLayouts.evidence, this.problems);
      if (!milestone) continue;
      const list = milestone.record.evidence as Json[];
      this.origins.addRow(
        `${milestone.pointer}/evidence/${list.length}`,
        sheet!,
        row.row,
        tableLayouts.evidence.fields,
      );
      list.push(record);
    }
    for (const { record } of this.commitments) {
      for (const milestone of record.milestones as Json[]) {
        // A milestone without evidence has no `evidence` list at all.
        if ((milestone.evidence as unknown[]).length === 0) delete milestone.evidence;
      }
    }
  }

  /** territories.csv: the plan's territories, in order, each id once. */
  readTerritories(top: Json): void {
    const sheet = this.sheet('territories');
    if (!sheet) return;
    const seen = new Map<string, number>();
    const territories: Json[] = [];
    for (const row of sheet.rows) {
      const record = sheet.readRecord(row, tableLayouts.territories, this.problems);
      if (typeof record.id === 'string') {
        this.unique(seen, record.id, row.row, sheet.at(row.row, 'id'), `el territorio "${record.id}"`);
      }
      this.origins.addRow(`/plan/territories/${territories.length}`, sheet, row.row, tableLayouts.territories.fields);
      territories.push(record);
    }
    if (territories.length === 0) return;
    const plan = typeof top.plan === 'object' && top.plan !== null ? (top.plan as Json) : (top.plan = {});
    plan.territories = territories;
  }

  readIndicators(): void {
    for (const { record, sheet, row } of this.readIdentified('indicators', this.indicatorIndex)) {
      const commitmentId = record.commitmentId;
      if (typeof commitmentId === 'string' && !this.commitmentIndex.has(commitmentId)) {
        this.problems.push({
          location: sheet.at(row, 'commitment_id'),
          message: `no hay un compromiso con el id "${commitmentId}"`,
        });
      }
      this.indicators.push(record);
    }
    for (const { record, sheet: commitments, row } of this.commitments) {
      for (const id of (record.indicatorIds as string[] | undefined) ?? []) {
        if (this.indicatorIndex.has(id)) continue;
        this.problems.push({
          location: commitments.at(row, 'indicator_ids'),
          message: `no hay un indicador con el id "${id}" en indicators.csv`,
        });
      }
    }
  }

  /** targets.csv and observations.csv: dated values of an indicator. */
  readSeries(name: 'targets' | 'observations'): void {
    const sheet = this.sheet(name);
    const seen = new Map<string, number>();
    for (const row of sheet?.rows ?? []) {
      const index = this.parent(sheet!, row, 'indicator_id', 'un indicador', (id) => this.indicatorIndex.get(id));
      const record = sheet!.readRecord(row, tableLayouts[name], this.problems);
      const dimensions: Record<string, string> = {};
      for (const { column, key } of sheet!.dimensions) {
        const value = sheet!.text(row, column);
        if (value) dimensions[key] = value;
      }
      if (Object.keys(dimensions).length > 0) record.dimensions = dimensions;
      if (index === undefined) continue;
      const list = this.indicators[index]![name] as Json[];
      const pointer = `/indicators/${index}/${name}/${list.length}`;
      this.origins.addRow(pointer, sheet!, row.row, tableLayouts[name].fields);
      for (const { column, key } of sheet!.dimensions) {
        this.origins.add(`${pointer}/dimensions/${key}`, { location: sheet!.at(row.row, column) });
      }
      list.push(record);
      if (typeof record.date !== 'string') continue;
      const breakdown = Object.entries(dimensions).sort();
      const what = `${name === 'targets' ? 'una meta' : 'un valor'} de este indicador para esta fecha${breakdown.length ? ' y esta desagregación' : ''}`;
      this.unique(seen, JSON.stringify([index, record.date, breakdown]), row.row, sheet!.at(row.row, 'date'), what);
    }
  }
}

/** Assembles and validates the feed; problems come in file and row order. */
export function assembleFeed(input: SpreadsheetInput): AssembleResult {
  const assembler = new Assembler(input);
  const { problems, origins } = assembler;
  const top = assembler.readTop();
  assembler.readTerritories(top);
  assembler.readCommitments();
  assembler.readMilestones();
  assembler.readEvidence();
  assembler.readIndicators();
  assembler.readSeries('targets');
  assembler.readSeries('observations');

  const feed: Json = {};
  if (top.$schema !== undefined) feed.$schema = top.$schema;
  // The feed is written in the format version this library writes.
  feed.schemaVersion = top.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  feed.plan = top.plan;
  feed.commitments = assembler.commitments.map(({ record }) => record);
  feed.indicators = assembler.indicators;
  for (const [key, value] of Object.entries(top)) if (!(key in feed)) feed[key] = value;

  const { tables, planJson } = input;
  const sources = [planJson?.source, ...TABLE_NAMES.map((name) => tables[name]?.source)];
  const failure = (): AssembleResult => ({
    ok: false,
    problems: sortProblems(
      problems,
      sources.filter((source) => source !== undefined),
    ),
  });
  // Without a plan or commitments (the reader reports the missing file) the feed is not worth validating.
  if ((!planJson && !tables.plan) || !tables.commitments) return failure();
  const cellsWithProblems = new Set(problems.map((problem) => formatLocation(problem.location)));
  const validation = validateFeed(feed);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const problem = origins.problem(issue.path, origins.describePointers(issue.message));
      // A cell that already has a problem is said once.
      if (!cellsWithProblems.has(formatLocation(problem.location))) problems.push(problem);
    }
  }
  return problems.length > 0 ? failure() : { ok: true, feed: feed as PlanFeed };
}
