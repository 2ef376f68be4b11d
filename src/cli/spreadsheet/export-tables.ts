/**
 * A plan feed → the spreadsheet tables (rows of cells, header first), the
 * inverse of assemble.ts. Pure. Every column of the layout is written, empty
 * or not, so the files are also a complete template. Texts stay as they
 * are and numbers stay numbers: the CSV writer guards the one and writes
 * the other in the chosen style.
 */
import type { CsvCell } from '../../shared/csv.js';
import type { LocalizedText, PlanFeed } from '../../shared/feed-schema.js';
import { feedLanguage, languagesOf } from '../../shared/feed-text.js';
import { type CellStyle, LIST_SEPARATOR, formatBoolean, formatDate } from './cells.js';
import {
  type Field,
  type Languages,
  isText,
  planColumns,
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

/** A text in one language: a plain string is the default language's; empty when the text has none in it. */
function inLanguage(text: LocalizedText, language: string, languages: Languages): string {
  if (typeof text === 'string') return language === languages[0] ? text : '';
  return text[language] ?? '';
}

/** A field's cells, one per column of fieldColumns(field, languages). */
function formatField(field: Field, value: unknown, style: CellStyle, languages: Languages): CsvCell[] {
  if (value === undefined || field.type === 'children') return fieldColumns(field, languages).map(() => '');
  switch (field.type) {
    case 'localized':
      return languages.map((language) => inLanguage(value as LocalizedText, language, languages));
    case 'localizedList': {
      const texts = value as LocalizedText[];
      return languages.map((language) => {
        const column = texts.map((text) => inLanguage(text, language, languages));
        return column.some(Boolean) ? column.join(LIST_SEPARATOR) : '';
      });
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

function rowCells(fields: readonly Field[], record: unknown, style: CellStyle, languages: Languages): CsvCell[] {
  return fields.flatMap((field) => formatField(field, getPath(record, field.path), style, languages));
}

/** plan.csv: one row per field, in layout order; a list gets one row per item. */
function planRows(feed: PlanFeed, style: CellStyle, languages: Languages): CsvCell[][] {
  const rows: CsvCell[][] = [planColumns(languages)];
  for (const field of planLayout.fields) {
    const value = getPath(feed, field.path);
    const items = field.type === 'localizedList' ? ((value as LocalizedText[] | undefined) ?? [undefined]) : [value];
    for (const item of items) {
      const single = field.type === 'localizedList' ? { ...field, type: 'localized' as const } : field;
      const cells = formatField(single, item, style, languages);
      // A field that is not a text has one cell; the translations' columns stay empty.
      rows.push([planKey(field), ...languages.map((_, index) => cells[index] ?? '')]);
    }
  }
  return rows;
}

/**
 * Every language the feed's texts use, the default first, then the others
 * in the order they first appear (through the same layouts the tables are
 * written with, so a column exists for every language written).
 */
export function feedLanguages(feed: PlanFeed): Languages {
  const texts: LocalizedText[] = [];
  const collect = (fields: readonly Field[], record: unknown) => {
    for (const field of fields.filter(isText)) {
      const value = getPath(record, field.path) as LocalizedText | LocalizedText[] | undefined;
      if (value !== undefined) texts.push(...(Array.isArray(value) ? value : [value]));
    }
  };
  collect(planLayout.fields, feed);
  for (const territory of feed.plan.territories ?? []) collect(tableLayouts.territories.fields, territory);
  for (const commitment of feed.commitments) {
    collect(tableLayouts.commitments.fields, commitment);
    for (const milestone of commitment.milestones) {
      collect(tableLayouts.milestones.fields, milestone);
      for (const link of milestone.evidence ?? []) collect(tableLayouts.evidence.fields, link);
    }
  }
  for (const indicator of feed.indicators) collect(tableLayouts.indicators.fields, indicator);
  const [first, ...others] = languagesOf(texts, feedLanguage(feed.plan));
  return [first!, ...others];
}

/**
 * Empty spreadsheets to start a plan from: every table with its header only
 * (a text column per language of `languages`), and plan.csv with every key
 * and `default_language` filled in.
 */
export function emptyTables(languages: Languages): Tables {
  const plan: CsvCell[][] = [planColumns(languages)];
  for (const field of planLayout.fields) {
    plan.push([
      planKey(field),
      planKey(field) === 'default_language' ? languages[0] : '',
      ...languages.slice(1).map(() => ''),
    ]);
  }
  const header = (name: Exclude<TableName, 'plan'>) => [tableColumns(tableLayouts[name], languages)];
  return {
    plan,
    territories: header('territories'),
    commitments: header('commitments'),
    milestones: header('milestones'),
    evidence: header('evidence'),
    indicators: header('indicators'),
    targets: header('targets'),
    observations: header('observations'),
  };
}

export function feedToTables(feed: PlanFeed, style: CellStyle): Tables {
  const { territories, commitments, milestones, evidence, indicators, targets, observations } = tableLayouts;
  const languages = feedLanguages(feed);
  const tableRows = (fields: readonly Field[], record: unknown) => rowCells(fields, record, style, languages);
  const tables: Tables = {
    plan: planRows(feed, style, languages),
    territories: [
      tableColumns(territories, languages),
      ...(feed.plan.territories ?? []).map((territory) => tableRows(territories.fields, territory)),
    ],
    commitments: [tableColumns(commitments, languages)],
    milestones: [tableColumns(milestones, languages)],
    evidence: [tableColumns(evidence, languages)],
    indicators: [tableColumns(indicators, languages)],
    targets: [tableColumns(targets, languages)],
    observations: [],
  };
  for (const commitment of feed.commitments) {
    tables.commitments.push(tableRows(commitments.fields, commitment));
    for (const milestone of commitment.milestones) {
      tables.milestones.push([commitment.id, ...tableRows(milestones.fields, milestone)]);
      for (const link of milestone.evidence ?? []) {
        tables.evidence.push([commitment.id, milestone.id, ...tableRows(evidence.fields, link)]);
      }
    }
  }
  const dimensionKeys = [
    ...new Set(
      feed.indicators.flatMap((indicator) => indicator.observations.flatMap((o) => Object.keys(o.dimensions ?? {}))),
    ),
  ];
  tables.observations.push([...tableColumns(observations, languages), ...dimensionKeys.map(snakeCase)]);
  for (const indicator of feed.indicators) {
    tables.indicators.push(tableRows(indicators.fields, indicator));
    for (const target of indicator.targets) {
      tables.targets.push([indicator.id, ...tableRows(targets.fields, target)]);
    }
    for (const observation of indicator.observations) {
      tables.observations.push([
        indicator.id,
        ...tableRows(observations.fields, observation),
        ...dimensionKeys.map((key) => observation.dimensions?.[key] ?? ''),
      ]);
    }
  }
  return tables;
}
