import { css } from 'lit';

export const planOverviewStyles = css`
  :host {
    /* While loading: the first screen; even a plan of one commitment fills 60em at 80em wide, more when narrower. */
    --_ogp-loading-height: min(var(--_ogp-screen), 60em);
  }

  .overview {
    display: grid;
    gap: calc(var(--_ogp-space) * 1.5);
  }

  /* Sizes go with the heading's place in the widget, whatever its level on the page. */
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }

  .section-heading {
    font-size: 1.25em;
    line-height: 1.3;
    margin-bottom: 0.75em;
  }

  .item__title {
    font-size: 1.0625em;
    line-height: 1.35;
  }

  dt {
    font-weight: 700;
  }

  .plain-list {
    padding-inline-start: 1.25em;
  }

  .header {
    display: grid;
    gap: 0.5em;
  }

  .header .sample-notice {
    margin-bottom: 0;
  }

  .header__jurisdiction,
  .header__updated {
    color: var(--_ogp-muted);
  }

  .header__facts {
    display: grid;
    gap: 0.75em 1.5em;
  }

  @container (min-width: 40em) {
    .header__facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .stats,
  .stat__statuses,
  .list {
    padding: 0;
    list-style: none;
  }

  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
  }

  .stat {
    display: grid;
    align-content: start;
    gap: 0.5em;
    padding: 0.75em var(--_ogp-space);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-surface);
  }

  .stat__headline {
    font-size: 1.125em;
    font-weight: 700;
  }

  .stat--alert .stat__headline {
    color: var(--_ogp-danger);
  }

  .stat__note {
    color: var(--_ogp-muted);
    font-size: 0.875em;
  }

  .stat__statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: 0.75em var(--_ogp-space);
    align-items: end;
    margin-bottom: 0.75em;
  }

  .filter {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  .filter--search {
    grid-column: 1 / -1;
  }

  label {
    font-weight: 600;
  }

  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_ogp-border);
    border-radius: var(--_ogp-radius);
    color: var(--_ogp-text);
    background: var(--_ogp-background);
  }

  .hint {
    color: var(--_ogp-muted);
    font-size: 0.875em;
  }

  .clear-filters {
    justify-self: start;
  }

  .count {
    font-weight: 600;
    margin-bottom: 0.75em;
  }

  .page-range {
    color: var(--_ogp-muted);
    margin-bottom: 0.75em;
  }

  .pagination {
    margin-top: var(--_ogp-space);
  }

  .list {
    display: grid;
    gap: var(--_ogp-space);
  }

  .item {
    display: grid;
    gap: 0.75em;
    padding: var(--_ogp-space);
    border: 1px solid var(--_ogp-border);
    border-radius: var(--_ogp-radius);
    /* Deep links scroll here; keep a little room above. */
    scroll-margin-top: var(--_ogp-space);
  }

  .item__main {
    display: grid;
    gap: 0.375em;
    min-width: 0;
  }

  .item__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 1.25em;
    color: var(--_ogp-muted);
    font-size: 0.9375em;
  }

  .item__facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  .item__facts dt {
    font-weight: 600;
  }

  .item__state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .item__state .progress {
    flex: 1 1 10em;
  }

  .item__label {
    font-weight: 600;
  }

  .comment {
    margin: 0;
  }

  .item__due,
  .item__overdue-count {
    display: inline-block;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    justify-self: start;
  }

  .toggle__icon {
    width: 1em;
    height: 1em;
    flex: none;
    transition: transform 150ms ease-out;
  }

  /* The chevron points the way text runs: to the left on a right-to-left page. */
  .toggle[aria-expanded='false'] .toggle__icon:dir(rtl) {
    transform: scaleX(-1);
  }

  .toggle[aria-expanded='true'] .toggle__icon {
    transform: rotate(90deg);
  }

  .panel {
    padding-top: 0.75em;
    border-top: 1px solid var(--_ogp-surface);
  }

  .empty {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_ogp-space);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-surface);
  }

  /* Wide containers: the title on the left, status and progress on the right. */
  @container (min-width: 44em) {
    .item {
      grid-template-columns: minmax(0, 1fr) minmax(14em, 18em);
      column-gap: calc(var(--_ogp-space) * 1.5);
    }

    .item__state {
      flex-direction: column;
      align-items: stretch;
    }

    .item__state .status {
      align-self: start;
    }

    .item__state .progress {
      flex: none;
    }

    .item__next,
    .comment,
    .toggle,
    .panel {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .stat,
    .empty,
    .item {
      border: 1px solid CanvasText;
    }
    input,
    select {
      border-color: CanvasText;
    }
    .panel {
      border-top-color: CanvasText;
    }
  }
`;
