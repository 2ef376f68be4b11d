import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleMap, type StyleInfo } from './style-map.js';

const bar = (styles: StyleInfo) =>
  html`<div role="progressbar" aria-label="Avance" aria-valuenow="40" style=${styleMap(styles)}></div>`;

describe('styleMap (CSP-safe)', () => {
  it('is accessible in a progress bar', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>${bar({ width: '40%' })}</div>`);
    await expect(host).to.be.accessible();
  });

  it('sets the first values through CSSOM, never as a style attribute string', async () => {
    const host = document.createElement('div');
    const attributeWrites: string[] = [];
    const original = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') attributeWrites.push(value);
      return original.call(this, name, value);
    };
    try {
      render(bar({ width: '40%', '--_today': '12%', backgroundColor: 'rgb(1, 2, 3)' }), host);
    } finally {
      Element.prototype.setAttribute = original;
    }
    const element = host.querySelector<HTMLElement>('[role="progressbar"]')!;
    expect(attributeWrites).to.deep.equal([]);
    expect(element.style.width).to.equal('40%');
    expect(element.style.getPropertyValue('--_today')).to.equal('12%');
    expect(element.style.backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('updates, removes and marks properties important', async () => {
    const host = document.createElement('div');
    render(bar({ width: '40%', left: '1em' }), host);
    render(bar({ width: '75%', left: null, color: 'red !important' }), host);
    const element = host.querySelector<HTMLElement>('[role="progressbar"]')!;
    expect(element.style.width).to.equal('75%');
    expect(element.style.left).to.equal('');
    expect(element.style.getPropertyPriority('color')).to.equal('important');
  });

  it('refuses any place but a whole style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${styleMap({ width: '1px' })}></div>`, host)).to.throw(/style attribute/);
  });
});
