/**
 * JSON text with object keys sorted at every level: two values that differ
 * only in key order (which carries no meaning in JSON; list order does)
 * give the same text. The command line compares feeds with it; the
 * receiver hashes submissions with it, so a retry whose fields arrive in
 * another order is still the same submission.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
