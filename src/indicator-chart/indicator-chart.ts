import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from '../core/style-map.js';
import { bottomAxis, leftAxis } from '../core/axis.js';
import {
  dimensionKeys,
  splitDimensions,
  findIndicator,
  indicatorProgress,
  type IndicatorProgress,
  seriesByDimension,
  targetsByDate,
  totalSeries,
} from '../shared/derive.js';
import type { Indicator, PlanFeed } from '../shared/feed-schema.js';
import { formatDate, formatValue } from '../shared/format.js';
import { type Lang, localize, textLang } from '../shared/i18n.js';
import { stepIndex } from '../core/keyboard.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { SizeController } from '../core/size-controller.js';
import { errorState } from '../core/states.js';
import { statusStyles } from '../core/styles.js';
import { renderLink, renderProgress, renderSampleNotice, renderText, statusIcon } from '../core/templates.js';
import {
  type ChartLayout,
  layoutChart,
  markerPath,
  nearestPoint,
  type PlottedReference,
  type PlottedSeries,
  pointInSeries,
  type PointRef,
  referenceMarker,
  type ReferenceInput,
  type SeriesInput,
  timeObservations,
} from './chart-layout.js';
import {
  axisFormat,
  columnNames,
  dataRows,
  dimensionLabel,
  dimensionValue,
  summaryText,
  valueText,
} from './describe.js';
import { csvBlob, downloadBlob, indicatorCsv, standaloneSvg, svgToPng } from './export.js';
import { indicatorChartStyles } from './indicator-chart.styles.js';
import { type ChartStrings, chartStrings, type ChartType } from './indicator-chart.strings.js';

/** What the chart shows of an indicator in a language and a view, whatever its size. */
interface ChartData {
  indicator: Indicator;
  lang: Lang;
  strings: ChartStrings;
  /** The dimension key shown, or '' for the total. */
  dimension: string;
  /** Every dimension of the observations, for the table's columns. */
  keys: string[];
  /** The dimensions the chart can be split by (see `splitDimensions`). */
  splits: string[];
  series: SeriesInput[];
  references: ReferenceInput[];
  /** The latest total value, written beside its point; none when series are by dimension. */
  latestLabel?: string;
  progress: IndicatorProgress;
  summary: string;
}

/** The data drawn at a size, in a chart type. */
interface ChartModel extends ChartData {
  type: ChartType;
  /** Undefined until the plot's box has been measured. */
  layout?: ChartLayout;
}

/** Keeps the last result until one of its inputs changes. */
function memo<Inputs extends readonly unknown[], Result>(compute: (...inputs: Inputs) => Result) {
  let last: { inputs: Inputs; result: Result } | undefined;
  return (...inputs: Inputs): Result => {
    if (!last || inputs.some((input, index) => input !== last!.inputs[index]))
      last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}

function chartData(indicator: Indicator, lang: Lang, dimension: string, keys: string[], splits: string[]): ChartData {
  const strings = chartStrings[lang];
  const value = (number: number) => valueText(number, indicator, lang);
  const series: SeriesInput[] = dimension
    ? [...seriesByDimension(indicator, dimension)].map(([label, observations]) => ({
        label,
        observations: timeObservations(observations),
      }))
    : [{ label: strings.total, observations: timeObservations(totalSeries(indicator)) }];
  // The baseline and targets are the total's: they are drawn with the total only.
  const references: ReferenceInput[] = dimension
    ? []
    : [
        {
          kind: 'baseline',
          date: indicator.baseline.date,
          value: indicator.baseline.value,
          label: strings.baselineLabel(value(indicator.baseline.value)),
        },
        ...targetsByDate(indicator).map(({ date, value: target }): ReferenceInput => ({
          kind: 'target',
          date,
          value: target,
          label: strings.targetLabel(value(target), formatDate(date, lang, 'month')),
        })),
      ];
  const latest = dimension ? undefined : series[0]!.observations.at(-1)?.observation;
  return {
    indicator,
    lang,
    strings,
    dimension,
    keys,
    splits,
    series,
    references,
    latestLabel: latest && value(latest.value),
    progress: indicatorProgress(indicator),
    summary: summaryText(indicator, lang),
  };
}

const sameRef = (a: PointRef | undefined, b: PointRef | undefined) => a?.series === b?.series && a?.index === b?.index;

/**
 * An indicator over time: its observations as a line or bars, the baseline
 * and each target as labelled reference lines, the latest value, the
 * progress toward the final target, and a plain-language summary. Where
 * observations carry dimensions (sex, age group, territory…), the legend
 * switches to one series per value.
 *
 * The plot is one tab stop: the arrow keys, Home, End, Page Up and Page Down
 * walk every observation of a series (never only the drawn ones: long
 * series are thinned for drawing, but the keyboard, the table and the CSV
 * keep every value); up and down change series. Each step is announced.
 * "Ver tabla de datos" shows the values as a table; the data downloads as
 * CSV and the chart as SVG or PNG.
 *
 * Geometry, for tests and for styling: inside `svg g.plot-area`, each value
 * tick is `g.tick[data-value]` translated to its y; each reference line is
 * `g.reference[data-kind="baseline"|"target"][data-value][data-date]` with a
 * `line.reference__line`; each series is `g.series[data-series][data-count]`
 * with a `path.series__line` (line) or `rect.series__bar`s (bars), and
 * `path.series__marker`s when points are few enough to mark.
 *
 * @summary An indicator's progress over time, in a chart you can see, read, hear and download.
 * @tag ogp-indicator-chart
 *
 * @csspart base - The figure around the whole chart.
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart title - The indicator's name.
 * @csspart summary - The plain-language summary sentence.
 * @csspart figures - The latest value and the progress toward the target.
 * @csspart progress - The progress bar.
 * @csspart legend - The series key and, with dimensions, the control that chooses them.
 * @csspart plot - The plot (the SVG and its tooltip); the keyboard's one tab stop.
 * @csspart tooltip - The tooltip of the point under the pointer or the keyboard.
 * @csspart source - Source and last update.
 * @csspart link - The source's link.
 * @csspart actions - The table and download buttons.
 * @csspart table-toggle - The "Ver tabla de datos" button.
 * @csspart download - Each download button.
 * @csspart table - The data table's scrolling box.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-chart-height - Height of the plot. Default 18em.
 * @cssprop --ogp-chart-series-1 - Color of the first series (the total). Default #0072b2.
 * @cssprop --ogp-chart-series-2 - Color of the second series. Default #d55e00.
 * @cssprop --ogp-chart-series-3 - Color of the third series. Default #009e73.
 * @cssprop --ogp-chart-series-4 - Color of the fourth series. Default #cc79a7.
 * @cssprop --ogp-chart-series-5 - Color of the fifth series. Default: the text color.
 * @cssprop --ogp-chart-series-6 - Color of the sixth series (later series reuse the six with other markers). Default #9e6a00.
 * @cssprop --ogp-chart-baseline-color - The baseline's line and label. Default: the muted text color.
 * @cssprop --ogp-chart-target-color - The targets' lines and labels. Default: the completed status color.
 * @cssprop --ogp-chart-grid-color - Grid lines and table rules. Default: the border color, faded.
 * @cssprop --ogp-color-notice - Background of the sample data notice.
 * @cssprop --ogp-loading-height - Space reserved while loading. Default: the chart's height plus 26em, about the whole chart at 50em wide.
 */
export class OgpIndicatorChart extends PlanFeedElement {
  static override styles = [...PlanFeedElement.styles, statusStyles, indicatorChartStyles];

  /** The id of the indicator to show. */
  @property({ attribute: 'indicator-id', reflect: true }) indicatorId?: string;

  /** "line" (default) or "bar". */
  @property({ reflect: true }) type: ChartType = 'line';

  /** The dimension shown: a key such as "sex", or empty for the total. The legend changes it. */
  @property({ reflect: true }) dimension = '';

  /** The point the keyboard or the pointer is on. */
  @state() private active?: PointRef;
  @state() private focused = false;
  @state() private hovering = false;
  /** The tooltip was closed with Escape; it opens again on the next move. */
  @state() private dismissed = false;
  @state() private announcement = '';
  @state() private tableOpen = false;
  /** The page forbids drawing the PNG (a strict Content Security Policy). */
  @state() private pngUnavailable = false;

  @query('.plot svg') private plotSvg?: SVGSVGElement;

  private readonly size = new SizeController(this, '.plot');
  private model?: ChartModel;

  private get chartType(): ChartType {
    return this.type === 'bar' ? 'bar' : 'line';
  }

  private readonly dimensionKeys = memo(dimensionKeys);
  private readonly splitDimensions = memo(splitDimensions);
  private readonly chartData = memo(chartData);
  private readonly chartModel = memo(
    (
      data: ChartData,
      type: ChartType,
      width: number,
      height: number,
      fontSize: number,
      hasSize: boolean,
    ): ChartModel => ({
      ...data,
      type,
      layout: hasSize
        ? layoutChart({
            series: data.series,
            references: data.references,
            type,
            width,
            height,
            fontSize,
            lang: data.lang,
            latestLabel: data.latestLabel,
            tickFormat: (largest) => axisFormat(data.indicator, data.lang, largest),
          })
        : undefined,
    }),
  );

  private buildModel(): ChartModel | undefined {
    const feed = this.feedTask.value;
    const indicator = feed && this.indicatorId ? findIndicator(feed, this.indicatorId) : undefined;
    if (!indicator) return undefined;
    const splits = this.splitDimensions(indicator);
    const dimension = splits.includes(this.dimension) ? this.dimension : '';
    const data = this.chartData(indicator, this.language, dimension, this.dimensionKeys(indicator), splits);
    const { width, height, fontSize, hasSize } = this.size;
    return this.chartModel(data, this.chartType, width, height, fontSize, hasSize);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.buildModel();
    if (model?.indicator !== this.model?.indicator || model?.dimension !== this.model?.dimension) {
      this.active = undefined;
    }
    this.model = model;
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const strings = chartStrings[this.language];
    if (!this.indicatorId) return errorState(this.common, strings.noIndicatorId);
    const model = this.model;
    if (!model) return errorState(this.common, strings.unknownIndicator(this.indicatorId));
    const { indicator, lang } = model;
    return html`<figure part="base" class="chart" aria-labelledby="title">
      <figcaption>
        <h2 part="title" class="title" id="title">${renderText(indicator.name, lang)}</h2>
        ${indicator.description ? html`<p class="description">${renderText(indicator.description, lang)}</p>` : nothing}
        <p part="summary" class="summary" id="summary">${model.summary}</p>
      </figcaption>
      ${renderSampleNotice(feed.plan, lang, this.common)} ${this.renderFigures(model)} ${this.renderLegend(model)}
      ${this.renderPlot(model)}
      <p class="hint" id="hint">${model.strings.keyboardHint}</p>
      <div class="visually-hidden announcer" role="status">${this.announcement}</div>
      ${indicator.notes ? html`<p class="notes">${renderText(indicator.notes, lang)}</p>` : nothing}
      ${this.renderSource(model)} ${this.renderActions(model)}
      ${guard([indicator, lang, model.keys, this.tableOpen], () => this.renderTable(model))}
    </figure>`;
  }

  private renderFigures({ indicator, lang, strings, progress }: ChartModel): TemplateResult {
    const { latest } = progress;
    return html`<dl part="figures" class="figures">
      <div class="figure">
        <dt>${strings.latest}</dt>
        <dd>
          ${
            latest
              ? html`<span class="figure__value">${valueText(latest.value, indicator, lang)}</span>
                  <span class="figure__date">${formatDate(latest.date, lang, 'month')}</span>`
              : strings.noObservations
          }
        </dd>
      </div>
      ${
        progress.clamped === undefined
          ? nothing
          : html`<div class="figure figure--progress">
              <dt>${strings.progress}</dt>
              <dd>
                ${
                  progress.met
                    ? html`<span class="met">${statusIcon('completed')}${strings.targetMet}</span>`
                    : renderProgress(progress.clamped * 100, lang, strings.progress)
                }
              </dd>
            </div>`
      }
    </dl>`;
  }

  private renderLegend(model: ChartModel): TemplateResult {
    const { strings, lang, layout } = model;
    return html`<div part="legend" class="legend">
        ${
          model.splits.length
            ? html`<fieldset class="choices">
                <legend>${strings.viewBy}</legend>
                ${['', ...model.splits].map(
                  (key) =>
                    html`<label class="choice"
                      ><input
                        type="radio"
                        name="dimension"
                        .value=${key}
                        .checked=${key === model.dimension}
                        @change=${this.onDimensionChange}
                      />${key ? dimensionLabel(key, lang) : strings.total}</label
                    >`,
                )}
              </fieldset>`
            : nothing
        }
        ${
          layout
            ? html`<ul class="key" aria-label=${strings.seriesKey}>
                ${layout.series.map((series) => html`<li>${this.renderSwatch(series, model.type)}${series.label}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      ${model.dimension ? html`<p class="note">${strings.referencesOfTotal}</p>` : nothing}`;
  }

  private renderSwatch(series: PlottedSeries, type: ChartType): TemplateResult {
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

  private renderPlot(model: ChartModel): TemplateResult {
    const { layout, strings, indicator, lang } = model;
    const name = `${strings.chartKind[model.type]}: ${localize(indicator.name, lang)}`;
    const interactive = layout?.series.some((series) => series.points.length > 0) ?? false;
    return html`<div
      part="plot"
      class="plot"
      role=${interactive ? 'application' : nothing}
      tabindex=${interactive ? '0' : nothing}
      aria-label=${interactive ? name : nothing}
      aria-describedby=${interactive ? 'summary hint' : nothing}
      @keydown=${this.onKeyDown}
      @focus=${this.onFocus}
      @blur=${this.onBlur}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      <svg role="img" aria-label=${name} viewBox=${layout ? `0 0 ${layout.width} ${layout.height}` : nothing}>
        ${
          layout
            ? svg`<g class="plot-area" transform="translate(${layout.margin.left},${layout.margin.top})">
              ${guard([layout, lang], () => this.renderGeometry(model, layout))}
              ${this.renderFocusMark(layout)}
            </g>`
            : nothing
        }
      </svg>
      ${this.renderTooltip(model)}
    </div>`;
  }

  /** Axes, reference lines, series and the latest value: everything that depends on the data and the size only. */
  private renderGeometry(model: ChartModel, layout: ChartLayout): SVGTemplateResult {
    return svg`${leftAxis(layout.yTicks, layout.plotWidth)}
      ${bottomAxis(layout.xTicks, layout.plotHeight, layout.plotWidth)}
      ${layout.references.map((reference) => this.renderReference(reference, layout))}
      ${layout.series.map((series) => this.renderSeries(series, layout, model.type))}
      ${layout.references.map((reference) => this.renderReferenceLabel(reference, layout))}
      ${this.renderCallout(layout)}`;
  }

  private renderReference(reference: PlottedReference, layout: ChartLayout): SVGTemplateResult {
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

  private renderReferenceLabel(reference: PlottedReference, layout: ChartLayout): SVGTemplateResult {
    return svg`<text
      class="reference__label reference--${reference.kind}"
      x=${layout.plotWidth}
      y=${reference.labelY}
      text-anchor="end"
    >${reference.label}</text>`;
  }

  private renderSeries(series: PlottedSeries, layout: ChartLayout, type: ChartType): SVGTemplateResult {
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
  private renderCallout(layout: ChartLayout): SVGTemplateResult | typeof nothing {
    const { callout } = layout;
    if (!callout) return nothing;
    return svg`<g class="callout s${layout.series[0]!.style.color}">
      <circle class="callout__dot" cx=${callout.x} cy=${callout.y} r=${0.4 * layout.em}></circle>
      <text class="callout__label" x=${callout.labelX} y=${callout.labelY} text-anchor=${callout.anchor}
        >${callout.label}</text
      >
    </g>`;
  }

  private renderFocusMark(layout: ChartLayout): SVGTemplateResult | typeof nothing {
    const point = this.pointAt(layout, this.active);
    if (!point || !(this.focused || this.hovering)) return nothing;
    return svg`<g class="focus-mark" data-export="skip" transform="translate(${point.x},${point.y})">
      <line class="focus-mark__rule" y1=${-point.y} y2=${layout.plotHeight - point.y}></line>
      <circle class="focus-mark__ring" r=${0.65 * layout.em}></circle>
    </g>`;
  }

  private get tooltipOpen(): boolean {
    return this.active !== undefined && (this.focused || this.hovering) && !this.dismissed;
  }

  /**
   * The tooltip sits beside its point, never on it: below points in the
   * upper half, above the others, and toward the middle near the edges.
   */
  private renderTooltip({ layout, indicator, lang }: ChartModel): TemplateResult | typeof nothing {
    const point = layout && this.pointAt(layout, this.active);
    if (!layout || !point || !this.tooltipOpen) return nothing;
    const x = layout.margin.left + point.x;
    const y = layout.margin.top + point.y;
    const gap = 0.75 * layout.em;
    const position: Record<string, string> = {};
    if (point.y < layout.plotHeight / 2) position.top = `${y + gap}px`;
    else position.bottom = `${layout.height - y + gap}px`;
    if (x < layout.width / 3) position.left = `${Math.max(0, x - gap)}px`;
    else if (x > (layout.width * 2) / 3) position.right = `${Math.max(0, layout.width - x - gap)}px`;
    else Object.assign(position, { left: `${x}px`, transform: 'translateX(-50%)' });
    const series = layout.series[this.active!.series]!;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" style=${styleMap(position)}>
      ${layout.series.length > 1 ? html`<span>${series.label}</span>` : nothing}
      <span class="tooltip__value">${valueText(point.observation.value, indicator, lang)}</span>
      <span class="tooltip__date">${formatDate(point.observation.date, lang, 'long')}</span>
    </div>`;
  }

  private renderSource({ indicator, lang, strings }: ChartModel): TemplateResult | typeof nothing {
    const { source, updatedAt } = indicator;
    if (!source && !updatedAt) return nothing;
    return html`<p part="source" class="source">
      ${
        source
          ? html`<span
              >${strings.source}
              <span lang=${textLang(source, lang)}
                >${renderLink(indicator.sourceUrl, localize(source, lang), this.common)}</span
              ></span
            >`
          : nothing
      }
      ${updatedAt ? html`<span>${this.common.updatedOn(formatDate(updatedAt, lang, 'long'))}</span>` : nothing}
    </p>`;
  }

  private renderActions({ strings, layout }: ChartModel): TemplateResult {
    return html`<div part="actions" class="actions">
        <button
          part="table-toggle"
          type="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="data-table"
          @click=${this.toggleTable}
        >
          <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M4 1.5 8.5 6 4 10.5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
          ${strings.showTable}
        </button>
        ${(['csv', 'svg', 'png'] as const).map(
          (format) =>
            html`<button
              part="download"
              type="button"
              data-format=${format}
              ?disabled=${format !== 'csv' && !layout}
              aria-disabled=${format === 'png' && this.pngUnavailable ? 'true' : nothing}
              aria-describedby=${format === 'png' && this.pngUnavailable ? 'png-message' : nothing}
              @click=${this.download}
            >
              ${strings.download} ${format.toUpperCase()}
            </button>`,
        )}
      </div>
      <p class="note" id="png-message" role="status">${this.pngUnavailable ? strings.pngUnavailable : nothing}</p>`;
  }

  private renderTable({ indicator, lang, strings, keys }: ChartModel): TemplateResult {
    if (!this.tableOpen) return html`<div id="data-table" hidden></div>`;
    const names = columnNames(indicator, lang, keys);
    return html`<div
      id="data-table"
      part="table"
      class="table-wrap"
      role="region"
      tabindex="0"
      aria-labelledby="table-caption"
    >
      <table>
        <caption id="table-caption">
          ${renderText(indicator.name, lang)}
        </caption>
        <thead>
          <tr>
            ${names.map(
              (name, index) =>
                html`<th scope="col" class=${index === names.length - 1 ? 'number' : nothing}>${name}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${dataRows(indicator).map(
            (row) =>
              html`<tr>
                <th scope="row"><time datetime=${row.date}>${formatDate(row.date, lang, 'medium')}</time></th>
                <td>${strings.rowKinds[row.kind]}</td>
                ${keys.map((key) => html`<td>${dimensionValue(row.dimensions, key) ?? strings.allValues}</td>`)}
                <td class="number">${formatValue(row.value, indicator, lang)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private pointAt(layout: ChartLayout, at: PointRef | undefined) {
    return at && layout.series[at.series]?.points[at.index];
  }

  /** Where the keyboard starts: the latest value of the first series that has one. */
  private firstRef(layout: ChartLayout): PointRef | undefined {
    const series = layout.series.findIndex((candidate) => candidate.points.length > 0);
    return series < 0 ? undefined : { series, index: layout.series[series]!.points.length - 1 };
  }

  private announce(layout: ChartLayout, at: PointRef): void {
    const model = this.model!;
    const { indicator, lang, strings, progress } = model;
    const series = layout.series[at.series]!;
    const point = series.points[at.index]!;
    const value = (number: number) => valueText(number, indicator, lang);
    const month = (date: string) => formatDate(date, lang, 'month');
    const total = !model.dimension;
    this.announcement = strings.point({
      series: layout.series.length > 1 ? series.label : undefined,
      date: formatDate(point.observation.date, lang, 'long'),
      value: value(point.observation.value),
      position: at.index + 1,
      count: series.points.length,
      baseline: total ? value(indicator.baseline.value) : undefined,
      baselineDate: total ? month(indicator.baseline.date) : undefined,
      target: total && progress.target ? value(progress.target.value) : undefined,
      targetDate: total && progress.target ? month(progress.target.date) : undefined,
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const layout = this.model?.layout;
    if (!layout) return;
    if (event.key === 'Escape') {
      if (this.tooltipOpen) {
        this.dismissed = true;
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const current = this.active ?? this.firstRef(layout);
    if (!current) return;
    let next: PointRef | undefined;
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && layout.series.length > 1) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      for (let series = current.series + step; series >= 0 && series < layout.series.length && !next; series += step) {
        next = pointInSeries(layout, current, series);
      }
      next ??= current;
    } else {
      const index = stepIndex(event.key, current.index, layout.series[current.series]!.points.length);
      if (index !== undefined) next = { series: current.series, index };
    }
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.dismissed = false;
    this.announce(layout, next);
  }

  private onFocus(): void {
    this.focused = true;
    this.dismissed = false;
    const layout = this.model?.layout;
    this.active ??= layout && this.firstRef(layout);
    if (layout && this.active) this.announce(layout, this.active);
  }

  private onBlur(): void {
    this.focused = false;
  }

  private onPointerMove(event: PointerEvent): void {
    const layout = this.model?.layout;
    // Over the tooltip, the tooltip stays as it is (WCAG 1.4.13: hoverable).
    if (!layout || !this.plotSvg || (event.target as Element).closest('.tooltip')) return;
    const box = this.plotSvg.getBoundingClientRect();
    const at = nearestPoint(
      layout,
      event.clientX - box.left - layout.margin.left,
      event.clientY - box.top - layout.margin.top,
    );
    this.hovering = true;
    if (!sameRef(at, this.active)) {
      this.active = at;
      this.dismissed = false;
    }
  }

  private onPointerLeave(): void {
    this.hovering = false;
  }

  private onDimensionChange(event: Event): void {
    this.dimension = (event.target as HTMLInputElement).value;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /** The chart as a standalone SVG document: title, chart, key and source. */
  private svgDocument(): string | undefined {
    const model = this.model;
    if (!model?.layout || !this.plotSvg) return undefined;
    const { indicator, lang, strings } = model;
    const host = getComputedStyle(this);
    const swatches = [...this.renderRoot.querySelectorAll<SVGSVGElement>('.key .swatch')];
    const source = indicator.source ? `${strings.source} ${localize(indicator.source, lang)}` : '';
    const updated = indicator.updatedAt ? this.common.updatedOn(formatDate(indicator.updatedAt, lang, 'long')) : '';
    return standaloneSvg(this.plotSvg, {
      title: localize(indicator.name, lang),
      description: model.summary,
      note: [source, updated].filter(Boolean).join('. '),
      legend: model.layout.series.map((series, index) => ({ swatch: swatches[index]!, label: series.label })),
      background: host.backgroundColor,
      color: host.color,
      fontFamily: host.fontFamily,
      fontSize: parseFloat(host.fontSize),
    });
  }

  /** Saves the data (CSV) or the chart (SVG, PNG) as the clicked button's `data-format` says. */
  private async download(event: Event): Promise<void> {
    const format = (event.currentTarget as HTMLElement).dataset.format!;
    const model = this.model;
    const document = format === 'csv' ? '' : this.svgDocument();
    if (!model || document === undefined || (format === 'png' && this.pngUnavailable)) return;
    let blob: Blob;
    if (format === 'csv') blob = csvBlob(indicatorCsv(model.indicator, model.lang));
    else if (format === 'svg') blob = new Blob([document], { type: 'image/svg+xml' });
    else {
      try {
        blob = await svgToPng(document);
      } catch {
        this.pngUnavailable = true;
        return;
      }
    }
    downloadBlob(blob, `${model.indicator.id}.${format}`, this.renderRoot);
  }
}
