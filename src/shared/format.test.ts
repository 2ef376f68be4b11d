import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatPercent, pluralNumber } from './format.js';
import { formatValue } from './format-value.js';
import { localeOf, normalizeLang, plural } from './i18n.js';

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

describe('any language through Intl', () => {
  it('writes dates, numbers and money in the widget’s language, Colombian Spanish for plain "es"', () => {
    expect(localeOf('es')).to.equal('es-CO');
    expect(localeOf('es-MX')).to.equal('es-MX');
    expect(formatDate('2026-02-27', 'fr')).to.equal('27 février 2026');
    expect(formatDate('2026-02-27', 'pt-BR')).to.equal('27 de fevereiro de 2026');
    expect(plain(formatNumber(1234.5, 'fr'))).to.equal('1 234,5');
    expect(plain(formatValue(1200, { measure: 'currency', currency: 'EUR' }, 'fr'))).to.equal('1 200 €');
    expect(plain(formatValue(1200000, pesos, 'es'))).to.equal('$ 1.200.000');
  });

  it('chooses plural forms by the language’s own rules', () => {
    const milestones = { one: '{n} jalon', other: '{n} jalons' };
    expect(plural('fr', 0, milestones), 'zero is singular in French').to.equal('0 jalon');
    expect(plural('es', 0, { one: '{n} hito', other: '{n} hitos' })).to.equal('0 hitos');
    const polish = { one: '{n} plik', few: '{n} pliki', many: '{n} plików', other: '{n} pliku' };
    expect([1, 3, 5].map((n) => plural('pl', n, polish))).to.deep.equal(['1 plik', '3 pliki', '5 plików']);
    expect(plural('pl', 5, { one: '{n} plik', other: '{n} pliku' }), 'a form left out: other').to.equal('5 pliku');
    expect(pluralNumber('fr', 3000, 'Il reste {n} caractère', 'Il reste {n} caractères')).to.match(
      /^Il reste 3\s000 caractères$/,
    );
  });

  it('reads a lang attribute as a canonical tag, and anything else as Spanish', () => {
    expect(normalizeLang('PT-br')).to.equal('pt-BR');
    expect(normalizeLang(' fr ')).to.equal('fr');
    expect(normalizeLang('not a tag!')).to.equal('es');
    expect(normalizeLang('')).to.equal('es');
  });
});
