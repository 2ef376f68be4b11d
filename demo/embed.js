// embed.html: reads the query string, renders one widget, reports the page's
// height to the parent and adds the "Fuente: …" line. Everything from the URL
// is checked: the widget against the five names, `src` must be relative or
// http(s), and only each widget's known parameters become attributes.
import { loadFeed, localize, normalizeLang, safeHref } from '/dist/ogp-plan-widgets.js';
import { COMMON_PARAMS, isFeedUrl, widgetNamed } from './widgets.js';

const STRINGS = {
  es: {
    source: 'Fuente: ',
    newTab: ' (se abre en una pestaña nueva)',
    unknownWidget: (name) =>
      `No hay un widget llamado «${name}». Use plan-overview, commitment, indicator-chart, milestone-timeline o feedback-form.`,
    noWidget: 'Falta el parámetro widget en la dirección de esta inserción.',
    badSource: 'La dirección del feed (parámetro src) no es válida: debe empezar por https:// o ser relativa.',
    title: 'Plan de gobierno abierto',
  },
  en: {
    source: 'Source: ',
    newTab: ' (opens in a new tab)',
    unknownWidget: (name) =>
      `There is no widget called “${name}”. Use plan-overview, commitment, indicator-chart, milestone-timeline or feedback-form.`,
    noWidget: 'The widget parameter is missing from this embed’s address.',
    badSource: 'The feed address (src parameter) is not valid: it must start with https:// or be relative.',
    title: 'Open government plan',
  },
};

const params = new URLSearchParams(location.search);
const lang = normalizeLang(params.get('lang'));
const strings = STRINGS[lang];
document.documentElement.lang = lang;
document.title = strings.title;

/** An id for the parent to tell its embeds apart: short, plain characters only. */
const embedId = /^[\w.:-]{1,100}$/.test(params.get('id') ?? '') ? params.get('id') : '';

function reportHeight() {
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

function showError(message) {
  const box = document.createElement('p');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  document.getElementById('embed').replaceChildren(box);
}

/** "Fuente: <plan title>", linked to the plan's page when the feed gives a safe http(s) one. */
async function showSource(src) {
  const result = await loadFeed(src);
  if (!result.ok) return;
  const plan = result.feed.plan;
  const line = document.getElementById('source');
  const title = localize(plan.title, lang);
  const href = safeHref(plan.links?.planPage);
  if (href && /^https?:/i.test(href)) {
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = title;
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = strings.newTab;
    link.append(hint);
    line.replaceChildren(strings.source, link);
  } else {
    line.replaceChildren(strings.source + title);
  }
  line.hidden = false;
}

function render() {
  const name = params.get('widget');
  const widget = widgetNamed(name);
  if (!widget) return showError(name ? strings.unknownWidget(name) : strings.noWidget);
  const src = params.get('src') ?? '';
  if (!isFeedUrl(src, location.href)) return showError(strings.badSource);

  const element = document.createElement(widget.tag);
  for (const param of [...COMMON_PARAMS, ...widget.params]) {
    const value = params.get(param);
    if (value !== null && value !== '') element.setAttribute(param, value);
  }
  document.getElementById('embed').replaceChildren(element);
  void showSource(src);
}

render();
reportHeight();
