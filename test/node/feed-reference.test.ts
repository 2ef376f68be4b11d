/**
 * docs/feed-reference.md (Spanish) and docs/feed-reference.en.md (English)
 * are generated from schema/plan-feed.schema.json by scripts/schema-docs.ts
 * (`npm run schema`): they must match, so the reference feed authors read
 * never drifts from the validator, in either language.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeInEnglish } from '../../scripts/feed-reference-en.js';
import { feedReference, readSchema, REFERENCE_FILES, type ReferenceLanguage } from '../../scripts/schema-docs.js';

const checkedIn = (language: ReferenceLanguage) =>
  readFileSync(new URL(`../../${REFERENCE_FILES[language]}`, import.meta.url), 'utf8');

const YES: Record<ReferenceLanguage, string> = { es: 'sí', en: 'yes' };

for (const language of ['es', 'en'] as const) {
  describe(REFERENCE_FILES[language], () => {
    it('is what `npm run schema` generates from the published schema', async () => {
      assert.equal(
        checkedIn(language),
        await feedReference(readSchema(), language),
        'stale: run `npm run schema` and commit docs/',
      );
    });

    it('has a section for every definition and a row for every field, required ones marked', () => {
      const schema = readSchema() as {
        properties: Record<string, unknown>;
        required: string[];
        $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
      };
      const text = checkedIn(language);
      for (const name of Object.keys(schema.$defs)) assert.match(text, new RegExp(`^## ${name}$`, 'm'), name);
      for (const field of schema.required) {
        assert.match(text, new RegExp(`^\\| \`${field}\` +\\|[^\\n]*\\| ${YES[language]} +\\|`, 'm'), field);
      }
      for (const [name, definition] of Object.entries(schema.$defs)) {
        for (const field of Object.keys(definition.properties ?? {})) {
          assert.match(text, new RegExp(`^\\| \`${field}\` +\\|`, 'm'), `${name}.${field}`);
        }
      }
    });
  });
}

describe('the English reference’s words', () => {
  it('translates a description sentence by sentence, and refuses one it has no English for', () => {
    assert.equal(describeInEnglish('Fecha de la meta. Fecha AAAA-MM-DD.'), 'Date of the target. Date YYYY-MM-DD.');
    assert.throws(() => describeInEnglish('Fecha de la meta. Una frase nueva.'), /no English for "Una frase nueva\."/);
  });
});
