/**
 * build-feed and export-csv: the demo feed survives a round trip through
 * CSV (plain and Spanish-Excel style) and XLSX; a Spanish Excel file
 * imports (its problems: cli-spreadsheet-problems.test.ts).
 *
 * "The same feed" means: the same JSON once object keys are sorted
 * (canonicalJson); key order carries no meaning, list order does.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import { exportCsv } from '../../src/cli/export-csv.js';
import { feedToTables } from '../../src/cli/spreadsheet/export-tables.js';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import type { CsvCell } from '../../src/shared/csv.js';
import { TABLE_NAMES, planKey, planLayout, tableColumns, tableLayouts } from '../../src/cli/spreadsheet/layout.js';
import type { PlanFeed } from '../../src/shared/feed-schema.js';
import { ROOT, buildDist, captureOutput, demoFeed, runBin, tempFolder } from './cli-helpers.js';
import { build, editCsv, exportDemo, readFeed } from './spreadsheet-helpers.js';

/** The languages of the sample's text columns: Spanish, the default, and English. */
const SAMPLE_LANGUAGES = ['es', 'en'] as const;

const crlf = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('round trip: a plan in French (demo/feed-fr.json)', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('writes a column for each language the plan uses, its own first, and reads the same feed back', async () => {
    const source = join(ROOT, 'demo/feed-fr.json');
    const csv = join(folder.path, 'fr');
    const out = captureOutput();
    assert.equal(await exportCsv({ feed: source, folder: csv, excelEs: false, out }), 0, out.all());
    const header = (name: string) =>
      readFileSync(join(csv, name), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0];
    assert.equal(header('plan.csv'), 'key,value,value_en');
    assert.equal(header('territories.csv'), 'id,name_fr,name_en,group_fr,group_en');
    assert.match(header('commitments.csv')!, /^id,title_fr,title_en,summary_fr,summary_en,/);
    assert.doesNotMatch(readdirSync(csv).map(header).join('\n'), /_es\b/);
    const output = join(folder.path, 'fr.json');
    const { code, out: built } = await build(csv, output);
    assert.equal(code, 0, built.all());
    assert.equal(canonicalJson(readFeed(output)), canonicalJson(JSON.parse(readFileSync(source, 'utf8'))));
  });

  it('asks for the text in the plan’s own language when only a translation is there', async () => {
    const csv = join(folder.path, 'fr');
    editCsv(csv, 'commitments.csv', (rows) => {
      rows[2]![rows[0]!.indexOf('title_fr')] = '';
      rows[2]![rows[0]!.indexOf('title_en')] = 'Youth council';
    });
    const { code, out } = await build(csv, join(folder.path, 'broken.json'));
    assert.equal(code, 1);
    assert.match(
      out.all(),
      /commitments\.csv:3:.*falta el texto en el idioma principal del plan \("fr"\); solo está en "en"/,
    );
  });
});

describe('round trip: demo feed → spreadsheets → feed', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('gives the same feed through comma-separated UTF-8 CSV', async () => {
    const csv = join(folder.path, 'csv');
    await exportDemo(csv);
    const output = join(folder.path, 'csv.json');
    const { code, out } = await build(csv, output);
    assert.equal(code, 0, out.all());
    assert.equal(canonicalJson(readFeed(output)), canonicalJson(demoFeed()));
    // Not required by the contract, but it keeps diffs of a published feed small: the same key order too.
    assert.equal(readFileSync(output, 'utf8'), `${JSON.stringify(demoFeed(), null, 2)}\n`);
  });

  it('gives the same feed through --excel-es CSV (semicolons, decimal commas, DD/MM/AAAA, CRLF, BOM)', async () => {
    const csv = join(folder.path, 'excel-es');
    await exportDemo(csv, true);
    const observations = readFileSync(join(csv, 'observations.csv'), 'utf8');
    assert.ok(observations.startsWith('\uFEFFindicator_id;date;value;sex;age_group;territory\r\n'));
    assert.match(observations, /^tiempo-respuesta;31\/10\/2024;25,6;;;\r$/m);
    const output = join(folder.path, 'excel-es.json');
    const { code, out } = await build(csv, output);
    assert.equal(code, 0, out.all());
    assert.equal(canonicalJson(readFeed(output)), canonicalJson(demoFeed()));
  });

  it('gives the same feed through one XLSX workbook with real numbers, dates and booleans', async () => {
    const tables = feedToTables(demoFeed(), { numbers: 'point', dates: 'iso' });
    // What Excel keeps: numbers as numbers, dates as dates, sí/no as booleans.
    const typed = (cell: CsvCell) =>
      typeof cell !== 'string'
        ? (cell ?? null)
        : /^\d{4}-\d{2}-\d{2}$/.test(cell)
          ? new Date(`${cell}T00:00:00Z`)
          : cell === 'sí'
            ? true
            : cell || null;
    const workbook = join(folder.path, 'plan.xlsx');
    await writeXlsxFile([
      ...TABLE_NAMES.map((name) => ({
        sheet: name,
        data: tables[name].map((row, index) => (index === 0 ? row : row.map(typed))),
        dateFormat: 'dd/mm/yyyy',
      })),
      { sheet: 'Notas', data: [['Hoja de trabajo del equipo']] },
    ]).toFile(workbook);
    const output = join(folder.path, 'xlsx.json');
    const { code, out } = await build(workbook, output);
    assert.equal(code, 0, out.all());
    assert.equal(canonicalJson(readFeed(output)), canonicalJson(demoFeed()));
    assert.match(out.stderr.join('\n'), /La hoja "Notas" de plan\.xlsx no se lee/);
  });

  it('reads plan.json instead of plan.csv', async () => {
    const csv = join(folder.path, 'plan-json');
    await exportDemo(csv);
    const { $schema, plan, feedback } = demoFeed() as PlanFeed & { $schema: string };
    writeFileSync(join(csv, 'plan.json'), JSON.stringify({ $schema, plan, feedback }));
    const both = await build(csv, join(folder.path, 'both.json'));
    assert.equal(both.code, 1);
    assert.match(both.out.all(), /^plan\.json: hay plan\.csv y plan\.json: deje solo uno de los dos$/m);

    rmSync(join(csv, 'plan.csv'));
    const output = join(folder.path, 'plan-json.json');
    const { code, out } = await build(csv, output);
    assert.equal(code, 0, out.all());
    assert.equal(canonicalJson(readFeed(output)), canonicalJson(demoFeed()));
  });

  it('keeps demo/templates up to date with demo/feed.json (npm run templates)', async () => {
    const fresh = join(folder.path, 'templates');
    await exportDemo(fresh);
    for (const name of TABLE_NAMES) {
      assert.equal(
        readFileSync(join(ROOT, 'demo/templates', `${name}.csv`), 'utf8'),
        readFileSync(join(fresh, `${name}.csv`), 'utf8'),
        `demo/templates/${name}.csv is what export-csv writes today`,
      );
    }
  });

  it('documents every file, column and plan key in demo/templates/README.md', () => {
    const readme = readFileSync(join(ROOT, 'demo/templates/README.md'), 'utf8');
    const names = [
      ...TABLE_NAMES.map((name) => `${name}.csv`),
      ...planLayout.fields.map(planKey),
      ...Object.values(tableLayouts).flatMap((layout) => tableColumns(layout, SAMPLE_LANGUAGES)),
    ];
    for (const name of names) assert.ok(readme.includes(`\`${name}\``), `README.md mentions \`${name}\``);
  });
});

describe('a CSV as Excel writes it in Spanish', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('imports semicolons, decimal commas, thousands separators, DD/MM/AAAA, CRLF, BOM and quoted fields', async () => {
    const files: Record<string, string[]> = {
      'plan.csv': [
        'key;value;value_en',
        'id;plan-prueba;',
        'title;Plan de prueba;Test plan',
        'jurisdiction;Municipio de Prueba;',
        'period_start;1/02/2025;',
        'period_end;31/12/2026;',
        'lead_institutions;Secretaría General;General Secretariat',
        'lead_institutions;"Oficina de Datos; Innovación";',
        'monitoring_body;Universidad Pública;',
        'forum;Foro Multiactor;',
        'updated_at;15/11/2026;',
        'sample;Sí;',
      ],
      'commitments.csv': [
        'id;title_es;title_en;lead_es;start;end;ogp_values;supporting_es;supporting_en;#comentarios',
        'c1;"Datos abiertos; con ""comillas""\r\ny un salto de línea";Open data;Secretaría General;01/03/2025;31/12/2026;"Transparencia; participación ciudadana";Juntas de Acción Comunal | Veedurías;Community boards | Oversight groups;revisar con el foro',
      ],
      'milestones.csv': [
        'commitment_id;id;title_es;due;status;completed',
        'c1;h1;Inventario;30/06/2025;Cumplido;20/06/2025',
        'c1;h2;Portal;31/12/2025;En curso;',
        ';;;;;',
        'c1;h3;Informe;31/03/2026;no iniciado;',
      ],
      'indicators.csv': [
        'id;commitment_id;name_es;measure;direction;baseline_date;baseline_value;unit_es',
        'i1;c1;Personas formadas;número;Más es mejor;01/01/2025;1.234,5;personas',
      ],
      'targets.csv': ['indicator_id;date;value', 'i1;31/12/2026;2.000'],
      'observations.csv': [
        'indicator_id;date;value;sex;age_group',
        'i1;31/03/2025;1.500;;',
        'i1;30/06/2025;12,5;Mujer;',
        'i1;30/06/2025;7;;18 a 22 años',
      ],
    };
    for (const [name, lines] of Object.entries(files)) writeFileSync(join(folder.path, name), crlf(lines));
    const output = join(folder.path, 'feed.json');
    const { code, out } = await build(folder.path, output);
    assert.equal(code, 0, out.all());
    const feed = readFeed(output);
    assert.equal(feed.plan.period.start, '2025-02-01');
    assert.equal(feed.plan.updatedAt, '2026-11-15');
    assert.equal(feed.plan.sample, true);
    assert.deepEqual(feed.plan.leadInstitutions, [
      { es: 'Secretaría General', en: 'General Secretariat' },
      'Oficina de Datos; Innovación',
    ]);
    const [commitment] = feed.commitments;
    assert.deepEqual(commitment!.title, { es: 'Datos abiertos; con "comillas"\ny un salto de línea', en: 'Open data' });
    assert.deepEqual(commitment!.ogpValues, ['transparency', 'civic-participation']);
    assert.deepEqual(commitment!.supporting, [
      { es: 'Juntas de Acción Comunal', en: 'Community boards' },
      { es: 'Veedurías', en: 'Oversight groups' },
    ]);
    assert.equal('#comentarios' in commitment!, false);
    assert.deepEqual(
      commitment!.milestones.map((milestone) => [milestone.id, milestone.due, milestone.status, milestone.completed]),
      [
        ['h1', '2025-06-30', 'completed', '2025-06-20'],
        ['h2', '2025-12-31', 'in-progress', undefined],
        ['h3', '2026-03-31', 'not-started', undefined],
      ],
    );
    const [indicator] = feed.indicators;
    assert.equal(indicator!.measure, 'number');
    assert.equal(indicator!.direction, 'higher-is-better');
    assert.deepEqual(indicator!.baseline, { date: '2025-01-01', value: 1234.5 });
    assert.deepEqual(indicator!.targets, [{ date: '2026-12-31', value: 2000 }]);
    assert.deepEqual(indicator!.observations, [
      { date: '2025-03-31', value: 1500 },
      { date: '2025-06-30', value: 12.5, dimensions: { sex: 'Mujer' } },
      { date: '2025-06-30', value: 7, dimensions: { ageGroup: '18 a 22 años' } },
    ]);
  });

  it('reads a CSV saved as Windows-1252, and says so', async () => {
    const csv = join(folder.path, 'ansi');
    await exportDemo(csv);
    editCsv(csv, 'commitments.csv', (rows) => (rows[1]![1] = 'Participación en Medellín'));
    const text = readFileSync(join(csv, 'commitments.csv'), 'utf8').replace(/^\uFEFF/, '');
    writeFileSync(join(csv, 'commitments.csv'), Buffer.from(text.replace(/[–’]/g, '-'), 'latin1'));
    const output = join(csv, 'feed.json');
    const { code, out } = await build(csv, output);
    assert.equal(code, 0, out.all());
    assert.deepEqual(readFeed(output).commitments[0]!.title, {
      es: 'Participación en Medellín',
      en: 'Open accountability for Local Planning and Participatory Budgeting',
    });
    assert.match(out.all(), /commitments\.csv no está en UTF-8; se leyó como Windows-1252/);
  });
});

describe('through the real bin', () => {
  const folder = tempFolder();
  before(buildDist);
  after(folder.remove);

  it('exports, builds, and prints the changelog of the next build on stdout', async () => {
    const csv = join(folder.path, 'csv');
    const feed = join(folder.path, 'feed.json');
    const exported = await runBin(['export-csv', 'demo/feed.json', csv, '--excel-es']);
    assert.equal(exported.status, 0, exported.stderr);
    const first = await runBin(['build-feed', csv, '-o', feed]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '');
    assert.match(first.stderr, /Se escribió .*feed\.json: 4 compromisos, 16 hitos, 4 indicadores, 64 datos\./);
    assert.equal(canonicalJson(readFeed(feed)), canonicalJson(demoFeed()));

    // A new value: what the changelog says about it does not depend on the day the test runs.
    const observations = join(csv, 'observations.csv');
    writeFileSync(observations, `${readFileSync(observations, 'utf8')}personas-formadas;30/11/2026;1610;;;\r\n`);
    const second = await runBin(['build-feed', csv, '-o', feed]);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(
      second.stdout,
      '- Nuevo dato de «Personas formadas en control social» al 30 de noviembre de 2026: 1.610.\n',
    );
  });

  it('exits 2 on usage mistakes', async () => {
    assert.equal((await runBin(['build-feed', 'demo'])).status, 2);
    assert.equal((await runBin(['build-feed', '-o', 'x.json'])).status, 2);
    assert.equal((await runBin(['build-feed', 'demo', '-o', 'x.json', '--nope'])).status, 2);
    assert.equal((await runBin(['export-csv', 'demo/feed.json'])).status, 2);
    assert.equal((await runBin(['export-csv', join(folder.path, 'none.json'), folder.path])).status, 2);
  });

  it('exits 1 when export-csv is given a feed that is not valid', async () => {
    const file = join(folder.path, 'invalid.json');
    writeFileSync(file, JSON.stringify({ ...demoFeed(), commitments: 'ninguno' }));
    const result = await runBin(['export-csv', file, join(folder.path, 'out')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^\/commitments: se esperaba una lista$/m);
  });
});
