import { expect } from '@open-wc/testing';
import { toCsv, unguardFormula } from './csv.js';

// The writer is shared with the browser (the chart's download); its full
// behaviour is tested in Node (test/node/csv-writer.test.ts). Here: it loads
// and writes in a browser, where csv-stringify's Node build would need Buffer.
describe('the CSV writer in a browser', () => {
  it('writes a header, quoted and guarded text, numbers with a dot, CRLF and a byte order mark', () => {
    const csv = toCsv(
      [
        ['Comuna "1", Popular', 12.5],
        ['Hola;=1+1', -3],
      ],
      { header: ['Territorio', 'Valor'], bom: true },
    );
    expect(csv).to.equal('\uFEFFTerritorio,Valor\r\n"Comuna ""1"", Popular",12.5\r\nHola;\'=1+1,-3\r\n');
    expect(unguardFormula("Hola;'=1+1")).to.equal('Hola;=1+1');
  });
});
