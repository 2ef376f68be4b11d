/**
 * The geometry of an indicator chart, as plain data: scales, ticks, series
 * paths, bars and reference lines for a given size: plain data the
 * element turns into `svg` templates. Nothing here touches the DOM, so
 * a resize only recomputes this and re-renders.
 *
 * Coordinates are CSS pixels inside the plot area (the SVG's
 * `g.plot-area`, translated by `margin.left`, `margin.top`); y grows
 * downward, as in SVG.
 */
import { bisector } from 'd3-array';
import { labelWidth, textWidth, type Tick, TICK_FONT_SCALE, timeTicks, valueTicks } from '../core/axis.js';
import type { Observation } from '../shared/feed-schema.js';
import type { Lang } from '../shared/i18n.js';
import { linearScale, niceDomain } from '../core/linear-scale.js';
import type { ChartType } from './indicator-chart.strings.js';
import { thinByPixel } from './thin.js';

/** How many series styles there are: colors (`--ogp-chart-series-1…6`), dashes and markers. */
export const SERIES_STYLES = 6;

/** Dash patterns by series: the first series is solid. */
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '5 2 1 2', '14 4'];

/**
 * A marker's shape for an area of 1: its corners, or none for a circle.
 * The shapes and their areas are d3-shape's symbols (circle, square,
 * triangle, diamond, cross, wye), so markers of one size look equally big.
 */
export type Marker = readonly (readonly [number, number])[];

/** `points` and their copies turned around the center `turns` times, evenly. */
function turned(turns: number, ...points: [number, number][]): Marker {
  return Array.from({ length: turns }, (_, turn) => {
    const [cos, sin] = [Math.cos((2 * Math.PI * turn) / turns), Math.sin((2 * Math.PI * turn) / turns)];
    return points.map(([x, y]): [number, number] => [x * cos - y * sin, x * sin + y * cos]);
  }).flat();
}

// Sizes that give each shape an area of 1 (d3-shape's formulas).
const SQRT3 = Math.sqrt(3);
/** Triangle: from the center to a corner. */
const T = 2 / Math.sqrt(3 * SQRT3);
/** Diamond: from the center to the top. */
const D = Math.sqrt(SQRT3 / 2);
/** Cross: half the width of an arm. */
const C = Math.sqrt(0.2) / 2;
/** Wye: the length of an arm, and how far from the center arms start. */
const W = 1 / Math.sqrt(3 + SQRT3 / 4);
const WY = W / (2 * SQRT3);
/** Circle, square, triangle, diamond, cross and wye. */
const MARKERS: Marker[] = [
  [],
  turned(4, [-0.5, -0.5]),
  turned(3, [0, -T]),
  turned(2, [0, -D], [D / SQRT3, 0]),
  turned(4, [-3 * C, -C], [-C, -C], [-C, -3 * C]),
  turned(3, [W / 2, WY], [W / 2, WY + W], [-W / 2, WY + W]),
];

/** Marker area in square pixels, per em of font size. */
const MARKER_AREA_PER_EM = 4;

export interface SeriesStyle {
  /** Index of the color, 0–5: the CSS class `s<n>` picks `--ogp-chart-series-<n + 1>`. */
  color: number;
  dash: string;
  marker: Marker;
}

/** Series 7 to 12 reuse colors and dashes but shift the marker, so no two series look alike. */
export function seriesStyle(index: number): SeriesStyle {
  const slot = index % SERIES_STYLES;
  const round = Math.floor(index / SERIES_STYLES);
  return { color: slot, dash: DASHES[slot]!, marker: MARKERS[(slot + round) % SERIES_STYLES]! };
}

/** A number for a path, rounded to `digits` decimals as d3-path rounds (halves up, -3.25 → -3.2). */
const fixed = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A marker's path, centered on 0,0, sized for the font. */
export function markerPath(marker: Marker, fontSize: number, scale = 1): string {
  const side = Math.sqrt(MARKER_AREA_PER_EM * fontSize * scale);
  if (!marker.length) {
    const r = fixed(side / Math.sqrt(Math.PI), 3);
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
  }
  return `M${marker.map(([x, y]) => `${fixed(x * side, 3)},${fixed(y * side, 3)}`).join('L')}Z`;
}

/** Where the baseline (a circle) and each target (a diamond) fall on the time axis. */
export function referenceMarker(kind: ReferenceInput['kind'], fontSize: number): string {
  return markerPath(MARKERS[kind === 'target' ? 3 : 0]!, fontSize, 1.5);
}

/**
 * A line through the points, to a tenth of a pixel: "M1,2L3.5,4". A single
 * point closes on itself ("M1,2Z"), as d3's line does, so a round line cap
 * draws it as a dot.
 */
export function linePath(points: readonly { x: number; y: number }[]): string {
  const path = points.map(({ x, y }) => `${fixed(x, 1)},${fixed(y, 1)}`).join('L');
  return !path ? '' : points.length === 1 ? `M${path}Z` : `M${path}`;
}

export interface TimedObservation {
  observation: Observation;
  /** Milliseconds since the epoch of the observation's date (UTC midnight). */
  time: number;
}

/** An ISO date (AAAA-MM-DD) as milliseconds at UTC midnight, without building a Date: this runs once per observation. */
export function dayTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Observations with their times, computed once per series rather than on every resize. */
export function timeObservations(observations: readonly Observation[]): TimedObservation[] {
  return observations.map((observation) => ({ observation, time: dayTime(observation.date) }));
}

export interface SeriesInput {
  label: string;
  /** Sorted by date. */
  observations: readonly TimedObservation[];
}

export interface ReferenceInput {
  kind: 'baseline' | 'target';
  date: string;
  value: number;
  /** The label written on the line, e.g. "Meta octubre de 2027: 60 %". */
  label: string;
}

export interface PlotPoint extends TimedObservation {
  /** Center of the point's mark: the line vertex, or the middle of the bar's top. */
  x: number;
  y: number;
}

export interface PlottedSeries {
  label: string;
  style: SeriesStyle;
  /** Every observation, by date: what the keyboard walks. */
  points: PlotPoint[];
  /** What is drawn: `points`, thinned when there are more than two per pixel. */
  drawn: readonly PlotPoint[];
  /** The line's path (line charts). */
  path?: string;
  /** Whether each drawn point gets a marker: lines with few points, bars of several series wide enough for one. */
  markers: boolean;
}

export interface PlottedReference extends ReferenceInput {
  x: number;
  y: number;
  /** Baseline of the label's text, spread so labels never overlap. */
  labelY: number;
}

/** The latest value, marked and written beside its point where no reference label is. */
export interface Callout {
  x: number;
  y: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface ChartLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  xTicks: Tick[];
  yTicks: Tick[];
  series: PlottedSeries[];
  references: PlottedReference[];
  callout?: Callout;
  /** Where value 0 (or the domain's lowest value) is: bars grow from it. */
  zeroY: number;
  barWidth: number;
  /** The font size the layout was made for, in pixels. */
  em: number;
}

export interface LayoutInput {
  series: readonly SeriesInput[];
  references: readonly ReferenceInput[];
  type: ChartType;
  width: number;
  height: number;
  fontSize: number;
  lang: Lang;
  /** The label of the latest point of the first series, to call it out; none when undefined. */
  latestLabel?: string;
  /** The format of a value axis with these tick values. */
  tickFormat: (values: readonly number[]) => (value: number) => string;
}

const DAY = 86_400_000;

/** Minimum room between two tick labels of the value axis, in em. */
const VALUE_TICK_SPACING_EM = 2.5;

/** The callout's font size, relative to the widget's (`.callout__label` in the styles). */
const CALLOUT_FONT_SCALE = 0.875;

export function layoutChart(input: LayoutInput): ChartLayout {
  const { fontSize: em, type } = input;
  const margin = { top: 1.5 * em, right: em, bottom: 2.25 * em, left: 0 };
  const plotHeight = Math.max(4 * em, input.height - margin.top - margin.bottom);

  const timed = input.series.map((series) => series.observations);
  const references = input.references.map((reference) => ({ ...reference, time: dayTime(reference.date) }));

  // Values: every observation and reference, and zero, so bars and lines start from an honest baseline.
  let low = 0;
  let top = 0;
  const include = (value: number) => {
    // Past ±1e300 the domain's span would overflow to Infinity (NaN everywhere): such values run off the axis.
    value = Math.min(1e300, Math.max(-1e300, value));
    low = Math.min(low, value);
    top = Math.max(top, value);
  };
  for (const reference of references) include(reference.value);
  for (const points of timed) for (const point of points) include(point.observation.value);
  const high = top === low ? low + 1 : top;
  const [domainLow, domainHigh] = niceDomain(
    low,
    high,
    Math.max(2, Math.floor(plotHeight / (VALUE_TICK_SPACING_EM * em))),
  );
  const y = linearScale([domainLow, domainHigh], [plotHeight, 0]);
  // The ticks first, then their labels: how a label is written depends on all the ticks.
  const ticks = valueTicks(y, VALUE_TICK_SPACING_EM * em, String);
  const format = input.tickFormat(ticks.map((tick) => Number(tick.value)));
  const yTicks = ticks.map((tick) => ({ ...tick, label: format(Number(tick.value)) }));
  margin.left = Math.max(...yTicks.map((tick) => labelWidth(tick.label, em))) + 0.75 * em;
  const plotWidth = Math.max(4 * em, input.width - margin.left - margin.right);

  // Time: from the earliest to the latest date of any series (each sorted) or reference; a single date gets a month either side.
  const times = [
    ...references.map((reference) => reference.time),
    ...timed.flatMap((points) => (points.length ? [points[0]!.time, points[points.length - 1]!.time] : [])),
  ];
  let [start, end] = [Math.min(...times), Math.max(...times)];
  if (start === end) [start, end] = [start - 30 * DAY, end + 30 * DAY];

  // Bars: a group per date, one bar per series, as wide as the closest dates allow.
  const seriesCount = Math.max(1, input.series.length);
  const groupCap = Math.min(seriesCount * 2 * em, plotWidth * 0.3);
  const inset = type === 'bar' ? groupCap / 2 : 0.5 * em;
  const x = linearScale([start, end], [inset, plotWidth - inset]);
  const pixelsPerMs = (plotWidth - 2 * inset) / (end - start);
  const group = type === 'bar' ? Math.min(closestGap(timed) * pixelsPerMs * 0.8, groupCap) : 0;
  const barWidth = Math.max(1, group / seriesCount);
  const zeroY = y(Math.max(domainLow, Math.min(0, domainHigh)));

  const series = input.series.map((series, index): PlottedSeries => {
    const offset = type === 'bar' ? (index - (seriesCount - 1) / 2) * barWidth : 0;
    const points = timed[index]!.map(({ observation, time }): PlotPoint => ({
      observation,
      time,
      x: x(time) + offset,
      y: y(observation.value),
    }));
    const drawn = thinByPixel(
      points,
      (point) => point.x,
      (point) => point.observation.value,
    );
    return {
      label: series.label,
      style: seriesStyle(index),
      points,
      drawn,
      path: type === 'line' ? linePath(drawn) : undefined,
      markers: type === 'line' ? points.length * 0.75 * em <= plotWidth : seriesCount > 1 && barWidth >= 0.75 * em,
    };
  });

  const labelSize = TICK_FONT_SCALE * em;
  const labelGap = 1.2 * labelSize;
  const labelYs = spreadLabels(
    references.map((reference) => y(reference.value) - 0.5 * em),
    labelGap,
    labelGap - margin.top,
  );
  const plotted = references.map(({ time, ...reference }, index): PlottedReference => ({
    ...reference,
    x: x(time),
    y: y(reference.value),
    labelY: labelYs[index]!,
  }));
  const area = { left: -margin.left, right: plotWidth + margin.right, top: -margin.top, bottom: plotHeight };
  const taken = plotted.map((reference) =>
    textBox(plotWidth - textWidth(reference.label, labelSize), reference.labelY, reference.label, labelSize),
  );
  const latest = series[0]?.points.at(-1);

  return {
    width: input.width,
    height: input.height,
    margin,
    plotWidth,
    plotHeight,
    xTicks: timeTicks(x, input.lang, em),
    yTicks,
    series,
    references: plotted,
    callout: latest && input.latestLabel ? placeCallout(latest, input.latestLabel, em, area, taken) : undefined,
    zeroY,
    barWidth,
    em,
  };
}

/** The smallest time between two different dates of any series; Infinity with fewer than two dates. */
function closestGap(series: readonly (readonly TimedObservation[])[]): number {
  const times = [...new Set(series.flatMap((points) => points.map((point) => point.time)))].sort((a, b) => a - b);
  let gap = Infinity;
  for (let index = 1; index < times.length; index++) gap = Math.min(gap, times[index]! - times[index - 1]!);
  return gap;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box a text takes, from its start and baseline. */
function textBox(left: number, baseline: number, text: string, fontSize: number): Box {
  return {
    left,
    right: left + textWidth(text, fontSize),
    top: baseline - 0.9 * fontSize,
    bottom: baseline + 0.25 * fontSize,
  };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places the latest value's label beside its point: the first of
 * above-after, below-after, above-before and below-before (before first when
 * the point is near the right edge) that stays in the chart and clears every
 * reference label.
 */
function placeCallout(point: PlotPoint, label: string, em: number, area: Box, taken: readonly Box[]): Callout {
  const size = CALLOUT_FONT_SCALE * em;
  const width = textWidth(label, size);
  const fitsAfter = point.x + 0.6 * em + width <= area.right;
  const anchors: Callout['anchor'][] = fitsAfter ? ['start', 'end'] : ['end', 'start'];
  const candidates = anchors.flatMap((anchor) =>
    [-0.7 * em, 1.3 * em].map((offset) => {
      const labelX = anchor === 'start' ? point.x + 0.6 * em : point.x - 0.6 * em;
      const labelY = point.y + offset;
      const box = textBox(anchor === 'start' ? labelX : labelX - width, labelY, label, size);
      return { callout: { x: point.x, y: point.y, label, labelX, labelY, anchor }, box };
    }),
  );
  const inside = (box: Box) =>
    box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
  const free = candidates.find(({ box }) => inside(box) && !taken.some((other) => overlaps(box, other)));
  return (free ?? candidates[0]!).callout;
}

/**
 * Moves label baselines apart, top to bottom, so each is at least `gap`
 * below the one above and none is above `top`. Returns them in input order.
 */
export function spreadLabels(ys: readonly number[], gap: number, top: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  let previous = top - gap;
  for (const label of order) {
    label.y = Math.max(label.y, previous + gap);
    previous = label.y;
  }
  const result: number[] = [];
  for (const label of order) result[label.index] = label.y;
  return result;
}

export interface PointRef {
  series: number;
  index: number;
}

const byX = bisector<PlotPoint, number>((point) => point.x);
const byTime = bisector<PlotPoint, number>((point) => point.time);

/** The point closest to (x, y) in plot coordinates, across all series. */
export function nearestPoint(layout: ChartLayout, x: number, y: number): PointRef | undefined {
  let best: (PointRef & { distance: number }) | undefined;
  layout.series.forEach((series, seriesIndex) => {
    if (series.points.length === 0) return;
    const index = byX.center(series.points, x);
    const point = series.points[index]!;
    const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (!best || distance < best.distance) best = { series: seriesIndex, index, distance };
  });
  return best && { series: best.series, index: best.index };
}

/** The point of another series closest in time to `from`, for moving between series. */
export function pointInSeries(layout: ChartLayout, from: PointRef, seriesIndex: number): PointRef | undefined {
  const target = layout.series[seriesIndex];
  const time = layout.series[from.series]?.points[from.index]?.time;
  if (!target || target.points.length === 0 || time === undefined) return undefined;
  return { series: seriesIndex, index: byTime.center(target.points, time) };
}
