// demo/strict-csp.html: the page is served with the receiver's strict CSP
// (src/shared/csp.ts). This module checks, in the open, that every widget
// rendered its data, and shows the policy, the violations and the errors
// csp-watch.js recorded. With `?twice=1` it also loads a second copy of the
// loader, as a page whose CMS block and theme both include it would, and the
// single file with everything, which brings a second copy of Lit.
// Inside a same-origin frame it posts the result to the parent (the browser
// test in test/packaging/strict-csp.test.ts reads it).
const BUNDLE = '/dist/ogp-plan-widgets.js';
const SINGLE_FILE = '/dist/ogp-plan-widgets.all.js';
const WAIT_MS = 20000;

const report = window.ogpPageReport ?? { violations: [], errors: [] };
const params = new URLSearchParams(location.search);

/** Waits for a promise, but never past one deadline for the whole check. */
const deadline = Date.now() + WAIT_MS;
const beforeDeadline = (promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('timeout'), deadline - Date.now()))]);

/** What a person would see: the widget's data, an error box, or a spinner. */
function stateOf(element) {
  const root = element.shadowRoot;
  if (!root) return 'sin renderizar';
  if (root.querySelector('.state--error')) return 'error';
  if (root.querySelector('.state--loading')) return 'cargando';
  return root.textContent.trim().length > 0 ? 'listo' : 'vacío';
}

/** What the bundle's own maths drew: axis ticks (d3-time, d3-array) and lines (the chart's paths). */
function drawingOf(element) {
  const root = element.shadowRoot;
  const count = (selector) => root?.querySelectorAll(selector).length ?? 0;
  const lines = [...(root?.querySelectorAll('path.series__line') ?? [])].filter((path) =>
    /^M[\d.-]+,[\d.-]+L/.test(path.getAttribute('d') ?? ''),
  );
  return { timeTicks: count('.axis--x .tick'), valueTicks: count('.axis--y .tick'), lines: lines.length };
}

async function loadSecondCopy() {
  if (!params.has('twice')) return undefined;
  try {
    const first = await import(BUNDLE);
    const second = await import(`${BUNDLE}?copia=2`);
    // Another copy of Lit and of every element class: defining nothing twice, asking no second policy.
    const single = await import(SINGLE_FILE);
    // Separate module instances: the second copies really ran, next to the first.
    return { loaded: true, separate: first.preload !== second.preload && typeof single.loadFeed === 'function' };
  } catch (error) {
    report.errors.push(`segunda copia: ${error.message}`);
    return { loaded: false, separate: false };
  }
}

async function check() {
  const secondCopy = await loadSecondCopy();
  const elements = [...document.querySelectorAll('main [data-widget]')];
  const widgets = [];
  for (const element of elements) {
    const defined = await beforeDeadline(customElements.whenDefined(element.localName));
    if (defined !== 'timeout') await beforeDeadline(element.loadComplete);
    widgets.push({
      tag: element.localName,
      state: defined === 'timeout' ? 'sin definir' : stateOf(element),
      drawing: drawingOf(element),
    });
  }
  // Styles are applied as elements render: give late violations a frame to arrive.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  return {
    widgets,
    secondCopy,
    violations: [...report.violations],
    errors: [...report.errors],
    trustedTypes: typeof window.trustedTypes !== 'undefined',
  };
}

async function showPolicy() {
  const target = document.getElementById('policy');
  try {
    const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    const policy = response.headers.get('content-security-policy');
    target.textContent = policy ? policy.split(/;\s*/).join(';\n') : 'Esta página se sirvió sin cabecera CSP.';
  } catch {
    target.textContent = 'No se pudo leer la cabecera.';
  }
}

function show(result) {
  const ready = result.widgets.filter((widget) => widget.state === 'listo').length;
  const ok = ready === result.widgets.length && result.violations.length === 0 && result.errors.length === 0;
  const box = document.getElementById('check');
  box.classList.toggle('check--ok', ok);
  box.classList.toggle('check--fail', !ok);
  const lines = [
    `${ok ? '✔' : '✘'} ${ready} de ${result.widgets.length} widgets con sus datos.`,
    `Violaciones de la CSP: ${result.violations.length}. Errores: ${result.errors.length}.`,
  ];
  if (result.secondCopy) {
    lines.push(
      result.secondCopy.loaded ? 'El paquete se cargó dos veces, sin errores.' : 'La segunda copia del paquete falló.',
    );
  }
  for (const widget of result.widgets.filter((item) => item.state !== 'listo')) {
    lines.push(`<${widget.tag}>: ${widget.state}`);
  }
  for (const violation of result.violations) lines.push(`CSP ${violation.directive}: ${violation.blocked}`);
  for (const error of result.errors) lines.push(`Error: ${error}`);
  box.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
}

void showPolicy();
let result;
try {
  result = await check();
} catch (error) {
  result = { widgets: [], violations: [...report.violations], errors: [...report.errors, `comprobación: ${error}`] };
}
show(result);
if (window.parent !== window) {
  window.parent.postMessage({ type: 'ogp-strict-csp-report', result }, location.origin);
}
