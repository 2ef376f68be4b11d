/**
 * Moving between a chart's points, with the keyboard or the pointer: a
 * reactive controller that keeps which point is active and whether it is
 * shown, and says each point the keyboard reaches.
 *
 * The plot is one tab stop. On focus the active point is the latest value
 * of the first series that has one. The arrow keys, Home, End, Page Up and
 * Page Down walk every point of a series (`stepIndex`); up and down change
 * series, to the point closest in time. Each step is announced through
 * `announcement` (the host renders it in a polite live region). The pointer
 * makes the nearest point active. Escape closes the tooltip until the next
 * move; the tooltip stays while the pointer is over it (WCAG 1.4.13).
 *
 * The host renders the state (`shown`, `tooltip`, `announcement`) and
 * binds the handlers on its plot:
 *
 *   html`<div class="plot" tabindex="0" @keydown=${points.onKeyDown} @focus=${points.onFocus} …>`
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stepIndex } from '../core/keyboard.js';
import { type ChartLayout, nearestPoint, pointInSeries, type PointRef } from './chart-layout.js';
import type { ChartModel } from './chart-model.js';
import { valueText } from './describe.js';
import { formatDate } from '../shared/format.js';

const sameRef = (a: PointRef | undefined, b: PointRef | undefined) => a?.series === b?.series && a?.index === b?.index;

/** Where the keyboard starts: the latest value of the first series that has one. */
function firstRef(layout: ChartLayout): PointRef | undefined {
  const series = layout.series.findIndex((candidate) => candidate.points.length > 0);
  return series < 0 ? undefined : { series, index: layout.series[series]!.points.length - 1 };
}

/** The point a key moves to from `current`, or undefined when the key does not move. */
function step(layout: ChartLayout, current: PointRef, key: string): PointRef | undefined {
  if ((key === 'ArrowUp' || key === 'ArrowDown') && layout.series.length > 1) {
    const direction = key === 'ArrowDown' ? 1 : -1;
    let next: PointRef | undefined;
    for (
      let series = current.series + direction;
      series >= 0 && series < layout.series.length && !next;
      series += direction
    ) {
      next = pointInSeries(layout, current, series);
    }
    return next ?? current;
  }
  const index = stepIndex(key, current.index, layout.series[current.series]!.points.length);
  return index === undefined ? undefined : { series: current.series, index };
}

/**
 * What a screen reader hears on reaching a point: its series (when there are
 * several), date, value and position, and, on the total, the baseline and
 * the final target.
 */
function pointAnnouncement(model: ChartModel, layout: ChartLayout, at: PointRef): string {
  const { indicator, lang, defaultLanguage, strings, progress } = model;
  const series = layout.series[at.series]!;
  const point = series.points[at.index]!;
  const value = (number: number) => valueText(number, indicator, lang, defaultLanguage);
  const month = (date: string) => formatDate(date, lang, 'month');
  const total = !model.dimension;
  return strings.point({
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

export class PointNavigation implements ReactiveController {
  /** The point the keyboard or the pointer is on. */
  active?: PointRef;
  /** What was said about the last point the keyboard reached. */
  announcement = '';
  private focused = false;
  private hovering = false;
  /** The tooltip was closed with Escape; it opens again on the next move. */
  private dismissed = false;
  /** The model of the last render. */
  private lastModel?: ChartModel;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's model, as last rendered. */
    private readonly model: () => ChartModel | undefined,
  ) {
    host.addController(this);
  }

  /** The active point while the plot has the focus or the pointer: where the focus mark goes. */
  get shown(): PointRef | undefined {
    return this.focused || this.hovering ? this.active : undefined;
  }

  /** The shown point while its tooltip is open. */
  get tooltip(): PointRef | undefined {
    return this.dismissed ? undefined : this.shown;
  }

  /** Before each render: another indicator or dimension has other points, so none is active. */
  hostUpdate(): void {
    const model = this.model();
    if (model?.indicator !== this.lastModel?.indicator || model?.dimension !== this.lastModel?.dimension) {
      this.active = undefined;
    }
    this.lastModel = model;
  }

  /** Makes a point active, says it and opens its tooltip. */
  private moveTo(layout: ChartLayout, at: PointRef): void {
    this.active = at;
    this.dismissed = false;
    this.announcement = pointAnnouncement(this.model()!, layout, at);
    this.host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const layout = this.model()?.layout;
    if (!layout) return;
    if (event.key === 'Escape') {
      if (this.tooltip) {
        this.dismissed = true;
        this.host.requestUpdate();
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const current = this.active ?? firstRef(layout);
    const next = current && step(layout, current, event.key);
    if (!next) return;
    event.preventDefault();
    this.moveTo(layout, next);
  };

  readonly onFocus = (): void => {
    this.focused = true;
    const layout = this.model()?.layout;
    const active = this.active ?? (layout && firstRef(layout));
    if (layout && active) return this.moveTo(layout, active);
    this.dismissed = false;
    this.host.requestUpdate();
  };

  readonly onBlur = (): void => {
    this.focused = false;
    this.host.requestUpdate();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const layout = this.model()?.layout;
    const svg = (event.currentTarget as Element).querySelector('svg');
    // Over the tooltip, the tooltip stays as it is (WCAG 1.4.13: hoverable).
    if (!layout || !svg || (event.target as Element).closest('.tooltip')) return;
    const box = svg.getBoundingClientRect();
    const at = nearestPoint(
      layout,
      event.clientX - box.left - layout.margin.left,
      event.clientY - box.top - layout.margin.top,
    );
    // Moves within a point's reach change nothing: no render.
    if (this.hovering && sameRef(at, this.active)) return;
    this.hovering = true;
    if (!sameRef(at, this.active)) {
      this.active = at;
      this.dismissed = false;
    }
    this.host.requestUpdate();
  };

  readonly onPointerLeave = (): void => {
    this.hovering = false;
    this.host.requestUpdate();
  };
}
