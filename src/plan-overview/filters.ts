/**
 * Filtering the overview's commitment list: by status, theme (pillar), OGP
 * value and lead institution, plus a text search that ignores accents and
 * case. Pure functions over `CommitmentView`s, so the list, the counts and
 * the options always agree.
 */
import type { CommitmentView } from '../core/derive.js';
import { type LocalizedText, OGP_VALUES, type OgpValue, STATUSES, type Status } from '../core/feed-schema.js';
import { type Lang, localize } from '../core/i18n.js';

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

/** The stable key of a feed text: its Spanish version. */
export const textKey = (text: LocalizedText): string => localize(text, 'es');

function searchableText(view: CommitmentView, lang: Lang): string {
  const { title, summary, theme, lead } = view.commitment;
  return normalizeForSearch([title, summary, theme, lead].map((text) => localize(text, lang)).join('\n'));
}

/** The commitments that pass every filter; the search looks at the text as shown in `lang`. */
export function applyFilters(views: readonly CommitmentView[], filters: Filters, lang: Lang): CommitmentView[] {
  const words = normalizeForSearch(filters.query).split(/\s+/).filter(Boolean);
  return views.filter((view) => {
    const { commitment } = view;
    if (filters.status && view.status !== filters.status) return false;
    if (filters.theme && (!commitment.theme || textKey(commitment.theme) !== filters.theme)) return false;
    if (filters.value && !commitment.ogpValues?.includes(filters.value)) return false;
    if (filters.lead && textKey(commitment.lead) !== filters.lead) return false;
    if (words.length === 0) return true;
    const text = searchableText(view, lang);
    return words.every((word) => text.includes(word));
  });
}

export interface TextOption {
  key: string;
  label: LocalizedText;
}

export interface FilterOptions {
  statuses: Status[];
  values: OgpValue[];
  themes: TextOption[];
  leads: TextOption[];
}

/**
 * The options each filter offers: only values some commitment has, so no
 * choice leads to an empty list by itself. Statuses and values keep the
 * schema's order; themes and leads are sorted as people read them in `lang`.
 */
export function filterOptions(views: readonly CommitmentView[], lang: Lang): FilterOptions {
  const statuses = new Set<Status>();
  const values = new Set<OgpValue>();
  const themes = new Map<string, LocalizedText>();
  const leads = new Map<string, LocalizedText>();
  for (const { commitment, status } of views) {
    statuses.add(status);
    commitment.ogpValues?.forEach((value) => values.add(value));
    if (commitment.theme) themes.set(textKey(commitment.theme), commitment.theme);
    leads.set(textKey(commitment.lead), commitment.lead);
  }
  const byLabel = (options: Map<string, LocalizedText>): TextOption[] =>
    [...options]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => localize(a.label, lang).localeCompare(localize(b.label, lang), lang));
  return {
    statuses: STATUSES.filter((status) => statuses.has(status)),
    values: OGP_VALUES.filter((value) => values.has(value)),
    themes: byLabel(themes),
    leads: byLabel(leads),
  };
}
