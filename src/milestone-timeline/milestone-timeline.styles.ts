import { css } from 'lit';

/**
 * Wide containers: a row per milestone, its words on the left and its mark
 * on a track that shares the axis's scale, with the "Hoy" line crossing
 * every track. Below 36em: a vertical list along a line, each milestone's
 * shape on the line.
 */
export const timelineStyles = css`
  :host {
    --_ogp-today: var(--ogp-timeline-today-color, var(--_ogp-accent));
    /* While loading: a commitment of three milestones (37em at 80em wide, 48em at 21em). */
    --_ogp-loading-height: min(var(--_ogp-screen), 36em);
  }

  /* Every commitment's milestones: the first screen (two commitments of three milestones take 61em at 80em wide). */
  :host(:not([commitment-id])) {
    --_ogp-loading-height: min(var(--_ogp-screen), 60em);
  }

  .timeline {
    display: grid;
    gap: 0.75em;
    min-width: 0;
    /* The narrow layout follows this box, even when a page makes the host inline (no container then). */
    container-type: inline-size;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .subject {
    font-weight: 600;
  }

  .hint,
  .empty {
    color: var(--_ogp-muted);
    font-size: 0.875em;
  }

  .page-range {
    font-weight: 600;
  }

  .sample-notice {
    margin-bottom: 0;
  }

  .scale,
  .milestone,
  .today {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    column-gap: 1em;
  }

  .scale {
    /* The rows' start padding and edge, and their end padding: the axis lines up with the tracks. */
    padding-inline: 1em 0.5em;
  }

  .scale__axis {
    grid-column: 2;
    min-width: 0;
  }

  .scale svg {
    display: block;
    width: 100%;
    height: 3.4em;
    overflow: visible;
    /* Time runs left to right, labels anchored for it, on right-to-left pages too. */
    direction: ltr;
  }

  .axis text,
  .today-mark text {
    font-size: 0.8125em;
  }

  .axis text {
    fill: var(--_ogp-muted);
  }

  .axis__rule,
  .tick__mark {
    stroke: var(--_ogp-border);
  }

  .today-mark {
    fill: var(--_ogp-today);
    font-weight: 700;
  }

  .rows {
    display: grid;
    gap: 1.25em;
  }

  .group__title {
    font-size: 1em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_ogp-border);
  }

  .milestones {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .milestone {
    /* Start padding and edge make 1em, as the axis' start padding: tracks line up with it either way. */
    padding: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid transparent;
    border-bottom: 1px solid var(--_ogp-surface);
  }

  .milestone:focus-visible {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: -3px;
  }

  .milestone--overdue {
    border-inline-start-color: var(--_ogp-danger);
    background: color-mix(in srgb, var(--_ogp-danger) 7%, var(--_ogp-background));
  }

  .milestone__text {
    position: relative;
    min-width: 0;
  }

  .milestone__title {
    font-weight: 600;
  }

  .milestone__meta,
  .milestone__evidence,
  .milestone__evidence ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.9375em;
  }

  .milestone__evidence ul {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 1em;
  }

  .milestone__meta {
    color: var(--_ogp-muted);
  }

  .track {
    position: relative;
    min-height: 2em;
    /* The track reaches the row's edges, so the "Hoy" line runs unbroken from row to row. */
    margin-block: -0.5em;
  }

  .today .track {
    margin-block: -0.25em;
  }

  .track::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 50%;
    border-top: 1px solid var(--_ogp-border);
  }

  .timeline--today .track::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: var(--_today);
    border-left: 2px dashed var(--_ogp-today);
  }

  .marker {
    position: absolute;
    z-index: 1;
    top: 50%;
    transform: translate(-50%, -50%);
    display: grid;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    background: var(--_ogp-background);
  }

  .marker svg {
    width: 100%;
    height: 100%;
  }

  .milestone--overdue .marker {
    outline: 3px solid var(--_ogp-danger);
    outline-offset: 1px;
  }

  .milestone:focus-visible .marker {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 3px;
  }

  .today {
    padding: 0.25em 0.5em;
    padding-inline-start: 1em;
    color: var(--_ogp-today);
    font-weight: 700;
  }

  .today__label {
    font-size: 0.875em;
  }

  @container (max-width: 36em) {
    .scale {
      display: none;
    }

    /* A vertical list: each row draws its piece of the line and its shape on it, inside its own box. */
    .milestone,
    .today {
      display: block;
      position: relative;
      padding-inline-start: 2.25em;
      border-bottom: 0;
    }

    .milestone::before,
    .today::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(1em - 1px);
      border-inline-start: 2px solid var(--_ogp-border);
    }

    .track {
      position: absolute;
      top: 0.5em;
      inset-inline-start: 0.375em;
      width: 1.25em;
      height: 1.25em;
      min-height: 0;
      margin: 0;
    }

    .track::before,
    .timeline--today .track::after,
    .today .track {
      display: none;
    }

    .marker {
      left: 50% !important;
    }

    .today {
      border-top: 2px dashed var(--_ogp-today);
    }
  }

  @media (forced-colors: active) {
    .milestone {
      border-inline-start-color: Canvas;
    }
    .milestone--overdue {
      border-inline-start-color: CanvasText;
      border-inline-start-style: double;
      border-inline-start-width: 0.375em;
    }
    .marker {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
    .milestone--overdue .marker {
      outline-color: CanvasText;
    }
    .milestone:focus-visible .marker {
      outline-color: Highlight;
    }
    .timeline--today .track::after,
    .today {
      border-color: Highlight;
    }
  }
`;
