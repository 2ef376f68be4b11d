/**
 * Descriptions for the published JSON Schemas (schema/*.json, made by
 * `scripts/generate-schema.ts`). Validation never reads them, so browsers do
 * not need them: the CDN build (`schemaDocsOut` in scripts/bundle.js) empties
 * every `doc(…)` call in the modules that import this one, so the bundle
 * carries `doc()` alone, and `doc()` is ''. Node (the generator, the CLI, the
 * receiver) keeps the text. Write each description as the argument of `doc`
 * itself, never through a variable, so the build can see it.
 */
export const doc = (text = ''): string => text;
