/**
 * The staff exports: who may download them, what the CSV and the workbook
 * hold, and that neither can plant a formula, however a spreadsheet opens
 * them (Excel in Spanish splits a double-clicked .csv on ";").
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { unguardFormula } from '../../src/shared/csv.js';
import { formulaCells } from './csv-readings.js';
import { post, type Running, startReceiver, STORE_KINDS, submission } from './server-helpers.js';

const TOKEN = 'test-token-0123456789abcdefghij';
const PARTNER = 'https://www.medellin.gov.co';

async function download(url: string, format: 'csv' | 'xlsx', token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/feedback/export.${format}`, {
    headers: { ...headers, ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
  });
  // Response.text() would drop the byte order mark; keep the bytes to check it.
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

function rows(csv: string): Record<string, string>[] {
  return parse(csv.replace(/^\uFEFF/, ''), { columns: true });
}

/** Texts a person could send that a spreadsheet would run, whole or split. */
const HOSTILE = [
  'Hola mundo;=1+1;fin de la prueba',
  'Propuestas, =1+1 y más',
  "Propuestas:\n- más parques\n-2+3+cmd|' /C calc'!A0",
  'Una cita;"=HYPERLINK(""http://evil.example"")"',
  'Termina con punto y coma;',
  '@SUM(1+1) al principio',
  '\t=1+1 con tabulador',
];

for (const kind of STORE_KINDS)
  describe(`exports (${kind})`, () => {
    let running: Running;
    before(async () => {
      running = await startReceiver({ adminToken: TOKEN, allowedOrigins: [PARTNER] }, kind);
    });
    after(() => running.stop());

    it('answers 401 without the token, or with a wrong one', async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        for (const token of [undefined, '', 'wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
          const answer = await download(running.url, format, token);
          assert.equal(answer.status, 401, `${format} ${String(token)}`);
          assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
        const basic = await download(running.url, format, undefined, {
          Authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`,
        });
        assert.equal(basic.status, 401);
      }
    });

    it('exports every submission as CSV with the token, safe from formula injection', async () => {
      const body = submission({
        message: '=HYPERLINK("http://evil.example","clic") y "comillas", comas\ny líneas',
        name: '@Ana',
        email: 'ana@example.org',
        wantsReply: true,
        commitmentId: 'rendicion-cuentas-pp',
        profile: { territory: 'Comuna 13 - San Javier', ageRange: '18-28', gender: 'woman' },
      });
      const saved = await post(running.url, body);
      const answer = await download(running.url, 'csv', TOKEN);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(
        answer.headers.get('content-disposition') ?? '',
        /^attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.ok(answer.text.startsWith('\uFEFFreference,receivedAt,id,kind,'));
      const all = rows(answer.text);
      assert.equal(all.length, await running.receiver.store.count());
      const row = all.find((item) => item.id === body.id)!;
      assert.equal(row.reference, saved.json.reference);
      assert.equal(row.message, `'${body.message}`);
      assert.equal(row.name, "'@Ana");
      assert.equal(row.wantsReply, '1');
      assert.equal(row.territory, 'Comuna 13 - San Javier');
      assert.equal(row.consentVersion, '2026-11');
      assert.equal(row.commitmentId, 'rendicion-cuentas-pp');
    });

    it('writes a CSV in which no cell starts a formula, read with commas or as Excel in Spanish reads it', async () => {
      const sent = HOSTILE.map((message, index) => submission({ message, name: HOSTILE[HOSTILE.length - 1 - index] }));
      for (const body of sent) assert.equal((await post(running.url, body)).status, 201);
      const answer = await download(running.url, 'csv', TOKEN);
      assert.deepEqual(formulaCells(answer.text), []);
      // Read as a CSV, each text is the person's, with the guard's apostrophes that unguardFormula takes away.
      const all = rows(answer.text);
      for (const body of sent) {
        const row = all.find((item) => item.id === body.id)!;
        assert.equal(unguardFormula(row.message!), body.message);
        assert.equal(unguardFormula(row.name!), body.name);
      }
    });

    it('exports an Excel workbook whose texts are text, never formulas, exactly as written', async () => {
      const control = submission({ message: 'Texto con un carácter de control \u0001 en medio', name: '=1+1' });
      const sent = [...HOSTILE.map((message) => submission({ message, name: '+57 300 000 0000' })), control];
      for (const body of sent) assert.equal((await post(running.url, body)).status, 201);
      const answer = await download(running.url, 'xlsx', TOKEN);
      assert.equal(answer.status, 200);
      assert.equal(
        answer.headers.get('content-type'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      assert.match(
        answer.headers.get('content-disposition') ?? '',
        /^attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      assert.equal(answer.headers.get('cache-control'), 'no-store');

      const sheet = await readSheet(answer.bytes, { trim: false });
      const [header, ...data] = sheet;
      assert.deepEqual(header!.slice(0, 6), ['reference', 'receivedAt', 'id', 'kind', 'commitmentId', 'message']);
      assert.equal(data.length, await running.receiver.store.count());
      const column = (name: string) => header!.indexOf(name);
      for (const body of sent.slice(0, -1)) {
        const row = data.find((cells) => cells[column('id')] === body.id)!;
        assert.equal(row[column('message')], body.message);
        assert.equal(row[column('name')], body.name);
      }
      const withControl = data.find((cells) => cells[column('id')] === control.id)!;
      // A control character cannot be in a workbook's XML: it is left out, and the workbook opens.
      assert.equal(withControl[column('message')], 'Texto con un carácter de control  en medio');
      // A formula cell would read back as its result, or as nothing: this one is the text itself.
      assert.equal(withControl[column('name')], '=1+1');
    });

    it('never lets another site read an export, not even an allowed origin', async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const answer = await download(running.url, format, TOKEN, { Origin: PARTNER });
        assert.equal(answer.status, 200, format);
        assert.equal(answer.headers.get('access-control-allow-origin'), null, format);
      }
    });

    it('is off when no token is configured', async () => {
      const off = await startReceiver({}, kind);
      try {
        for (const format of ['csv', 'xlsx'] as const) {
          assert.equal((await download(off.url, format)).status, 404);
          assert.equal((await download(off.url, format, 'anything')).status, 404);
        }
      } finally {
        await off.stop();
      }
    });
  });
