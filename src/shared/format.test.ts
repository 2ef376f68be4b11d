import { expect } from '@open-wc/testing';
import { formatNumber, formatPercent, formatValue } from './format.js';

const count = { measure: 'count' } as const;
const number = { measure: 'number' } as const;
const percentage = { measure: 'percentage' } as const;
const pesos = { measure: 'currency', currency: 'COP' } as const;
/** Intl writes a no-break space before "%" and inside amounts; people read a space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('number formats', () => {
  it('never write "-0", for zero or for a small negative value rounded to zero', () => {
    for (const lang of ['es', 'en'] as const) {
      expect(formatNumber(-0, lang)).to.equal('0');
      expect(plain(formatValue(-0, percentage, lang))).to.match(/^0 ?%$/);
      expect(formatValue(-0.4, count, lang)).to.not.match(/^-0$/);
      expect(formatPercent(-0.001, lang)).to.match(/^0 ?%$/);
      expect(plain(formatValue(-0.2, pesos, lang))).to.not.include('-');
    }
  });

  it('keep small values visible instead of rounding them to 0', () => {
    expect(formatNumber(0.0012, 'es')).to.equal('0,0012');
    expect(formatNumber(0.0012, 'en')).to.equal('0.0012');
    expect(plain(formatValue(0.04, percentage, 'es'))).to.match(/^0,04 ?%$/);
    expect(formatValue(0.001, number, 'en')).to.equal('0.001');
  });

  it('keep the usual decimals for ordinary values', () => {
    expect(formatNumber(1234.567, 'es')).to.equal('1.234,57');
    expect(formatNumber(1234.567, 'en')).to.equal('1,234.57');
    expect(formatValue(1234, count, 'es')).to.equal('1.234');
    expect(plain(formatValue(45.25, percentage, 'es'))).to.match(/^45,3 ?%$/);
    expect(formatValue(-3.5, number, 'en')).to.equal('-3.5');
  });
});
