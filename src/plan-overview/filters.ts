/**
 * Filtering the overview's commitment list: by status, theme (pillar), OGP
 * value and lead institution, plus a text search that ignores accents and
 * case. Pure functions over `CommitmentView`s, so the list, the counts and
 * the options always agree.
 */
import type { CommitmentView } from '../shared/derive.js';
import { type LocalizedText, OGP_VALUES, type OgpValue, STATUSES, type Status } from '../shared/feed-schema.js';
import { localize, textLang } from '../shared/feed-text.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';

export interface Filters {
  status: Status | '';
  /** A theme's Spanish text: the key stays the same whatever language is shown. */
  theme: string;
  value: OgpValue | '';
  /** A lead institution's Spanish text. */
  lead: string;
  query: string;
}

export const NO_FILTERS: Filters = { status: '', theme: '', value: '', lead: '', query: '' };

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.status || filters.theme || filters.value || filters.lead || filters.query.trim());
}

/** Text for searching: "Participación" and "participacion" become the same. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stable key of a feed text: its version in the feed's default language. */
const textKey = (text: LocalizedText, defaultLanguage: string): string =>
  localize(text, defaultLanguage, defaultLanguage);

/**
 * The search index: each commitment's searchable text, normalized once per
 * language. A key press then compares 2,000 prepared strings instead of
 * normalizing 8,000 texts; a new feed brings new objects, so nothing stale
 * is ever found.
 */
const searchIndex = new WeakMap<CommitmentView['commitment'], Partial<Record<Lang, string>>>();

function searchableText(view: CommitmentView, lang: Lang, defaultLanguage: string): string {
  const { commitment } = view;
  let entry = searchIndex.get(commitment);
  if (!entry) searchIndex.set(commitment, (entry = {}));
  const { title, summary, theme, lead } = commitment;
  return (entry[lang] ??= normalizeForSearch(
    [title, summary, theme, lead].map((text) => localize(text, lang, defaultLanguage)).join('\n'),
  ));
}

/** The commitments that pass every filter; the search looks at the text as shown in `lang`. */
export function applyFilters(
  views: readonly CommitmentView[],
  filters: Filters,
  lang: Lang,
  defaultLanguage: string,
): CommitmentView[] {
  const words = normalizeForSearch(filters.query).split(/\s+/).filter(Boolean);
  return views.filter((view) => {
    const { commitment } = view;
    if (filters.status && view.status !== filters.status) return false;
    if (filters.theme && (!commitment.theme || textKey(commitment.theme, defaultLanguage) !== filters.theme))
      return false;
    if (filters.value && !commitment.ogpValues?.includes(filters.value)) return false;
    if (filters.lead && textKey(commitment.lead, defaultLanguage) !== filters.lead) return false;
    if (words.length === 0) return true;
    const text = searchableText(view, lang, defaultLanguage);
    return words.every((word) => text.includes(word));
  });
}

/** One choice in a filter menu. */
export interface FilterOption {
  key: string;
  text: string;
  /** Set when the text is in another language than the widget (feed text falling back to the feed's default). */
  lang?: string;
}

/** The options of each filter menu. */
export type FilterOptions = Record<Exclude<keyof Filters, 'query'>, FilterOption[]>;

/**
 * The options each filter offers: only values some commitment has, so no
 * choice leads to an empty list by itself. Statuses and values keep the
 * schema's order, named from `names`; themes and leads are sorted as people
 * read them in `lang`.
 */
export function filterOptions(
  views: readonly CommitmentView[],
  lang: Lang,
  defaultLanguage: string,
  names: Pick<CommonStrings, 'status' | 'ogpValue'>,
): FilterOptions {
  const commitments = views.map((view) => view.commitment);
  // One option per text in the default language (the last one wins).
  const byText = (texts: (LocalizedText | undefined)[]): FilterOption[] =>
    [...new Map(texts.flatMap((text) => (text ? [[textKey(text, defaultLanguage), text] as const] : [])))]
      .map(([key, text]) => {
        const actual = textLang(text, lang, defaultLanguage);
        const shown = localize(text, lang, defaultLanguage);
        return { key, text: shown, ...(actual.toLowerCase() !== lang.toLowerCase() && { lang: actual }) };
      })
      .sort((a, b) => a.text.localeCompare(b.text, lang));
  return {
    status: STATUSES.filter((status) => views.some((view) => view.status === status)).map((key) => ({
      key,
      text: names.status[key],
    })),
    theme: byText(commitments.map((commitment) => commitment.theme)),
    value: OGP_VALUES.filter((value) => commitments.some((commitment) => commitment.ogpValues?.includes(value))).map(
      (key) => ({ key, text: names.ogpValue[key] }),
    ),
    lead: byText(commitments.map((commitment) => commitment.lead)),
  };
}
