/** What the person typed survives a reload, in this tab only, and comes back in one form only. */
import { expect } from '@open-wc/testing';
import {
  $,
  choose,
  cleanBrowserEachTest,
  click,
  form,
  newKey,
  submitFor,
  twoForms,
  type,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: drafts', () => {
  cleanBrowserEachTest();
  it('is accessible with a draft put back after a reload', async () => {
    const key = newKey();
    const first = await form(key);
    await type(first, '#message', 'Un borrador a medio escribir.');
    first.remove();
    const second = await form(key);
    await expect(second).to.be.accessible();
    expect($<HTMLTextAreaElement>(second, '#message')!.value).to.equal('Un borrador a medio escribir.');
  });

  it('survives a reload, and is gone once the message is sent', async () => {
    const key = newKey();
    const first = await form(key);
    await click(first, '#kind-contribution');
    await type(first, '#message', 'Un aporte a medio escribir');
    await type(first, '#name', 'Ana');
    await choose(first, '#gender', 'woman');
    first.remove();
    const second = await form(key);
    expect($<HTMLInputElement>(second, '#kind-contribution')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(second, '#message')!.value).to.equal('Un aporte a medio escribir');
    expect($<HTMLInputElement>(second, '#name')!.value).to.equal('Ana');
    expect($<HTMLSelectElement>(second, '#gender')!.value).to.equal('woman');
    // Consent is given again, knowingly, for each message.
    expect($<HTMLInputElement>(second, '#consent')!.checked).to.equal(false);
    await click(second, '#consent');
    await submitFor(second, 'ogp-feedback-sent');
    second.remove();
    const third = await form(key);
    expect($<HTMLTextAreaElement>(third, '#message')!.value).to.equal('');
  });

  it('keeps drafts only in this tab’s sessionStorage, per endpoint', async () => {
    const key = newKey();
    const element = await form(key);
    await type(element, '#message', 'Borrador');
    expect(Object.keys(sessionStorage).some((item) => item.includes(key))).to.equal(true);
    expect(Object.keys(localStorage).some((item) => item.includes('draft'))).to.equal(false);
    const other = await form(newKey());
    expect($<HTMLTextAreaElement>(other, '#message')!.value).to.equal('');
  });

  it('puts a draft back in one form only when two forms for one endpoint share the page, so it is not sent twice', async () => {
    const key = newKey();
    const page = () => twoForms(key);
    const before = await page();
    await type(before.forms[1]!, '#message', 'Un borrador a medio escribir.');
    // The other form is not touched by the typing.
    expect($<HTMLTextAreaElement>(before.forms[0]!, '#message')!.value).to.equal('');
    before.wrapper.remove();
    const after = await page();
    const messages = after.forms.map((element) => $<HTMLTextAreaElement>(element, '#message')!.value);
    expect(messages.filter((message) => message === 'Un borrador a medio escribir.')).to.have.length(1);
    expect(messages).to.include('');
  });
});
