/** On a page about one commitment: `commitment-id` preselects it, the person can still choose, an unknown id is ignored. */
import { expect, html } from '@open-wc/testing';
import type { OgpFeedbackForm } from './feedback-form.js';
import {
  $,
  choose,
  cleanBrowserEachTest,
  click,
  endpointOf,
  fillValid,
  mockLog,
  newKey,
  show,
  submitUntilSent,
  type,
} from '../test-support/feedback-form.js';

const COMMITMENT = 'clubes-juveniles';

const onCommitmentPage = (key: string, id: string) =>
  show(
    html`<ogp-feedback-form
      src="/demo/feed.json"
      endpoint=${endpointOf(key)}
      commitment-id=${id}
      min-fill-seconds="0"
    ></ogp-feedback-form>`,
  );

/** Runs `body` and answers the console warnings it caused. */
async function warningsOf(body: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings.filter((warning) => warning.includes('commitment-id'));
}

describe('<ogp-feedback-form>: commitment-id', () => {
  cleanBrowserEachTest();

  it('preselects the commitment, which the person can still change, and sends the choice', async () => {
    const key = newKey();
    const element = await onCommitmentPage(key, `  ${COMMITMENT} `);
    await expect(element).to.be.accessible();
    expect($<HTMLSelectElement>(element, '#commitment')!.value).to.equal(COMMITMENT);
    await fillValid(element);
    await submitUntilSent(element);
    expect((await mockLog(key)).bodies[0]!.commitmentId).to.equal(COMMITMENT);
    // "Send another": the page's commitment again.
    await click(element, '[part="send-another"]');
    expect($<HTMLSelectElement>(element, '#commitment')!.value).to.equal(COMMITMENT);
    await choose(element, '#commitment', '');
    await fillValid(element, 'Sobre el plan en general, no sobre este compromiso.');
    await submitUntilSent(element);
    expect((await mockLog(key)).bodies[1]!.commitmentId).to.equal(undefined);
  });

  it('keeps the person’s choice when the page’s commitment changes or the draft comes back', async () => {
    const key = newKey();
    const first = await onCommitmentPage(key, COMMITMENT);
    await choose(first, '#commitment', 'formacion-control-social');
    await type(first, '#message', 'Un borrador sobre la escuela.');
    first.commitmentId = 'rendicion-cuentas-pp';
    await first.updateComplete;
    expect($<HTMLSelectElement>(first, '#commitment')!.value).to.equal('formacion-control-social');
    first.remove();
    const second = await onCommitmentPage(key, COMMITMENT);
    expect($<HTMLSelectElement>(second, '#commitment')!.value).to.equal('formacion-control-social');
  });

  it('preselects a commitment-id set after the form is shown, while the person has not chosen', async () => {
    const element = await onCommitmentPage(newKey(), '');
    expect($<HTMLSelectElement>(element, '#commitment')!.value).to.equal('');
    element.commitmentId = COMMITMENT;
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#commitment')!.value).to.equal(COMMITMENT);
  });

  it('ignores an id the feed does not have, with one warning for the site’s developers', async () => {
    let element: OgpFeedbackForm | undefined;
    const warnings = await warningsOf(async () => {
      element = await onCommitmentPage(newKey(), 'no-existe');
      element.requestUpdate();
      await element.updateComplete;
    });
    expect($<HTMLSelectElement>(element!, '#commitment')!.value).to.equal('');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"no-existe"');
  });
});
