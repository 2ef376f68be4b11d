/**
 * Thinning a long series for drawing. A line cannot show more than a couple
 * of points per pixel column, so past that the drawing keeps, for each
 * column, the lowest and the highest point (in their order), plus the first
 * and last point of the series: peaks and dips survive, the shape is the
 * same to the eye, and the path stays small. The table and the CSV always
 * keep every value; only the drawing is thinned.
 */

/** Points per pixel column above which a series is thinned. */
export const MAX_POINTS_PER_PIXEL = 2;

/**
 * The points to draw. `points` must be sorted by `x` (pixels); `y` is any
 * value that orders points vertically. Returns the same array when nothing
 * needs thinning, otherwise a new array of some of the same points.
 */
export function thinByPixel<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number): readonly T[] {
  if (points.length < 3) return points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const columns = Math.floor(x(last)) - Math.floor(x(first)) + 1;
  if (points.length <= MAX_POINTS_PER_PIXEL * columns) return points;

  const kept: T[] = [first];
  let column = Math.floor(x(first));
  let low = first;
  let high = first;
  let lowIndex = 0;
  let highIndex = 0;
  const flush = () => {
    const [a, b] = lowIndex <= highIndex ? [low, high] : [high, low];
    if (a !== kept[kept.length - 1]) kept.push(a);
    if (b !== a) kept.push(b);
  };
  for (let index = 1; index < points.length; index++) {
    const point = points[index]!;
    const pointColumn = Math.floor(x(point));
    if (pointColumn !== column) {
      flush();
      column = pointColumn;
      low = high = point;
      lowIndex = highIndex = index;
      continue;
    }
    const value = y(point);
    if (value < y(low)) {
      low = point;
      lowIndex = index;
    } else if (value > y(high)) {
      high = point;
      highIndex = index;
    }
  }
  flush();
  if (kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}
