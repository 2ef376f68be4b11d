import { css } from 'lit';

/**
 * The chart's look around the plot: the figure's layout, the figures, the
 * legend and its dimension choices, the actions and the data table. The
 * plot itself, and the series the legend's swatches draw, are styled in
 * plot.styles.ts.
 */
export const indicatorChartStyles = css`
  :host {
    --_ogp-chart-height: var(--ogp-chart-height, 18em);
    --_ogp-chart-baseline: var(--ogp-chart-baseline-color, var(--_ogp-muted));
    --_ogp-chart-target: var(--ogp-chart-target-color, var(--_ogp-status-completed));
    --_ogp-chart-grid: var(--ogp-chart-grid-color, color-mix(in srgb, var(--_ogp-border) 35%, var(--_ogp-background)));
    /*
     * While loading, the chart's whole height is reserved: the plot, and the words around it, which wrap
     * onto more lines as the widget narrows (the rules below).
     */
    --_ogp-loading-height: calc(var(--_ogp-chart-height) + 24em);
  }

  @container (max-width: 44em) {
    .state--loading {
      --_ogp-loading-height: calc(var(--_ogp-chart-height) + 32em);
    }
  }

  @container (max-width: 28em) {
    .state--loading {
      --_ogp-loading-height: calc(var(--_ogp-chart-height) + 40em);
    }
  }

  .chart {
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .description,
  .notes,
  .source,
  .hint,
  .figure__date,
  .summary {
    margin-top: 0.25em;
  }

  .sample-notice {
    margin-bottom: 0;
  }

  .source {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }

  .figure {
    min-width: 0;
  }

  .figure--progress {
    flex: 1 1 14em;
    max-width: 24em;
  }

  .figure dd {
    margin: 0;
  }

  .figure__value {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .met {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 700;
    color: var(--_ogp-status-completed);
  }

  .met svg {
    width: 1em;
    height: 1em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .choices legend {
    float: inline-start;
    margin-inline-end: 0.25em;
    padding: 0;
    font-weight: 600;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding-block: 0;
    padding-inline: 0.5em 0.75em;
    border: 1px solid var(--_ogp-border);
    border-radius: 1.375em;
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border: 2px solid var(--_ogp-accent);
    font-weight: 600;
  }

  .choice input {
    margin: 0;
    width: 1.125em;
    height: 1.125em;
    accent-color: var(--_ogp-accent);
  }

  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 2px;
  }

  .choice input:focus-visible {
    outline: none;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
  }

  .swatch {
    flex: none;
    width: 2.5em;
    height: 1em;
    overflow: visible;
  }

  .note {
    font-size: 0.875em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .actions button[aria-expanded] svg {
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.4em;
    transition: transform 120ms ease-out;
  }

  /* The chevron points the way text runs: to the left on a right-to-left page. */
  .actions button[aria-expanded='false'] svg:dir(rtl) {
    transform: scaleX(-1);
  }

  .actions button[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }

  .actions button[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_ogp-muted);
    cursor: not-allowed;
  }

  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }

  .table-wrap:focus-visible {
    outline: 3px solid var(--_ogp-focus);
  }

  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5em;
  }

  th,
  td {
    padding-block: 0.35em;
    padding-inline: 0 0.75em;
    border-bottom: 1px solid var(--_ogp-chart-grid);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-bottom: 2px solid var(--_ogp-border);
  }

  .number {
    text-align: end;
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
