/**
 * `templates <carpeta> [--idiomas fr,en] [--excel-es]`: empty spreadsheets
 * to start a plan from, for a city that has no feed yet. Every file
 * build-feed reads, with its header row only (a text column per language,
 * the plan's own first) and plan.csv with every key, its language filled in.
 * Exit codes: 0 written, 2 usage or a folder that cannot be written.
 */
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_UNREADABLE, type Output, consoleOutput } from './build-feed.js';
import { cellStyle, writeTables } from './export-csv.js';
import type { Command } from './main.js';
import { emptyTables } from './spreadsheet/export-tables.js';
import { canonicalTag, type Languages } from './spreadsheet/layout.js';

export interface TemplatesOptions {
  folder: string;
  /** The plan's default language first, then its translations. */
  languages: Languages;
  excelEs?: boolean;
  out?: Output;
}

export async function writeTemplates(options: TemplatesOptions): Promise<number> {
  const { folder, languages, excelEs = false, out = consoleOutput } = options;
  const style = cellStyle(excelEs);
  return (await writeTables(folder, emptyTables(languages), style, out)) ? EXIT_OK : EXIT_UNREADABLE;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const USAGE = 'Uso: ogp-plan-widgets templates <carpeta> [--idiomas es,en] [--excel-es]';

export const templatesCommand: Command = {
  usage:
    'templates <carpeta> [--idiomas es,en]          Escribe las hojas vacías de un plan nuevo (el primer idioma es el principal).',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { idiomas: { type: 'string', default: 'es,en' }, 'excel-es': { type: 'boolean' } },
      });
    } catch (error) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    const [folder, ...extra] = parsed.positionals;
    const tags = parsed.values.idiomas.split(',').map((tag) => tag.trim());
    const wrong = tags.find((tag) => !LANGUAGE_TAG.test(tag));
    if (!folder || extra.length > 0 || wrong !== undefined) {
      const problem = !folder
        ? 'Falta la carpeta.'
        : wrong !== undefined
          ? `"${wrong}" no es una etiqueta de idioma, como es, fr o pt-BR.`
          : `Sobra: ${extra.join(' ')}`;
      console.error(`${problem}\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    const [first, ...others] = [...new Set(tags.map(canonicalTag))];
    return writeTemplates({ folder, languages: [first!, ...others], excelEs: parsed.values['excel-es'] });
  },
};
