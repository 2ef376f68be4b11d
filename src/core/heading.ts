/**
 * Headings that fit the host page. A widget's title is an h2 by default; a
 * page that places the widget under its own h2 sets `heading-level="3"`, and
 * every heading inside follows (the title h3, its sections h4…). With
 * `hide-title`, the page shows the title itself: the widget draws none, and
 * its sections take the title's level. Levels stop at h6 (aria-level goes
 * on beyond), so a deep page never gets an invalid heading.
 */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The `heading-level` attribute as a level from 1 to 6; anything else is 2. */
export function topLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/** The level of a heading `depth` steps inside the widget: 0 is its title. */
export function levelAt(top: number, depth: number, hideTitle: boolean): number {
  return topLevel(top) + depth - (hideTitle && depth > 0 ? 1 : 0);
}

export interface HeadingOptions {
  part?: string;
  id?: string;
  class?: string;
}

/** An h1…h6 at `level`; past 6, an h6 that says its true level to screen readers. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1]!;
  // A static tag from lit/static-html.js (a literal, never a string), which the lint rules cannot read.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag}
    part=${ifDefined(options.part)}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.class)}
    aria-level=${ifDefined(level > 6 ? String(level) : undefined)}
    >${content}</${tag}
  >`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
