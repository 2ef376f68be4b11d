/**
 * One cell to one feed value and back: numbers in both styles, dates,
 * sí/no, codes with their Spanish words, formula-safe text, and where a
 * problem is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type CellStyle,
  type CellValue,
  type NumberStyle,
  cellText,
  decimalMark,
  formatDate,
  readBoolean,
  readChoice,
  readDate,
  readDateTime,
  readNumber,
  splitCodes,
  splitTexts,
} from '../../src/cli/spreadsheet/cells.js';
import { jsonDifferences } from '../../src/cli/spreadsheet/json-compare.js';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { csvNumber, guardFormula } from '../../src/shared/csv.js';
import { camelCase, snakeCase, tableLayouts } from '../../src/cli/spreadsheet/layout.js';
import { columnLetter } from '../../src/cli/spreadsheet/problems.js';

const value = <T>(read: { ok: true; value: T | undefined } | { ok: false; message: string }) => {
  assert.ok(read.ok, read.ok ? '' : read.message);
  return read.value;
};
const message = (read: { ok: boolean; message?: string }) => {
  assert.equal(read.ok, false);
  return read.message;
};

const STATUS = tableLayouts.milestones.fields.find((field) => field.path[0] === 'status')!.choice!;

describe('numbers', () => {
  it('reads a decimal point, and no thousands separator, in comma-separated files and workbooks', () => {
    const cases: [CellValue, number | undefined][] = [
      ['12.5', 12.5],
      ['1.234', 1.234],
      [' -3 ', -3],
      ['\u22122', -2],
      ['1e3', 1000],
      [27, 27],
      ['', undefined],
      [null, undefined],
    ];
    for (const [cell, expected] of cases) assert.equal(value(readNumber(cell, 'point')), expected, String(cell));
  });

  it('reads a decimal comma and a thousands point in semicolon-separated files', () => {
    const cases: [string, number][] = [
      ['12,5', 12.5],
      ['1.234', 1234],
      ['1.234,5', 1234.5],
      ['1.234.567', 1234567],
      ['-0,25', -0.25],
      ['1,5E+3', 1500],
    ];
    for (const [cell, expected] of cases) assert.equal(value(readNumber(cell, 'comma')), expected, cell);
  });

  it('says what was expected, and hints at the other style', () => {
    assert.match(message(readNumber('1,234', 'point'))!, /punto decimal y sin separador de miles.*"1,234"/);
    assert.match(message(readNumber('12.5', 'comma'))!, /coma decimal, como 12,5 o 1\.234,5; se encontró "12\.5"/);
    assert.equal(message(readNumber('doce', 'point')), 'se esperaba un número, se encontró "doce"');
    assert.equal(message(readNumber(true, 'point')), 'se esperaba un número, se encontró VERDADERO');
    assert.match(message(readNumber(new Date('2026-01-01'), 'point'))!, /la fecha 2026-01-01/);
  });

  it('reads back every number it writes, in both styles', () => {
    for (const numbers of ['point', 'comma'] as NumberStyle[]) {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (number) => {
          // === rather than Object.is: -0 and 0 are the same number in JSON.
          assert.ok(value(readNumber(csvNumber(number, decimalMark(numbers)), numbers)) === number);
        }),
      );
    }
  });
});

describe('dates', () => {
  it('reads AAAA-MM-DD, DD/MM/AAAA and D/M/AAAA, and date cells', () => {
    assert.equal(value(readDate('2026-06-30')), '2026-06-30');
    assert.equal(value(readDate('30/06/2026')), '2026-06-30');
    assert.equal(value(readDate('3/6/2026')), '2026-06-03');
    assert.equal(value(readDate(new Date(Date.UTC(2026, 5, 30)))), '2026-06-30');
    assert.equal(value(readDate('  ')), undefined);
  });

  it('refuses other forms, days that do not exist, and day numbers', () => {
    assert.equal(
      message(readDate('31-12-26')),
      'se esperaba una fecha AAAA-MM-DD o DD/MM/AAAA, se encontró "31-12-26"',
    );
    assert.equal(message(readDate('06/30/2026')), 'la fecha "06/30/2026" no existe');
    assert.equal(message(readDate('2026-02-29')), 'la fecha "2026-02-29" no existe');
    assert.match(message(readDate(46022))!, /se encontró el número 46022 \(dé a la celda formato de fecha/);
  });

  it('keeps an ISO date and time with its zone where one is allowed', () => {
    assert.equal(value(readDateTime('2026-11-20T10:30:00-05:00')), '2026-11-20T10:30:00-05:00');
    assert.equal(value(readDateTime('20/11/2026')), '2026-11-20');
    assert.equal(value(readDateTime(new Date(Date.UTC(2026, 10, 20, 15, 30)))), '2026-11-20T15:30:00.000Z');
    assert.match(message(readDateTime('ayer'))!, /o una fecha y hora ISO 8601/);
  });

  it('writes DD/MM/AAAA for Spanish Excel, and leaves a date and time alone', () => {
    const dmy: CellStyle = { numbers: 'comma', dates: 'dmy' };
    assert.equal(formatDate('2026-06-30', dmy), '30/06/2026');
    assert.equal(formatDate('2026-11-20T10:30:00-05:00', dmy), '2026-11-20T10:30:00-05:00');
  });
});

describe('sí/no and codes', () => {
  it('reads sí and no in Spanish and English, and boolean cells', () => {
    for (const cell of ['Sí', 'si', 'SÍ', 'verdadero', 'true', true]) assert.equal(value(readBoolean(cell)), true);
    for (const cell of ['No', 'falso', 'FALSE', false]) assert.equal(value(readBoolean(cell)), false);
    assert.equal(message(readBoolean('quizá')), 'se esperaba "sí" o "no", se encontró "quizá"');
  });

  it('reads a status as its code or its Spanish name, whatever the case, accents or separators', () => {
    const cases: [string, string][] = [
      ['completed', 'completed'],
      ['Cumplido', 'completed'],
      ['CUMPLÍDO', 'completed'],
      ['En curso', 'in-progress'],
      ['en_curso', 'in-progress'],
      ['in progress', 'in-progress'],
      ['Sin iniciar', 'not-started'],
      ['Atrasado', 'delayed'],
    ];
    for (const [cell, expected] of cases) assert.equal(value(readChoice(cell, STATUS)), expected, cell);
    assert.equal(
      message(readChoice('Hecho', STATUS)),
      'se esperaba un estado: not-started (sin iniciar), in-progress (en curso), delayed (retrasado), completed (cumplido), cancelled (cancelado); se encontró "Hecho"',
    );
  });

  it('splits lists of codes on | ; or , and lists of texts on | only', () => {
    assert.deepEqual(splitCodes('a | b;c, d |'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(splitTexts('Juntas, veedurías | | Foro'), ['Juntas, veedurías', '', 'Foro']);
  });
});

describe('text', () => {
  it('trims, and turns Windows line ends inside a cell into \\n', () => {
    assert.equal(cellText('  Línea uno\r\nLínea dos  '), 'Línea uno\nLínea dos');
    assert.equal(cellText(12), '12');
  });

  it('writes text that starts like a formula with an apostrophe, and reads it back unchanged', () => {
    assert.equal(guardFormula('=HYPERLINK("http://x.example")'), `'=HYPERLINK("http://x.example")`);
    assert.equal(guardFormula('-5 %'), "'-5 %");
    assert.equal(guardFormula("'hola"), "'hola");
    fc.assert(
      fc.property(
        fc.string().filter((text) => text === text.trim() && !text.includes('\r')),
        (text) => assert.equal(cellText(guardFormula(text)), text),
      ),
    );
    for (const text of ['=1+1', "'=1+1", "''@x", '+57 300', "'hola"]) assert.equal(cellText(guardFormula(text)), text);
  });
});

describe('names and places', () => {
  it('turns feed keys into column names and back', () => {
    assert.equal(snakeCase('potentialForResults'), 'potential_for_results');
    assert.equal(camelCase('age_group'), 'ageGroup');
    assert.equal(camelCase(snakeCase('ageGroup')), 'ageGroup');
  });

  it('names columns with letters as spreadsheets do', () => {
    assert.deepEqual([0, 25, 26, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('compares feeds without regard to key order, and says where they differ', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }), canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
    assert.deepEqual(jsonDifferences({ a: { b: 1, 'c/d': 2 }, e: [1] }, { a: { b: 1, 'c/d': 3 }, e: [1, 2] }), [
      '/a/c~1d',
      '/e',
    ]);
  });
});
