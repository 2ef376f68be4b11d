/**
 * Messages queued on an earlier page (or earlier on this one) are not
 * forgotten: after a reload the form says how many wait and since when,
 * then the reference of each once it is delivered; and a queued message
 * says why it waits, in plain words.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FeedbackSentEvent } from './events.js';
import type { OgpFeedbackForm } from './feedback-form.js';
import { getOutbox, resetOutbox } from './outbox.js';
import {
  $,
  cleanBrowserEachTest,
  click,
  endpointOf,
  fillValid,
  form,
  mockLog,
  newKey,
  setMode,
  submitFor,
  text,
  twoForms,
} from '../test-support/feedback-form.js';

/** Queues one message for the mock `key` (the receiver answers 503), then leaves the page, as a reload does. */
async function queuedBeforeReload(key: string): Promise<string> {
  const element = await form(key);
  await setMode(key, { mode: 'fail', status: 503 });
  await fillValid(element);
  const { detail } = await submitFor(element, 'ogp-feedback-queued');
  element.remove();
  resetOutbox();
  return detail.id;
}

const pending = (element: OgpFeedbackForm) => text($(element, '[part="pending"]'));

describe('<ogp-feedback-form>: messages waiting across a reload', () => {
  cleanBrowserEachTest();

  it('says after a reload how many messages wait and since when, then gives the reference once delivered', async () => {
    const key = newKey();
    const id = await queuedBeforeReload(key);
    const element = await form(key);
    await waitUntil(() => pending(element).includes('Enviando…'), 'the waiting message is shown');
    expect(pending(element)).to.match(
      /^Tiene 1 mensaje guardado en este navegador desde el \d{1,2} de \p{L}+ a las \d{1,2}:\d\d\. Enviando…$/u,
    );
    expect($(element, '[part="pending"]')!.getAttribute('role')).to.equal('status');
    await expect(element).to.be.accessible();

    await setMode(key, { mode: 'ok', reference: 'REF-LATER' });
    const sent = oneEvent(element, 'ogp-feedback-sent') as Promise<FeedbackSentEvent>;
    window.dispatchEvent(new Event('online'));
    const { detail } = await sent;
    expect(detail).to.deep.equal({ id, reference: 'REF-LATER' });
    await element.updateComplete;
    expect(pending(element)).to.match(/^Su mensaje guardado el .+ llegó\. Su número de referencia es REF-LATER\.$/);
    expect(pending(element)).not.to.include('Enviando');
    // The form itself is a fresh one, for another message.
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('gives the reference of a message the page delivered before the form knew where it sends', async () => {
    const key = newKey();
    const id = await queuedBeforeReload(key);
    await setMode(key, { mode: 'ok', reference: 'REF-EARLY' });
    // The new page's outbox sends it at once; the form's endpoint (a feed's, say) comes later.
    getOutbox();
    await waitUntil(async () => (await mockLog(key)).delivered.includes(id), 'delivered by the new page');
    const element = await form(newKey());
    const sent = oneEvent(element, 'ogp-feedback-sent') as Promise<FeedbackSentEvent>;
    element.endpoint = endpointOf(key);
    expect((await sent).detail).to.deep.equal({ id, reference: 'REF-EARLY' });
    await element.updateComplete;
    expect(pending(element)).to.include('Su número de referencia es REF-EARLY.');
  });

  it('shows the waiting messages in one form only when two forms for the endpoint share the page', async () => {
    const key = newKey();
    await queuedBeforeReload(key);
    const { forms } = await twoForms(key);
    await waitUntil(() => forms.some((element) => pending(element) !== ''), 'shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(forms.map((element) => pending(element) !== '')).to.have.members([true, false]);
  });

  it('keeps counting a message queued earlier on this page after “send another”, and gives its reference', async () => {
    const key = newKey();
    const element = await form(key);
    await setMode(key, { mode: 'fail', status: 503 });
    await fillValid(element);
    const { detail } = await submitFor(element, 'ogp-feedback-queued');
    await element.updateComplete;
    // The queued result says it; the notice does not say it again.
    expect(pending(element)).to.equal('');
    await click(element, '[part="send-another"]');
    expect(pending(element)).to.match(/^Tiene 1 mensaje guardado/);
    await setMode(key, { mode: 'ok', reference: 'REF-AFTER' });
    const sent = oneEvent(element, 'ogp-feedback-sent') as Promise<FeedbackSentEvent>;
    await getOutbox().flush(true);
    expect((await sent).detail.id).to.equal(detail.id);
    await element.updateComplete;
    expect(pending(element)).to.include('Su número de referencia es REF-AFTER.');
  });

  for (const [name, query, cause] of [
    ['a 503', '?fail=1&status=503', 'El servidor está ocupado y no pudo recibir su mensaje ahora.'],
    ['a 429', '?fail=1&status=429', 'El servidor está ocupado y no pudo recibir su mensaje ahora.'],
    ['a network failure', '?network=1', 'No hubo conexión con el servidor.'],
    ['a redirect to some page', '?redirect=302', 'El servidor no confirmó que recibió su mensaje.'],
  ] as const) {
    it(`says in plain words why a message waits: ${name}`, async () => {
      const element = await form(newKey(), query);
      await fillValid(element);
      await submitFor(element, 'ogp-feedback-queued');
      await element.updateComplete;
      const result = text($(element, '[part="result"]'));
      expect(result).to.include(cause);
      expect(result).to.include('lo enviaremos automáticamente');
    });
  }
});
