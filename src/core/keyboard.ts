/**
 * Moving through a row of items with the keyboard (points of a chart,
 * milestones of a timeline): one tab stop, then the arrow keys, Home, End,
 * Page Up and Page Down.
 */

/**
 * The index a key moves to among `count` items, or undefined when the key
 * does not move (so the caller lets the browser handle it). Page keys jump a
 * tenth of the items, at least one. Moves stop at the ends.
 */
export function stepIndex(key: string, index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  const page = Math.max(1, Math.round(count / 10));
  const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
