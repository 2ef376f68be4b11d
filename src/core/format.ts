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

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return cached(
    `number:${lang}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
  ).format(value);
}

/** A share (0.75) as a percentage for people: "75 %". */
export function formatPercent(ratio: number, lang: Lang): string {
  return cached(
    `percent:${lang}`,
    () => new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}

/** An indicator's value in its own measure: "45 %", "$ 1.200.000", "1.234". */
export function formatValue(value: number, indicator: Pick<Indicator, 'measure' | 'currency'>, lang: Lang): string {
  switch (indicator.measure) {
    case 'percentage':
      // Feed percentages are 0–100, not 0–1.
      return cached(
        `pct-value:${lang}`,
        () => new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }),
      ).format(value / 100);
    case 'currency':
      return cached(
        `currency:${lang}:${indicator.currency ?? 'COP'}`,
        () =>
          new Intl.NumberFormat(LOCALES[lang], {
            style: 'currency',
            currency: indicator.currency ?? 'COP',
            maximumFractionDigits: 0,
          }),
      ).format(value);
    case 'count':
      return formatNumber(value, lang, 0);
    default:
      return formatNumber(value, lang);
  }
}
