/** Once sent, the message offers the page where the person can check whether it was answered (`answers-page`). */
import { expect, html } from '@open-wc/testing';
import {
  $,
  cleanBrowserEachTest,
  endpointOf,
  fillValid,
  form,
  newKey,
  show,
  submitFor,
  text,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: the way to the answers', () => {
  cleanBrowserEachTest();

  it('links to answers-page with the reference in the fragment, never in the query', async () => {
    const key = newKey();
    const element = await show(
      html`<ogp-feedback-form
        endpoint=${endpointOf(key)}
        min-fill-seconds="0"
        answers-page="/respuestas.html?x=1#old"
      ></ogp-feedback-form>`,
    );
    await fillValid(element);
    const event = await submitFor(element, 'ogp-feedback-sent');
    await element.updateComplete;
    const link = $<HTMLAnchorElement>(element, '[part="lookup-link"]')!;
    expect(link.getAttribute('href')).to.equal(
      `${location.origin}/respuestas.html?x=1#referencia=${encodeURIComponent(event.detail.reference)}`,
    );
    expect(text(link)).to.equal('¿Ya respondieron? Consulte aquí el estado de su mensaje con esta referencia.');
    await expect(element).to.be.accessible();
  });

  it('offers no link without answers-page, nor for an unsafe one', async () => {
    const plain = await form(newKey());
    await fillValid(plain);
    await submitFor(plain, 'ogp-feedback-sent');
    await plain.updateComplete;
    expect($(plain, '[part="lookup-link"]')).to.equal(null);

    const key = newKey();
    const unsafe = await show(
      html`<ogp-feedback-form
        endpoint=${endpointOf(key)}
        min-fill-seconds="0"
        answers-page="javascript:alert(1)"
      ></ogp-feedback-form>`,
    );
    await fillValid(unsafe);
    await submitFor(unsafe, 'ogp-feedback-sent');
    await unsafe.updateComplete;
    expect($(unsafe, '[part="lookup-link"]')).to.equal(null);
  });
});
