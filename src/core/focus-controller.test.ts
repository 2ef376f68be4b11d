import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from './define.js';
import { FocusController } from './focus-controller.js';

/** A list drawn by position (Lit reuses each button for whatever item comes to its place). */
class FocusHost extends LitElement {
  @property({ attribute: false }) items: string[] = ['a', 'b', 'c'];
  readonly keeper = new FocusController(this, {
    remember: (focused) =>
      focused instanceof HTMLElement && focused.dataset.id ? `[data-id="${focused.dataset.id}"]` : undefined,
    fallback: () => this.renderRoot.querySelector<HTMLElement>('h2'),
  });

  protected override render() {
    return litHtml`<h2 tabindex="-1">Lista</h2>
      <input id="search" />
      ${this.items.map((item) => litHtml`<button data-id=${item}>${item}</button>`)}`;
  }
}
defineElement('test-focus-host', FocusHost);

const focusedId = (el: FocusHost) => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.dataset.id || active?.id || active?.localName || null;
};
const button = (el: FocusHost, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

describe('FocusController', () => {
  it('follows the remembered element when an update puts another item in its place', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    button(el, 'b').focus();
    const reused = el.shadowRoot!.activeElement;
    el.items = ['new', 'a', 'b', 'c'];
    await el.updateComplete;
    expect(reused?.textContent, 'the focused button now shows another item').to.equal('a');
    expect(focusedId(el)).to.equal('b');
  });

  it('falls back when the focused element is gone and nothing remembered is found', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    button(el, 'c').focus();
    el.items = ['a'];
    await el.updateComplete;
    expect(focusedId(el)).to.equal('h2');
  });

  it('focuses a requested target after the next update, once, and ahead of what it remembers', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    button(el, 'a').focus();
    el.keeper.focusAfterUpdate('#search');
    await el.updateComplete;
    expect(focusedId(el)).to.equal('search');
    button(el, 'a').focus();
    el.items = ['x', 'a'];
    await el.updateComplete;
    expect(focusedId(el), 'the request was used up').to.equal('a');
  });

  it('focuses the target again after each update while repeatWhile holds', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    let repeat = true;
    el.keeper.focusAfterUpdate(() => el.shadowRoot!.querySelector<HTMLElement>('button:last-of-type'), {
      repeatWhile: () => repeat,
    });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('c');
    repeat = false;
    el.items = ['a', 'b', 'c', 'd'];
    await el.updateComplete;
    expect(focusedId(el)).to.equal('d');
    el.items = ['a', 'b', 'c', 'd', 'e'];
    await el.updateComplete;
    expect(focusedId(el), 'no more requests').to.equal('d');
  });

  it('never takes the focus from the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><input id="outside" /><test-focus-host></test-focus-host></div>`,
    );
    const el = wrapper.querySelector<FocusHost>('test-focus-host')!;
    wrapper.querySelector<HTMLInputElement>('#outside')!.focus();
    el.items = ['z'];
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('outside');
  });
});
