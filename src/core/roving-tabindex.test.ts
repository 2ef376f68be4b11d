import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from './define.js';
import { RovingTabindexController } from './roving-tabindex.js';

/** A row of items, each with a link inside, as one tab stop; it counts its updates. */
class RovingHost extends LitElement {
  @property({ type: Number }) count = 12;
  readonly roving = new RovingTabindexController(this, () => [...this.renderRoot.querySelectorAll<HTMLElement>('li')]);
  updates = 0;

  protected override updated(): void {
    this.updates++;
  }

  protected override render() {
    return litHtml`<ul>
      ${Array.from({ length: this.count }, (_, index) => litHtml`<li tabindex="-1">${index} <a href="#x">enlace</a></li>`)}
    </ul>`;
  }
}
defineElement('test-roving-host', RovingHost);

const items = (el: RovingHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li')];
// Indexes, not elements: a failing comparison of elements hangs while chai prints them.
const tabStops = (el: RovingHost) => items(el).flatMap((item, index) => (item.tabIndex === 0 ? [index] : []));
const focusedIndex = (el: RovingHost) => items(el).indexOf(el.shadowRoot!.activeElement as HTMLElement);

describe('RovingTabindexController', () => {
  it('makes the items one tab stop, the first to begin with', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    expect(tabStops(el)).to.deep.equal([0]);
    expect(el.roving.tabStop === items(el)[0]).to.equal(true);
  });

  it('moves the focus and the tab stop with the arrows, Home, End and the page keys, without an update', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    const updates = el.updates;
    items(el)[0]!.focus();
    const steps: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowRight', 2],
      ['ArrowUp', 1],
      ['ArrowLeft', 0],
      ['ArrowLeft', 0],
      ['PageDown', 1],
      ['End', 11],
      ['ArrowDown', 11],
      ['PageUp', 10],
      ['Home', 0],
    ];
    for (const [key, index] of steps) {
      await sendKeys({ press: key });
      expect([focusedIndex(el), tabStops(el)], key).to.deep.equal([index, [index]]);
    }
    expect(el.updates, 'no update of the host').to.equal(updates);
  });

  it('makes an item focused by other means the tab stop', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    items(el)[5]!.focus();
    expect(tabStops(el)).to.deep.equal([5]);
  });

  it('leaves the keys pressed inside an item to what has the focus', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    items(el)[2]!.querySelector('a')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('a');
    expect(tabStops(el)).to.deep.equal([0]);
  });

  it('keeps the tab stop at its place after an update, or on the last item when fewer remain', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    items(el)[7]!.focus();
    el.count = 20;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([7]);
    el.count = 4;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([3]);
    el.count = 0;
    await el.updateComplete;
    expect(el.roving.tabStop).to.equal(undefined);
    el.count = 3;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([0]);
  });
});
