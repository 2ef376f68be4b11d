/// <reference types="vite/client" />
/**
 * custom-elements.json for Storybook: the preview hands it to the controls
 * and docs, and the theming page builds its tables from it. `npm run analyze`
 * writes it (the storybook scripts run it first); it is not checked in, so it
 * is read through Vite's glob import, which is empty, not an error, when the
 * file is missing.
 */

export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}

export interface ManifestElement {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  customElement?: boolean;
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  events?: ManifestItem[];
  attributes?: ManifestItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestElement[] }[];
}

const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });

export const manifest: Manifest | undefined = Object.values(found)[0];

/** Every element with a tag, in the order of the modules. */
export function manifestElements(source: Manifest | undefined = manifest): ManifestElement[] {
  return (source?.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('ogp-'));
}

export interface TokenRow {
  name: string;
  description: string;
  fallback: string;
  tags: string[];
}

/** The first fallback of `var(<name>, …)` in some CSS text, balanced parentheses included. */
export function fallbackOf(css: string, name: string): string {
  const start = css.indexOf(`var(${name},`);
  if (start < 0) return '';
  let depth = 1;
  let index = start + name.length + 5;
  const from = index;
  while (index < css.length && depth > 0) {
    if (css[index] === '(') depth += 1;
    if (css[index] === ')') depth -= 1;
    index += 1;
  }
  return css.slice(from, index - 1).trim();
}

/** The custom properties of every element, merged: one row per property. */
export function tokenRows(styles = '', source: Manifest | undefined = manifest): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const element of manifestElements(source)) {
    for (const property of element.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        fallback: property.default ?? fallbackOf(styles, property.name),
        tags: [],
      };
      row.tags.push(element.tagName!);
      rows.set(property.name, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}
