/**
 * What a page may download in JavaScript, gzip bytes (1 kB = 1000 bytes, as
 * npm and the browsers' network panels count). Pure data, read by
 * scripts/size-check.js at build (through dist/shared/page-budgets.js) and by
 * test/packaging/page-cost.test.ts in Chromium.
 */

/** The pages with a budget: the loader alone, a Spanish page with only <ogp-plan-overview>, every element. */
export type BudgetedPage = 'loader' | 'plan-overview' | 'all';

/** What issue 12 asks. */
export const PAGE_BUDGETS: Readonly<Record<BudgetedPage, number>> = {
  loader: 3_000,
  'plan-overview': 22_000,
  all: 55_000,
};

/**
 * What fails CI today where a budget is not met yet: the figures of 6 December
 * 2026 rounded up to the next half kB, so a page cannot grow while it is cut
 * down. Lower each with every cut, down to its budget. They were 30.2 and
 * 71.1 kB (five elements) when the loader landed; the language packs'
 * machinery, feeds of any city, "Novedades", the links to the form and the
 * sixth element (<ogp-feedback-answers>, and the commitment's count of
 * answers) took them to 33.5 and 78.0 kB (six elements); the overview's
 * shared modules in the core chunk and the indicators apart from derive.ts
 * brought them to 31.0 and 76.7 kB; the last good feed kept on the device
 * and each element's own loading estimate took them to 32.3 and 78.2 kB.
 */
export const PAGE_CEILINGS: Readonly<Record<BudgetedPage, number>> = {
  loader: 3_000,
  'plan-overview': 32_500,
  all: 78_500,
};
