/**
 * docs/feed-reference.md (Spanish) and docs/feed-reference.en.md (English),
 * the plan feed's field reference for the people who write feeds, generated
 * from the published JSON Schema (schema/plan-feed.schema.json, itself
 * generated from the valibot source). `npm run schema` writes them;
 * test/node/feed-reference.test.ts fails when a checked-in file is stale.
 * The schema's descriptions are Spanish, as the plan team reads them; the
 * English reference translates them sentence by sentence
 * (scripts/feed-reference-en.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describeInEnglish } from './feed-reference-en.js';

interface Schema {
  $ref?: string;
  $id?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
  $defs?: Record<string, Schema>;
}

const SCHEMA_FILE = new URL('../schema/plan-feed.schema.json', import.meta.url);

export type ReferenceLanguage = 'es' | 'en';

/** Each reference's file, from the repository's root. */
export const REFERENCE_FILES: Record<ReferenceLanguage, string> = {
  es: 'docs/feed-reference.md',
  en: 'docs/feed-reference.en.md',
};

/** The words of a reference around the schema's own. */
interface Words {
  /** The schema's Spanish description, in the reference's language. */
  describe: (spanish: string) => string;
  text: string;
  or: string;
  listOf: (items: string) => string;
  values: string;
  object: string;
  date: string;
  url: string;
  email: string;
  string: string;
  number: string;
  integer: string;
  boolean: string;
  any: string;
  rules: {
    pattern: string;
    minimum: string;
    greaterThan: string;
    maximum: string;
    atLeastCharacters: (count: number) => string;
    upToCharacters: (count: number) => string;
    atLeast: string;
    default: string;
  };
  header: string;
  yes: string;
  no: string;
  usedIn: (links: string) => string;
  theFeed: string;
  /** Everything before the first definition: title, schema, general rules, contents, the feed's table. */
  intro: (schema: Schema, contents: string[], feedTable: string) => string[];
  localizedText: string[];
}

const WORDS: Record<ReferenceLanguage, Words> = {
  es: {
    describe: (spanish) => spanish,
    text: '[texto](#localizedtext)',
    or: ' o ',
    listOf: (items) => `lista de ${items}`,
    values: 'valores',
    object: 'objeto',
    date: 'fecha `AAAA-MM-DD`',
    url: 'URL absoluta',
    email: 'correo electrónico',
    string: 'texto',
    number: 'número',
    integer: 'número entero',
    boolean: '`true` o `false`',
    any: 'cualquier valor',
    rules: {
      pattern: 'patrón',
      minimum: 'mínimo',
      greaterThan: 'mayor que',
      maximum: 'máximo',
      atLeastCharacters: (count) => `al menos ${count} caracteres`,
      upToCharacters: (count) => `hasta ${count} caracteres`,
      atLeast: 'al menos',
      default: 'por defecto',
    },
    header: '| Campo | Tipo | Obligatorio | Descripción |',
    yes: 'sí',
    no: 'no',
    usedIn: (links) => `Se usa en ${links}.`,
    theFeed: '[el feed](#el-feed)',
    intro: (schema, contents, feedTable) => [
      '<!-- Generado por scripts/schema-docs.ts desde schema/plan-feed.schema.json: no lo edite a mano; ejecute `npm run schema`. -->',
      '',
      `# Referencia del feed del plan (${schema.title ?? 'plan feed'})`,
      '',
      `${schema.description ?? ''}`,
      '',
      `Esquema: [\`schema/plan-feed.schema.json\`](../schema/plan-feed.schema.json) (JSON Schema 2020-12, \`$id\` ${code(schema.$id ?? '')}).`,
      'Compruebe un feed con `npx ogp-plan-widgets validate <archivo o URL>`. [English version](feed-reference.en.md).',
      '',
      'Reglas generales:',
      '',
      '- Las fechas son `AAAA-MM-DD` y deben existir en el calendario.',
      '- Los campos de [texto](#localizedtext) aceptan una cadena, en el idioma principal del plan (`plan.defaultLanguage`, `"es"` si falta), o un objeto con el texto en cada idioma, `{ "es": "…", "en": "…" }`, que debe tener el idioma principal. Los widgets muestran el idioma de la página cuando el feed lo tiene; si no, el principal.',
      '- Los identificadores (`id`) son estables: no los cambie de una versión a otra, los widgets y los enlaces los usan.',
      '- Los campos desconocidos se conservan: un feed puede llevar más de lo que muestran los widgets.',
      '',
      '## Contenido',
      '',
      '- [El feed](#el-feed)',
      ...contents,
      '- [LocalizedText (texto)](#localizedtext)',
      '',
      '## El feed',
      '',
      'El documento completo: un objeto JSON con estos campos.',
      '',
      feedTable,
      '',
    ],
    localizedText: [
      'Texto para personas. O una cadena, en el idioma principal del plan (`plan.defaultLanguage`, `"es"` si falta), o un objeto con el texto en cada idioma, por etiquetas BCP 47, que debe tener el idioma principal. ' +
        'Los widgets muestran el idioma de la página (la misma etiqueta, o su idioma base: `fr` para `fr-CA`) y, si el feed no lo tiene, el idioma principal, marcado con su `lang`. Nunca se interpreta como HTML.',
      '',
      '```json',
      '"title": "Rendición de cuentas abierta"',
      '"title": { "es": "Rendición de cuentas abierta", "en": "Open accountability" }',
      '```',
    ],
  },
  en: {
    describe: describeInEnglish,
    text: '[text](#localizedtext)',
    or: ' or ',
    listOf: (items) => `list of ${items}`,
    values: 'values',
    object: 'object',
    date: 'date `YYYY-MM-DD`',
    url: 'absolute URL',
    email: 'email address',
    string: 'string',
    number: 'number',
    integer: 'integer',
    boolean: '`true` or `false`',
    any: 'any value',
    rules: {
      pattern: 'pattern',
      minimum: 'minimum',
      greaterThan: 'greater than',
      maximum: 'maximum',
      atLeastCharacters: (count) => `at least ${count} characters`,
      upToCharacters: (count) => `up to ${count} characters`,
      atLeast: 'at least',
      default: 'default',
    },
    header: '| Field | Type | Required | Description |',
    yes: 'yes',
    no: 'no',
    usedIn: (links) => `Used in ${links}.`,
    theFeed: '[the feed](#the-feed)',
    intro: (schema, contents, feedTable) => [
      '<!-- Generated by scripts/schema-docs.ts from schema/plan-feed.schema.json: do not edit by hand; run `npm run schema`. -->',
      '',
      `# Plan feed reference (${schema.title ?? 'plan feed'})`,
      '',
      describeInEnglish(schema.description ?? ''),
      '',
      `Schema: [\`schema/plan-feed.schema.json\`](../schema/plan-feed.schema.json) (JSON Schema 2020-12, \`$id\` ${code(schema.$id ?? '')}).`,
      'Check a feed with `npx ogp-plan-widgets validate <file or URL>` (its messages are in Spanish). [Versión en español](feed-reference.md).',
      '',
      'General rules:',
      '',
      '- Dates are `YYYY-MM-DD` and must exist in the calendar.',
      '- [Text](#localizedtext) fields take a string, in the plan’s default language (`plan.defaultLanguage`, `"es"` when absent), or an object with the text in each language, `{ "fr": "…", "en": "…" }`, which must have the default language. The widgets show the page’s language when the feed has it; otherwise the default one.',
      '- Identifiers (`id`) are stable: do not change them from one version to the next; the widgets and links use them.',
      '- Unknown fields are kept: a feed may carry more than the widgets show.',
      '',
      '## Contents',
      '',
      '- [The feed](#the-feed)',
      ...contents,
      '- [LocalizedText (text)](#localizedtext)',
      '',
      '## The feed',
      '',
      'The whole document: a JSON object with these fields.',
      '',
      feedTable,
      '',
    ],
    localizedText: [
      'Text for people. Either a string, in the plan’s default language (`plan.defaultLanguage`, `"es"` when absent), or an object with the text in each language, keyed by BCP 47 tags, which must have the default language. ' +
        'The widgets show the page’s language (the same tag, or its base language: `fr` for `fr-CA`) and, when the feed lacks it, the default language, marked with its `lang`. Never read as HTML.',
      '',
      '```json',
      '"title": "Budget participatif ouvert"',
      '"title": { "fr": "Budget participatif ouvert", "en": "Open participatory budgeting" }',
      '```',
    ],
  },
};

/** Anchors of the sections, by definition name. */
const anchor = (name: string) => name.toLowerCase();

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function refName(ref: string): string {
  return ref.replace('#/$defs/', '');
}

/** The type of a field in words, with links to the definitions it uses. */
function describeType(schema: Schema, w: Words): string {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return name === 'LocalizedText' ? w.text : `[${name}](#${anchor(name)})`;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((variant) => describeType(variant, w)).join(w.or);
  if (schema.enum) return schema.enum.map(code).join(', ');
  if (schema.const !== undefined) return code(schema.const);
  if (schema.type === 'array') return w.listOf(schema.items ? describeType(schema.items, w) : w.values);
  if (schema.type === 'object') return w.object;
  if (schema.type === 'string') {
    if (schema.format === 'date') return w.date;
    if (schema.format === 'uri') return w.url;
    if (schema.format === 'email') return w.email;
    return w.string;
  }
  if (schema.type === 'number') return w.number;
  if (schema.type === 'integer') return w.integer;
  if (schema.type === 'boolean') return w.boolean;
  return Array.isArray(schema.type) ? schema.type.join(w.or) : (schema.type ?? w.any);
}

/** Rules beyond the type: pattern, limits, default. */
function describeRules(schema: Schema, { rules: words }: Words): string {
  const rules: string[] = [];
  if (schema.pattern && schema.format === undefined) rules.push(`${words.pattern} ${code(schema.pattern)}`);
  if (schema.minimum !== undefined) rules.push(`${words.minimum} ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) rules.push(`${words.greaterThan} ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) rules.push(`${words.maximum} ${schema.maximum}`);
  if (schema.minLength !== undefined && schema.minLength > 1) rules.push(words.atLeastCharacters(schema.minLength));
  if (schema.maxLength !== undefined) rules.push(words.upToCharacters(schema.maxLength));
  if (schema.minItems !== undefined) rules.push(`${words.atLeast} ${schema.minItems}`);
  if (schema.default !== undefined) rules.push(`${words.default} ${code(schema.default)}`);
  return rules.join('; ');
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The fields of an object, nested objects flattened as `a.b` and `a[].b`. */
function rows(schema: Schema, w: Words, prefix = ''): Row[] {
  const required = new Set(schema.required ?? []);
  const result: Row[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const rules = describeRules(field, w);
    const described = field.description ? w.describe(field.description) : '';
    const description = [described, rules ? `(${rules})` : ''].filter(Boolean).join(' ');
    result.push({ path, type: describeType(field, w), required: required.has(name), description });
    if (field.type === 'object' && field.properties) result.push(...rows(field, w, `${path}.`));
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties) {
      result.push(...rows(field.items, w, `${path}[].`));
    }
  }
  return result;
}

function table(schema: Schema, w: Words): string {
  const lines = [w.header, '| --- | --- | --- | --- |'];
  for (const row of rows(schema, w)) {
    lines.push(
      `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? w.yes : w.no} | ${cell(row.description) || '—'} |`,
    );
  }
  return lines.join('\n');
}

/** Where each definition is used, for a line under its heading. */
function usages(schema: Schema): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const walk = (node: Schema | undefined, owner: string) => {
    if (!node || typeof node !== 'object') return;
    if (node.$ref) {
      const name = refName(node.$ref);
      if (!used.has(name)) used.set(name, new Set());
      used.get(name)!.add(owner);
    }
    for (const child of Object.values(node.properties ?? {})) walk(child, owner);
    walk(node.items, owner);
    for (const variant of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(variant, owner);
  };
  walk({ properties: schema.properties }, 'Feed');
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) walk(definition, name);
  return used;
}

/** The whole reference in `language`, as Markdown formatted by the project's Prettier settings. */
export async function feedReference(schema: Schema, language: ReferenceLanguage): Promise<string> {
  const file = fileURLToPath(new URL(`../${REFERENCE_FILES[language]}`, import.meta.url));
  const options = (await resolveConfig(file)) ?? {};
  return format(markdown(schema, WORDS[language]), { ...options, parser: 'markdown' });
}

function markdown(schema: Schema, w: Words): string {
  const definitions = schema.$defs ?? {};
  const used = usages(schema);
  const usedIn = (name: string) => {
    const owners = [...(used.get(name) ?? [])].filter((owner) => owner !== name);
    if (owners.length === 0) return '';
    const links = owners.map((owner) => (owner === 'Feed' ? w.theFeed : `[${owner}](#${anchor(owner)})`));
    return `${w.usedIn(links.join(', '))}\n\n`;
  };
  const objectDefinitions = Object.entries(definitions).filter(([name]) => name !== 'LocalizedText');

  const contents = objectDefinitions.map(([name]) => `- [${name}](#${anchor(name)})`);
  const parts = w.intro(schema, contents, table(schema, w));
  for (const [name, definition] of objectDefinitions) {
    parts.push(
      `## ${name}`,
      '',
      usedIn(name) + (definition.description ? `${w.describe(definition.description)}\n` : ''),
      table(definition, w),
      '',
    );
  }
  parts.push('## LocalizedText', '', usedIn('LocalizedText') + w.localizedText[0]!, ...w.localizedText.slice(1), '');
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

export function readSchema(): Schema {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [language, file] of Object.entries(REFERENCE_FILES) as [ReferenceLanguage, string][]) {
    writeFileSync(new URL(`../${file}`, import.meta.url), await feedReference(readSchema(), language));
    console.log(file);
  }
}
