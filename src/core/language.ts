/**
 * Which language a widget speaks: found in the page, so it lives on the
 * browser side; the languages themselves are in shared/i18n.ts.
 */
import { DEFAULT_LANG, type Lang, normalizeLang } from '../shared/i18n.js';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a widget inside another component still finds
 * the page's language), else Spanish; as a canonical BCP 47 tag ("es-CO").
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
  return DEFAULT_LANG;
}

interface Updatable {
  requestUpdate(): void;
}

/** Widgets on the page, updated when any `lang` attribute in the document changes. */
const watching = new Set<Updatable>();
let langObserver: MutationObserver | undefined;

/** Updates `widget` whenever a `lang` attribute changes anywhere in the document, until `unwatchLang`. */
export function watchLang(widget: Updatable): void {
  watching.add(widget);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const each of watching) each.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLang(widget: Updatable): void {
  watching.delete(widget);
  if (watching.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/** Updates every widget on the page: a language pack or an override arrived. */
export function updateWidgets(): void {
  for (const each of watching) each.requestUpdate();
}
