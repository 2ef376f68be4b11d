import { css } from 'lit';

export const answersStyles = css`
  :host {
    /*
     * While loading: one or two answers (one takes 34em at 80em wide, 45em at 21em; three 51em and 76em; with
     * none, the title and the lookup take 20em and 22em).
     */
    --_ogp-loading-height: min(var(--_ogp-screen), 36em);
  }

  /* Once the feed is in, the title and the lookup show while the answers load: the rest is theirs. */
  .answers > .state--loading {
    --_ogp-loading-height: 18em;
  }

  @container (max-width: 36em) {
    .state--loading {
      --_ogp-loading-height: min(var(--_ogp-screen), 56em);
    }
    .answers > .state--loading {
      --_ogp-loading-height: 34em;
    }
  }

  .answers {
    display: grid;
    gap: var(--_ogp-space);
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

  .answers__search,
  .lookup__form {
    display: grid;
    gap: 0.25em;
    max-width: 32em;
  }

  label {
    font-weight: 600;
  }

  input {
    font: inherit;
    letter-spacing: inherit;
    color: var(--_ogp-text);
    background: var(--_ogp-background);
    border: 2px solid var(--_ogp-border);
    border-radius: calc(var(--_ogp-radius) / 2);
    padding: 0.5em 0.625em;
    min-height: 44px;
    box-sizing: border-box;
  }

  input:focus-visible {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 0;
  }

  .lookup__form button {
    justify-self: start;
  }

  .answers__count,
  .lookup__hint,
  .answer__dates {
    color: var(--_ogp-muted);
  }

  .answers__list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_ogp-space);
  }

  .answer {
    display: grid;
    gap: 0.5em;
    padding: var(--_ogp-space);
    border: 1px solid var(--_ogp-border);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-background);
  }

  /* Citizens' and staff's text keeps its line breaks and never overflows the box. */
  bdi {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .answer__label {
    font-weight: 700;
  }

  .answer__dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9375em;
  }

  .lookup {
    padding-top: var(--_ogp-space);
    border-top: 1px solid var(--_ogp-border);
  }

  .lookup__result:not(:empty) {
    margin-top: 0.75em;
    display: grid;
    gap: 0.5em;
  }

  .lookup__status {
    font-weight: 700;
  }
`;
