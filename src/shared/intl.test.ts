import { expect } from '@open-wc/testing';
import { dateFormat, numberFormat, pluralRules } from './intl.js';

describe('the formatter cache', () => {
  it('makes one formatter per locale and options, and hands it out again', () => {
    const options = { day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    const first = dateFormat('es-CO', options);
    expect(dateFormat('es-CO', { ...options }) === first, 'the same options, another object').to.equal(true);
    expect(dateFormat('en-US', options) === first, 'another locale').to.equal(false);
    expect(dateFormat('es-CO', { ...options, month: 'short' }) === first, 'other options').to.equal(false);
    expect(first.format(new Date(Date.UTC(2026, 10, 27)))).to.equal('27 de noviembre');
  });

  it('keeps number formats and plural rules apart from dates', () => {
    const percent = numberFormat('es-CO', { style: 'percent' });
    expect(numberFormat('es-CO', { style: 'percent' }) === percent).to.equal(true);
    expect(percent.format(0.5)).to.match(/^50\s?%$/);
    expect(pluralRules('es-CO') === pluralRules('es-CO')).to.equal(true);
    expect(pluralRules('en-US').select(1)).to.equal('one');
    expect(pluralRules('en-US').select(2)).to.equal('other');
  });
});
