/**
 * `build-feed <carpeta|libro.xlsx> -o feed.json [--watch]`: the plan team's
 * spreadsheets → a valid feed. Every problem is listed in one run as
 * `archivo:fila:columna: qué se esperaba`, and nothing is written while any
 * remains. Each build prints, as Markdown bullets on stdout, what changed
 * against the feed it replaces, and writes it into the feed (`changes`) for
 * the widgets; everything else goes to stderr.
 * Exit codes: 0 written, 1 problems in the data, 2 unreadable input or usage.
 */
import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoToday, planTimeZone } from '../shared/derive.js';
import { type PlanFeed, validateFeed } from '../shared/feed-schema.js';
import { parseFeedText } from '../shared/feed-text.js';
import type { Command } from './main.js';
import { feedChanges, withChanges } from './feed-diff.js';
import { assembleFeed } from './spreadsheet/assemble.js';
import { formatProblem } from './spreadsheet/problems.js';
import { SPREADSHEET_FILES, UnreadableInputError, isWorkbook, readSpreadsheets } from './spreadsheet/read-tables.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_UNREADABLE = 2;

/** Where a build prints: `log` is the changelog (stdout), `error` everything else (stderr). */
export interface Output {
  log(text: string): void;
  error(text: string): void;
}

export const consoleOutput: Output = { log: (text) => console.log(text), error: (text) => console.error(text) };

export interface BuildOptions {
  /** A folder of CSV files, or an .xlsx workbook. */
  input: string;
  /** The feed to write. */
  output: string;
  /** The day derived statuses are judged on, AAAA-MM-DD (default: today in the plan's time zone). */
  today?: string;
  out?: Output;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** One build: read, check, write atomically, print the changes. Returns the exit code. */
export async function buildFeed(options: BuildOptions): Promise<number> {
  const { input, output, out = consoleOutput } = options;
  let files;
  try {
    files = await readSpreadsheets(input);
  } catch (error) {
    if (!(error instanceof UnreadableInputError)) throw error;
    out.error(`No se pudo leer: ${error.message}`);
    return EXIT_UNREADABLE;
  }
  for (const note of files.notes) out.error(`Nota: ${note}`);
  const result = assembleFeed(files.input);
  const problems = [...files.problems, ...(result.ok ? [] : result.problems)];
  if (!result.ok || problems.length > 0) {
    out.error(`No se escribió ${output}: ${count(problems.length, 'problema', 'problemas')}.`);
    for (const problem of problems) out.error(formatProblem(problem));
    return EXIT_PROBLEMS;
  }
  const previous = await readPreviousFeed(output, out);
  const today = options.today ?? isoToday(planTimeZone(result.feed.plan));
  // The feed carries what changed since the one it replaces, for the widgets' "Novedades".
  const feed = withChanges(result.feed, previous, today);
  try {
    await writeAtomically(output, `${JSON.stringify(feed, null, 2)}\n`);
  } catch (error) {
    out.error(`No se pudo escribir ${output}: ${(error as Error).message}`);
    return EXIT_UNREADABLE;
  }
  const milestones = feed.commitments.reduce((sum, commitment) => sum + commitment.milestones.length, 0);
  const observations = feed.indicators.reduce((sum, indicator) => sum + indicator.observations.length, 0);
  out.error(
    `Se escribió ${output}: ${count(feed.commitments.length, 'compromiso', 'compromisos')}, ${count(milestones, 'hito', 'hitos')}, ${count(feed.indicators.length, 'indicador', 'indicadores')}, ${count(observations, 'dato', 'datos')}.`,
  );
  if (!previous) return EXIT_OK;
  const changes = feedChanges(previous, feed, today);
  if (changes.length === 0) out.error('Sin cambios de estado, hitos ni datos respecto de la versión anterior.');
  else out.log(changes.join('\n'));
  return EXIT_OK;
}

/** The feed that is about to be replaced, to tell what changed; none if absent or unusable. */
async function readPreviousFeed(path: string, out: Output): Promise<PlanFeed | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    out.error(`No había una versión anterior de ${path}; no hay cambios que comparar.`);
    return undefined;
  }
  const parsed = parseFeedText(text);
  const validation = parsed.ok ? validateFeed(parsed.value) : undefined;
  if (validation?.ok) return validation.feed;
  out.error(`La versión anterior de ${path} no es un feed válido; no se comparan cambios.`);
  return undefined;
}

/** Readers of the feed never see half a file: write beside it, then rename over it. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface WatchOptions extends BuildOptions {
  /** Stops watching. */
  signal: AbortSignal;
  /** Quiet time after the last change before rebuilding; editors save in several writes. */
  debounceMs?: number;
  /** Called after every build with its exit code. */
  onBuild?: (code: number) => void;
}

/**
 * Builds, then rebuilds whenever one of the spreadsheets changes, until
 * `signal` aborts; then resolves with 0. When the folder to watch does not
 * exist, resolves at once with the build's code (2).
 */
export async function watchFeed(options: WatchOptions): Promise<number> {
  const { input, output, signal, debounceMs = 300, onBuild, out = consoleOutput } = options;
  const folder = isWorkbook(input) ? dirname(input) : input;
  const names = isWorkbook(input) ? [basename(input).toLowerCase()] : SPREADSHEET_FILES;
  let watcher: FSWatcher;
  try {
    // Watch the folder, not the files: editors save by replacing a file, which ends a file watcher.
    watcher = watch(folder, { signal });
  } catch {
    return buildFeed(options);
  }
  const closed = new Promise<void>((done) => watcher.on('close', done));
  watcher.on('error', (error) => {
    out.error(`Se dejó de vigilar ${folder}: ${error.message}`);
    watcher.close();
  });

  // Builds run one after another; a save during a build is built next.
  let building = Promise.resolve();
  const build = (before: string, after = '') => {
    building = building
      .then(async () => {
        if (before) out.error(before);
        const code = await buildFeed(options);
        if (after) out.error(after);
        onBuild?.(code);
      })
      .catch((error: unknown) => out.error(`No se pudo generar ${output}: ${String(error)}`));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('change', (_event, filename) => {
    if (filename && !names.includes(String(filename).toLowerCase())) return;
    clearTimeout(timer);
    timer = setTimeout(() => build(`\nCambió ${filename ?? input}: se vuelve a generar ${output}.`), debounceMs);
  });
  build('', `Vigilando ${input}. Pulse Ctrl+C para terminar.`);
  await closed;
  clearTimeout(timer);
  await building;
  return EXIT_OK;
}

const USAGE = 'Uso: ogp-plan-widgets build-feed <carpeta|libro.xlsx> -o feed.json [--watch]';

export const buildFeedCommand: Command = {
  usage:
    'build-feed <carpeta|libro.xlsx> -o feed.json [--watch]   Genera el feed desde las hojas del plan (CSV o XLSX) e imprime los cambios.',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { output: { type: 'string', short: 'o' }, watch: { type: 'boolean' } },
      });
    } catch (error) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    const [input, ...extra] = parsed.positionals;
    const output = parsed.values.output;
    const mistake = !input
      ? 'Falta la carpeta o el libro .xlsx.'
      : !output
        ? 'Falta -o <feed.json>.'
        : extra.length > 0
          ? `Sobra: ${extra.join(' ')}`
          : undefined;
    if (mistake || !input || !output) {
      console.error(`${mistake}\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    if (!parsed.values.watch) return buildFeed({ input, output });
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      return await watchFeed({ input, output, signal: controller.signal });
    } finally {
      process.off('SIGINT', stop);
    }
  },
};
