/** Headings that fit the host page: the title at `heading-level`, the headings inside one level below, `hide-title`. */
import { expect, html } from '@open-wc/testing';
import {
  $,
  cleanBrowserEachTest,
  endpointOf,
  fillValid,
  newKey,
  show,
  submit,
  submitUntilSent,
  text,
} from '../test-support/feedback-form.js';

const levels = (root: ShadowRoot) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `${heading.localName} ${text(heading)}`);

describe('<ogp-feedback-form>: headings', () => {
  cleanBrowserEachTest();

  it('draws its title as an h2 and the headings inside as h3 by default', async () => {
    const element = await show(
      html`<ogp-feedback-form endpoint=${endpointOf(newKey())} min-fill-seconds="0"></ogp-feedback-form>`,
    );
    await submit(element);
    expect(levels(element.shadowRoot!)).to.deep.equal([
      'h2 Comentarios, preguntas y aportes',
      'h3 Hay un problema',
      'h3 Tratamiento de sus datos personales',
    ]);
  });

  it('follows heading-level, in the form and in the result', async () => {
    const element = await show(
      html`<ogp-feedback-form
        heading-level="4"
        endpoint=${endpointOf(newKey())}
        min-fill-seconds="0"
      ></ogp-feedback-form>`,
    );
    expect(levels(element.shadowRoot!)).to.deep.equal([
      'h4 Comentarios, preguntas y aportes',
      'h5 Tratamiento de sus datos personales',
    ]);
    expect($(element, '[part="title"]')!.localName).to.equal('h4');
    await fillValid(element);
    await submitUntilSent(element);
    expect(levels(element.shadowRoot!)).to.deep.equal([
      'h4 Comentarios, preguntas y aportes',
      'h5 Recibimos su mensaje',
    ]);
    await expect(element).to.be.accessible();
  });

  it('draws no title with hide-title: the section keeps its name, and the headings inside take the title’s level', async () => {
    const element = await show(
      html`<ogp-feedback-form hide-title heading-level="3" endpoint=${endpointOf(newKey())}></ogp-feedback-form>`,
    );
    expect($(element, '[part="title"]')).to.equal(null);
    const section = $(element, '[part="base"]')!;
    expect(section.getAttribute('aria-label')).to.equal('Comentarios, preguntas y aportes');
    expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    expect(levels(element.shadowRoot!)).to.deep.equal(['h3 Tratamiento de sus datos personales']);
    await expect(element).to.be.accessible();
  });
});
