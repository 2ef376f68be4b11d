/**
 * What a screen reader hears in each state of the form, from Chromium's own
 * accessibility tree, against snapshots read by hand in __ax__/ (rewrite
 * them with UPDATE_AX=1, then read the diff as a blind person would hear it).
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { OgpFeedbackForm } from './feedback-form.js';
import { getOutbox } from './outbox.js';
import { expectAxSnapshot } from '../test-support/ax-tree.js';
import {
  $,
  cleanBrowserEachTest,
  endpointOf,
  fillValid,
  form,
  newKey,
  show,
  submit,
  submitFor,
  text,
} from '../test-support/feedback-form.js';

/** A form whose answers are fixed, so the snapshot never changes with the test order. */
const answered = (query: string) => form(newKey(), query);

/** Fills the form, and waits until the count is read out (it comes a moment after typing). */
async function filled(element: OgpFeedbackForm): Promise<void> {
  await fillValid(element);
  await waitUntil(() => text($(element, '.count + [role="status"]')), 'the count read out', { timeout: 3000 });
}

describe('<ogp-feedback-form>: what a screen reader hears', () => {
  cleanBrowserEachTest();

  it('while the feed loads', async () => {
    const element = fixtureSync<OgpFeedbackForm>(
      html`<ogp-feedback-form src="/__test/hang" endpoint=${endpointOf(newKey())}></ogp-feedback-form>`,
    );
    await element.updateComplete;
    expect($(element, '[part="loading"]')).to.exist;
    await expectAxSnapshot(element, 'loading');
  });

  it('ready, with the feed’s commitments and data controller', async () => {
    const element = await show(
      html`<ogp-feedback-form
        src="/demo/feed.json"
        endpoint=${endpointOf(newKey())}
        min-fill-seconds="0"
      ></ogp-feedback-form>`,
    );
    await expectAxSnapshot(element, 'ready');
  });

  it('with errors: the summary and each field’s message', async () => {
    const element = await answered('');
    await submit(element);
    await expectAxSnapshot(element, 'errors');
  });

  it('while sending', async () => {
    const element = await answered('?hang=1');
    getOutbox().timeout = 60_000;
    await filled(element);
    await submit(element);
    await expectAxSnapshot(element, 'sending');
  });

  it('queued, with the server busy', async () => {
    const element = await answered('?fail=1&status=503');
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    await element.updateComplete;
    await expectAxSnapshot(element, 'queued');
  });

  it('sent, with the reference', async () => {
    const element = await answered('?reference=REF-TEST-0001');
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-sent');
    await element.updateComplete;
    await expectAxSnapshot(element, 'sent');
  });

  it('refused by the receiver, with its message', async () => {
    const element = await answered('?reject=422&message=No%20recibimos%20mensajes%20de%20prueba.');
    await filled(element);
    await submitFor(element, 'ogp-feedback-error');
    await element.updateComplete;
    await expectAxSnapshot(element, 'refused');
  });
});
