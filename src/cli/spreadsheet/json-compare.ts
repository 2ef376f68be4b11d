/**
 * Equality of two feeds as export-csv promises it: the same JSON once object
 * keys are sorted (key order carries no meaning; list order does).
 */
import { canonicalJson } from '../../shared/canonical-json.js';
import { escapePointer } from '../../shared/feed-checks.js';

/** The JSON pointers where `after` differs from `before`, deepest first found. */
export function jsonDifferences(before: unknown, after: unknown, path = ''): string[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const isObject = (value: unknown) => value !== null && typeof value === 'object';
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) return [path || '/'];
  if (Array.isArray(before) && before.length !== (after as unknown[]).length) return [path || '/'];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => jsonDifferences(a[key], b[key], `${path}/${escapePointer(key)}`));
}
