/**
 * An indicator's values for people, in its own measure: the commitment view
 * and the chart write them. Apart from format.ts, so pages without either
 * element (the overview, the timeline) do not download them.
 */
import type { Indicator } from './feed-schema.js';
import type { Lang } from './i18n.js';
import { formatNumber, numbers } from './format.js';

/** An indicator's value in its own measure: "45 %", "$ 1.200.000", "1.234". */
export function formatValue(value: number, indicator: Pick<Indicator, 'measure' | 'currency'>, lang: Lang): string {
  switch (indicator.measure) {
    case 'percentage':
      // Feed percentages are 0–100, not 0–1.
      return numbers(lang, {
        style: 'percent',
        maximumFractionDigits: 1,
        maximumSignificantDigits: 2,
        roundingPriority: 'morePrecision',
      }).format(value / 100);
    case 'currency':
      return numbers(lang, {
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

/**
 * An indicator's value written short, for axes of large numbers: "1,2 M",
 * "$ 3 mil M", "1 M %". Intl's compact notation keeps two significant
 * digits unless `maximumFractionDigits` asks for a fixed number of decimals.
 */
export function formatCompact(
  value: number,
  indicator: Pick<Indicator, 'measure' | 'currency'>,
  lang: Lang,
  maximumFractionDigits?: number,
): string {
  const digits = maximumFractionDigits === undefined ? {} : { maximumFractionDigits };
  if (indicator.measure === 'percentage') {
    // Feed percentages are 0–100, not 0–1.
    return numbers(lang, { notation: 'compact', style: 'percent', ...digits }).format(value / 100);
  }
  const currency = indicator.measure === 'currency' ? (indicator.currency ?? 'COP') : undefined;
  return numbers(lang, {
    notation: 'compact',
    ...(currency ? { style: 'currency', currency } : {}),
    ...digits,
  }).format(value);
}
