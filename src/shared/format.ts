/**
 * Dates and numbers through Intl, per language (es-CO for Spanish). The
 * formatters come from intl.ts, which makes each one once.
 */
import { type Lang, localeOf, plural } from './i18n.js';
import { dateFormat, numberFormat } from './intl.js';

/** AAAA-MM-DD (or an ISO date-time) to a Date at UTC midnight of that day. */
export function parseIsoDate(value: string): Date {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export type DateStyle = 'long' | 'medium' | 'month' | 'short';

/** Feed dates are calendar days, so they are read and written in UTC. */
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  medium: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { month: 'short', year: '2-digit', timeZone: 'UTC' },
};

/** A feed date for people: "27 de febrero de 2025". */
export function formatDate(value: string, lang: Lang, style: DateStyle = 'long'): string {
  return dateFormat(localeOf(lang), dateOptions[style]).format(parseIsoDate(value));
}

/** An Intl number format for `lang`. No number ever reads "-0": a negative value that rounds to zero is written "0". */
export function numbers(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return numberFormat(localeOf(lang), { signDisplay: 'negative', ...options });
}

/**
 * A number for people: "1.234,56". Up to `maximumFractionDigits` decimals,
 * or three significant digits when that shows more, so 0,0012 does not
 * read "0".
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numbers(lang, {
    maximumFractionDigits,
    maximumSignificantDigits: 3,
    roundingPriority: 'morePrecision',
  }).format(value);
}

/** A share (0.75) as a percentage for people: "75 %". */
export function formatPercent(ratio: number, lang: Lang): string {
  return numbers(lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A moment in the person's time: "6 de diciembre a las 14:05", "December 6 at 2:05 PM". */
export function formatTimeOfDay(lang: Lang, time: number, options: Intl.DateTimeFormatOptions = {}): string {
  const base: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' };
  return dateFormat(localeOf(lang), { ...base, ...options }).format(time);
}

/** A plural with its number written for people: "Le quedan 3.000 caracteres". */
export function pluralNumber(lang: Lang, count: number, one: string, other: string): string {
  return plural(lang, count, { one, other }).replace(String(count), formatNumber(count, lang));
}
