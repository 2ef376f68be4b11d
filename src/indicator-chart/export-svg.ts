/**
 * The chart as an image file: a standalone SVG document that looks the same
 * without our CSS, and a PNG drawn from it. Works on the chart as the page
 * shows it (computed styles), so themes and custom properties carry over.
 */
import { textWidth } from '../core/axis.js';

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

export interface SvgDocumentOptions {
  /** Written above the chart, and its `<title>`. */
  title: string;
  /** The chart's `<desc>`: the summary sentence. */
  description: string;
  /** Written below the legend: the source and the last update. */
  note: string;
  /** The series key: each series' swatch, as drawn in the legend, and its label. */
  legend: { swatch: SVGSVGElement; label: string }[];
  background: string;
  color: string;
  fontFamily: string;
  /** The widget's font size, in pixels. */
  fontSize: number;
}

type Attributes = Record<string, string | number>;

function setAttributes<Target extends Element>(element: Target, attributes: Attributes): Target {
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, String(value));
  return element;
}

/** An element of the exported document, with its attributes. */
function svgElement(name: string, attributes: Attributes, text?: string): SVGElement {
  const element = setAttributes(document.createElementNS(SVG_NS, name), attributes);
  if (text !== undefined) element.textContent = text;
  return element;
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
 * A copy of a drawn SVG whose every element carries its computed
 * presentation attributes, placed in the document by `box` (x, y, width, height).
 */
function inlinedCopy(source: SVGSVGElement, box: Attributes): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, copy);
  for (const skipped of copy.querySelectorAll('[data-export="skip"]')) skipped.remove();
  for (const attribute of ['role', 'aria-label', 'aria-hidden', 'focusable', 'class']) copy.removeAttribute(attribute);
  return setAttributes(copy, box);
}

/**
 * The chart as a standalone SVG document that looks the same without our
 * CSS: the title above, the chart (each element with its computed
 * presentation attributes), the series key and the source below, on the
 * page's background. Parts marked `data-export="skip"` (the focus mark) and
 * hidden parts are left out.
 */
export function standaloneSvg(source: SVGSVGElement, options: SvgDocumentOptions): string {
  const em = options.fontSize;
  const { width, height } = source.getBoundingClientRect();
  const text = (x: number, y: number, content: string, extra: Attributes = {}) =>
    svgElement(
      'text',
      { x, y, fill: options.color, 'font-family': options.fontFamily, 'font-size': em, ...extra },
      content,
    );

  const parts: SVGElement[] = [
    text(0, 1.25 * em, options.title, { 'font-weight': 700, 'font-size': 1.125 * em }),
    inlinedCopy(source, { x: 0, y: 2 * em, width, height }),
  ];

  // The key, in rows as wide as the chart.
  let x = 0;
  let y = 2 * em + height + em;
  for (const { swatch, label } of options.legend) {
    const room = 3 * em + textWidth(label, em);
    if (x > 0 && x + room > width) [x, y] = [0, y + 1.75 * em];
    parts.push(inlinedCopy(swatch, { x, y, width: 2.5 * em, height: em }), text(x + 3 * em, y + 0.85 * em, label));
    x += room + em;
  }
  y += options.legend.length ? 2.75 * em : em;
  parts.push(text(0, y, options.note, { 'font-size': 0.8125 * em }));

  // A margin of one em all around.
  const [outerWidth, outerHeight] = [Math.round(width + 2 * em), Math.round(y + 2 * em)];
  const content = svgElement('g', { transform: `translate(${em},${em})` });
  content.append(...parts);
  const document_ = svgElement('svg', {
    xmlns: SVG_NS,
    width: outerWidth,
    height: outerHeight,
    viewBox: `0 0 ${outerWidth} ${outerHeight}`,
  });
  document_.append(
    svgElement('title', {}, options.title),
    svgElement('desc', {}, options.description),
    svgElement('rect', { width: '100%', height: '100%', fill: options.background }),
    content,
  );
  return new XMLSerializer().serializeToString(document_);
}

/**
 * Draws an SVG document (with a width and a height) on a canvas and returns
 * it as PNG, at twice its size for sharp prints. Rejects when the page forbids it: a Content
 * Security Policy whose `img-src` leaves out `blob:` makes the image fail.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
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
