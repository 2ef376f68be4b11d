/** Writes schema/*.schema.json from the valibot source of truth. */
import { writeFileSync } from 'node:fs';
import { publishedSchemas, serializeSchema } from './json-schemas.js';

for (const [fileName, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(new URL(`../schema/${fileName}`, import.meta.url), serializeSchema(schema));
  console.log(`schema/${fileName}`);
}
