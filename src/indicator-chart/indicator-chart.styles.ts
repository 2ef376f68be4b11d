import { css } from 'lit';

/**
 * The chart's look. Series colors are Okabe–Ito colors (safe for color
 * blindness), darkened where needed to reach 3:1 against white; series
 * also differ by dash and marker, so color is never the only cue.
 */
export const indicatorChartStyles = css`
  :host {
    --_ogp-chart-height: var(--ogp-chart-height, 18em);
    --_ogp-chart-baseline: var(--ogp-chart-baseline-color, var(--_ogp-muted));
    --_ogp-chart-target: var(--ogp-chart-target-color, var(--_ogp-status-completed));
    --_ogp-chart-grid: var(--ogp-chart-grid-color, color-mix(in srgb, var(--_ogp-border) 35%, var(--_ogp-background)));
    /* While loading, the chart's whole height is reserved. */
    --_ogp-loading-height: calc(var(--_ogp-chart-height) + 26em);
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
    float: left;
    margin-inline-end: 0.25em;
    padding: 0;
    font-weight: 600;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0 0.75em 0 0.5em;
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

  .plot {
    position: relative;
    height: var(--_ogp-chart-height);
    min-width: 0;
    border-radius: calc(var(--_ogp-radius) / 2);
  }

  .plot svg {
    display: block;
    width: 100%;
    height: 100%;
    font-family: inherit;
    /* Time runs left to right and labels are anchored for it, on right-to-left pages too. */
    direction: ltr;
  }

  .hint {
    display: none;
  }

  .plot:focus-visible + .hint {
    display: block;
  }

  .axis text {
    font-size: 0.8125em;
    fill: var(--_ogp-muted);
  }

  .axis__rule,
  .tick__mark {
    stroke: var(--_ogp-border);
    stroke-width: 1;
  }

  .tick__grid {
    stroke: var(--_ogp-chart-grid);
    stroke-width: 1;
  }

  /* A series' color, \`--_c\`: class s0 is --ogp-chart-series-1, and so on. */
  .s0 {
    --_c: var(--ogp-chart-series-1, #0072b2);
  }
  .s1 {
    --_c: var(--ogp-chart-series-2, #d55e00);
  }
  .s2 {
    --_c: var(--ogp-chart-series-3, #009e73);
  }
  .s3 {
    --_c: var(--ogp-chart-series-4, #cc79a7);
  }
  .s4 {
    --_c: var(--ogp-chart-series-5, var(--_ogp-text));
  }
  .s5 {
    --_c: var(--ogp-chart-series-6, #9e6a00);
  }

  .series__line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }

  .series__marker {
    fill: var(--_c);
    stroke: var(--_ogp-background);
    stroke-width: 1;
  }

  .series__bar {
    fill: var(--_c);
    stroke: none;
  }

  .reference__line {
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }

  .reference--baseline {
    color: var(--_ogp-chart-baseline);
  }

  .reference--target {
    color: var(--_ogp-chart-target);
  }

  .reference--baseline .reference__line {
    stroke-dasharray: 2 3;
  }

  .reference__line,
  .reference__mark {
    stroke: currentColor;
  }

  .reference__mark {
    fill: var(--_ogp-background);
    stroke-width: 2;
  }

  .reference__label,
  .callout__label {
    font-size: 0.8125em;
    font-weight: 700;
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--_ogp-background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }

  .callout {
    color: var(--_ogp-text);
  }

  .callout__label {
    font-size: 0.875em;
  }

  .callout__dot {
    fill: var(--_c);
    stroke: var(--_ogp-background);
    stroke-width: 2;
  }

  .focus-mark {
    transition: transform 120ms ease-out;
  }

  .focus-mark__rule {
    stroke: var(--_ogp-focus);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }

  .focus-mark__ring {
    fill: none;
    stroke: var(--_ogp-focus);
    stroke-width: 3;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    max-width: min(16em, 90%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_ogp-border);
    border-radius: calc(var(--_ogp-radius) / 2);
    background: var(--_ogp-background);
    color: var(--_ogp-text);
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.35;
  }

  .tooltip__value {
    font-size: 1.125em;
    font-weight: 700;
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
    padding: 0.35em 0.75em 0.35em 0;
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
    .plot svg,
    .swatch {
      forced-color-adjust: none;
    }
    .series,
    .swatch,
    .callout {
      --_c: CanvasText;
      color: CanvasText;
    }
    .series__marker,
    .callout__dot {
      stroke: Canvas;
    }
    .series__bar {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .tick__grid {
      stroke: GrayText;
    }
    .axis text {
      fill: CanvasText;
    }
    .axis__rule,
    .tick__mark {
      stroke: CanvasText;
    }
    .reference--baseline,
    .reference--target {
      color: CanvasText;
    }
    .reference__mark {
      fill: Canvas;
    }
    .reference__label,
    .callout__label {
      stroke: Canvas;
    }
    .focus-mark__rule,
    .focus-mark__ring {
      stroke: Highlight;
    }
    .choice:has(input:checked) {
      border-color: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
