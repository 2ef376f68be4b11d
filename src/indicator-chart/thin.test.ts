import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_POINTS_PER_PIXEL, thinByPixel } from './thin.js';

interface Point {
  x: number;
  y: number;
}

const thin = (points: Point[]) =>
  thinByPixel(
    points,
    (point) => point.x,
    (point) => point.y,
  );

/** Points sorted by x, as many as `count`, spread over `width` pixels. */
const series = (count: number, width: number, y: (index: number) => number): Point[] =>
  Array.from({ length: count }, (_, index) => ({ x: (index / count) * width, y: y(index) }));

describe('thinByPixel', () => {
  it('keeps every point while there are at most two per pixel', () => {
    const points = series(200, 100, Math.sin);
    expect(thin(points)).to.equal(points);
  });

  it('keeps the first, the last, and each pixel column’s lowest and highest point', () => {
    const points = series(10_000, 500, (index) => Math.sin(index / 50) * 100 + (index === 4321 ? 500 : 0));
    const kept = thin(points);
    expect(kept.length).to.be.at.most(MAX_POINTS_PER_PIXEL * 500 + 2);
    expect(kept[0]).to.equal(points[0]);
    expect(kept.at(-1)).to.equal(points.at(-1));
    // The spike survives.
    expect(kept).to.include(points[4321]);
  });

  it('returns a subsequence of the points, in order, with every column’s extremes', () => {
    const arbitraryPoints = fc
      .array(fc.record({ dx: fc.double({ min: 0, max: 0.3, noNaN: true }), y: fc.integer({ min: -50, max: 50 }) }), {
        minLength: 3,
        maxLength: 400,
      })
      .map((steps) => {
        let x = 0;
        return steps.map(({ dx, y }) => ({ x: (x += dx), y }));
      });
    fc.assert(
      fc.property(arbitraryPoints, (points) => {
        const kept = thin(points);
        const indexes = kept.map((point) => points.indexOf(point));
        expect(indexes.every((index, position) => index >= 0 && (position === 0 || index > indexes[position - 1]!))).to
          .be.true;
        expect(kept[0]).to.equal(points[0]);
        expect(kept.at(-1)).to.equal(points.at(-1));
        const columns = new Map<number, Point[]>();
        for (const point of points) {
          const column = Math.floor(point.x);
          columns.set(column, [...(columns.get(column) ?? []), point]);
        }
        if (kept === points) return;
        for (const column of columns.values()) {
          const low = Math.min(...column.map((point) => point.y));
          const high = Math.max(...column.map((point) => point.y));
          const keptHere = kept.filter((point) => column.includes(point));
          expect(keptHere.some((point) => point.y === low)).to.be.true;
          expect(keptHere.some((point) => point.y === high)).to.be.true;
          expect(keptHere.length).to.be.at.most(MAX_POINTS_PER_PIXEL + 2);
        }
      }),
    );
  });
});
