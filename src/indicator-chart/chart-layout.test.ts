import { expect } from '@open-wc/testing';
import {
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import { linePath, markerPath, SERIES_STYLES, seriesStyle } from './chart-layout.js';

/**
 * The chart draws its line and markers without d3-shape (see README, "Stack
 * choices"); these tests hold it to d3-shape's output, which stays a
 * development dependency for them.
 */
const D3_MARKERS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye];
const NAMES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'wye'];

function pathElement(d: string): SVGPathElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  return path;
}

describe('chart markers and lines', () => {
  afterEach(() => document.querySelectorAll('body > svg').forEach((svg) => svg.remove()));

  for (const [index, name] of NAMES.entries()) {
    it(`draws the ${name} as d3-shape does: same box, same outline length, same filled points`, () => {
      const fontSize = 16;
      const ours = pathElement(markerPath(seriesStyle(index).marker, fontSize));
      const d3 = pathElement(symbol(D3_MARKERS[index]!, 4 * fontSize)()!);
      const [a, b] = [ours.getBBox(), d3.getBBox()];
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(a[key]).to.be.closeTo(b[key], 0.01);
      expect(ours.getTotalLength()).to.be.closeTo(d3.getTotalLength(), 0.05);
      const svg = ours.ownerSVGElement!;
      for (let x = -6; x <= 6; x += 0.75) {
        for (let y = -6; y <= 6; y += 0.75) {
          const point = svg.createSVGPoint();
          Object.assign(point, { x, y });
          expect(ours.isPointInFill(point), `${name} at ${x},${y}`).to.equal(d3.isPointInFill(point));
        }
      }
    });
  }

  it('gives six series six different markers, and series 7 a shifted one', () => {
    const markers = Array.from({ length: SERIES_STYLES }, (_, index) => markerPath(seriesStyle(index).marker, 16));
    expect(new Set(markers).size).to.equal(SERIES_STYLES);
    expect(seriesStyle(SERIES_STYLES).marker).to.equal(seriesStyle(1).marker);
  });

  it('writes a line the way d3-shape’s line().digits(1) does', () => {
    const points = [
      { x: 0, y: 10.04 },
      { x: 12.345, y: 7.89 },
      { x: 100.96, y: -3.25 },
    ];
    const d3 = line<{ x: number; y: number }>()
      .x((point) => point.x)
      .y((point) => point.y)
      .digits(1);
    expect(linePath(points)).to.equal(d3(points));
    expect(linePath([points[0]!])).to.equal(d3([points[0]!]));
    expect(linePath([])).to.equal('');
  });
});
