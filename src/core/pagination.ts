/**
 * Long lists in pages, in the manner of GOV.UK's pagination: the overview's
 * commitments and the timeline's milestones at participatory-budget scale
 * (thousands of each). A page is drawn in a few milliseconds whatever the
 * plan's size, every item stays reachable (by the page buttons, or by the
 * search and filters, which cover all of them), find-in-page finds what is
 * shown, and a screen reader reads a page as an ordinary list.
 *
 * The navigation is a `nav` of buttons, not links: the page is the widget's
 * state, not the host page's URL. The current page is marked
 * aria-current="page"; a short plan has one page and no navigation.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';

/** Which items a page holds: `start` included, `end` excluded. */
export interface PageSlice {
  /** The page shown, from 0, within the pages there are. */
  index: number;
  /** How many pages there are (at least 1). */
  count: number;
  start: number;
  end: number;
}

/** The page `index` (kept within bounds) of `total` items, `size` a page. */
export function pageSlice(total: number, size: number, index: number): PageSlice {
  const count = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(0, Math.trunc(index) || 0), count - 1);
  return { index: page, count, start: page * size, end: Math.min(total, (page + 1) * size) };
}

/**
 * The page numbers to offer (from 0), with `undefined` for "…": the first
 * and the last, and the current one with its neighbours, as GOV.UK does.
 */
export function pageNumbers(current: number, count: number): (number | undefined)[] {
  const shown = [...new Set([0, current - 1, current, current + 1, count - 1])]
    .filter((page) => page >= 0 && page < count)
    .sort((a, b) => a - b);
  const numbers: (number | undefined)[] = [];
  shown.forEach((page, position) => {
    const previous = shown[position - 1];
    if (previous !== undefined && page - previous === 2) numbers.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) numbers.push(undefined);
    numbers.push(page);
  });
  return numbers;
}

/** "Se muestran del 21 al 40 de 2.000.", or nothing when everything fits on one page. */
export function pageRange(slice: PageSlice, total: number, lang: Lang, strings: CommonStrings['pagination']): string {
  if (slice.count < 2) return '';
  const number = (value: number) => formatNumber(value, lang);
  return strings.range(number(slice.start + 1), number(slice.end), number(total));
}

/**
 * The page navigation: "Anterior", the page numbers, "Siguiente". Nothing
 * for a single page. `label` names the navigation ("Páginas de compromisos").
 */
export function renderPagination(
  slice: PageSlice,
  lang: Lang,
  strings: CommonStrings['pagination'],
  label: string,
  onPage: (index: number) => void,
): TemplateResult | typeof nothing {
  if (slice.count < 2) return nothing;
  const { index, count } = slice;
  const step = (to: number, text: string, rel: 'prev' | 'next') =>
    html`<li class="pagination__step">
      <button type="button" data-page=${to} data-rel=${rel} @click=${() => onPage(to)}>${text}</button>
    </li>`;
  return html`<nav part="pagination" class="pagination" aria-label=${label}>
    <ul>
      ${index > 0 ? step(index - 1, strings.previous, 'prev') : nothing}
      ${pageNumbers(index, count).map((page) =>
        page === undefined
          ? html`<li class="pagination__gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                data-page=${page}
                aria-label=${strings.page(formatNumber(page + 1, lang))}
                aria-current=${page === index ? 'page' : 'false'}
                @click=${() => onPage(page)}
              >
                ${formatNumber(page + 1, lang)}
              </button>
            </li>`,
      )}
      ${index < count - 1 ? step(index + 1, strings.next, 'next') : nothing}
    </ul>
  </nav>`;
}

export const paginationStyles = css`
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pagination button[aria-current='page'] {
    color: var(--_ogp-on-accent);
    background: var(--_ogp-accent);
    font-weight: 700;
  }

  .pagination__gap {
    padding-inline: 0.25em;
  }

  /* The line that says which items are shown takes the focus after a page change. */
  .page-range:focus {
    outline: none;
  }

  .page-range:focus-visible {
    outline: 3px solid var(--_ogp-focus);
  }

  @media (forced-colors: active) {
    .pagination button[aria-current='page'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
