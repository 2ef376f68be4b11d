import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { SizeController } from './size-controller.js';

class SizedBox extends LitElement {
  readonly size = new SizeController(this, { width: 1, height: 1, fontSize: 1 });
  renders: string[] = [];

  override render() {
    this.renders.push(`${this.size.width}x${this.size.height}`);
    return html`<div ${ref(this.size.observe)} style="height: 5em; font-size: 20px"></div>`;
  }
}
customElements.define('test-sized-box', SizedBox);

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
});
