import { css } from 'lit';

export const commitmentStyles = css`
  :host {
    /* While loading: the first screen; a commitment of one milestone and one indicator fills 85em at 80em wide. */
    --_ogp-loading-height: min(var(--_ogp-screen), 80em);
  }

  .commitment {
    display: grid;
    gap: calc(var(--_ogp-space) * 1.5);
  }

  .commitment > .sample-notice {
    margin-bottom: 0;
  }

  .commitment__header {
    display: grid;
    gap: 0.5em;
  }

  .commitment__theme {
    color: var(--_ogp-muted);
    font-weight: 600;
    font-size: 0.9375em;
  }

  /* Sizes go with the heading's place in the widget, whatever its level on the page. */
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }

  .section-heading {
    font-size: 1.1875em;
    line-height: 1.3;
    margin-bottom: 0.5em;
  }

  .indicator__name {
    font-size: 1em;
    line-height: 1.35;
  }

  .commitment__state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .commitment__state .progress {
    flex: 1 1 12em;
    max-width: 28em;
  }

  .commitment__summary {
    font-size: 1.0625em;
  }

  .facts {
    display: grid;
    gap: 0.75em 1.5em;
  }

  @container (min-width: 36em) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  dt {
    font-weight: 700;
  }

  .plain-list {
    padding-inline-start: 1.25em;
  }

  .indicators {
    display: grid;
    gap: var(--_ogp-space);
    padding: 0;
    list-style: none;
  }

  @container (min-width: 48em) {
    .indicators {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .indicator {
    display: grid;
    gap: 0.5em;
    align-content: start;
    padding: var(--_ogp-space);
    border: 1px solid var(--_ogp-border);
    border-radius: var(--_ogp-radius);
  }

  .indicator__figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: 0.5em 1em;
  }

  .indicator__figures dt {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_ogp-muted);
  }

  .indicator__source,
  .assessment__intro {
    color: var(--_ogp-muted);
    font-size: 0.9375em;
  }

  .assessment {
    padding: var(--_ogp-space);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-surface);
  }

  .assessment__intro {
    margin-bottom: 0.75em;
  }

  .assessment__note {
    margin-top: 0.75em;
  }

  @media (forced-colors: active) {
    .indicator,
    .assessment {
      border: 1px solid CanvasText;
    }
  }
`;
