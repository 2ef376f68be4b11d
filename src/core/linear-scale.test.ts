import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { linearScale, niceDomain } from './linear-scale.js';

// What feeds and layouts hold: values with two decimals, pixels, and timestamps in milliseconds.
// (Not subnormal numbers, where d3 itself throws.)
const finite = fc.oneof(
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((hundredths) => hundredths / 100),
  fc.integer({ min: 0, max: 4_000_000_000_000 }),
);
/** Equal but for rounding, relative to the magnitudes involved. */
const close = (actual: number, expected: number, ...magnitudes: number[]) =>
  expect(Math.abs(actual - expected)).to.be.at.most(
    1e-9 * Math.max(1, Math.abs(expected), ...magnitudes.map(Math.abs)),
  );

describe('linearScale', () => {
  it('maps the domain onto the range, also reversed (SVG y grows downward)', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).to.equal(300);
    expect(y(100)).to.equal(0);
    expect(y(25)).to.equal(225);
    expect(y(150)).to.equal(-150);
    expect(y.domain()).to.deep.equal([0, 100]);
    expect(y.range()).to.deep.equal([300, 0]);
  });

  it('puts everything in the middle of the range when the domain is a single value', () => {
    expect(linearScale([5, 5], [0, 200])(5)).to.equal(100);
    expect(linearScale([5, 5], [0, 200])(99)).to.equal(100);
  });

  it('agrees with d3-scale’s scaleLinear on values and ticks', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, fc.integer({ min: 1, max: 20 }), (d0, d1, r0, r1, x, n) => {
        fc.pre(d0 !== d1);
        const ours = linearScale([d0, d1], [r0, r1]);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        close(ours(x), d3(x), r0, r1);
        expect(ours.ticks(n)).to.deep.equal(d3.ticks(n));
      }),
    );
  });

  it('widens a domain to round bounds around every value', () => {
    expect(niceDomain(0, 87.3, 5)).to.deep.equal([0, 100]);
    expect(niceDomain(-3.2, 41, 4)).to.deep.equal([-20, 60]);
    expect(niceDomain(12.5, 12.5, 5)).to.deep.equal([12.5, 12.5]);
    // d3-array's nice avoids a rounding error d3-scale 4's still makes ([-0.08, 0] there).
    expect(niceDomain(-0.07, 0, 5)).to.deep.equal([-0.07, 0]);
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 2, max: 20 }), (a, b, n) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const [niceLow, niceHigh] = niceDomain(low, high, n);
        expect(niceLow).to.be.at.most(low);
        expect(niceHigh).to.be.at.least(high);
      }),
    );
  });
});
