/**
 * The chart's drawing: pure functions from a layout (see chart-layout.ts) to
 * `svg` templates (axes, reference lines, series, the latest value, the
 * focus mark, the legend's swatches) and to the tooltip beside a point.
 * D3 did the maths; Lit renders.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { bottomAxis, leftAxis } from '../core/axis.js';
import { styleMap } from '../core/style-map.js';
import { formatDate } from '../shared/format.js';
import {
  type ChartLayout,
  markerPath,
  type PlottedReference,
  type PlottedSeries,
  type PointRef,
  referenceMarker,
} from './chart-layout.js';
import type { ChartModel } from './chart-model.js';
import { valueText } from './describe.js';
import type { ChartType } from './indicator-chart.strings.js';

/** Axes, reference lines, series and the latest value: everything that depends on the data and the size only. */
export function renderGeometry(layout: ChartLayout, type: ChartType): SVGTemplateResult {
  return svg`${leftAxis(layout.yTicks, layout.plotWidth)}
    ${bottomAxis(layout.xTicks, layout.plotHeight, layout.plotWidth)}
    ${layout.references.map((reference) => renderReference(reference, layout))}
    ${layout.series.map((series) => renderSeries(series, layout, type))}
    ${layout.references.map((reference) => renderReferenceLabel(reference, layout))}
    ${renderCallout(layout)}`;
}

function renderReference(reference: PlottedReference, layout: ChartLayout): SVGTemplateResult {
  return svg`<g
    class="reference reference--${reference.kind}"
    data-kind=${reference.kind}
    data-value=${reference.value}
    data-date=${reference.date}
  >
    <line class="reference__line" x1="0" x2=${layout.plotWidth} y1=${reference.y} y2=${reference.y}></line>
    <path
      class="reference__mark"
      transform="translate(${reference.x},${reference.y})"
      d=${referenceMarker(reference.kind, layout.em)}
    ></path>
  </g>`;
}

function renderReferenceLabel(reference: PlottedReference, layout: ChartLayout): SVGTemplateResult {
  return svg`<text
    class="reference__label reference--${reference.kind}"
    x=${layout.plotWidth}
    y=${reference.labelY}
    text-anchor="end"
  >${reference.label}</text>`;
}

function renderSeries(series: PlottedSeries, layout: ChartLayout, type: ChartType): SVGTemplateResult {
  const dash = series.style.dash || nothing;
  const half = layout.barWidth / 2;
  const marker = markerPath(series.style.marker, layout.em);
  return svg`<g class="series s${series.style.color}" data-series=${series.label} data-count=${series.points.length}>
    ${
      type === 'line'
        ? svg`<path class="series__line" d=${series.path} stroke-dasharray=${dash}></path>`
        : series.drawn.map(
            (point) =>
              svg`<rect
                class="series__bar"
                x=${point.x - half}
                y=${Math.min(point.y, layout.zeroY)}
                width=${layout.barWidth}
                height=${Math.abs(layout.zeroY - point.y)}
                stroke-dasharray=${dash}
              ></rect>`,
          )
    }
    ${
      series.markers
        ? series.drawn.map(
            (point) =>
              svg`<path class="series__marker" d=${marker} transform="translate(${point.x},${point.y})"></path>`,
          )
        : nothing
    }
  </g>`;
}

/** The latest total value, marked and written next to its point. */
function renderCallout(layout: ChartLayout): SVGTemplateResult | typeof nothing {
  const { callout } = layout;
  if (!callout) return nothing;
  return svg`<g class="callout s${layout.series[0]!.style.color}">
    <circle class="callout__dot" cx=${callout.x} cy=${callout.y} r=${0.4 * layout.em}></circle>
    <text class="callout__label" x=${callout.labelX} y=${callout.labelY} text-anchor=${callout.anchor}
      >${callout.label}</text
    >
  </g>`;
}

/** A series' line or bar and its marker, as the legend shows it. */
export function renderSwatch(series: PlottedSeries, type: ChartType): TemplateResult {
  const dash = series.style.dash || nothing;
  return html`<svg class="swatch s${series.style.color}" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
    ${
      type === 'bar'
        ? svg`<rect class="series__bar" x="8" y="2" width="24" height="12" stroke-dasharray=${dash}></rect>`
        : svg`<line class="series__line" x1="0" x2="40" y1="8" y2="8" stroke-dasharray=${dash}></line>`
    }
    <path class="series__marker" transform="translate(20,8)" d=${markerPath(series.style.marker, 12)}></path>
  </svg>`;
}

const pointAt = (layout: ChartLayout, at: PointRef | undefined) => at && layout.series[at.series]?.points[at.index];

/** A ring on the point the keyboard or the pointer is on, and a rule down to the time axis; never exported. */
export function renderFocusMark(layout: ChartLayout, at: PointRef | undefined): SVGTemplateResult | typeof nothing {
  const point = pointAt(layout, at);
  if (!point) return nothing;
  return svg`<g class="focus-mark" data-export="skip" transform="translate(${point.x},${point.y})">
    <line class="focus-mark__rule" y1=${-point.y} y2=${layout.plotHeight - point.y}></line>
    <circle class="focus-mark__ring" r=${0.65 * layout.em}></circle>
  </g>`;
}

/**
 * A point's value and date, in a box over the plot (hidden from screen
 * readers, which hear the announcement). The tooltip sits beside its point,
 * never on it: below points in the upper half, above the others, and toward
 * the middle near the edges.
 */
export function renderTooltip(
  { indicator, lang, defaultLanguage }: ChartModel,
  layout: ChartLayout,
  at: PointRef | undefined,
): TemplateResult | typeof nothing {
  const series = at && layout.series[at.series];
  const point = at && series?.points[at.index];
  if (!series || !point) return nothing;
  const x = layout.margin.left + point.x;
  const y = layout.margin.top + point.y;
  const gap = 0.75 * layout.em;
  const position: Record<string, string> = {};
  if (point.y < layout.plotHeight / 2) position.top = `${y + gap}px`;
  else position.bottom = `${layout.height - y + gap}px`;
  if (x < layout.width / 3) position.left = `${Math.max(0, x - gap)}px`;
  else if (x > (layout.width * 2) / 3) position.right = `${Math.max(0, layout.width - x - gap)}px`;
  else Object.assign(position, { left: `${x}px`, transform: 'translateX(-50%)' });
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" style=${styleMap(position)}>
    ${layout.series.length > 1 ? html`<span>${series.label}</span>` : nothing}
    <span class="tooltip__value">${valueText(point.observation.value, indicator, lang, defaultLanguage)}</span>
    <span class="tooltip__date">${formatDate(point.observation.date, lang, 'long')}</span>
  </div>`;
}
