/**
 * Downloads: the indicator's data as CSV, and the chart as a standalone SVG
 * or a PNG drawn from that SVG.
 */
import { dimensionKeys } from '../core/derive.js';
import type { Indicator } from '../core/feed-schema.js';
import type { Lang } from '../core/i18n.js';
import { dataRows, dimensionLabel, dimensionValue, unitLabel } from './describe.js';
import { chartStrings } from './indicator-chart.strings.js';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or edge spaces; quotes doubled. Text that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so a hostile feed cannot plant formulas.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The indicator's data as CSV text (without the byte order mark): a header
 * row in the widget's language, then the baseline, every observation by
 * date with a column per dimension, and the targets. Dates stay AAAA-MM-DD
 * and numbers keep a dot for decimals, so any program reads them.
 */
export function indicatorCsv(indicator: Indicator, lang: Lang): string {
  const strings = chartStrings[lang];
  const keys = dimensionKeys(indicator);
  const unit = unitLabel(indicator, lang);
  const header = [
    strings.columns.date,
    strings.columns.kind,
    ...keys.map((key) => dimensionLabel(key, lang)),
    unit ? `${strings.columns.value} (${unit})` : strings.columns.value,
  ];
  const rows = dataRows(indicator).map((row) => [
    row.date,
    strings.rowKinds[row.kind],
    ...keys.map((key) => dimensionValue(row.dimensions, key) ?? ''),
    row.value,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A UTF-8 CSV file with a byte order mark, so spreadsheet programs read accents right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}

/** Styles copied onto each element of an exported SVG, so it looks the same without our CSS. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart as a standalone SVG document: every element carries its
 * computed presentation attributes, with a background, a title and a
 * description. Parts marked `data-export="skip"` (the focus mark) and hidden
 * parts are left out.
 */
export function standaloneSvg(
  source: SVGSVGElement,
  { title, description, background }: { title: string; description: string; background: string },
): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  for (const skipped of clone.querySelectorAll('[data-export="skip"]')) skipped.remove();
  const { width, height } = source.getBoundingClientRect();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const descriptionElement = document.createElementNS(SVG_NS, 'desc');
  descriptionElement.textContent = description;
  clone.prepend(titleElement, descriptionElement, backdrop);
  return new XMLSerializer().serializeToString(clone);
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  if (computed.display === 'none' || computed.visibility === 'hidden') {
    target.setAttribute('data-export', 'skip');
    return;
  }
  for (const property of INLINED) target.setAttribute(property, computed.getPropertyValue(property));
  for (let index = 0; index < source.children.length; index++) {
    inlineStyles(source.children[index]!, target.children[index]!);
  }
}

/**
 * Draws an SVG document on a canvas and returns it as PNG, at twice its
 * size for sharp prints. Rejects when the page forbids it: a Content
 * Security Policy whose `img-src` leaves out `blob:` makes the image fail.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** How long a download's Blob URL lives: long enough for any browser to start the download. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a Blob as a file through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, filename: string, parent: Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
