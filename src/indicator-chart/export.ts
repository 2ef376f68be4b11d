/**
 * The downloads: the indicator's data as CSV (export-csv.ts), the chart as a
 * standalone SVG or a PNG drawn from it (export-svg.ts), each saved under
 * the indicator's id.
 */
import { formatDate } from '../shared/format.js';
import { localize } from '../shared/feed-text.js';
import type { ChartModel } from './chart-model.js';
import { standaloneSvg } from './export-svg.js';

/** The download buttons, in order; each button's `data-format`. */
export const DOWNLOAD_FORMATS = ['csv', 'svg', 'png'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The chart as the page shows it, which the SVG and PNG files are made from. */
export interface DrawnChart {
  /** The plot's SVG. */
  plot: SVGSVGElement;
  /** The legend's swatches, one per series. */
  swatches: readonly SVGSVGElement[];
  /** The host's computed style: the page's background, text color and font. */
  style: CSSStyleDeclaration;
}

/** The chart as a standalone SVG document: title, chart, key and source. Undefined before the chart is laid out. */
export function chartSvg(model: ChartModel, drawn: DrawnChart): string | undefined {
  const { indicator, lang, defaultLanguage, strings, common, layout } = model;
  if (!layout) return undefined;
  const source = indicator.source ? `${strings.source} ${localize(indicator.source, lang, defaultLanguage)}` : '';
  const updated = indicator.updatedAt ? common.updatedOn(formatDate(indicator.updatedAt, lang, 'long')) : '';
  return standaloneSvg(drawn.plot, {
    title: localize(indicator.name, lang, defaultLanguage),
    description: model.summary,
    note: [source, updated].filter(Boolean).join('. '),
    legend: layout.series.map((series, index) => ({ swatch: drawn.swatches[index]!, label: series.label })),
    background: drawn.style.backgroundColor,
    color: drawn.style.color,
    fontFamily: drawn.style.fontFamily,
    fontSize: parseFloat(drawn.style.fontSize),
  });
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
