/**
 * docs/feed-reference.md is generated from schema/plan-feed.schema.json by
 * scripts/schema-docs.ts (`npm run schema`): it must match, so the reference
 * feed authors read never drifts from the validator.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { feedReference, readSchema } from '../../scripts/schema-docs.js';

const checkedIn = () => readFileSync(new URL('../../docs/feed-reference.md', import.meta.url), 'utf8');

describe('docs/feed-reference.md', () => {
  it('is what `npm run schema` generates from the published schema', async () => {
    assert.equal(checkedIn(), await feedReference(readSchema()), 'stale: run `npm run schema` and commit docs/');
  });

  it('has a section for every definition and a row for every field, required ones marked', () => {
    const schema = readSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    };
    const text = checkedIn();
    for (const name of Object.keys(schema.$defs)) assert.match(text, new RegExp(`^## ${name}$`, 'm'), name);
    for (const field of schema.required)
      assert.match(text, new RegExp(`^\\| \`${field}\` +\\|[^\\n]*\\| sí +\\|`, 'm'), field);
    for (const [name, definition] of Object.entries(schema.$defs)) {
      for (const field of Object.keys(definition.properties ?? {})) {
        assert.match(text, new RegExp(`^\\| \`${field}\` +\\|`, 'm'), `${name}.${field}`);
      }
    }
  });
});
