/**
 * The territories the form offers, from the feed's `plan.territories`
 * (Medellín's sample lists its 16 comunas and 5 corregimientos there). A
 * territory's `group` ("Comunas", "Corregimientos") becomes an optgroup, in
 * the order the feed first names it; territories without one come first.
 *
 * Each option is shown in the widget's language when the feed has it, and
 * sends its name in the feed's default language, so the messages of one
 * plan name a territory the same way whatever language the page speaks
 * (and as the feed's `territory` dimension does).
 */
import type { Territory } from '../shared/feed-schema.js';
import { localize, textLang } from '../shared/feed-text.js';

/** A choice, or a group's label: its text, and its language when it is not the widget's. */
export interface TerritoryText {
  text: string;
  lang?: string;
}

export interface TerritoryOption extends TerritoryText {
  /** What the form sends: the name in the feed's default language. */
  value: string;
}

export interface TerritoryGroup {
  /** Undefined for the territories that belong to no group. */
  label?: TerritoryText;
  options: TerritoryOption[];
}

export function territoryGroups(
  territories: readonly Territory[],
  lang: string,
  defaultLanguage: string,
): TerritoryGroup[] {
  const shown = (text: Territory['name']): TerritoryText => {
    const actual = textLang(text, lang, defaultLanguage);
    return {
      text: localize(text, lang, defaultLanguage),
      ...(actual.toLowerCase() !== lang.toLowerCase() && { lang: actual }),
    };
  };
  const groups = new Map<string, TerritoryGroup>([['', { options: [] }]]);
  for (const territory of territories) {
    const key = territory.group ? localize(territory.group, defaultLanguage, defaultLanguage) : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label: shown(territory.group!), options: [] }));
    group.options.push({ value: localize(territory.name, defaultLanguage, defaultLanguage), ...shown(territory.name) });
  }
  return [...groups.values()].filter((group) => group.options.length > 0);
}
