import { css } from 'lit';

export const feedbackFormStyles = css`
  :host {
    --_ogp-field-width: var(--ogp-feedback-field-width, 36em);
    /* While loading: the first screen; the form's fields take some 135em whatever the feed. */
    --_ogp-loading-height: min(var(--_ogp-screen), 130em);
  }

  .feedback {
    display: grid;
    gap: var(--_ogp-space);
  }

  /* Headings are h1…h6 as heading-level says; they look the same at every level. */
  .title,
  .section-title,
  .result-title {
    margin: 0;
    line-height: 1.25;
  }

  .title {
    font-size: 1.375em;
  }

  .section-title {
    font-size: 1.125em;
  }

  form {
    display: grid;
    gap: calc(var(--_ogp-space) * 1.5);
    max-width: var(--_ogp-field-width);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend,
  .label {
    display: block;
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25em;
  }

  .hint {
    display: block;
    color: var(--_ogp-muted);
    margin-bottom: 0.375em;
  }

  .field {
    display: grid;
    gap: 0.125em;
  }

  .field--error {
    padding-inline-start: 0.875em;
    border-inline-start: 5px solid var(--_ogp-danger);
  }

  .error-message {
    color: var(--_ogp-danger);
    font-weight: 700;
    margin-bottom: 0.25em;
  }

  input[type='text'],
  input[type='email'],
  textarea,
  select {
    font: inherit;
    letter-spacing: inherit;
    color: var(--_ogp-text);
    background: var(--_ogp-background);
    border: 2px solid var(--_ogp-border);
    border-radius: calc(var(--_ogp-radius) / 2);
    padding: 0.375em 0.5em;
    min-height: 2.75em;
    width: 100%;
    max-width: 100%;
  }

  select {
    width: auto;
  }

  textarea {
    min-height: 8em;
    resize: vertical;
  }

  .field--error :is(input, textarea, select) {
    border-color: var(--_ogp-danger);
    border-width: 3px;
  }

  :is(input, textarea, select):focus-visible {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_ogp-text);
  }

  /* Radios and checkboxes: at least 24 × 24 px, and the whole label clickable. */
  .choices {
    display: grid;
    gap: 0.5em;
  }

  .choice {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    column-gap: 0.625em;
    align-items: start;
  }

  .choice input {
    width: 1.5em;
    height: 1.5em;
    min-width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_ogp-accent);
    cursor: pointer;
  }

  .choice label {
    min-height: 1.5em;
    cursor: pointer;
  }

  .choice .hint {
    grid-column: 2;
    margin: 0;
  }

  .count {
    color: var(--_ogp-muted);
    margin-top: 0.25em;
  }

  .count--over {
    color: var(--_ogp-danger);
    font-weight: 700;
  }

  .about {
    display: grid;
    gap: var(--_ogp-space);
  }

  .consent {
    display: grid;
    gap: 0.5em;
    padding: var(--_ogp-space);
    border: 1px solid var(--_ogp-border);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-surface);
  }

  .consent dl {
    display: grid;
    gap: 0.25em;
  }

  .consent dt {
    font-weight: 700;
  }

  .consent ul {
    padding-inline-start: 1.25em;
  }

  .consent .field {
    margin-top: 0.5em;
  }

  .error-summary,
  .alert {
    padding: var(--_ogp-space);
    border: 4px solid var(--_ogp-danger);
    border-radius: var(--_ogp-radius);
    background: var(--_ogp-background);
  }

  /* Focus moved here by the form shows, also after a mouse click. */
  .error-summary:focus,
  .alert:focus,
  .result-title:focus {
    outline: 3px solid var(--_ogp-focus);
    outline-offset: 2px;
  }

  .error-summary .section-title,
  .alert .section-title {
    margin-bottom: 0.5em;
  }

  .error-summary ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }

  .error-summary a {
    color: var(--_ogp-danger);
    font-weight: 700;
  }

  .notice {
    padding: 0.75em var(--_ogp-space);
    border-inline-start: 5px solid var(--_ogp-text);
    background: var(--_ogp-notice);
    color: var(--_ogp-text);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  button[part='submit'] {
    background: var(--_ogp-accent);
    color: var(--_ogp-on-accent);
    font-weight: 700;
  }

  button[part='submit']:hover {
    background: var(--_ogp-accent);
    text-decoration: underline;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }

  .result {
    display: grid;
    gap: 0.75em;
    padding: var(--_ogp-space);
    border: 2px solid var(--_ogp-border);
    border-inline-start-width: 6px;
    border-radius: var(--_ogp-radius);
  }

  .result--sent {
    border-color: var(--_ogp-status-completed);
  }

  .result-title {
    font-size: 1.25em;
  }

  .pending {
    display: grid;
    gap: 0.5em;
    padding: 0.75em var(--_ogp-space);
    border-inline-start: 5px solid var(--_ogp-accent);
    background: var(--_ogp-surface);
  }

  .pending .reference {
    font-size: 1em;
  }

  .reference {
    font-size: 1.25em;
    font-weight: 700;
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
    user-select: all;
  }

  /* The honeypot: out of sight and out of reach, for people and assistive technology.
     Fixed, so a right-to-left page gets no scrollable space on its left. */
  .trap {
    position: fixed;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  @container (max-width: 30em) {
    .consent {
      padding: 0.75em;
    }
    select {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .field--error,
    .error-summary,
    .alert,
    .result,
    .consent,
    .notice,
    .pending {
      border-color: CanvasText;
    }
    button[part='submit'] {
      forced-color-adjust: auto;
      border-color: ButtonText;
    }
  }
`;
