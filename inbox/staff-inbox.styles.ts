import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    color: #1b1f24;
    background: #fff;
    line-height: 1.5;
  }

  main {
    max-width: 60em;
    margin: 0 auto;
    padding: 1em;
  }

  label {
    font-weight: 600;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
    min-height: 44px;
    box-sizing: border-box;
  }

  input,
  select,
  textarea {
    border: 2px solid #6b7781;
    border-radius: 0.25em;
    padding: 0.375em 0.5em;
  }

  button {
    border: 2px solid #0b5cab;
    border-radius: 0.5em;
    background: #fff;
    color: #0b5cab;
    padding: 0.375em 1em;
    cursor: pointer;
  }

  button.primary {
    background: #0b5cab;
    color: #fff;
  }

  :focus-visible {
    outline: 3px solid #0b5cab;
    outline-offset: 2px;
  }

  .sign-in,
  .edit {
    display: grid;
    gap: 0.5em;
    max-width: 40em;
  }

  .check {
    font-weight: 400;
  }

  .check input {
    min-height: 0;
  }

  .bar,
  .actions,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
  }

  .filters label {
    display: grid;
  }

  .list,
  .audit {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75em;
  }

  .row,
  .open,
  .preview {
    border: 1px solid #6b7781;
    border-radius: 0.5em;
    padding: 0.75em 1em;
  }

  .open {
    margin: 1em 0;
    background: #f3f5f7;
  }

  .preview {
    background: #fff4ce;
  }

  /* Hostile text: line breaks kept, long words broken, nothing overflows. */
  .text,
  bdi {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .status {
    font-weight: 700;
  }
`;
