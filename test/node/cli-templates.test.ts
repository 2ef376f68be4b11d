/**
 * `templates`: a city with no feed yet starts from empty spreadsheets in its
 * own languages, fills in a few rows and gets a valid feed from build-feed.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildFeed } from '../../src/cli/build-feed.js';
import { writeTemplates } from '../../src/cli/templates.js';
import { validateFeed } from '../../src/shared/feed-schema.js';
import { captureOutput, tempFolder } from './cli-helpers.js';

const lines = (folder: string, name: string) =>
  readFileSync(join(folder, name), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');

describe('templates: from empty spreadsheets to a feed', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('writes every file with its header, a text column per language, the plan’s own first', async () => {
    const out = captureOutput();
    assert.equal(await writeTemplates({ folder: folder.path, languages: ['fr', 'en'], out }), 0, out.all());
    assert.deepEqual(lines(folder.path, 'territories.csv'), ['id,name_fr,name_en,group_fr,group_en']);
    assert.match(lines(folder.path, 'commitments.csv')[0]!, /^id,title_fr,title_en,/);
    assert.equal(lines(folder.path, 'commitments.csv').length, 1, 'no example rows');
    const plan = lines(folder.path, 'plan.csv');
    assert.equal(plan[0], 'key,value,value_en');
    assert.ok(plan.includes('default_language,fr,'));
    assert.ok(plan.includes('title,,'));
  });

  it('gives a valid feed in the plan’s language once its rows are filled in', async () => {
    const fill: Record<string, string> = {
      id: 'ma-ville-2026',
      title: 'Plan d’action de Ma Ville',
      jurisdiction: 'Ma Ville',
      period_start: '2026-01-01',
      period_end: '2027-12-31',
      lead_institutions: 'Mairie de Ma Ville',
      monitoring_body: 'Comité de suivi',
      forum: 'Forum multi-acteurs',
      updated_at: '2026-11-20',
      time_zone: 'Europe/Paris',
      currency: 'EUR',
    };
    const plan = lines(folder.path, 'plan.csv').map((line) => {
      const key = line.split(',')[0]!;
      return key in fill ? `${key},${fill[key]},` : line;
    });
    writeFileSync(join(folder.path, 'plan.csv'), `${plan.join('\n')}\n`);
    const commitments = lines(folder.path, 'commitments.csv');
    const columns = commitments[0]!.split(',');
    const row = columns.map(
      (column) =>
        ({
          id: 'budget',
          title_fr: 'Budget participatif',
          title_en: 'Participatory budget',
          lead_fr: 'Mairie',
          start: '2026-02-01',
          end: '2027-12-31',
        })[column] ?? '',
    );
    writeFileSync(join(folder.path, 'commitments.csv'), `${commitments[0]}\n${row.join(',')}\n`);
    writeFileSync(
      join(folder.path, 'territories.csv'),
      'id,name_fr,name_en,group_fr,group_en\nnord,Quartier Nord,,Quartiers,\n',
    );

    const output = join(folder.path, 'feed.json');
    const out = captureOutput();
    assert.equal(await buildFeed({ input: folder.path, output, today: '2026-11-20', out }), 0, out.all());
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    assert.equal(validateFeed(feed).ok, true);
    assert.equal(feed.plan.defaultLanguage, 'fr');
    assert.equal(feed.plan.timeZone, 'Europe/Paris');
    assert.deepEqual(feed.commitments[0].title, { fr: 'Budget participatif', en: 'Participatory budget' });
    assert.equal(feed.commitments[0].lead, 'Mairie');
    assert.deepEqual(feed.plan.territories, [{ id: 'nord', name: 'Quartier Nord', group: 'Quartiers' }]);
  });
});
