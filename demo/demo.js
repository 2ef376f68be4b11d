// The gallery (demo/index.html): under each widget, the code to paste and a
// button that copies it; the page in Spanish or English. No inline script or
// style, like every demo page. Titles and the iframe's parameters come from
// the widget registry (src/shared/widgets.ts), as tsc compiles it into dist/.
import { EMBED_COMMON_PARAMS, RESERVE_STYLE, widgetNamed } from '/dist/shared/widgets.js';

const STRINGS = {
  es: {
    skip: 'Saltar al contenido',
    switch: 'Read in English',
    cspLink: 'Los widgets con una CSP estricta',
    anotherCity: 'Otra ciudad, en francés (ejemplo)',
    title: 'Widgets del plan de gobierno abierto',
    lead:
      'Cinco piezas para mostrar en cualquier página web cómo avanza un plan de acción de gobierno abierto. ' +
      'Todas leen el mismo archivo del plan (el feed). Aquí se ven con el plan de ejemplo de Medellín.',
    startTitle: 'Para empezar: un script, una vez por página',
    startText:
      'Pegue esta línea una vez en la página (o en la plantilla del sitio). Después, cada widget es una etiqueta. ' +
      'La versión está fijada, y la página descarga solo el código de los widgets que muestra.',
    codeScript: 'Código del script',
    copy: 'Copiar',
    copyScript: 'el código del script',
    copyTag: (title) => `el código de «${title}»`,
    copyFrame: (title) => `el código del iframe de «${title}»`,
    codeTag: (title) => `Código de «${title}»`,
    codeFrame: (title) => `Código del iframe de «${title}»`,
    frameSummary: '¿El sitio no admite scripts? Use un iframe',
    frameText:
      'Para gestores de contenido que quitan los scripts: el widget dentro de un iframe, a todo el ancho. ' +
      'Si el sitio admite un script, embed-resizer.js ajusta la altura del iframe a su contenido.',
    copied: 'Código copiado.',
    selected: 'El código quedó seleccionado: pulse Ctrl+C (o Cmd+C) para copiarlo.',
    planOverviewText:
      'El plan de un vistazo: cuántos compromisos e hitos hay, cuánto se ha avanzado, qué está vencido. ' +
      'Con búsqueda y filtros por pilar, estado y responsable.',
    commitmentText:
      'Un compromiso completo: el problema, qué se hará, quién lo hace, sus hitos con evidencias, sus indicadores y ' +
      'la evaluación independiente. Se elige con commitment-id.',
    indicatorChartText:
      'Cómo cambia un indicador frente a su línea base y su meta. También se lee como tabla, se describe en ' +
      'palabras y se descarga. Se elige con indicator-id.',
    milestoneTimelineText:
      'Los hitos del plan en el tiempo, con el día de hoy marcado y los vencidos a la vista. Con commitment-id ' +
      'muestra solo los de un compromiso.',
    feedbackFormText:
      'El formulario permanente para comentarios, preguntas y aportes sobre el plan. Envía a la dirección que dice ' +
      'el feed y guarda el mensaje si no hay conexión.',
    feedbackAnswersText:
      'Las preguntas que el equipo respondió y publicó, con un buscador, y la consulta «¿Ya respondieron mi ' +
      'pregunta?» con la referencia que recibió quien escribió. Lee dónde están las respuestas en el feed.',
    footer:
      'Datos de ejemplo: el periodo, las instituciones y los pilares vienen del plan publicado de Medellín; los ' +
      'compromisos, hitos y cifras son inventados.',
    pageTitle: 'Widgets del plan de gobierno abierto · ogp-plan-widgets',
  },
  en: {
    skip: 'Skip to content',
    switch: 'Leer en español',
    cspLink: 'The widgets under a strict CSP',
    anotherCity: 'Another city, in French (sample)',
    title: 'Open government plan widgets',
    lead:
      'Five pieces that show, on any web page, how an open government action plan is going. They all read the ' +
      'same plan file (the feed). Here they show Medellín’s sample plan.',
    startTitle: 'To start: one script, once per page',
    startText:
      'Paste this line once in the page (or in the site’s template). Then each widget is one tag. The version is ' +
      'pinned, and the page downloads only the code of the widgets it shows.',
    codeScript: 'Script code',
    copy: 'Copy',
    copyScript: 'the script code',
    copyTag: (title) => `the code of “${title}”`,
    copyFrame: (title) => `the iframe code of “${title}”`,
    codeTag: (title) => `Code of “${title}”`,
    codeFrame: (title) => `Iframe code of “${title}”`,
    frameSummary: 'The site does not allow scripts? Use an iframe',
    frameText:
      'For content systems that strip scripts: the widget inside an iframe, full width. If the site allows one ' +
      'script, embed-resizer.js fits the iframe’s height to its content.',
    copied: 'Code copied.',
    selected: 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.',
    planOverviewText:
      'The plan at a glance: how many commitments and milestones, how far along, what is overdue. With search and ' +
      'filters by pillar, status and lead.',
    commitmentText:
      'One commitment in full: the problem, what will be done, who does it, its milestones with evidence, its ' +
      'indicators and the independent assessment. Chosen with commitment-id.',
    indicatorChartText:
      'How an indicator changes against its baseline and target. It can also be read as a table, described in ' +
      'words and downloaded. Chosen with indicator-id.',
    milestoneTimelineText:
      'The plan’s milestones over time, with today marked and overdue ones in sight. With commitment-id it shows ' +
      'one commitment’s milestones only.',
    feedbackFormText:
      'The permanent form for comments, questions and contributions on the plan. It sends to the address the feed ' +
      'gives and keeps the message if there is no connection.',
    feedbackAnswersText:
      'The questions the staff answered and published, with a search field, and “Has my question been answered?” ' +
      'with the reference the person who wrote got. Where the answers are comes from the feed.',
    footer:
      'Sample data: the period, institutions and pillars come from Medellín’s published plan; the commitments, ' +
      'milestones and figures are made up.',
    pageTitle: 'Open government plan widgets · ogp-plan-widgets',
  },
};

const PINNED_FALLBACK = { url: new URL('/dist/ogp-plan-widgets.js', location.href).href };

let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'es';
let bundle = PINNED_FALLBACK;

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<script type="module" …>` for the loader of this version, and the line of style that keeps each element's
 * space until its code and data arrive (inline, so it holds from the first paint). No integrity: it would cover the loader only, not the chunks it loads (the
 * README says when to pin the single file, ogp-plan-widgets.all.js, instead).
 */
function scriptSnippet() {
  return `<script type="module" src="${bundle.url}"></script>\n<style>${RESERVE_STYLE}</style>`;
}

/**
 * The widget's tag as a host page would write it: its attributes, with the feed's full address, and the height
 * it has here as `--ogp-loading-height`, the space it keeps from the first paint to its data (with the
 * line of style of the script snippet), as Datawrapper's embed codes carry a height. Filled again once the widget
 * has its data: the number changes, not the number of lines, so the gallery itself does not jump.
 */
function tagSnippet(element) {
  const attributes = [...element.attributes]
    .filter((attribute) => !['lang', 'style'].includes(attribute.name) && !attribute.name.startsWith('data-'))
    .map((attribute) => {
      const value = attribute.name === 'src' ? new URL(attribute.value, location.href).href : attribute.value;
      return `\n  ${attribute.name}="${escapeAttribute(value)}"`;
    })
    .join('');
  const height = Math.ceil(element.getBoundingClientRect().height);
  return `<${element.localName}${attributes}\n  style="--ogp-loading-height: ${height}px"\n></${element.localName}>`;
}

/** The iframe fallback for the same widget, through embed.html. */
function frameSnippet(name, element) {
  const url = new URL('embed.html', location.href);
  url.searchParams.set('widget', name);
  for (const param of [...EMBED_COMMON_PARAMS, ...widgetNamed(name).embedParams]) {
    const value = element.getAttribute(param);
    if (value) url.searchParams.set(param, param === 'src' ? new URL(value, location.href).href : value);
  }
  url.searchParams.set('lang', lang);
  url.searchParams.set('id', name);
  const title = widgetNamed(name).title[lang];
  return [
    `<iframe src="${escapeAttribute(url.href)}"`,
    `  title="${escapeAttribute(title)}" width="100%" height="800" loading="lazy"`,
    `  data-ogp-embed></iframe>`,
    `<script src="${new URL('/dist/embed/embed-resizer.js', location.href).href}" defer></script>`,
  ].join('\n');
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A snippet block: heading, copy button with its context for screen readers, status, code. */
function snippetBlock(key, heading, copyContext) {
  const headingId = `code-${key}`;
  return element(
    'div',
    { class: 'snippet', 'data-snippet': key },
    element(
      'div',
      { class: 'snippet__header' },
      element('h3', { id: headingId, 'data-label': 'heading' }, heading),
      element(
        'div',
        { class: 'snippet__actions' },
        element(
          'button',
          { type: 'button', 'data-copy': key },
          element('span', { 'data-label': 'copy' }, STRINGS[lang].copy),
          ' ',
          element('span', { class: 'visually-hidden', 'data-label': 'context' }, copyContext),
        ),
        element('span', { role: 'status', 'data-copy-status': key }),
      ),
    ),
    element(
      'pre',
      { tabindex: '0', role: 'group', 'aria-labelledby': headingId },
      element('code', { 'data-code': key }),
    ),
  );
}

function buildSnippets() {
  for (const section of document.querySelectorAll('[data-widget-name]')) {
    const name = section.dataset.widgetName;
    if (section.querySelector('.snippet')) continue;
    const strings = STRINGS[lang];
    const title = widgetNamed(name).title[lang];
    const tagBlock = snippetBlock(name, strings.codeTag(title), strings.copyTag(title));
    const frameBlock = snippetBlock(`${name}-iframe`, strings.codeFrame(title), strings.copyFrame(title));
    const details = element(
      'details',
      { class: 'snippet-frame' },
      element('summary', { 'data-i18n': 'frameSummary' }, strings.frameSummary),
      element('p', { 'data-i18n': 'frameText' }, strings.frameText),
      frameBlock,
    );
    section.append(tagBlock, details);
  }
}

/** Fills every snippet for the current language and bundle. */
function fillSnippets() {
  const strings = STRINGS[lang];
  document.querySelector('[data-code="script"]').textContent = scriptSnippet();
  for (const section of document.querySelectorAll('[data-widget-name]')) {
    const name = section.dataset.widgetName;
    const widget = section.querySelector(widgetNamed(name).tag);
    const title = widgetNamed(name).title[lang];
    section.querySelector(`[data-code="${name}"]`).textContent = tagSnippet(widget);
    section.querySelector(`[data-code="${name}-iframe"]`).textContent = frameSnippet(name, widget);
    const [tagBlock, frameBlock] = section.querySelectorAll('.snippet');
    tagBlock.querySelector('[data-label="heading"]').textContent = strings.codeTag(title);
    tagBlock.querySelector('[data-label="context"]').textContent = strings.copyTag(title);
    frameBlock.querySelector('[data-label="heading"]').textContent = strings.codeFrame(title);
    frameBlock.querySelector('[data-label="context"]').textContent = strings.copyFrame(title);
  }
  for (const label of document.querySelectorAll('[data-label="copy"]')) label.textContent = strings.copy;
}

/** Applies the language to the page, to the widgets (through `lang` on <html>) and to the snippets. */
function applyLanguage() {
  const strings = STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = strings.pageTitle;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = strings[node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
  }
  for (const section of document.querySelectorAll('[data-widget-name]')) {
    section.querySelector('[data-widget-title]').textContent = widgetNamed(section.dataset.widgetName).title[lang];
  }
  const toggle = document.getElementById('language');
  toggle.lang = lang === 'es' ? 'en' : 'es';
  fillSnippets();
}

/** Copies with the Clipboard API; without it (an http page, an old browser) selects the code instead. */
async function copy(key) {
  const code = document.querySelector(`[data-code="${key}"]`);
  const status = document.querySelector(`[data-copy-status="${key}"]`);
  const strings = STRINGS[lang];
  let message = strings.copied;
  try {
    await navigator.clipboard.writeText(code.textContent);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // execCommand is deprecated, but it is the only way left where the Clipboard API is missing.
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    if (!copied) message = strings.selected;
  }
  // Cleared first, so the same message is announced again on a second copy.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
  clearTimeout(status.clearTimer);
  status.clearTimer = setTimeout(() => {
    status.textContent = '';
  }, 6000);
}

async function loadBundleInfo() {
  try {
    const response = await fetch('/dist/bundle-info.json', { cache: 'no-store' });
    if (response.ok) bundle = await response.json();
  } catch {
    bundle = PINNED_FALLBACK;
  }
}

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-copy]');
  if (button) void copy(button.dataset.copy);
});

document.getElementById('language').addEventListener('click', () => {
  lang = lang === 'es' ? 'en' : 'es';
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(history.state, '', url);
  applyLanguage();
});

buildSnippets();
applyLanguage();
await loadBundleInfo();
fillSnippets();
// The heights in the tags' snippets, once every widget shows its data.
await Promise.all([...document.querySelectorAll('[data-widget-name] > *')].map((node) => node.loadComplete));
fillSnippets();
