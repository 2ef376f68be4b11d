import { expect } from '@open-wc/testing';
import { publishedSchemas, serializeSchema } from '../scripts/json-schemas.js';

describe('published JSON Schemas', () => {
  for (const [fileName, schema] of Object.entries(publishedSchemas())) {
    it(`schema/${fileName} is generated from the valibot source (run npm run schema when this fails)`, async () => {
      const response = await fetch(`/schema/${fileName}`, { cache: 'no-store' });
      expect(response.ok, `schema/${fileName} is missing`).to.equal(true);
      const checkedIn = await response.text();
      expect(checkedIn).to.equal(serializeSchema(schema));
    });
  }

  it('describes the plan feed as draft 2020-12 with the required top-level fields', async () => {
    const schema = publishedSchemas()['plan-feed.schema.json']!;
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.include.members(['schemaVersion', 'plan', 'commitments']);
  });

  it('says what every field of the plan feed means (docs/feed-reference.md has no empty description)', () => {
    const schema = publishedSchemas()['plan-feed.schema.json']!;
    const undescribed: string[] = [];
    const visit = (node: Record<string, unknown>, where: string) => {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, field] of Object.entries(properties)) {
        if (!field.description) undescribed.push(`${where}${name}`);
        visit(field, `${where}${name}.`);
        if (field.items) visit(field.items as Record<string, unknown>, `${where}${name}[].`);
      }
    };
    visit(schema, 'PlanFeed: ');
    for (const [name, definition] of Object.entries(schema.$defs as Record<string, Record<string, unknown>>)) {
      visit(definition, `${name}: `);
    }
    expect(undescribed).to.deep.equal([]);
  });
});
