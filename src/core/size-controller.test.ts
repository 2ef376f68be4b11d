import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SizeController } from './size-controller.js';

class SizedBox extends LitElement {
  readonly size = new SizeController(this, '.box', { width: 1, height: 1, fontSize: 1 });
  renders: string[] = [];

  override render() {
    this.renders.push(`${this.size.width}x${this.size.height}`);
    return html`<div class="box" style="height: 5em; font-size: 20px"></div>`;
  }
}
customElements.define('test-sized-box', SizedBox);

/** A box that exists only once there is something to draw, as a chart's plot does; `tag` replaces it. */
class LateBox extends LitElement {
  readonly size = new SizeController(this, '.box', { width: 1, height: 1, fontSize: 1 });
  boxWidth?: number;
  tag: 'div' | 'section' = 'div';

  override render() {
    if (this.boxWidth === undefined) return html`<p>…</p>`;
    return this.tag === 'div'
      ? html`<div class="box" style="width: ${this.boxWidth}px; height: 2em"></div>`
      : html`<section class="box" style="width: ${this.boxWidth}px; height: 2em"></section>`;
  }
}
customElements.define('test-late-box', LateBox);

async function settle(element: SizedBox): Promise<void> {
  await nextFrame();
  while (!(await element.updateComplete));
}

describe('SizeController', () => {
  it('measures the box right after the first render, before any frame', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><test-sized-box></test-sized-box></div>`,
    );
    const box = wrapper.firstElementChild as SizedBox;
    while (!(await box.updateComplete));
    expect(box.size.hasSize).to.equal(true);
    expect(box.size.width).to.equal(300);
    expect(box.size.height).to.equal(100);
    expect(box.size.fontSize).to.equal(20);
    expect(box.renders).to.deep.equal(['1x1', '300x100']);
  });

  it('follows the box when it is resized', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><test-sized-box></test-sized-box></div>`,
    );
    const box = wrapper.firstElementChild as SizedBox;
    await settle(box);
    wrapper.style.width = '200px';
    await settle(box);
    expect(box.size.width).to.equal(200);
  });

  it('keeps the last size while the box is hidden', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><test-sized-box></test-sized-box></div>`,
    );
    const box = wrapper.firstElementChild as SizedBox;
    await settle(box);
    wrapper.style.display = 'none';
    await settle(box);
    expect(box.size.width).to.equal(300);
  });

  it('finds a box that appears in a later render, and the box that replaces it', async () => {
    const box = await fixture<LateBox>(html`<test-late-box></test-late-box>`);
    const rerender = async (change: Partial<LateBox>) => {
      Object.assign(box, change);
      box.requestUpdate();
      while (!(await box.updateComplete));
    };
    await rerender({});
    expect(box.size.hasSize).to.equal(false);
    await rerender({ boxWidth: 240 });
    expect(box.size.hasSize).to.equal(true);
    expect(box.size.width).to.equal(240);
    await rerender({ boxWidth: 180, tag: 'section' });
    expect(box.size.width).to.equal(180);
    await nextFrame();
    await rerender({ boxWidth: 150 });
    await nextFrame();
    while (!(await box.updateComplete));
    expect(box.size.width, 'the new box is observed').to.equal(150);
  });
});
