/**
 * Styles every widget shares: the host reset, the theme tokens and the
 * loading and error states.
 *
 * Public tokens are `--ogp-*` custom properties; each falls back to a
 * private `--_ogp-*` default set on :host, so a page themes every widget
 * with a few properties and a widget never reads an undefined one.
 * Sizes are in em, relative to the host's font size, never rem: a page with
 * a tiny root font size (the 62.5 % trick) must not shrink the widgets.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_ogp-text: var(--ogp-color-text, #1b1f24);
    --_ogp-muted: var(--ogp-color-muted, #4a5560);
    --_ogp-background: var(--ogp-color-background, #ffffff);
    --_ogp-surface: var(--ogp-color-surface, #f3f5f7);
    --_ogp-border: var(--ogp-color-border, #6b7781);
    --_ogp-accent: var(--ogp-color-accent, #0b5cab);
    --_ogp-on-accent: var(--ogp-color-on-accent, #ffffff);
    --_ogp-focus: var(--ogp-color-focus, #0b5cab);
    --_ogp-danger: var(--ogp-color-danger, #b3261e);
    --_ogp-notice: var(--ogp-color-notice, #fff4ce);
    --_ogp-status-not-started: var(--ogp-color-status-not-started, #57606a);
    --_ogp-status-in-progress: var(--ogp-color-status-in-progress, #0b5cab);
    --_ogp-status-delayed: var(--ogp-color-status-delayed, #b3261e);
    --_ogp-status-completed: var(--ogp-color-status-completed, #1a7f37);
    --_ogp-status-cancelled: var(--ogp-color-status-cancelled, #6e7781);
    --_ogp-radius: var(--ogp-radius, 0.5em);
    --_ogp-space: var(--ogp-space, 1em);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    max-width: 100%;
    /* The host's font family is inherited; what would break the layout is reset. */
    font-family: var(--ogp-font-family, inherit);
    font-size: var(--ogp-font-size, max(1em, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_ogp-text);
    background: var(--_ogp-background);
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * A page rule aimed at the element itself ("main * { letter-spacing: 2px }",
   * "main > * { display: inline; color: white }", "* { box-sizing:
   * content-box !important }") beats :host, so the reset, the colours, the
   * box sizing every element inside inherits and the container are repeated
   * on the shadow tree's top elements, where page rules never reach.
   */
  :host > * {
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_ogp-text);
    background: var(--_ogp-background);
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }

  a {
    color: var(--_ogp-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_ogp-radius);
    border: 2px solid var(--_ogp-accent);
    background: var(--_ogp-background);
    color: var(--_ogp-accent);
    cursor: pointer;
  }

  button:hover {
    background: var(--_ogp-surface);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      forced-color-adjust: auto;
    }
    button {
      border-color: ButtonText;
    }
  }
`;

/** The loading and error states, with space reserved while loading. */
export const stateStyles = css`
  :host {
    /*
     * One screen: the most a widget whose content is taller reserves on a first visit. Content
     * below a box that fills the screen starts off screen, so its move when the data arrives does
     * not count as a shift. embed.ts fixes it in px: in a frame that grows with its content, 100vh
     * grows with the box.
     */
    --_ogp-screen: 100vh;
  }

  .state {
    /*
     * Reserved space, so the host page does not jump when data arrives: the page's height, else
     * the one remembered from an earlier visit, else the element's estimate (--_ogp-loading-height
     * on its :host), else 12em.
     */
    min-height: var(--ogp-loading-height, var(--_ogp-loading-height, 12em));
    padding: var(--_ogp-space);
    border-radius: var(--_ogp-radius);
  }

  .state--loading {
    display: grid;
    place-items: center;
    color: var(--_ogp-muted);
    background: var(--_ogp-surface);
  }

  .state--error {
    min-height: 0;
    border: 2px solid var(--_ogp-danger);
    background: var(--_ogp-background);
  }

  .state--error .state__title {
    font-size: 1.125em;
    font-weight: 700;
    margin-bottom: 0.25em;
  }

  .state--error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }

  .state--error code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }

  .state--error button {
    margin-top: 0.75em;
  }

  .sample-notice {
    display: block;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_ogp-text);
    background: var(--_ogp-notice);
    color: var(--_ogp-text);
    margin-bottom: var(--_ogp-space);
  }

  .sample-notice summary {
    width: fit-content;
    font-weight: 600;
    cursor: pointer;
  }

  .sample-notice[open] summary {
    margin-bottom: 0.25em;
  }

  .stored-notice {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_ogp-muted);
    background: var(--_ogp-surface);
    margin-bottom: var(--_ogp-space);
  }

  .stored-notice p {
    grid-area: 1 / 1;
    margin: 0;
  }

  .stored-notice__reserve {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .state--error,
    .stored-notice,
    .sample-notice {
      border: 2px solid CanvasText;
    }
  }
`;

/** Status badges and progress bars, shared by the widgets that show status. */
export const statusStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-block: 0.1em;
    padding-inline: 0.4em 0.6em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_ogp-background);
  }

  .status svg,
  .overdue svg {
    width: 1em;
    height: 1em;
    flex: none;
  }

  /* The marks cut out of a filled icon (a check, an exclamation point, clock hands). */
  .knockout {
    stroke: var(--_ogp-background);
  }

  .status--not-started {
    color: var(--_ogp-status-not-started);
  }
  .status--in-progress {
    color: var(--_ogp-status-in-progress);
  }
  .status--delayed {
    color: var(--_ogp-status-delayed);
  }
  .status--completed {
    color: var(--_ogp-status-completed);
  }
  .status--cancelled {
    color: var(--_ogp-status-cancelled);
  }

  .overdue {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_ogp-danger);
    font-weight: 700;
    font-size: 0.875em;
  }

  .progress {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .progress__track {
    flex: 1;
    min-width: 4em;
    height: 0.625em;
    border-radius: 0.3125em;
    background: var(--_ogp-surface);
    border: 1px solid var(--_ogp-border);
    overflow: hidden;
  }

  .progress__fill {
    height: 100%;
    background: var(--_ogp-accent);
  }

  .progress__value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 3.5em;
    text-align: end;
  }

  @media (forced-colors: active) {
    .status {
      color: CanvasText;
      border-color: CanvasText;
    }
    /* Keep the icons' two tones: the shape in CanvasText, its cut-out marks in Canvas. */
    .status svg,
    .overdue svg {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .knockout {
      stroke: Canvas;
    }
    .progress__track {
      border-color: CanvasText;
    }
    .progress__fill {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
