import { expect } from '@open-wc/testing';
import { stepIndex } from './keyboard.js';

describe('stepIndex', () => {
  it('moves one item with the arrows and stops at the ends', () => {
    expect(stepIndex('ArrowRight', 3, 10)).to.equal(4);
    expect(stepIndex('ArrowDown', 3, 10)).to.equal(4);
    expect(stepIndex('ArrowLeft', 3, 10)).to.equal(2);
    expect(stepIndex('ArrowUp', 3, 10)).to.equal(2);
    expect(stepIndex('ArrowRight', 9, 10)).to.equal(9);
    expect(stepIndex('ArrowLeft', 0, 10)).to.equal(0);
  });

  it('goes to the first and last with Home and End, and a tenth with the page keys', () => {
    expect(stepIndex('Home', 5, 10)).to.equal(0);
    expect(stepIndex('End', 5, 10)).to.equal(9);
    expect(stepIndex('PageDown', 5, 100)).to.equal(15);
    expect(stepIndex('PageUp', 5, 100)).to.equal(0);
    expect(stepIndex('PageDown', 0, 3)).to.equal(1);
  });

  it('leaves other keys, and empty lists, to the browser', () => {
    expect(stepIndex('Tab', 1, 10)).to.equal(undefined);
    expect(stepIndex('a', 1, 10)).to.equal(undefined);
    expect(stepIndex('ArrowRight', 0, 0)).to.equal(undefined);
  });
});
