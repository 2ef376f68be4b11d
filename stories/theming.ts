/**
 * What the theming page needs at run time: the CSS of every registered
 * element (for the default value of each custom property).
 */
import '../src/all.js';
import { manifestElements } from './manifest.js';

type StyledElement = CustomElementConstructor & { elementStyles?: { cssText?: string }[] };

/** The CSS text of every element in the manifest that is registered on this page. */
export function elementStylesText(): string {
  return manifestElements()
    .flatMap((element) => (customElements.get(element.tagName!) as StyledElement | undefined)?.elementStyles ?? [])
    .map((style) => style.cssText ?? '')
    .join('\n');
}
