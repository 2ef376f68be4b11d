/**
 * The iframe fallback's page script (dist/embed/embed.js, loaded by
 * demo/embed.html): reads the query string, renders one widget, reports the
 * page's height to the parent and adds the "Fuente: …" line. Everything from
 * the URL is checked: the widget against the registry's names, `src` must be
 * relative or http(s), and only each widget's known parameters become
 * attributes.
 *
 * It imports the CDN files that sit beside it in dist/, not the npm modules,
 * so a host serves dist/ as it is and needs no build of its own: the loader
 * (which defines the widget it inserts) and the core API, whose feed cache
 * the widget shares with the source line.
 */
import '../ogp-plan-widgets.js';
import {
  baseLanguage,
  feedLanguage,
  loadFeed,
  localeOf,
  localize,
  normalizeLang,
  safeHref,
  textLang,
} from '../ogp-plan-widgets.api.js';
import type { Lang } from '../ogp-plan-widgets.api.js';
import { listFormat } from '../shared/intl.js';
import { EMBED_COMMON_PARAMS, WIDGETS, widgetNamed } from '../shared/widgets.js';

/** The registry's names, as a list a person reads: "a, b o c". */
const widgetList = (lang: Lang) =>
  listFormat(localeOf(lang), { type: 'disjunction' }).format(WIDGETS.map((widget) => widget.name));

const STRINGS = {
  es: {
    source: 'Fuente: ',
    newTab: ' (se abre en una pestaña nueva)',
    unknownWidget: (name: string) => `No hay un widget llamado «${name}». Use ${widgetList('es')}.`,
    noWidget: 'Falta el parámetro widget en la dirección de esta inserción.',
    badSource: 'La dirección del feed (parámetro src) no es válida: debe empezar por https:// o ser relativa.',
    title: 'Plan de gobierno abierto',
  },
  en: {
    source: 'Source: ',
    newTab: ' (opens in a new tab)',
    unknownWidget: (name: string) => `There is no widget called “${name}”. Use ${widgetList('en')}.`,
    noWidget: 'The widget parameter is missing from this embed’s address.',
    badSource: 'The feed address (src parameter) is not valid: it must start with https:// or be relative.',
    title: 'Open government plan',
  },
  fr: {
    source: 'Source\u00a0: ',
    newTab: ' (s’ouvre dans un nouvel onglet)',
    unknownWidget: (name: string) =>
      `Il n’existe pas de widget nommé «\u00a0${name}\u00a0». Utilisez ${widgetList('fr')}.`,
    noWidget: 'Le paramètre widget manque dans l’adresse de cette intégration.',
    badSource:
      'L’adresse du flux (paramètre src) n’est pas valide\u00a0: elle doit commencer par https:// ou être relative.',
    title: 'Plan de gouvernement ouvert',
  },
};

const params = new URLSearchParams(location.search);
const lang = normalizeLang(params.get('lang'));
/** The page's own words: in its language when the embed has it, else in Spanish. */
const strings = (STRINGS as Record<Lang, (typeof STRINGS)['es'] | undefined>)[baseLanguage(lang)] ?? STRINGS.es;
document.documentElement.lang = lang;
document.title = strings.title;

/** An id for the parent to tell its embeds apart: short, plain characters only. */
const embedId = /^[\w.:-]{1,100}$/.test(params.get('id') ?? '') ? params.get('id') : '';

/** The page's element with this id; embed.html always has it. */
const byId = (id: string) => document.getElementById(id)!;

/** A feed address the embed accepts: relative, or absolute http(s). */
function isFeedUrl(value: string, base: string): boolean {
  if (value.trim() === '') return false;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function reportHeight(): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // Only a height and the id the parent gave: nothing here is private, so any parent may read it.
    window.parent.postMessage({ type: 'ogp-embed-height', height, id: embedId }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function showError(message: string): void {
  const box = document.createElement('p');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  byId('embed').replaceChildren(box);
}

/** "Fuente: <plan title>", linked to the plan's page when the feed gives a safe http(s) one. */
async function showSource(src: string): Promise<void> {
  const result = await loadFeed(src);
  if (!result.ok) return;
  const plan = result.feed.plan;
  const line = byId('source');
  const title = localize(plan.title, lang, feedLanguage(plan));
  // The title keeps its own language when the feed has none of the page's.
  const titleLang = textLang(plan.title, lang, feedLanguage(plan));
  const href = safeHref(plan.links?.planPage);
  if (href && /^https?:/i.test(href)) {
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = title;
    if (titleLang !== lang) link.lang = titleLang;
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = strings.newTab;
    link.append(hint);
    line.replaceChildren(strings.source, link);
  } else {
    const text = document.createElement('span');
    text.textContent = title;
    if (titleLang !== lang) text.lang = titleLang;
    line.replaceChildren(strings.source, text);
  }
  line.hidden = false;
}

function render(): void {
  const name = params.get('widget');
  const widget = widgetNamed(name);
  if (!widget) return showError(name ? strings.unknownWidget(name) : strings.noWidget);
  const src = params.get('src') ?? '';
  if (!isFeedUrl(src, location.href)) return showError(strings.badSource);

  const element = document.createElement(widget.tag);
  for (const param of [...EMBED_COMMON_PARAMS, ...widget.embedParams]) {
    const value = params.get(param);
    if (value !== null && value !== '') element.setAttribute(param, value);
  }
  // While loading, a widget reserves up to one screen (100vh); this frame grows with its content, so 100vh would
  // grow with the box, report after report: one screen here is the frame's height as the page first gave it.
  element.style.setProperty('--_ogp-screen', `${innerHeight}px`);
  byId('embed').replaceChildren(element);
  void showSource(src);
}

render();
reportHeight();
