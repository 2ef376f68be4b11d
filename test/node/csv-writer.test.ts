/**
 * The one CSV writer (src/shared/csv.ts): RFC 4180 text that any program
 * reads back exactly, a formula guard that holds however a spreadsheet
 * splits the lines, and a guard the command line can take off again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { type CsvCell, csvNumber, guardFormula, toCsv, unguardFormula } from '../../src/shared/csv.js';
import { formulaCells, readAsSpreadsheet } from './csv-readings.js';

/** Texts made of the characters that matter here, and some others. */
const hostileText = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', "'", ' ', 'a', '1', 'ñ'),
  maxLength: 24,
});

const HOSTILE = [
  'Hola mundo;=1+1;fin',
  'Hola, =1+1',
  '=HYPERLINK("http://evil.example","clic")',
  "Propuestas:\n- más parques\n-2+3+cmd|' /C calc'!A0",
  'a;"=1+1"',
  'a;""=1+1',
  'fin\r\n@SUM(1)',
  '\t=1',
  '\r=1',
  "'=1",
  '+57 300 000 0000',
];

describe('the formula guard', () => {
  it('leaves no cell that starts like a formula, read with commas or as Spanish Excel reads it', () => {
    for (const delimiter of [',', ';'] as const) {
      assert.deepEqual(formulaCells(toCsv([HOSTILE], { delimiter })), [], delimiter);
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (row) => {
          assert.deepEqual(formulaCells(toCsv([row], { delimiter })), []);
        }),
      );
    }
  });

  it('is taken off exactly: unguardFormula(guardFormula(text)) is the text', () => {
    fc.assert(fc.property(hostileText, (text) => assert.equal(unguardFormula(guardFormula(text)), text)));
    fc.assert(fc.property(fc.string(), (text) => assert.equal(unguardFormula(guardFormula(text)), text)));
  });

  it('adds an apostrophe only where a cell may start with a formula sign', () => {
    assert.equal(guardFormula('=1+1'), "'=1+1");
    assert.equal(guardFormula('Hola mundo;=1+1;fin'), "Hola mundo;'=1+1;fin");
    assert.equal(guardFormula('a;"=1'), `a;"'=1`);
    assert.equal(guardFormula("''=1"), "'''=1");
    for (const safe of ['Hola, mundo', 'a - b', 'correo@example.org', 'Comuna 13 - San Javier', '1,5', "l'=a"]) {
      assert.equal(guardFormula(safe), safe);
    }
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF line ends, numbers with a dot, and quotes what needs it', () => {
    const rows: CsvCell[][] = [
      ['2025-01-01', 'Línea base', 10],
      ['2026-01-01', 'Comuna "1", Popular', 100.5],
      ['2026-02-01', '=HYPERLINK("x")', -2],
      ['2026-03-01', ' espacio ', null],
      ['2026-04-01', 'dos\nlíneas', undefined],
    ];
    assert.equal(
      toCsv(rows, { header: ['Fecha', 'Tipo', 'Valor'] }),
      [
        'Fecha,Tipo,Valor',
        '2025-01-01,Línea base,10',
        '2026-01-01,"Comuna ""1"", Popular",100.5',
        `2026-02-01,"'=HYPERLINK(""x"")",-2`,
        '2026-03-01," espacio ",',
        '2026-04-01,"dos\nlíneas",',
        '',
      ].join('\r\n'),
    );
  });

  it('writes what Excel in Spanish writes, on request: semicolons and decimal commas', () => {
    assert.equal(toCsv([['a;b', 'c,d', 12.5]], { delimiter: ';', decimal: ',' }), '"a;b";c,d;12,5\r\n');
    assert.equal(csvNumber(1234.5, ','), '1234,5');
    assert.equal(csvNumber(-0.25), '-0.25');
  });

  it('starts with a byte order mark when asked, ends lines with \\n when asked', () => {
    assert.equal(toCsv([['a']], { bom: true, lineEnd: '\n' }), '\uFEFFa\n');
    assert.equal(toCsv([], { bom: true, header: ['a', 'b'] }), '\uFEFFa,b\r\n');
    assert.equal(toCsv([]), '');
  });

  it('is read back exactly by an RFC 4180 reader, and by the spreadsheet reading of its own delimiter', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { minLength: 2, maxLength: 2 }), { minLength: 1 }), (rows) => {
        for (const delimiter of [',', ';'] as const) {
          const csv = toCsv(rows, { delimiter });
          const guarded = rows.map((row) => row.map(guardFormula));
          assert.deepEqual(parse(csv, { delimiter }), guarded);
          assert.deepEqual(readAsSpreadsheet(csv, delimiter), guarded);
        }
      }),
    );
  });
});
