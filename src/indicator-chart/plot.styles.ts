import { css } from 'lit';

/**
 * The plot's look: axes, series (colors, lines, bars, markers, also drawn
 * in the legend's swatches), reference lines, the latest value, the focus
 * mark and the tooltip. Series colors are Okabe–Ito colors (safe for color
 * blindness), darkened where needed to reach 3:1 against white; series
 * also differ by dash and marker, so color is never the only cue. Under
 * forced colors everything is drawn in system colors, the focus mark in
 * Highlight.
 */
export const plotStyles = css`
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
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
