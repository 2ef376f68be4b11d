/**
 * Dates and numbers through Intl, per language (es-CO for Spanish).
 * Formatters are cached: creating them is the slow part.
 */
import type { Indicator } from './feed-schema.js';
import { type Lang, LOCALES } from './i18n.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** AAAA-MM-DD (or an ISO date-time) to a Date at UTC midnight of that day. */
export function parseIsoDate(value: string): Date {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export type DateStyle = 'long' | 'medium' | 'month' | 'short';

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  short: { month: 'short', year: '2-digit' },
};

/** A feed date for people: "27 de febrero de 2025". Dates are calendar days, so UTC. */
export function formatDate(value: string, lang: Lang, style: DateStyle = 'long'): string {
  const formatter = cached(
    `date:${lang}:${style}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { ...dateOptions[style], timeZone: 'UTC' }),
  );
  return formatter.format(parseIsoDate(value));
}

/**
 * An Intl number format for `lang`, cached under `key`. No number ever reads
 * "-0": a negative value that rounds to zero is written "0".
 */
function numberFormat(key: string, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`${key}:${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { signDisplay: 'negative', ...options }));
}

/**
 * A number for people: "1.234,56". Up to `maximumFractionDigits` decimals,
 * or three significant digits when that shows more, so 0,0012 does not
 * read "0".
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(`number:${maximumFractionDigits}`, lang, {
    maximumFractionDigits,
    maximumSignificantDigits: 3,
    roundingPriority: 'morePrecision',
  }).format(value);
}

/** A share (0.75) as a percentage for people: "75 %". */
export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat('percent', lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** An indicator's value in its own measure: "45 %", "$ 1.200.000", "1.234". */
export function formatValue(value: number, indicator: Pick<Indicator, 'measure' | 'currency'>, lang: Lang): string {
  switch (indicator.measure) {
    case 'percentage':
      // Feed percentages are 0–100, not 0–1.
      return numberFormat('pct-value', lang, {
        style: 'percent',
        maximumFractionDigits: 1,
        maximumSignificantDigits: 2,
        roundingPriority: 'morePrecision',
      }).format(value / 100);
    case 'currency':
      return numberFormat(`currency:${indicator.currency ?? 'COP'}`, lang, {
        style: 'currency',
        currency: indicator.currency ?? 'COP',
        maximumFractionDigits: 0,
      }).format(value);
    case 'count':
      return formatNumber(value, lang, 0);
    default:
      return formatNumber(value, lang);
  }
}

/** An indicator's value written short, for axes of large numbers: "1,2 M", "$ 3 mil M". */
export function formatCompact(value: number, indicator: Pick<Indicator, 'measure' | 'currency'>, lang: Lang): string {
  const currency = indicator.measure === 'currency' ? (indicator.currency ?? 'COP') : undefined;
  return numberFormat(`compact:${currency ?? ''}`, lang, {
    notation: 'compact',
    ...(currency ? { style: 'currency', currency } : {}),
  }).format(value);
}
