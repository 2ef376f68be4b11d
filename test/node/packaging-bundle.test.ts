/** The CSS minification of the CDN bundle (scripts/bundle.js): smaller, never different. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssQuasi } from '../../scripts/bundle.js';

describe('minifyCssQuasi', () => {
  it('drops comments and indentation, keeps one line per line', () => {
    const css = `
  /* Reserved space, so the page does not jump. */
  .state {
    min-height: var(--ogp-loading-height, 12em);
    padding: 1em 2em;
  }
`;
    const result = minifyCssQuasi(css, true, true);
    assert.equal(result, '\n\n.state{\nmin-height:var(--ogp-loading-height,12em);\npadding:1em 2em;\n}\n');
    assert.equal(result.split('\n').length, css.split('\n').length, 'line numbers stay right');
  });

  it('keeps descendant combinators and the space before a pseudo-class', () => {
    assert.equal(
      minifyCssQuasi('  :host .a :focus-visible ,  .b > .c {', true, true),
      ':host .a :focus-visible,.b > .c{',
    );
  });

  it('keeps the text next to an interpolation', () => {
    assert.equal(minifyCssQuasi('\n  border: 1px solid ', true, false), '\nborder:1px solid ');
    assert.equal(minifyCssQuasi(' ;\n  color: red;\n', false, true), ' ;\ncolor:red;\n');
  });

  it('leaves lines with quoted strings alone, but trimmed', () => {
    assert.equal(minifyCssQuasi("    content: ' · ';", true, true), "content: ' · ';");
  });
});
