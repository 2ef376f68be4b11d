/** A submission the receiver could not take yet: queued in the browser, retried, delivered once, or handed back when refused. */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FeedbackErrorEvent, FeedbackSentEvent } from './events.js';
import { getOutbox, resetOutbox } from './outbox.js';
import {
  $,
  active,
  cleanBrowserEachTest,
  click,
  endpointOf,
  fillValid,
  form,
  MESSAGE,
  mockLog,
  newKey,
  setMode,
  submitFor,
  text,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: the offline queue', () => {
  cleanBrowserEachTest();

  for (const [name, query] of [
    ['a 5xx', '?fail=1&status=503'],
    ['a network failure', '?network=1'],
  ] as const) {
    it(`queues the submission on ${name}, says it will be sent by itself, and delivers it exactly once`, async () => {
      const key = newKey();
      const element = await form(key, query);
      await fillValid(element);
      const { detail } = await submitFor(element, 'ogp-feedback-queued');
      await element.updateComplete;
      expect(text($(element, '[part="result"]'))).to.include('lo enviaremos automáticamente');
      expect(active(element)?.id).to.equal('result-title');
      await expect(element).to.be.accessible();
      const items = await getOutbox().items();
      expect(items.map((item) => item.id)).to.deep.equal([detail.id]);

      await setMode(key, { mode: 'ok' });
      const sent = oneEvent(element, 'ogp-feedback-sent') as Promise<FeedbackSentEvent>;
      window.dispatchEvent(new Event('online'));
      const delivered = await sent;
      expect(delivered.detail.id).to.equal(detail.id);
      await element.updateComplete;
      expect(text($(element, '[part="reference"]'))).to.equal(delivered.detail.reference);
      // Several more chances to send it again: none is taken.
      window.dispatchEvent(new Event('online'));
      await getOutbox().flush(true);
      const log = await mockLog(key);
      expect(log.delivered).to.deep.equal([detail.id]);
      expect(log.requests.every((request) => request.idempotencyKey === detail.id)).to.equal(true);
      expect(await getOutbox().items()).to.deep.equal([]);
    });
  }

  it('queues on a timeout', async () => {
    const key = newKey();
    const element = await form(key, '?hang=1');
    getOutbox().timeout = 300;
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    expect(await getOutbox().items()).to.have.length(1);
  });

  it('retries by itself with backoff until the receiver answers 2xx', async () => {
    const key = newKey();
    const element = await form(key, '?fail=3&status=500');
    getOutbox().baseDelay = 40;
    await fillValid(element);
    const { detail } = await submitFor(element, 'ogp-feedback-sent');
    const log = await mockLog(key);
    expect(log.requests.map((request) => request.status)).to.deep.equal([500, 500, 500, 201]);
    expect(log.delivered).to.deep.equal([detail.id]);
  });

  it('delivers a queued submission exactly once on the next page load', async () => {
    const key = newKey();
    const first = await form(key);
    await setMode(key, { mode: 'fail', status: 502 });
    await fillValid(first);
    const { detail } = await submitFor(first, 'ogp-feedback-queued');
    // The page goes away…
    first.remove();
    resetOutbox();
    await setMode(key, { mode: 'ok' });
    // …and a new page with the widget (any endpoint) starts a new outbox, which sends what was left.
    const second = await form(newKey());
    await waitUntil(async () => (await mockLog(key)).delivered.length > 0, 'delivered on the next load');
    await getOutbox().flush(true);
    const log = await mockLog(key);
    expect(log.delivered).to.deep.equal([detail.id]);
    expect(log.stored).to.deep.equal([detail.id]);
    expect(await getOutbox().items()).to.deep.equal([]);
    // The new page's form is a fresh, empty form.
    expect($<HTMLTextAreaElement>(second, '#message')!.value).to.equal('');
  });

  it('puts a queued submission refused later back in the form, with the message', async () => {
    const key = newKey();
    const element = await form(key, '?fail=1&status=503');
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    await setMode(key, { mode: 'reject', status: 409, message: 'Conflicto de prueba.' });
    const failed = oneEvent(element, 'ogp-feedback-error') as Promise<FeedbackErrorEvent>;
    window.dispatchEvent(new Event('online'));
    const { detail } = await failed;
    expect(detail.status).to.equal(409);
    await element.updateComplete;
    expect(text($(element, '#rejection'))).to.include('Conflicto de prueba.');
    expect(text($(element, '#rejection'))).to.include('Recuperamos su mensaje en el formulario');
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal(MESSAGE);
    expect(await getOutbox().items()).to.deep.equal([]);
  });

  it('keeps a refusal that no form on the page takes, and hands it to the next form for that endpoint', async () => {
    const key = newKey();
    const first = await form(key);
    await setMode(key, { mode: 'fail', status: 503 });
    await fillValid(first, 'Un mensaje que el servidor rechazará después.');
    await submitFor(first, 'ogp-feedback-queued');
    first.remove();
    await setMode(key, { mode: 'reject', status: 400, message: 'Rechazado sin formulario.' });
    await getOutbox().flush(true);
    const parked = await getOutbox().items();
    expect(parked).to.have.length(1);
    expect(parked[0]!.rejected).to.deep.equal({ status: 400, message: 'Rechazado sin formulario.' });
    const failed = new Promise<FeedbackErrorEvent>((resolve) =>
      document.addEventListener('ogp-feedback-error', resolve, { once: true }),
    );
    const second = await form(key);
    const { detail } = await failed;
    expect(detail.message).to.equal('Rechazado sin formulario.');
    await second.updateComplete;
    expect($<HTMLTextAreaElement>(second, '#message')!.value).to.equal('Un mensaje que el servidor rechazará después.');
    expect(text($(second, '#rejection'))).to.include('Rechazado sin formulario.');
    expect(await getOutbox().items()).to.deep.equal([]);
    // Nothing was sent again.
    expect((await mockLog(key)).requests).to.have.length(2);
  });

  it('waits as long as a 429’s Retry-After asks before trying again', async () => {
    const key = newKey();
    const element = await form(key);
    await setMode(key, { mode: 'fail', status: 429, retryAfter: '120' });
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    const [item] = await getOutbox().items();
    expect(item!.nextAttemptAt - Date.now()).to.be.within(110_000, 121_000);
  });

  it('says in an event when an earlier queued message gets through, and keeps showing the one still waiting', async () => {
    const [first, second] = [newKey(), newKey()];
    const element = await form(first, '?fail=1&status=503');
    await fillValid(element);
    const earlier = (await submitFor(element, 'ogp-feedback-queued')).detail.id;
    await element.updateComplete;
    await click(element, '[part="send-another"]');
    element.endpoint = endpointOf(second, '?fail=9&status=503');
    await fillValid(element, 'Un segundo mensaje, que también espera.');
    const waiting = (await submitFor(element, 'ogp-feedback-queued')).detail.id;
    await element.updateComplete;
    const sent = oneEvent(element, 'ogp-feedback-sent') as Promise<FeedbackSentEvent>;
    await getOutbox().flush(true);
    expect((await sent).detail.id).to.equal(earlier);
    await element.updateComplete;
    // The result still says "saved", with no reference (compared as text: chai would describe a whole element).
    expect(text($(element, '[part="result"]'))).to.include('lo enviaremos automáticamente');
    expect(text($(element, '[part="reference"]'))).to.equal('');
    expect((await getOutbox().items()).map((item) => item.id)).to.deep.equal([waiting]);
  });
});
