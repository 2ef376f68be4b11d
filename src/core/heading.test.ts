import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { heading, levelAt, topLevel } from './heading.js';

describe('headings that fit the host page', () => {
  it('reads heading-level as 1 to 6, and anything else as 2', () => {
    expect([1, 3, 6, '4'].map(topLevel)).to.deep.equal([1, 3, 6, 4]);
    expect([0, 7, 2.5, 'h3', null, undefined, NaN].map(topLevel)).to.deep.equal([2, 2, 2, 2, 2, 2, 2]);
  });

  it('puts the headings inside one level below the title, or at its level when the title is hidden', () => {
    expect([0, 1, 2].map((depth) => levelAt(3, depth, false))).to.deep.equal([3, 4, 5]);
    expect([1, 2].map((depth) => levelAt(3, depth, true))).to.deep.equal([3, 4]);
    expect(levelAt(9, 1, false)).to.equal(3);
  });

  it('draws a real h1…h6 with its parts, and an h6 that tells its true level past 6', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(heading(4, 'Hitos', { part: 'heading', id: 'hitos', class: 'section' }), host);
    const h4 = host.querySelector('h4')!;
    expect(h4.textContent).to.equal('Hitos');
    expect([h4.getAttribute('part'), h4.id, h4.className]).to.deep.equal(['heading', 'hitos', 'section']);
    expect(h4.hasAttribute('aria-level')).to.equal(false);
    render(heading(8, 'Profundo'), host);
    const deep = host.querySelector('h6')!;
    expect(deep.getAttribute('aria-level')).to.equal('8');
    expect(deep.hasAttribute('part')).to.equal(false);
  });
});
