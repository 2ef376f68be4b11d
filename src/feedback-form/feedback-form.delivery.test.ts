/** Sending: the request, the answer shown, the receiver's refusal, the events, and the form after sending. */
import { expect, oneEvent } from '@open-wc/testing';
import type { FeedbackSubmitEvent } from './events.js';
import { getOutbox } from './outbox.js';
import { validateSubmission } from '../shared/feedback-schema.js';
import {
  $,
  active,
  choose,
  cleanBrowserEachTest,
  click,
  fillValid,
  form,
  formOnDemoFeed,
  MESSAGE,
  mockLog,
  newKey,
  setMode,
  submit,
  submitFor,
  submitUntilSent,
  text,
  type,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: submission and delivery', () => {
  cleanBrowserEachTest();
  it('sends a valid submission once, with its Idempotency-Key, and shows the reference', async () => {
    const key = newKey();
    const element = await formOnDemoFeed(key);
    await fillValid(element);
    await choose(element, '#territory', 'Corregimiento Santa Elena');
    await choose(element, '#age-range', '18-28');
    await type(element, '#name', 'Ana');
    const event = await submitFor(element, 'ogp-feedback-sent');
    const log = await mockLog(key);
    expect(log.requests).to.have.length(1);
    expect(log.requests[0]!.idempotencyKey).to.equal(log.requests[0]!.id);
    expect(event.detail.id).to.equal(log.requests[0]!.id);
    expect(event.detail.reference).to.match(/^REF-\d{4}$/);
    const body = log.bodies[0]!;
    expect(validateSubmission(body).ok).to.equal(true);
    expect(body).to.include({ kind: 'question', message: MESSAGE, name: 'Ana', locale: 'es', website: '' });
    expect(body.profile).to.deep.equal({ territory: 'Corregimiento Santa Elena', ageRange: '18-28' });
    expect(body.pageUrl).to.equal(`${location.origin}${location.pathname}`);
    await element.updateComplete;
    expect(text($(element, '[part="reference"]'))).to.equal(event.detail.reference);
    expect(active(element)?.id).to.equal('result-title');
    await expect(element).to.be.accessible();
  });

  it('sends once on a double click', async () => {
    const key = newKey();
    const element = await form(key);
    await fillValid(element);
    let submits = 0;
    element.addEventListener('ogp-feedback-submit', () => submits++);
    const sent = oneEvent(element, 'ogp-feedback-sent');
    const button = $(element, 'button[type="submit"]')!;
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(submits).to.equal(1);
    expect((await mockLog(key)).requests).to.have.length(1);
  });

  it('marks the button busy while sending', async () => {
    const key = newKey();
    const element = await form(key, '?hang=1');
    getOutbox().timeout = 60_000;
    await fillValid(element);
    await submit(element);
    const button = $(element, 'button[type="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.equal('Enviando…');
  });

  it('shows the receiver’s message on a 4xx, keeps the text, and fires ogp-feedback-error', async () => {
    const key = newKey();
    const element = await form(key);
    await setMode(key, { mode: 'reject', status: 422, message: 'Su mensaje no se puede recibir: pruebe más tarde.' });
    await fillValid(element);
    await type(element, '#name', 'Ana');
    const { detail } = await submitFor(element, 'ogp-feedback-error');
    expect(detail).to.deep.include({ status: 422, message: 'Su mensaje no se puede recibir: pruebe más tarde.' });
    expect(detail.id).to.match(/^[0-9a-f-]{36}$/);
    await element.updateComplete;
    const alert = $(element, '#rejection')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.include('Su mensaje no se puede recibir: pruebe más tarde.');
    expect(active(element)).to.equal(alert);
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal(MESSAGE);
    expect($<HTMLInputElement>(element, '#name')!.value).to.equal('Ana');
    expect($<HTMLInputElement>(element, '#consent')!.checked).to.equal(true);
    expect(await getOutbox().items()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('names the status on a 4xx without a message', async () => {
    const key = newKey();
    const element = await form(key, '?reject=400');
    await fillValid(element);
    const { detail } = await submitFor(element, 'ogp-feedback-error');
    expect(detail.message).to.equal('El servidor no lo aceptó (código 400).');
    await element.updateComplete;
    expect(text($(element, '#rejection'))).to.include('código 400');
  });

  it('fires a cancelable ogp-feedback-submit with the submission; canceling sends nothing', async () => {
    const key = newKey();
    const element = await form(key);
    await fillValid(element);
    let seen: FeedbackSubmitEvent | undefined;
    element.addEventListener('ogp-feedback-submit', (event) => {
      seen = event;
      event.preventDefault();
    });
    await submit(element);
    expect(seen).to.exist;
    expect(seen!.cancelable).to.equal(true);
    expect(seen!.bubbles && seen!.composed).to.equal(true);
    expect(seen!.detail.submission.id).to.equal(seen!.detail.id);
    expect(seen!.detail.submission.message).to.equal(MESSAGE);
    expect((await mockLog(key)).requests).to.have.length(0);
    expect($(element, 'form')).to.exist;
    expect(text($(element, 'button[type="submit"]'))).to.equal('Enviar mensaje');
  });

  it('fires ogp-feedback-sent at the page level, across the shadow root', async () => {
    const element = await form(newKey());
    await fillValid(element);
    const event = await submitFor(element, 'ogp-feedback-sent', document);
    expect(event.detail.reference).to.match(/^REF-\d{4}$/);
  });

  it('offers to send another message, with a fresh form', async () => {
    const element = await form(newKey());
    await fillValid(element);
    await submitUntilSent(element);
    await click(element, '[part="send-another"]');
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal('');
    expect($<HTMLInputElement>(element, '#consent')!.checked).to.equal(false);
    expect(active(element)?.id).to.equal('kind-comment');
  });

  it('answers validate() by showing problems on the form, and leaves a sent message’s result as it is', async () => {
    const element = await form(newKey());
    expect(element.validate()).to.equal(false);
    await element.updateComplete;
    expect($(element, '[part="error-summary"]')).to.exist;
    await fillValid(element);
    expect(element.validate()).to.equal(true);
    await element.updateComplete;
    expect(text($(element, '[part="error-summary"]'))).to.equal('');
    await submitUntilSent(element);
    expect(element.validate()).to.equal(true);
    await element.updateComplete;
    expect(text($(element, '[part="reference"]'))).to.match(/^REF-\d{4}$/);
  });
});
