/**
 * Every Intl formatter the widgets and the command line use, made once per
 * locale and options and then kept: creating one is the slow part (a
 * timeline of 500 milestones formats thousands of dates), using it is cheap.
 * Nothing else calls `new Intl.…` (ESLint holds to it).
 */

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat;

const cache = new Map<string, Formatter>();

/** The formatter `make` creates for `key`, created on the first call only. */
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

// Options are small flat objects, so their JSON is a short, exact key.
const keyOf = (kind: string, locale: string, options: object) => `${kind} ${locale} ${JSON.stringify(options)}`;

/** `new Intl.DateTimeFormat(locale, options)`, once. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(keyOf('date', locale, options), () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.NumberFormat(locale, options)`, once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(keyOf('number', locale, options), () => new Intl.NumberFormat(locale, options));
}

/** `new Intl.PluralRules(locale)` (cardinal), once. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`plural ${locale}`, () => new Intl.PluralRules(locale));
}

/** `new Intl.ListFormat(locale, options)`, once. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(keyOf('list', locale, options), () => new Intl.ListFormat(locale, options));
}
