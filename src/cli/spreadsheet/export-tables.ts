/**
 * A plan feed → the spreadsheet tables (rows of cells, header first), the
 * inverse of assemble.ts. Pure. Every column of the layout is written, empty
 * or not, so the files are also a complete template. Texts stay as they
 * are and numbers stay numbers: the CSV writer guards the one and writes
 * the other in the chosen style.
 */
import type { CsvCell } from '../../shared/csv.js';
import type { LocalizedText, PlanFeed } from '../../shared/feed-schema.js';
import { type CellStyle, LIST_SEPARATOR, formatBoolean, formatDate } from './cells.js';
import {
  type Field,
  PLAN_COLUMNS,
  type TableName,
  fieldColumns,
  planKey,
  planLayout,
  snakeCase,
  tableColumns,
  tableLayouts,
} from './layout.js';

export type Tables = Record<TableName, CsvCell[][]>;

type Json = Record<string, unknown>;

function getPath(source: unknown, path: readonly string[]): unknown {
  let node = source;
  for (const key of path) node = node === null || typeof node !== 'object' ? undefined : (node as Json)[key];
  return node;
}

const spanish = (text: LocalizedText) => (typeof text === 'string' ? text : text.es);
const english = (text: LocalizedText) => (typeof text === 'string' ? '' : (text.en ?? ''));

/** A field's cells, one per column of fieldColumns(field). */
function formatField(field: Field, value: unknown, style: CellStyle): CsvCell[] {
  if (value === undefined || field.type === 'children') return fieldColumns(field).map(() => '');
  switch (field.type) {
    case 'localized': {
      const text = value as LocalizedText;
      return [spanish(text), english(text)];
    }
    case 'localizedList': {
      const texts = value as LocalizedText[];
      const translated = texts.some((text) => english(text));
      return [texts.map(spanish).join(LIST_SEPARATOR), translated ? texts.map(english).join(LIST_SEPARATOR) : ''];
    }
    case 'codes':
      return [(value as string[]).join(LIST_SEPARATOR)];
    case 'date':
    case 'dateTime':
      return [formatDate(value as string, style)];
    case 'number':
      return [value as number];
    case 'boolean':
      return [formatBoolean(value as boolean)];
    default:
      return [String(value)];
  }
}

function tableRows(fields: readonly Field[], record: unknown, style: CellStyle): CsvCell[] {
  return fields.flatMap((field) => formatField(field, getPath(record, field.path), style));
}

/** plan.csv: one row per field, in layout order; a list gets one row per item. */
function planRows(feed: PlanFeed, style: CellStyle): CsvCell[][] {
  const rows: CsvCell[][] = [[...PLAN_COLUMNS]];
  for (const field of planLayout.fields) {
    const value = getPath(feed, field.path);
    const items = field.type === 'localizedList' ? ((value as LocalizedText[] | undefined) ?? [undefined]) : [value];
    for (const item of items) {
      const single = field.type === 'localizedList' ? { ...field, type: 'localized' as const } : field;
      const [main = '', en = ''] = formatField(single, item, style);
      rows.push([planKey(field), main, en]);
    }
  }
  return rows;
}

export function feedToTables(feed: PlanFeed, style: CellStyle): Tables {
  const { territories, commitments, milestones, evidence, indicators, targets, observations } = tableLayouts;
  const tables: Tables = {
    plan: planRows(feed, style),
    territories: [
      tableColumns(territories),
      ...(feed.plan.territories ?? []).map((territory) => tableRows(territories.fields, territory, style)),
    ],
    commitments: [tableColumns(commitments)],
    milestones: [tableColumns(milestones)],
    evidence: [tableColumns(evidence)],
    indicators: [tableColumns(indicators)],
    targets: [tableColumns(targets)],
    observations: [],
  };
  for (const commitment of feed.commitments) {
    tables.commitments.push(tableRows(commitments.fields, commitment, style));
    for (const milestone of commitment.milestones) {
      tables.milestones.push([commitment.id, ...tableRows(milestones.fields, milestone, style)]);
      for (const link of milestone.evidence ?? []) {
        tables.evidence.push([commitment.id, milestone.id, ...tableRows(evidence.fields, link, style)]);
      }
    }
  }
  const dimensionKeys = [
    ...new Set(
      feed.indicators.flatMap((indicator) => indicator.observations.flatMap((o) => Object.keys(o.dimensions ?? {}))),
    ),
  ];
  tables.observations.push([...tableColumns(observations), ...dimensionKeys.map(snakeCase)]);
  for (const indicator of feed.indicators) {
    tables.indicators.push(tableRows(indicators.fields, indicator, style));
    for (const target of indicator.targets) {
      tables.targets.push([indicator.id, ...tableRows(targets.fields, target, style)]);
    }
    for (const observation of indicator.observations) {
      tables.observations.push([
        indicator.id,
        ...tableRows(observations.fields, observation, style),
        ...dimensionKeys.map((key) => observation.dimensions?.[key] ?? ''),
      ]);
    }
  }
  return tables;
}
