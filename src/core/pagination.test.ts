import { expect } from '@open-wc/testing';
import { common as english } from '../packs/en/common.js';
import { commonStrings } from '../shared/i18n.js';
import { pageNumbers, pageRange, pageSlice } from './pagination.js';

describe('pages of a long list', () => {
  it('slices a list into pages, keeping the page asked for within bounds', () => {
    expect(pageSlice(2000, 20, 0)).to.deep.equal({ index: 0, count: 100, start: 0, end: 20 });
    expect(pageSlice(2000, 20, 99)).to.deep.equal({ index: 99, count: 100, start: 1980, end: 2000 });
    expect(pageSlice(45, 20, 7)).to.deep.equal({ index: 2, count: 3, start: 40, end: 45 });
    expect(pageSlice(0, 20, 3)).to.deep.equal({ index: 0, count: 1, start: 0, end: 0 });
    expect(pageSlice(10, 20, -1).index).to.equal(0);
  });

  it('offers the first and last pages and the current one with its neighbours, as GOV.UK does', () => {
    expect(pageNumbers(0, 1)).to.deep.equal([0]);
    expect(pageNumbers(0, 3)).to.deep.equal([0, 1, 2]);
    expect(pageNumbers(0, 100)).to.deep.equal([0, 1, undefined, 99]);
    expect(pageNumbers(49, 100)).to.deep.equal([0, undefined, 48, 49, 50, undefined, 99]);
    // A gap of one page shows that page, never "…" for one number.
    expect(pageNumbers(3, 100)).to.deep.equal([0, 1, 2, 3, 4, undefined, 99]);
    expect(pageNumbers(99, 100)).to.deep.equal([0, undefined, 98, 99]);
  });

  it('says which items a page shows, in words and local numbers, and nothing for a single page', () => {
    expect(pageRange(pageSlice(2000, 20, 1), 2000, 'es', commonStrings.pagination)).to.equal(
      'Se muestran del 21 al 40 de 2.000.',
    );
    expect(pageRange(pageSlice(2000, 20, 1), 2000, 'en', english.pagination)).to.equal('Showing 21 to 40 of 2,000.');
    expect(pageRange(pageSlice(4, 20, 0), 4, 'es', commonStrings.pagination)).to.equal('');
  });
});
