/** dist/ogp-plan-widgets.css (src/ogp-plan-widgets.css, written by hand) reserves space for every widget of the registry. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { WIDGET_TAGS } from '../../src/shared/widgets.js';

const css = readFileSync(new URL('../../src/ogp-plan-widgets.css', import.meta.url), 'utf8');

describe('ogp-plan-widgets.css', () => {
  it('makes every widget not yet defined a block with its loading height', () => {
    for (const tag of WIDGET_TAGS) {
      const rule = new RegExp(
        `${tag}:not\\(:defined\\)[^{]*\\{\\s*display: block;\\s*min-height: var\\(--ogp-loading-height,`,
      );
      assert.match(css, rule, tag);
    }
  });

  it('names no tag the registry does not have', () => {
    const tags = new Set(css.match(/ogp-[a-z-]+(?=:not)/g));
    assert.deepEqual([...tags].sort(), [...WIDGET_TAGS].sort());
  });
});
