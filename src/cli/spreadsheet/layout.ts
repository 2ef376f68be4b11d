/**
 * The spreadsheet layout of a plan feed: which files (or workbook sheets)
 * exist, which columns each has and where each column goes in the feed.
 * Import and export both read this one table, so the two can never drift
 * apart. Column names are the feed's field paths in snake_case
 * (`assessment.potentialForResults` → `assessment_potential_for_results`),
 * with `_es` / `_en` for texts in two languages.
 */
import {
  COMPLETION_LEVELS,
  DIRECTIONS,
  MEASURES,
  OGP_VALUES,
  OPENED_GOVERNMENT,
  POTENTIAL_FOR_RESULTS,
  STATUSES,
} from '../../shared/feed-schema.js';
import { commonStrings } from '../../shared/i18n.js';

export type TableName =
  'plan' | 'territories' | 'commitments' | 'milestones' | 'evidence' | 'indicators' | 'targets' | 'observations';

/** In reading order: a parent table always comes before its children. */
export const TABLE_NAMES: readonly TableName[] = [
  'plan',
  'territories',
  'commitments',
  'milestones',
  'evidence',
  'indicators',
  'targets',
  'observations',
];

/** Codes of a closed list, with the Spanish words people may type instead. */
export interface Choice {
  /** What the list is, for messages: "un estado". */
  label: string;
  values: readonly string[];
  spanish: Record<string, readonly string[]>;
}

export type FieldType =
  | 'text'
  | 'localized'
  | 'localizedList'
  | 'codes'
  | 'date'
  | 'dateTime'
  | 'number'
  | 'boolean'
  | 'choice'
  /** A list filled from another table (a commitment's milestones); no column of its own. */
  | 'children';

export interface Field {
  /** Where the value goes, relative to the row's object (the feed root for plan). */
  path: readonly string[];
  type: FieldType;
  choice?: Choice;
}

export interface TableLayout {
  /** Columns naming the parent row: a milestone's `commitment_id`. */
  links: readonly string[];
  fields: readonly Field[];
}

const status: Choice = {
  label: 'un estado',
  values: STATUSES,
  spanish: {
    'not-started': [commonStrings.status['not-started'], 'no iniciado', 'pendiente'],
    'in-progress': [commonStrings.status['in-progress'], 'en progreso', 'en ejecución', 'iniciado'],
    delayed: [commonStrings.status.delayed, 'atrasado', 'con retraso', 'demorado'],
    completed: [commonStrings.status.completed, 'completado', 'terminado', 'finalizado'],
    cancelled: [commonStrings.status.cancelled, 'anulado'],
  },
};

const ogpValue: Choice = {
  label: 'un valor de gobierno abierto',
  values: OGP_VALUES,
  spanish: {
    transparency: [commonStrings.ogpValue.transparency],
    'civic-participation': [commonStrings.ogpValue['civic-participation'], 'participación cívica'],
    'public-accountability': [commonStrings.ogpValue['public-accountability'], 'rendición de cuentas pública'],
    'technology-innovation': [commonStrings.ogpValue['technology-innovation'], 'tecnología', 'innovación'],
  },
};

const measure: Choice = {
  label: 'una medida',
  values: MEASURES,
  spanish: { number: ['número'], percentage: ['porcentaje'], count: ['conteo', 'cantidad'], currency: ['moneda'] },
};

const direction: Choice = {
  label: 'una dirección',
  values: DIRECTIONS,
  spanish: {
    'higher-is-better': ['más es mejor', 'mayor es mejor', 'subir'],
    'lower-is-better': ['menos es mejor', 'menor es mejor', 'bajar'],
  },
};

// The Spanish words of the IRM (Mecanismo de Revisión Independiente) reports.
const potentialForResults: Choice = {
  label: 'un potencial de resultados',
  values: POTENTIAL_FOR_RESULTS,
  spanish: { unclear: ['poco claro'], modest: ['modesto'], substantial: ['sustancial'] },
};

const completion: Choice = {
  label: 'un nivel de cumplimiento',
  values: COMPLETION_LEVELS,
  spanish: {
    'not-started': ['no iniciado', 'sin iniciar'],
    limited: ['limitado'],
    substantial: ['sustancial'],
    complete: ['completo'],
  },
};

const openedGovernment: Choice = {
  label: 'un nivel de apertura del gobierno',
  values: OPENED_GOVERNMENT,
  spanish: {
    'did-not-change': ['no cambió'],
    marginal: ['marginal'],
    major: ['mayor', 'importante'],
    outstanding: ['sobresaliente', 'excepcional'],
  },
};

const f = (path: string, type: FieldType, choice?: Choice): Field => ({ path: path.split('.'), type, choice });

/**
 * plan.csv: one row per field (`key`, `value`, `value_en`); a list is several
 * rows with the same key. Paths start at the feed's root.
 */
export const planLayout: TableLayout = {
  links: [],
  fields: [
    f('$schema', 'text'),
    f('plan.id', 'text'),
    f('plan.defaultLanguage', 'text'),
    f('plan.timeZone', 'text'),
    f('plan.currency', 'text'),
    f('plan.title', 'localized'),
    f('plan.jurisdiction', 'localized'),
    f('plan.period.start', 'date'),
    f('plan.period.end', 'date'),
    f('plan.leadInstitutions', 'localizedList'),
    f('plan.monitoringBody', 'localized'),
    f('plan.forum', 'localized'),
    f('plan.links.planPage', 'text'),
    f('plan.links.dataPolicy', 'text'),
    f('plan.updatedAt', 'dateTime'),
    f('plan.sample', 'boolean'),
    f('plan.sampleNote', 'localized'),
    f('feedback.endpoint', 'text'),
    f('feedback.controller.name', 'localized'),
    f('feedback.controller.contact', 'text'),
    f('feedback.controller.address', 'localized'),
    f('feedback.privacyPolicyUrl', 'text'),
    f('feedback.purposes', 'localizedList'),
    f('feedback.consentVersion', 'text'),
    f('feedback.answersUrl', 'text'),
  ],
};

/**
 * The languages of a plan's texts in the spreadsheets: the plan's default
 * language first (its texts are required), then every other language the
 * plan uses, in the order they first appear. Medellín's: ["es", "en"].
 */
export type Languages = readonly [defaultLanguage: string, ...others: string[]];

/** plan.csv's columns: `value` holds the default language; `value_en`, `value_fr`… the others. */
export function planColumns(languages: Languages): string[] {
  return ['key', 'value', ...languages.slice(1).map((language) => `value_${columnTag(language)}`)];
}

/** A language tag as a column name ends with it: "pt-BR" → "pt-br" (headers are read without case). */
export const columnTag = (language: string): string => language.toLowerCase();

/**
 * "pt-br" (from a column name) → "pt-BR": a language tag in its usual case,
 * language lower, script title, region upper.
 */
export function canonicalTag(tag: string): string {
  return tag
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      return part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase();
    })
    .join('-');
}

const LANGUAGE_SUFFIX = /_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/;

/**
 * The languages a header row has columns for, beside the default: `title_fr`
 * for a text field named `title` gives "fr"; in plan.csv, `value_fr` does.
 */
export function headerLanguages(
  header: readonly string[],
  fields: readonly Field[],
  defaultLanguage: string,
  plan = false,
): Languages {
  const bases = new Set(plan ? ['value'] : fields.filter(isText).map((field) => field.path.map(snakeCase).join('_')));
  const found: string[] = [];
  for (const name of header) {
    const match = LANGUAGE_SUFFIX.exec(name.toLowerCase());
    if (!match || !bases.has(name.toLowerCase().slice(0, match.index))) continue;
    const language = canonicalTag(match[1]!);
    if (language.toLowerCase() !== defaultLanguage.toLowerCase() && !found.includes(language)) found.push(language);
  }
  return [defaultLanguage, ...found];
}

/** Whether a field is feed text, with a column per language. */
export const isText = (field: Field): boolean => field.type === 'localized' || field.type === 'localizedList';

export const tableLayouts: Record<Exclude<TableName, 'plan'>, TableLayout> = {
  territories: {
    links: [],
    fields: [f('id', 'text'), f('name', 'localized'), f('group', 'localized')],
  },
  commitments: {
    links: [],
    fields: [
      f('id', 'text'),
      f('title', 'localized'),
      f('summary', 'localized'),
      f('problem', 'localized'),
      f('action', 'localized'),
      f('ogpValues', 'codes', ogpValue),
      f('theme', 'localized'),
      f('lead', 'localized'),
      f('supporting', 'localizedList'),
      f('start', 'date'),
      f('end', 'date'),
      f('status', 'choice', status),
      f('progress', 'number'),
      f('milestones', 'children'),
      f('indicatorIds', 'codes'),
      f('assessment.verifiable', 'boolean'),
      f('assessment.potentialForResults', 'choice', potentialForResults),
      f('assessment.completion', 'choice', completion),
      f('assessment.openedGovernment', 'choice', openedGovernment),
      f('assessment.assessor', 'localized'),
      f('assessment.date', 'date'),
      f('assessment.note', 'localized'),
    ],
  },
  milestones: {
    links: ['commitment_id'],
    fields: [
      f('id', 'text'),
      f('title', 'localized'),
      f('due', 'date'),
      f('status', 'choice', status),
      f('completed', 'date'),
      f('evidence', 'children'),
    ],
  },
  evidence: {
    links: ['commitment_id', 'milestone_id'],
    fields: [f('title', 'localized'), f('url', 'text')],
  },
  indicators: {
    links: [],
    fields: [
      f('id', 'text'),
      f('commitmentId', 'text'),
      f('name', 'localized'),
      f('description', 'localized'),
      f('measure', 'choice', measure),
      f('unit', 'localized'),
      f('currency', 'text'),
      f('direction', 'choice', direction),
      f('baseline.date', 'date'),
      f('baseline.value', 'number'),
      f('targets', 'children'),
      f('observations', 'children'),
      f('source', 'localized'),
      f('sourceUrl', 'text'),
      f('notes', 'localized'),
      f('updatedAt', 'dateTime'),
    ],
  },
  targets: {
    links: ['indicator_id'],
    fields: [f('date', 'date'), f('value', 'number')],
  },
  observations: {
    links: ['indicator_id'],
    fields: [f('date', 'date'), f('value', 'number')],
  },
};

/**
 * observations.csv: names that look like notes, not like a breakdown. They
 * are refused rather than published as a dimension by mistake.
 */
export const NOT_DIMENSIONS = ['source', 'notes', 'fuente', 'notas', 'nota', 'comentarios', 'observaciones'];

/** `ageGroup` → `age_group`. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, (_, before: string, upper: string) => `${before}_${upper.toLowerCase()}`);
}

/** `age_group` → `ageGroup`. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}

/** The key of a field in plan.csv: its path without the leading `plan`. */
export function planKey(field: Field): string {
  const path = field.path[0] === 'plan' ? field.path.slice(1) : field.path;
  return path.map(snakeCase).join('_');
}

/** A field's columns in a table: `due`, or one per language for a text (`title_es`, `title_en`). */
export function fieldColumns(field: Field, languages: Languages): string[] {
  if (field.type === 'children') return [];
  const base = field.path.map(snakeCase).join('_');
  return isText(field) ? languages.map((language) => `${base}_${columnTag(language)}`) : [base];
}

export function tableColumns(layout: TableLayout, languages: Languages): string[] {
  return [...layout.links, ...layout.fields.flatMap((field) => fieldColumns(field, languages))];
}
