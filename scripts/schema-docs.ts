/**
 * docs/feed-reference.md, the plan feed's field reference for the people who
 * write feeds, generated from the published JSON Schema
 * (schema/plan-feed.schema.json, itself generated from the valibot source).
 * `npm run schema` writes it; test/node/feed-reference.test.ts fails when the
 * checked-in file is stale. In Spanish, like the schema's descriptions: the
 * plan team reads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

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
const OUTPUT_FILE = new URL('../docs/feed-reference.md', import.meta.url);

/** Anchors of the sections, by definition name. */
const anchor = (name: string) => name.toLowerCase();

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function refName(ref: string): string {
  return ref.replace('#/$defs/', '');
}

/** The type of a field in words, with links to the definitions it uses. */
function describeType(schema: Schema): string {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return name === 'LocalizedText' ? '[texto](#localizedtext)' : `[${name}](#${anchor(name)})`;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(describeType).join(' o ');
  if (schema.enum) return schema.enum.map(code).join(', ');
  if (schema.const !== undefined) return code(schema.const);
  if (schema.type === 'array') return `lista de ${schema.items ? describeType(schema.items) : 'valores'}`;
  if (schema.type === 'object') return 'objeto';
  if (schema.type === 'string') {
    if (schema.format === 'date') return 'fecha `AAAA-MM-DD`';
    if (schema.format === 'uri') return 'URL absoluta';
    if (schema.format === 'email') return 'correo electrónico';
    return 'texto';
  }
  if (schema.type === 'number') return 'número';
  if (schema.type === 'integer') return 'número entero';
  if (schema.type === 'boolean') return '`true` o `false`';
  return Array.isArray(schema.type) ? schema.type.join(' o ') : (schema.type ?? 'cualquier valor');
}

/** Rules beyond the type: pattern, limits, default. */
function describeRules(schema: Schema): string {
  const rules: string[] = [];
  if (schema.pattern && schema.format === undefined) rules.push(`patrón ${code(schema.pattern)}`);
  if (schema.minimum !== undefined) rules.push(`mínimo ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) rules.push(`mayor que ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) rules.push(`máximo ${schema.maximum}`);
  if (schema.minLength !== undefined && schema.minLength > 1) rules.push(`al menos ${schema.minLength} caracteres`);
  if (schema.maxLength !== undefined) rules.push(`hasta ${schema.maxLength} caracteres`);
  if (schema.minItems !== undefined) rules.push(`al menos ${schema.minItems}`);
  if (schema.default !== undefined) rules.push(`por defecto ${code(schema.default)}`);
  return rules.join('; ');
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The fields of an object, nested objects flattened as `a.b` and `a[].b`. */
function rows(schema: Schema, prefix = ''): Row[] {
  const required = new Set(schema.required ?? []);
  const result: Row[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const rules = describeRules(field);
    const description = [field.description ?? '', rules ? `(${rules})` : ''].filter(Boolean).join(' ');
    result.push({ path, type: describeType(field), required: required.has(name), description });
    if (field.type === 'object' && field.properties) result.push(...rows(field, `${path}.`));
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties) {
      result.push(...rows(field.items, `${path}[].`));
    }
  }
  return result;
}

function table(schema: Schema): string {
  const lines = ['| Campo | Tipo | Obligatorio | Descripción |', '| --- | --- | --- | --- |'];
  for (const row of rows(schema)) {
    lines.push(
      `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'sí' : 'no'} | ${cell(row.description) || '—'} |`,
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

/** The whole reference, as Markdown formatted by the project's Prettier settings. */
export async function feedReference(schema: Schema): Promise<string> {
  const options = (await resolveConfig(fileURLToPath(OUTPUT_FILE))) ?? {};
  return format(markdown(schema), { ...options, parser: 'markdown' });
}

function markdown(schema: Schema): string {
  const definitions = schema.$defs ?? {};
  const used = usages(schema);
  const usedIn = (name: string) => {
    const owners = [...(used.get(name) ?? [])].filter((owner) => owner !== name);
    if (owners.length === 0) return '';
    const links = owners.map((owner) => (owner === 'Feed' ? '[el feed](#el-feed)' : `[${owner}](#${anchor(owner)})`));
    return `Se usa en ${links.join(', ')}.\n\n`;
  };
  const objectDefinitions = Object.entries(definitions).filter(([name]) => name !== 'LocalizedText');

  const parts = [
    '<!-- Generado por scripts/schema-docs.ts desde schema/plan-feed.schema.json: no lo edite a mano; ejecute `npm run schema`. -->',
    '',
    `# Referencia del feed del plan (${schema.title ?? 'plan feed'})`,
    '',
    `${schema.description ?? ''}`,
    '',
    `Esquema: [\`schema/plan-feed.schema.json\`](../schema/plan-feed.schema.json) (JSON Schema 2020-12, \`$id\` ${code(schema.$id ?? '')}).`,
    'Compruebe un feed con `npx ogp-plan-widgets validate <archivo o URL>`.',
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
    ...objectDefinitions.map(([name]) => `- [${name}](#${anchor(name)})`),
    '- [LocalizedText (texto)](#localizedtext)',
    '',
    '## El feed',
    '',
    'El documento completo: un objeto JSON con estos campos.',
    '',
    table(schema),
    '',
  ];
  for (const [name, definition] of objectDefinitions) {
    parts.push(
      `## ${name}`,
      '',
      usedIn(name) + (definition.description ? `${definition.description}\n` : ''),
      table(definition),
      '',
    );
  }
  parts.push(
    '## LocalizedText',
    '',
    usedIn('LocalizedText') +
      'Texto para personas. O una cadena (en español), o un objeto con `es` (obligatorio) y `en` (opcional). ' +
      'Los widgets muestran el idioma de la página y, si falta el inglés, el español. Nunca se interpreta como HTML.',
    '',
    '```json',
    '"title": "Rendición de cuentas abierta"',
    '"title": { "es": "Rendición de cuentas abierta", "en": "Open accountability" }',
    '```',
    '',
  );
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

export function readSchema(): Schema {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT_FILE, await feedReference(readSchema()));
  console.log('docs/feed-reference.md');
}
