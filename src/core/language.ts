/**
 * Which language a widget speaks: found in the page, so it lives on the
 * browser side; the languages themselves are in shared/i18n.ts.
 */
import { type Lang, normalizeLang } from '../shared/i18n.js';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a widget inside another component still finds
 * the page's language), else Spanish.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return normalizeLang(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'es';
}
