/** The form's checks before anything is sent: the error summary, each field's message, the count, the minimum fill time. */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  $,
  active,
  choose,
  cleanBrowserEachTest,
  click,
  endpointOf,
  fillValid,
  form,
  formOnDemoFeed,
  MESSAGE,
  mockLog,
  newKey,
  show,
  submit,
  text,
  type,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: validation (GOV.UK pattern)', () => {
  cleanBrowserEachTest();
  it('shows an error summary that takes focus, in field order, with the same message next to each field', async () => {
    const key = newKey();
    const element = await form(key);
    await submit(element);
    const summary = $(element, '[part="error-summary"]')!;
    expect(summary).to.exist;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(active(element)).to.equal(summary);
    const items = [...summary.querySelectorAll('a')].map((link) => text(link));
    expect(items).to.deep.equal([
      'Elija si su mensaje es un comentario, una pregunta o un aporte.',
      'Escriba su mensaje.',
      'Para enviar su mensaje, marque la casilla de autorización del tratamiento de datos.',
    ]);
    expect(text($(element, '#message-error'))).to.equal('Error: Escriba su mensaje.');
    const message = $(element, '#message')!;
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    expect(message.getAttribute('aria-describedby')).to.equal('message-hint message-error');
    expect($(element, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-hint consent-error');
    expect($(element, 'fieldset')!.getAttribute('aria-describedby')).to.equal('kind-error');
    await expect(element).to.be.accessible();
    expect((await mockLog(key)).requests).to.have.length(0);
  });

  it('moves focus to each field from its link in the summary', async () => {
    const element = await form(newKey());
    await submit(element);
    const links = [...$(element, '[part="error-summary"]')!.querySelectorAll('a')];
    links[0]!.click();
    expect(active(element)?.id).to.equal('kind-comment');
    links[1]!.click();
    expect(active(element)?.id).to.equal('message');
    links[2]!.click();
    expect(active(element)?.id).to.equal('consent');
  });

  it('loses nothing typed when showing errors', async () => {
    const element = await formOnDemoFeed(newKey());
    await click(element, '#kind-contribution');
    await type(element, '#message', 'Corto');
    await type(element, '#name', 'Ana María');
    await choose(element, '#territory', 'Comuna 13 - San Javier');
    await choose(element, '#gender', 'prefer-not-to-say');
    await submit(element);
    expect($<HTMLInputElement>(element, '#kind-contribution')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal('Corto');
    expect($<HTMLInputElement>(element, '#name')!.value).to.equal('Ana María');
    expect($<HTMLSelectElement>(element, '#territory')!.value).to.equal('Comuna 13 - San Javier');
    expect($<HTMLSelectElement>(element, '#gender')!.value).to.equal('prefer-not-to-say');
  });

  it('requires consent, and sends once it is given', async () => {
    const key = newKey();
    const element = await form(key);
    await click(element, '#kind-comment');
    await type(element, '#message', MESSAGE);
    await submit(element);
    const items = [...$(element, '[part="error-summary"]')!.querySelectorAll('li')].map((item) => text(item));
    expect(items).to.deep.equal([
      'Para enviar su mensaje, marque la casilla de autorización del tratamiento de datos.',
    ]);
    expect((await mockLog(key)).requests).to.have.length(0);
    await click(element, '#consent');
    await submit(element);
    await waitUntil(() => $(element, '[part="reference"]'), 'sent after consent');
    const [body] = (await mockLog(key)).bodies;
    expect(body!.consent.given).to.equal(true);
    expect(body!.consent.version).to.equal('ogp-plan-widgets-1');
    expect(Date.parse(body!.consent.at)).to.be.a('number').and.not.NaN;
  });

  it('requires an email only when the person asks for an answer', async () => {
    const element = await form(newKey());
    await fillValid(element);
    await click(element, '#wants-reply');
    expect(text(element.shadowRoot!.querySelector('label[for="email"]'))).to.equal('Correo electrónico');
    expect($(element, '#email')!.getAttribute('aria-required')).to.equal('true');
    element.minFillSeconds = 60;
    await submit(element);
    expect(text($(element, '#email-error'))).to.include('Escriba su correo electrónico para que podamos responderle');
    await type(element, '#email', 'ana@');
    await submit(element);
    expect(text($(element, '#email-error'))).to.include('Escriba un correo electrónico válido');
    await click(element, '#wants-reply');
    await type(element, '#email', '');
    await submit(element);
    expect($(element, '#email-error')).to.equal(null);
    expect(text(element.shadowRoot!.querySelector('label[for="email"]'))).to.equal('Correo electrónico (opcional)');
  });

  it('checks the message length, and counts the characters left', async () => {
    const element = await form(newKey());
    await click(element, '#kind-comment');
    await click(element, '#consent');
    await type(element, '#message', '123456789');
    expect(text($(element, '.count'))).to.equal('Le quedan 2.991 caracteres');
    await submit(element);
    expect(text($(element, '#message-error'))).to.equal('Error: Su mensaje debe tener al menos 10 caracteres.');
    await type(element, '#message', `   ${'a'.repeat(8)}   `);
    await submit(element);
    expect(text($(element, '#message-error'))).to.include('al menos 10');
    await type(element, '#message', 'a'.repeat(3012));
    expect(text($(element, '.count'))).to.equal('Tiene 12 caracteres de más');
    expect($(element, '.count')!.classList.contains('count--over')).to.equal(true);
    await submit(element);
    expect(text($(element, '#message-error'))).to.equal(
      'Error: Su mensaje debe tener 3.000 caracteres o menos. Ahora tiene 3.012.',
    );
    // Nothing was cut: the person decides what to remove.
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.have.length(3012);
    expect($<HTMLTextAreaElement>(element, '#message')!.hasAttribute('maxlength')).to.equal(false);
  });

  it('announces the count politely once typing pauses, not on every keystroke', async () => {
    const element = await form(newKey());
    const region = $(element, '.count + [role="status"]')!;
    expect(text(region)).to.equal('');
    await type(element, '#message', 'Hola');
    await type(element, '#message', 'Hola, ');
    expect(text(region)).to.equal('');
    await waitUntil(() => text(region) !== '', 'announced after a pause', { timeout: 4000 });
    expect(text(region)).to.equal('Le quedan 2.994 caracteres');
    expect($(element, '.count')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('asks a too-fast sender to wait a moment, sends nothing and keeps the text', async () => {
    const key = newKey();
    const element = await show(
      html`<ogp-feedback-form endpoint=${endpointOf(key)} min-fill-seconds="60"></ogp-feedback-form>`,
    );
    await fillValid(element);
    await submit(element);
    const notice = $(element, '.notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.include('vuelva a enviarlo en unos segundos');
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal(MESSAGE);
    expect((await mockLog(key)).requests).to.have.length(0);
    element.minFillSeconds = 0;
    await submit(element);
    await waitUntil(() => $(element, '[part="reference"]'), 'sent');
  });
});
