/**
 * build-feed's problems: mistakes in the spreadsheets are listed with
 * file:row:column (and the workbook's sheet), in the validator's words
 * mapped back to their cells, and nothing is written.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import { feedToTables } from '../../src/cli/spreadsheet/export-tables.js';
import { TABLE_NAMES } from '../../src/cli/spreadsheet/layout.js';
import { demoFeed, tempFolder } from './cli-helpers.js';
import { build, editCsv, exportDemo } from './spreadsheet-helpers.js';

describe('problems', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('lists five different mistakes with file:row:column, and writes nothing', async () => {
    const csv = join(folder.path, 'five');
    await exportDemo(csv);
    editCsv(csv, 'commitments.csv', (rows) => {
      rows[3]![1] = ''; // formacion-control-social: no title in Spanish nor English
      rows[3]![2] = '';
      rows.push([...rows[1]!]); // rendicion-cuentas-pp, again
    });
    editCsv(csv, 'milestones.csv', (rows) => {
      rows[6]![4] = '31-12-26'; // clubes-juveniles m1: not a date
      rows[8]![5] = 'Hecho'; // clubes-juveniles m3: not a status
      rows[13]![0] = 'formacion-control'; // no such commitment
    });
    const previous = '{"previous": true}\n';
    const output = join(folder.path, 'feed.json');
    writeFileSync(output, previous);
    const absent = join(folder.path, 'new', 'feed.json');

    for (const target of [output, absent]) {
      const { code, out } = await build(csv, target);
      assert.equal(code, 1);
      assert.deepEqual(out.stdout, [], 'no changelog');
      assert.deepEqual(out.stderr, [
        `No se escribió ${target}: 5 problemas.`,
        'commitments.csv:4:title_es (B): falta este campo obligatorio',
        'commitments.csv:6:id (A): el id "rendicion-cuentas-pp" ya está en la fila 2',
        'milestones.csv:7:due (E): se esperaba una fecha AAAA-MM-DD o DD/MM/AAAA, se encontró "31-12-26"',
        'milestones.csv:9:status (F): se esperaba un estado: not-started (sin iniciar), in-progress (en curso), delayed (retrasado), completed (cumplido), cancelled (cancelado); se encontró "Hecho"',
        'milestones.csv:14:commitment_id (A): no hay un compromiso con el id "formacion-control"',
      ]);
    }
    assert.equal(readFileSync(output, 'utf8'), previous);
    assert.deepEqual(readdirSync(folder.path).sort(), ['feed.json', 'five']);
    assert.equal(existsSync(absent), false);
  });

  it('maps problems the feed validator finds back to their cells', async () => {
    const csv = join(folder.path, 'validator');
    await exportDemo(csv);
    editCsv(csv, 'evidence.csv', (rows) => (rows[1]![4] = 'www.medellin.gov.co/informe.pdf'));
    editCsv(csv, 'indicators.csv', (rows) => {
      rows[2]![0] = 'tiempo respuesta'; // not an id
      rows[3]![1] = 'clubes'; // no such commitment
    });
    editCsv(csv, 'commitments.csv', (rows) => {
      rows[1]![17] = '2025-01-01'; // end before start
      rows[2]![20] = 'jovenes-clubes | no-existe';
    });
    editCsv(csv, 'plan.csv', (rows) =>
      rows.splice(
        rows.findIndex((row) => row[0] === 'forum'),
        1,
      ),
    );
    const { code, out } = await build(csv, join(folder.path, 'validator.json'));
    assert.equal(code, 1);
    const lines = out.stderr.slice(1);
    assert.ok(lines.includes('plan.csv:forum: falta este campo obligatorio'), lines.join('\n'));
    assert.ok(lines.includes('commitments.csv:2:end (R): la fecha final es anterior a la inicial'));
    assert.ok(
      lines.includes(
        'commitments.csv:3:indicator_ids (U): no hay un indicador con el id "no-existe" en indicators.csv',
      ),
    );
    assert.ok(
      lines.includes('evidence.csv:2:url (E): se esperaba una dirección web completa (https://…)'),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes('indicators.csv:3:id (A): se esperaba un identificador: letras, números, guiones o guiones bajos'),
    );
    assert.ok(lines.includes('indicators.csv:4:commitment_id (B): no hay un compromiso con el id "clubes"'));
  });

  it('reports columns: a missing required one once, unknown and repeated ones, notes allowed', async () => {
    const csv = join(folder.path, 'columns');
    await exportDemo(csv);
    editCsv(csv, 'milestones.csv', (rows) => rows.forEach((row) => row.splice(4, 1))); // no "due"
    editCsv(csv, 'indicators.csv', (rows) => {
      rows[0]!.push('titel_es', '#pendiente', 'measure');
      rows.slice(1).forEach((row) => row.push('', 'preguntar', ''));
    });
    editCsv(csv, 'observations.csv', (rows) => {
      rows[0]!.push('notas');
      rows.slice(1).forEach((row) => row.push(''));
    });
    const { code, out } = await build(csv, join(folder.path, 'columns.json'));
    assert.equal(code, 1);
    assert.deepEqual(out.stderr.slice(1), [
      'milestones.csv:1: falta la columna "due"',
      'indicators.csv:1:titel_es (T): columna desconocida; si es una nota interna, empiece su nombre con # (#notas)',
      'indicators.csv:1:measure (V): la columna "measure" está repetida',
      'observations.csv:1:notas (G): esta columna se publicaría como una desagregación; si es una nota interna, empiece su nombre con # (#notas); la fuente del indicador va en indicators.csv',
    ]);
  });

  it('tells a decimal comma in a comma-separated file, and a number that is not one', async () => {
    const csv = join(folder.path, 'numbers');
    await exportDemo(csv);
    const file = join(csv, 'observations.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('tiempo-respuesta,2024-10-31,25.6,,,', 'tiempo-respuesta,2024-10-31,25,6,,,')
        .replace('tiempo-respuesta,2024-11-30,24.6,,,', 'tiempo-respuesta,2024-11-30,"24,6",,,')
        .replace('tiempo-respuesta,2024-12-31,24.4,,,', 'tiempo-respuesta,2024-12-31,doce,,,'),
    );
    const { code, out } = await build(csv, join(folder.path, 'numbers.json'));
    assert.equal(code, 1);
    assert.deepEqual(out.stderr.slice(1), [
      'observations.csv:10: la fila tiene más celdas que el encabezado (¿un número con coma decimal, como 12,5, en un archivo separado por comas? escríbalo 12.5)',
      'observations.csv:11:value (C): se esperaba un número con punto decimal y sin separador de miles, como 1234.5; se encontró "24,6" (en un archivo separado por punto y coma, la coma decimal sí vale)',
      'observations.csv:12:value (C): se esperaba un número, se encontró "doce"',
    ]);
  });

  it('names the workbook sheet in an XLSX problem', async () => {
    const tables = feedToTables(demoFeed(), { numbers: 'point', dates: 'iso' });
    tables.milestones[2]![4] = 46022; // a date without date format: Excel's day number
    const workbook = join(folder.path, 'Plan 2025.xlsx');
    await writeXlsxFile(TABLE_NAMES.map((name) => ({ sheet: name, data: tables[name] }))).toFile(workbook);
    const { code, out } = await build(workbook, join(folder.path, 'xlsx.json'));
    assert.equal(code, 1);
    assert.deepEqual(out.stderr.slice(1), [
      'Plan 2025.xlsx[milestones]:3:due (E): se esperaba una fecha AAAA-MM-DD o DD/MM/AAAA, se encontró el número 46022 (dé a la celda formato de fecha, o escriba la fecha como texto)',
    ]);
  });

  it('lists missing files, and exits 2 when the input cannot be read at all', async () => {
    const empty = join(folder.path, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'hitos.csv'), 'id\n');
    const missing = await build(empty, join(folder.path, 'empty.json'));
    assert.equal(missing.code, 1);
    assert.deepEqual(missing.out.stderr, [
      `Nota: hitos.csv no se lee: los archivos que se leen son plan.csv, territories.csv, commitments.csv, milestones.csv, evidence.csv, indicators.csv, targets.csv, observations.csv, plan.json.`,
      `No se escribió ${join(folder.path, 'empty.json')}: 2 problemas.`,
      `plan.csv: falta este archivo (o plan.json) en ${empty}`,
      `commitments.csv: falta este archivo en ${empty}`,
    ]);
    const nowhere = await build(join(folder.path, 'no-such-folder'), join(folder.path, 'x.json'));
    assert.equal(nowhere.code, 2);
    const broken = join(folder.path, 'broken.xlsx');
    writeFileSync(broken, 'not a zip');
    assert.equal((await build(broken, join(folder.path, 'x.json'))).code, 2);
  });
});
