/**
 * <ogp-indicator-chart>: the element, which holds the attributes and the
 * state and wires the rooms of its folder together:
 *
 *   chart-model.ts       what is drawn: the indicator's series and references, laid out at the plot's size
 *   plot.ts              the SVG drawing, the focus mark and the tooltip (plot.styles.ts)
 *   point-navigation.ts  the keyboard and the pointer on the plot, and what is announced
 *   chart-parts.ts       the figures, the legend, the source and the action buttons
 *   data-table.ts        the data table
 *   export.ts            the downloads: CSV (export-csv.ts), SVG and PNG (export-svg.ts)
 *   chart-layout.ts, thin.ts, describe.ts   the geometry, the thinning of long series, the words
 */
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import type { Section } from '../core/language-packs.js';
import { heading } from '../core/heading.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { FocusController } from '../core/focus-controller.js';
import { SizeController } from '../core/size-controller.js';
import { errorState } from '../core/states.js';
import { statusStyles } from '../core/styles.js';
import { renderSampleNotice, renderText } from '../core/templates.js';
import { type ChartModel, chartModels } from './chart-model.js';
import { renderActions, renderFigures, renderLegend, renderSource } from './chart-parts.js';
import { renderDataTable } from './data-table.js';
import { chartSvg, type DownloadFormat, downloadBlob } from './export.js';
import { svgToPng } from './export-svg.js';
import { indicatorChartStyles } from './indicator-chart.styles.js';
import { chartStrings, type ChartType } from './indicator-chart.strings.js';
import { renderFocusMark, renderGeometry, renderTooltip } from './plot.js';
import { plotStyles } from './plot.styles.js';
import { PointNavigation } from './point-navigation.js';

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
 * @csspart base - The box around the whole chart.
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart title - The indicator's name: an h2, or the level `heading-level` sets (none with `hide-title`).
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
 * @cssprop --ogp-loading-height - Space reserved while loading. Default: the chart's height plus 24em (32em below 44em wide, 40em below 28em), about the whole chart.
 */
export class OgpIndicatorChart extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'chart'];

  static override styles = [...PlanFeedElement.styles, statusStyles, indicatorChartStyles, plotStyles];

  /** The id of the indicator to show. */
  @property({ attribute: 'indicator-id', reflect: true }) indicatorId?: string;

  /** "line" (default) or "bar". */
  @property({ reflect: true }) type: ChartType = 'line';

  /** The dimension shown: a key such as "sex", or empty for the total. The legend changes it. */
  @property({ reflect: true }) dimension = '';

  @state() private tableOpen = false;
  /** The page forbids drawing the PNG (a strict Content Security Policy). */
  @state() private pngUnavailable = false;

  private readonly size = new SizeController(this, '.plot');
  private readonly chartModel = chartModels();
  private model?: ChartModel;

  private readonly points = new PointNavigation(this, () => this.model);

  /**
   * A new `src` (or indicator) replaces the chart with its loading state,
   * then with the new chart: when the focus was in the widget, it stays
   * there (on the loading message, then on the control it was on, or the
   * plot) instead of falling to the page's <body>.
   */
  constructor() {
    super();
    /** The control to come back to once the chart is drawn again. */
    let resumeAt: string | undefined;
    const plot = '.plot[tabindex="0"]';
    // The controller registers itself with the element; nothing else calls it.
    new FocusController(this, {
      remember: (focused) => {
        const part = focused.getAttribute('part');
        // The boxes that hold the focus only while there is nothing else (see fallback).
        if (part === 'loading' || part === 'error' || part === 'base') return resumeAt ?? plot;
        if (!part) return undefined;
        const format = focused.getAttribute('data-format');
        const selector = `[part="${part}"]${format ? `[data-format="${format}"]` : ''}:is(a[href], button:not([disabled]), [tabindex])`;
        if (part !== 'retry') resumeAt = selector;
        return selector;
      },
      fallback: () => {
        const target = this.renderRoot.querySelector(`${plot}, [part="retry"]`) ?? this.renderRoot.firstElementChild;
        if (!(target instanceof HTMLElement)) return undefined;
        if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.tabIndex = -1;
        return target;
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.model = this.chartModel(
      this.feedTask.value,
      this.indicatorId,
      this.dimension,
      this.language,
      { strings: this.words('chart', chartStrings), common: this.common },
      this.type,
      this.size,
    );
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const strings = this.words('chart', chartStrings);
    if (!this.indicatorId) return errorState(this.common, strings.noIndicatorId);
    const model = this.model;
    if (!model) return errorState(this.common, strings.unknownIndicator(this.indicatorId));
    const { indicator, lang } = model;
    // A plain box, not a <figure>: a figure is named by its caption, and the
    // title would be spoken twice on entry (the figure, then the heading).
    return html`<div part="base" class="chart">
      <div class="caption">
        ${
          this.hideTitle
            ? nothing
            : heading(this.headingLevelAt(0), renderText(indicator.name, lang, this.feedLang), {
                part: 'title',
                class: 'title',
              })
        }
        ${indicator.description ? html`<p class="description">${renderText(indicator.description, lang, this.feedLang)}</p>` : nothing}
        <p part="summary" class="summary" id="summary">${model.summary}</p>
      </div>
      ${renderSampleNotice(feed.plan, lang, this.common)} ${renderFigures(model)}
      ${renderLegend(model, this.onDimensionChange)} ${this.renderPlot(model)}
      <p class="hint" id="hint">${model.strings.keyboardHint}</p>
      <div class="visually-hidden announcer" role="status">${this.points.announcement}</div>
      ${indicator.notes ? html`<p class="notes">${renderText(indicator.notes, lang, this.feedLang)}</p>` : nothing}
      ${renderSource(model, this.common)}
      ${renderActions(model, this.tableOpen, this.pngUnavailable, this.toggleTable, this.download)}
      ${guard([indicator, lang, model.keys, this.tableOpen], () => renderDataTable(model, this.tableOpen))}
    </div>`;
  }

  /**
   * The plot: one tab stop whose keys and pointer move between points (see
   * PointNavigation). It is named by its kind only ("Gráfico de líneas"):
   * the heading just above says the title, and a screen reader hears it once.
   * When it can be walked, the application speaks for the drawing (its
   * summary, then each point), so the SVG is hidden from screen readers.
   */
  private renderPlot(model: ChartModel): TemplateResult {
    const { layout, strings, lang } = model;
    const { points } = this;
    const name = strings.chartKind[model.type];
    // Focusable from the first render, before the plot is measured, so the focus can come back to it at once.
    const interactive = model.series.some((series) => series.observations.length > 0);
    return html`<div
      part="plot"
      class="plot"
      role=${interactive ? 'application' : nothing}
      tabindex=${interactive ? '0' : nothing}
      aria-label=${interactive ? name : nothing}
      aria-describedby=${interactive ? 'summary hint' : nothing}
      @keydown=${points.onKeyDown}
      @focus=${points.onFocus}
      @blur=${points.onBlur}
      @pointermove=${points.onPointerMove}
      @pointerleave=${points.onPointerLeave}
    >
      <svg
        role=${interactive ? nothing : 'img'}
        aria-label=${interactive ? nothing : name}
        aria-hidden=${interactive ? 'true' : nothing}
        viewBox=${layout ? `0 0 ${layout.width} ${layout.height}` : nothing}
      >
        ${
          layout
            ? svg`<g class="plot-area" transform="translate(${layout.margin.left},${layout.margin.top})">
              ${guard([layout, lang], () => renderGeometry(layout, model.type))}
              ${renderFocusMark(layout, points.shown)}
            </g>`
            : nothing
        }
      </svg>
      ${layout ? renderTooltip(model, layout, points.tooltip) : nothing}
    </div>`;
  }

  private onDimensionChange(event: Event): void {
    this.dimension = (event.target as HTMLInputElement).value;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /** Saves the data (CSV) or the chart (SVG, PNG) as the clicked button's `data-format` says. */
  private async download(event: Event): Promise<void> {
    const format = (event.currentTarget as HTMLElement).dataset.format as DownloadFormat;
    const model = this.model;
    const document = format === 'csv' ? '' : this.svgDocument();
    if (!model || document === undefined || (format === 'png' && this.pngUnavailable)) return;
    let blob: Blob;
    if (format === 'csv') {
      // The CSV writer is loaded only now: most readers never download the data.
      const { csvBlob, indicatorCsv } = await import('./export-csv.js');
      blob = csvBlob(indicatorCsv(model.indicator, model.lang, model.defaultLanguage, model.strings));
    } else if (format === 'svg') blob = new Blob([document], { type: 'image/svg+xml' });
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

  /** The chart as a standalone SVG document, made from the plot and the legend as drawn. */
  private svgDocument(): string | undefined {
    const plot = this.renderRoot.querySelector<SVGSVGElement>('.plot svg');
    const swatches = [...this.renderRoot.querySelectorAll<SVGSVGElement>('.key .swatch')];
    return this.model && plot ? chartSvg(this.model, { plot, swatches, style: getComputedStyle(this) }) : undefined;
  }
}
