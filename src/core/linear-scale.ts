/**
 * A linear scale from a domain (values or timestamps) to a range (pixels or
 * percentages), with d3's behaviour: d3-array chooses the ticks and the nice
 * bounds, this module only maps.
 *
 * Why not d3-scale's `scaleLinear`: every continuous scale of d3-scale brings
 * d3-interpolate, d3-color and d3-format (about 8 kB gzip, a sixth of the
 * bundle's budget) for colour interpolation and number formats the widgets
 * never use. `linear-scale.test.ts` checks that this scale agrees with
 * d3-scale's.
 */
import { nice, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values across the domain (d3-array's `ticks`). */
  ticks(count: number): number[];
}

/**
 * The scale from `domain` to `range`. An empty domain (both ends equal) maps
 * to the middle of the range, as d3 does.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number) => {
    // Halves first, so no difference of finite numbers overflows; halving is exact, the result the same.
    const t = d1 === d0 ? 0.5 : (value / 2 - d0 / 2) / (d1 / 2 - d0 / 2);
    // d3-interpolate's formula: exactly r1 at t = 1, where r0 + t * (r1 - r0) may round.
    return r0 * (1 - t) + r1 * t;
  };
  scale.domain = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}

/** `[low, high]` widened to round values, for about `count` ticks (what d3-scale's `.nice(count)` does). */
export function niceDomain(low: number, high: number, count: number): [number, number] {
  return nice(low, high, count);
}
