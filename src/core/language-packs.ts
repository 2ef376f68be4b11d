/**
 * Interface languages as packs. Spanish ships in the core: each widget's
 * Spanish words sit in its own `<name>.strings.ts` and arrive with it. Every
 * other language is a pack: English and French are modules fetched by
 * dynamic import() the first time a widget resolves to them (a Spanish page
 * downloads neither), and a page may register any other. A host may also
 * override single strings of any language, Spanish included.
 *
 * Each string comes from the first of these that has it: the requested
 * language ("es-CO"), its base language ("es"), the feed's default language,
 * then Spanish; within one language, the host's overrides before the pack.
 */
import type { CommitmentStrings } from '../commitment/commitment.strings.js';
import type { AnswersStrings } from '../feedback-answers/feedback-answers.strings.js';
import type { FeedbackFormStrings } from '../feedback-form/feedback-form.strings.js';
import type { ChartStrings } from '../indicator-chart/indicator-chart.strings.js';
import type { TimelineStrings } from '../milestone-timeline/milestone-timeline.strings.js';
import type { PlanOverviewStrings } from '../plan-overview/plan-overview.strings.js';
import { baseLanguage, type CommonStrings, DEFAULT_LANG, type Lang } from '../shared/i18n.js';
import { updateWidgets } from './language.js';
import type { RecentChangesStrings } from './recent-changes.strings.js';

/** Every interface string of one language: what `registerLanguage` takes, shaped like the Spanish core. */
export interface Pack {
  common: CommonStrings;
  overview: PlanOverviewStrings;
  commitment: CommitmentStrings;
  timeline: TimelineStrings;
  chart: ChartStrings;
  form: FeedbackFormStrings;
  /** "Novedades desde …", in the overview and the commitment. */
  changes: RecentChangesStrings;
  answers: AnswersStrings;
}

export type Section = keyof Pack;

/** Part of some strings, to any depth; a function or a list is replaced whole. */
export type PartialStrings<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: PartialStrings<T[K]> }
      : T;

/** What `overrideStrings` takes: any strings of a pack, by section. */
export type StringOverrides = PartialStrings<Pack>;

/** Where a built-in pack keeps each section: a module of its own, fetched when a widget first needs it. */
type SectionModules = { readonly [S in Section]: () => Promise<Pack[S]> };

/** The packs that ship with the widgets: an English page with only the overview fetches two small modules. */
const BUILT_IN: ReadonlyMap<Lang, SectionModules> = new Map([
  [
    'en',
    {
      common: () => import('../packs/en/common.js').then((module) => module.common),
      overview: () => import('../packs/en/overview.js').then((module) => module.overview),
      commitment: () => import('../packs/en/commitment.js').then((module) => module.commitment),
      timeline: () => import('../packs/en/timeline.js').then((module) => module.timeline),
      chart: () => import('../packs/en/chart.js').then((module) => module.chart),
      form: () => import('../packs/en/form.js').then((module) => module.form),
      changes: () => import('../packs/en/changes.js').then((module) => module.changes),
      answers: () => import('../packs/en/answers.js').then((module) => module.answers),
    },
  ],
  [
    'fr',
    {
      common: () => import('../packs/fr/common.js').then((module) => module.common),
      overview: () => import('../packs/fr/overview.js').then((module) => module.overview),
      commitment: () => import('../packs/fr/commitment.js').then((module) => module.commitment),
      timeline: () => import('../packs/fr/timeline.js').then((module) => module.timeline),
      chart: () => import('../packs/fr/chart.js').then((module) => module.chart),
      form: () => import('../packs/fr/form.js').then((module) => module.form),
      changes: () => import('../packs/fr/changes.js').then((module) => module.changes),
      answers: () => import('../packs/fr/answers.js').then((module) => module.answers),
    },
  ],
]);

/** Every language's sections known so far: whole registered packs, built-in sections as they arrive. */
const packs = new Map<Lang, Partial<Pack>>();
/** Languages the page registered: their packs replace the built-in ones, and what they lack is reported. */
const registered = new Set<Lang>();
const overrides = new Map<Lang, StringOverrides>();
/** Loads of built-in sections, by "lang section", settled or not; and those that failed. */
const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();
/** Resolved sections by section and fallback chain; emptied whenever a pack or an override arrives. */
const resolved = new Map<string, unknown>();
/** Packs and sections already reported as incomplete, so each is reported once. */
const reported = new Set<string>();

/** A tag in canonical form; a RangeError names a value that is not a BCP 47 tag. */
function canonical(tag: string): Lang {
  const [lang] = Intl.getCanonicalLocales(tag);
  if (!lang) throw new RangeError(`ogp-plan-widgets: "${tag}" is not a language tag.`);
  return lang;
}

function changed(): void {
  resolved.clear();
  updateWidgets();
}

/**
 * Makes `tag` a language the widgets speak, or replaces a built-in pack.
 * In TypeScript a pack that lacks a string does not compile; in JavaScript
 * the console names what is missing, and those strings fall back.
 */
export function registerLanguage(tag: string, pack: Pack): void {
  const lang = canonical(tag);
  packs.set(lang, pack);
  registered.add(lang);
  changed();
}

/** Replaces some strings of a language, e.g. `overrideStrings('es', { overview: { listHeading: 'Acciones' } })`. */
export function overrideStrings(tag: string, strings: StringOverrides): void {
  const lang = canonical(tag);
  overrides.set(lang, layered([strings, overrides.get(lang)].filter(Boolean)) as StringOverrides);
  changed();
}

/** The languages a widget's strings come from, in order: `lang`, its base, the feed's default and its base, Spanish. */
export function fallbackChain(lang: Lang, feedDefault?: Lang): Lang[] {
  const chain = [lang, baseLanguage(lang)];
  if (feedDefault) chain.push(feedDefault, baseLanguage(feedDefault));
  return [...new Set([...chain, DEFAULT_LANG])];
}

/** Whether `section` of `lang` is a built-in module this page has not fetched (nor failed to). */
const unfetched = (lang: Lang, section: Section): boolean =>
  BUILT_IN.has(lang) &&
  !registered.has(lang) &&
  packs.get(lang)?.[section] === undefined &&
  !failed.has(`${lang} ${section}`);

/**
 * Fetches the built-in sections a widget speaking through `chain` needs and
 * this page does not have yet. Undefined when nothing is missing, so a
 * widget waits only when it must. Never rejects: a section that fails to
 * load is reported, and its strings fall back.
 */
export function packsLoading(chain: readonly Lang[], sections: readonly Section[]): Promise<void> | undefined {
  const loading = chain.flatMap((lang) =>
    sections.filter((section) => unfetched(lang, section)).map((section) => load(lang, section)),
  );
  return loading.length ? Promise.all(loading).then(() => undefined) : undefined;
}

function load(lang: Lang, section: Section): Promise<void> {
  const key = `${lang} ${section}`;
  let loading = loads.get(key);
  if (!loading) {
    const modules = BUILT_IN.get(lang)!;
    loading = modules[section]().then(
      (strings) => {
        // A pack the page registered meanwhile wins over the built-in one.
        if (!registered.has(lang)) packs.set(lang, { ...packs.get(lang), [section]: strings });
        resolved.clear();
      },
      (error: unknown) => {
        failed.add(key);
        console.warn(`ogp-plan-widgets: the "${lang}" strings of ${section} did not load (${String(error)}).`);
      },
    );
    loads.set(key, loading);
  }
  return loading;
}

/** The strings of `section` for a widget whose fallback chain is `chain`; `spanish` is the core's. */
export function packStrings<S extends Section>(section: S, spanish: Pack[S], chain: readonly Lang[]): Pack[S] {
  const key = `${section} ${chain.join(' ')}`;
  let strings = resolved.get(key) as Pack[S] | undefined;
  if (!strings) {
    // A section the widget did not declare: fetched now, shown when it arrives.
    const late = chain.filter((lang) => unfetched(lang, section)).map((lang) => load(lang, section));
    if (late.length) void Promise.all(late).then(updateWidgets);
    const layers = chain.flatMap((lang) => {
      const pack = packs.get(lang);
      if (pack && registered.has(lang)) reportMissing(lang, section, pack[section], spanish);
      return [overrides.get(lang)?.[section], pack?.[section] ?? (lang === DEFAULT_LANG ? spanish : undefined)];
    });
    strings = layered([...layers, spanish].filter((layer) => layer !== undefined)) as Pack[S];
    resolved.set(key, strings);
  }
  return strings;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The layers merged key by key, the first that has a string winning; plain objects are merged deeply. */
function layered(layers: readonly unknown[]): unknown {
  const [top] = layers;
  if (!isRecord(top)) return top;
  const records = layers.filter(isRecord);
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  return Object.fromEntries(
    [...keys].map((key) => [key, layered(records.map((record) => record[key]).filter((value) => value !== undefined))]),
  );
}

/** The dotted paths of `spanish` that `strings` lacks: "overview.search". */
function missingPaths(strings: unknown, spanish: unknown, path: string): string[] {
  if (strings === undefined) return [path];
  if (!isRecord(spanish) || !isRecord(strings)) return [];
  return Object.keys(spanish).flatMap((key) => missingPaths(strings[key], spanish[key], `${path}.${key}`));
}

/** Names, once, the strings a registered pack lacks: a JavaScript page gets no compile error. */
function reportMissing(lang: Lang, section: Section, strings: unknown, spanish: unknown): void {
  if (reported.has(`${lang} ${section}`)) return;
  reported.add(`${lang} ${section}`);
  const missing = missingPaths(strings, spanish, section);
  if (missing.length) {
    console.warn(
      `ogp-plan-widgets: the "${lang}" language pack lacks ${missing.join(', ')}; ` +
        'these strings show in the next language of the fallback order.',
    );
  }
}
