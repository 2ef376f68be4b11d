/**
 * Axes for the charts: D3 chooses the tick values, these functions choose
 * how many fit and how to write them, and Lit draws them. An axis is a pure
 * function from a scale to an `svg` template; nothing here touches the DOM.
 *
 * Every tick is a `<g class="tick" data-value="…">` translated to its
 * position, so tests (and people reading the markup) can find where a value
 * sits: `data-value` is the ISO date (time axes) or the number (value axes).
 */
import { utcTicks } from 'd3-time';
import { svg, type SVGTemplateResult } from 'lit';
import { type Lang, localeOf } from '../shared/i18n.js';
import { dateFormat } from '../shared/intl.js';
import type { LinearScale } from './linear-scale.js';

export interface Tick {
  /** The tick's value, for `data-value`: an ISO date or a number. */
  value: string;
  /** Position along the axis, in pixels. */
  position: number;
  label: string;
  /** Where the label hangs from the tick: labels at the ends stay inside the axis. */
  anchor: 'start' | 'middle' | 'end';
}

/** Tick labels are drawn at this share of the widget's font size (`.axis text` in the styles). */
export const TICK_FONT_SCALE = 0.8125;

/** A generous average width of one character, in em: estimates never underestimate by much. */
const CHAR_EM = 0.62;

/** The estimated width of a text drawn at `fontSize` pixels, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * CHAR_EM * fontSize;
}

/** The estimated width of a tick label, for a widget whose font size is `fontSize` pixels. */
export function labelWidth(label: string, fontSize: number): number {
  return textWidth(label, TICK_FONT_SCALE * fontSize);
}

/** Ticks fall on calendar days, in UTC like every feed date. */
const TICK_DATE_OPTIONS = {
  monthYear: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  monthShortYear: { month: 'short', year: '2-digit', timeZone: 'UTC' },
  dayMonth: { month: 'short', day: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A joining word between spaces, such as Spanish " de ": a tick label has no room for it. */
const JOINING_WORD = /^\s+(\p{Ll}+\s+)?$/u;

/** The date in the order `lang` writes it, short: "3 ene", "Jan 3", "3 janv.". */
function shortDate(date: Date, lang: Lang, style: keyof typeof TICK_DATE_OPTIONS): string {
  const formatter = dateFormat(localeOf(lang), TICK_DATE_OPTIONS[style]);
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'literal' && JOINING_WORD.test(part.value) ? ' ' : part.value))
    .join('');
}

/**
 * Labels for time ticks: "2026" when every tick falls on 1 January,
 * "ene 2026" on the first of a month ("ene 26" when `short`), "3 ene"
 * otherwise, in the language's order. Spanish drops the "de" Intl puts
 * between day, month and year.
 */
export function formatTimeTicks(dates: readonly Date[], lang: Lang, short: boolean): string[] {
  if (dates.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1)) {
    return dates.map((date) => String(date.getUTCFullYear()));
  }
  if (dates.every((date) => date.getUTCDate() === 1)) {
    return dates.map((date) => shortDate(date, lang, short ? 'monthShortYear' : 'monthYear'));
  }
  return dates.map((date) => shortDate(date, lang, 'dayMonth'));
}

/**
 * A scale from time to pixels: a `LinearScale` over timestamps (what the
 * widgets use; d3's `scaleUtc` would bring d3-time-format into the bundle
 * only for tick labels, which are written with Intl here) or `scaleUtc` itself.
 */
export interface TimeScale {
  (time: number): number;
  domain(): ReadonlyArray<number | Date>;
  range(): number[];
}

/** Below this width (in em) time labels use two-digit years. */
const SHORT_LABELS_BELOW_EM = 30;

/** Where a tick's label starts and ends along the axis, after its anchor. */
function labelExtent(tick: Tick, fontSize: number): [number, number] {
  const width = labelWidth(tick.label, fontSize);
  const left = tick.anchor === 'start' ? tick.position : tick.position - (tick.anchor === 'end' ? width : width / 2);
  return [left, left + width];
}

/**
 * Time ticks that fit the axis: as many as the width allows with a gap of
 * one em between labels, down to a single tick. Labels are measured where
 * they are drawn: the first and last hang inside the axis (anchored at
 * their start or end), so they reach further toward their neighbours than
 * centred ones ("oct 2024ene 2025" otherwise).
 */
export function timeTicks(scale: TimeScale, lang: Lang, fontSize: number): Tick[] {
  const [start, end] = scale.range() as [number, number];
  const domain = scale.domain();
  const first = new Date(+domain[0]!);
  const last = new Date(+domain[domain.length - 1]!);
  const length = Math.abs(end - start);
  const short = length < SHORT_LABELS_BELOW_EM * fontSize;
  let count = Math.max(1, Math.floor(length / (4 * fontSize)));
  for (;;) {
    // The ticks scaleUtc would choose: d3-time's UTC intervals.
    const dates = utcTicks(first, last, count);
    const labels = formatTimeTicks(dates, lang, short);
    const ticks = dates.map((date, index) =>
      tick(date.toISOString().slice(0, 10), scale(+date), labels[index]!, start, end, fontSize),
    );
    const extents = ticks.map((tick) => labelExtent(tick, fontSize));
    const fits = extents.every((extent, index) => index === 0 || extent[0] - extents[index - 1]![1] >= fontSize);
    if (fits || count === 1) return ticks;
    count -= 1;
  }
}

/** Value ticks, about one every `spacing` pixels, written by `format`. */
export function valueTicks(scale: LinearScale, spacing: number, format: (value: number) => string) {
  const [bottom, top] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(bottom - top) / spacing));
  return scale
    .ticks(count)
    .map((value): Tick => ({ value: String(value), position: scale(value), label: format(value), anchor: 'end' }));
}

function tick(value: string, position: number, label: string, start: number, end: number, fontSize: number): Tick {
  const half = labelWidth(label, fontSize) / 2;
  const anchor = position - half < start ? 'start' : position + half > end ? 'end' : 'middle';
  return { value, position, label, anchor };
}

/** A horizontal axis at `y`: a rule `length` long, tick marks and labels below it. */
export function bottomAxis(ticks: readonly Tick[], y: number, length: number): SVGTemplateResult {
  return svg`<g class="axis axis--x" transform="translate(0,${y})">
    <line class="axis__rule" x2=${length}></line>
    ${ticks.map(
      (tick) => svg`<g class="tick" data-value=${tick.value} transform="translate(${tick.position},0)">
        <line class="tick__mark" y2="6"></line>
        <text class="tick__label" y="1.55em" text-anchor=${tick.anchor}>${tick.label}</text>
      </g>`,
    )}
  </g>`;
}

/** A vertical axis on the left: labels and grid lines `length` long across the plot. */
export function leftAxis(ticks: readonly Tick[], length: number): SVGTemplateResult {
  return svg`<g class="axis axis--y">
    ${ticks.map(
      (tick) => svg`<g class="tick" data-value=${tick.value} transform="translate(0,${tick.position})">
        <line class="tick__grid" x2=${length}></line>
        <text class="tick__label" x="-0.5em" dy="0.32em" text-anchor="end">${tick.label}</text>
      </g>`,
    )}
  </g>`;
}
