/**
 * What a careless or hostile server, host page or browser setting may do:
 * redirects, refused Web Locks, storage that hangs or is denied, feed text
 * with markup, robots, right-to-left pages, page styles that force
 * content-box sizing, several forms on one page.
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { FeedbackErrorEvent } from './events.js';
import type { OgpFeedbackForm } from './feedback-form.js';
import { getOutbox, resetOutbox } from './outbox.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';
import {
  $,
  cleanBrowserEachTest,
  click,
  endpointOf,
  fillValid,
  form,
  MESSAGE,
  mockLog,
  newKey,
  setMode,
  show,
  submitFor,
  submitUntilSent,
  text,
  twoForms,
  type,
} from '../test-support/feedback-form.js';

describe('<ogp-feedback-form>: hostile servers and pages', () => {
  /** Undoes the test's stubs, even when the test failed halfway. */
  const undo: (() => unknown)[] = [];
  afterEach(() => undo.splice(0).forEach((step) => step()));
  cleanBrowserEachTest();
  it('gives a right-to-left page no sideways scrolling (the hidden honeypot stays out of its scroll area)', async () => {
    document.documentElement.dir = 'rtl';
    undo.push(() => document.documentElement.removeAttribute('dir'));
    const element = await form(newKey());
    await expect(element).to.be.accessible();
    const page = document.scrollingElement!;
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });

  it('fits a 320 px page whose stylesheet forces content-box sizing on every element', async () => {
    const style = document.createElement('style');
    style.textContent = '* { box-sizing: content-box !important; }';
    document.head.append(style);
    undo.push(() => style.remove());
    const page = fixtureSync<HTMLDivElement>(
      html`<div style="width: 320px">
        <ogp-feedback-form src="/demo/feed.json" endpoint=${endpointOf(newKey())}></ogp-feedback-form>
      </div>`,
    );
    const element = page.firstElementChild as OgpFeedbackForm;
    await element.loadComplete;
    await element.updateComplete;
    expect(page.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    const right = page.getBoundingClientRect().right;
    for (const field of element.shadowRoot!.querySelectorAll('input:not(#website), textarea, select, button')) {
      expect(field.getBoundingClientRect().right, field.id || field.localName).to.be.at.most(right);
    }
  });

  it('renders hostile feed strings as inert text', async () => {
    const feed = await loadDemoFeed();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    feed.commitments[0].title = hostile;
    feed.feedback.controller.name = hostile;
    feed.feedback.controller.contact = 'javascript:alert(1)';
    feed.feedback.purposes = [hostile];
    feed.feedback.privacyPolicyUrl = 'javascript:alert(1)';
    const element = await show(
      html`<ogp-feedback-form src=${await serveFeed(feed)} endpoint=${endpointOf(newKey())}></ogp-feedback-form>`,
    );
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text($(element, '#commitment option:nth-child(2)'))).to.equal(hostile);
    expect(text($(element, '[part="consent"]'))).to.include(hostile);
    expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect($(element, '[part="policy"]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const element = await form(newKey());
    const trap = $(element, '.trap')!;
    expect(trap.getAttribute('aria-hidden')).to.equal('true');
    const input = trap.querySelector('input')!;
    expect(input.name).to.equal('website');
    expect(input.tabIndex).to.equal(-1);
    expect(input.getAttribute('autocomplete')).to.equal('off');
    const box = trap.getBoundingClientRect();
    expect(box.right).to.be.below(0);
  });

  it('sends the honeypot as it is, even when a robot fills it without any input event', async () => {
    const key = newKey();
    const element = await form(key);
    await fillValid(element);
    $<HTMLInputElement>(element, '#website')!.value = 'http://spam.example';
    await submitUntilSent(element);
    expect((await mockLog(key)).bodies[0]!.website).to.equal('http://spam.example');
  });

  it('never says “sent” when a redirect turns the POST into a GET for a page, and keeps the message', async () => {
    const key = newKey();
    const element = await form(key, '?redirect=302');
    await fillValid(element);
    let sent = 0;
    element.addEventListener('ogp-feedback-sent', () => sent++);
    const { detail } = await submitFor(element, 'ogp-feedback-queued');
    await element.updateComplete;
    expect(sent).to.equal(0);
    expect($(element, '[part="reference"]')).to.equal(null);
    expect(text($(element, '[part="result"]'))).to.include('lo enviaremos automáticamente');
    expect((await getOutbox().items()).map((item) => item.id)).to.deep.equal([detail.id]);
    // A redirect that keeps the POST (307, 308) reaches the receiver and is sent.
    const target = newKey();
    const kept = await form(newKey(), `?redirect=308&location=${encodeURIComponent(endpointOf(target))}`);
    await fillValid(kept);
    const delivered = await submitFor(kept, 'ogp-feedback-sent');
    expect(delivered.detail.reference).to.match(/^REF-\d{4}$/);
    expect((await mockLog(target)).stored).to.have.length(1);
  });

  it('sends, and does not stay on “Enviando…”, where Web Locks refuse (a sandboxed frame)', async () => {
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: { request: () => Promise.reject(new DOMException('The origin is opaque.', 'SecurityError')) },
    });
    undo.push(() => delete (navigator as { locks?: unknown }).locks);
    const element = await form(newKey());
    await fillValid(element);
    await submitUntilSent(element);
    expect($(element, '[part="reference"]')).to.exist;
  });

  it('does not stay on “Enviando…” when IndexedDB never answers (Safari 14.1): it keeps items in localStorage', async () => {
    // An open request that never succeeds, fails nor is blocked.
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
    undo.push(() => delete (indexedDB as { open?: unknown }).open);
    resetOutbox();
    const key = newKey();
    const element = await form(key, '?fail=1&status=503');
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    expect(await getOutbox().storageKind()).to.equal('localstorage');
    expect(Object.keys(localStorage).some((item) => item.startsWith('ogp-plan-widgets:feedback-outbox:'))).to.equal(
      true,
    );
  });

  it('gives a later refusal back to the form that sent it, not to another empty form on the page', async () => {
    const key = newKey();
    const [other, mine] = (await twoForms(key)).forms as [OgpFeedbackForm, OgpFeedbackForm];
    await setMode(key, { mode: 'fail', status: 503 });
    await fillValid(mine);
    await submitFor(mine, 'ogp-feedback-queued');
    await setMode(key, { mode: 'reject', status: 409, message: 'Conflicto de prueba.' });
    const failed = oneEvent(document, 'ogp-feedback-error') as Promise<FeedbackErrorEvent>;
    await getOutbox().flush(true);
    // Compared by id: chai would describe two whole elements on a failure.
    expect(((await failed).target as HTMLElement).id).to.equal('mine');
    await mine.updateComplete;
    expect(text($(mine, '#rejection'))).to.include('Conflicto de prueba.');
    expect($<HTMLTextAreaElement>(mine, '#message')!.value).to.equal(MESSAGE);
    expect($(other, '#rejection')).to.equal(null);
    expect($<HTMLTextAreaElement>(other, '#message')!.value).to.equal('');
  });

  it('keeps what the person is typing when an earlier queued message is refused; the refusal comes back after', async () => {
    const key = newKey();
    const element = await form(key);
    await setMode(key, { mode: 'fail', status: 503 });
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    await element.updateComplete;
    await click(element, '[part="send-another"]');
    const next = 'Otro mensaje, que escribo mientras tanto.';
    await type(element, '#message', next);
    await setMode(key, { mode: 'reject', status: 409, message: 'Conflicto de prueba.' });
    await getOutbox().flush(true);
    await element.updateComplete;
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal(next);
    expect($(element, '#rejection')).to.equal(null);
    // The new message goes; "send another" then brings the refused one back, with the receiver's words.
    await setMode(key, { mode: 'ok' });
    await fillValid(element, next);
    await submitUntilSent(element);
    const failed = oneEvent(element, 'ogp-feedback-error');
    await click(element, '[part="send-another"]');
    await failed;
    await element.updateComplete;
    expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal(MESSAGE);
    expect(text($(element, '#rejection'))).to.include('Conflicto de prueba.');
    expect(await getOutbox().items()).to.deep.equal([]);
  });

  it('marks the receiver’s message with a valid language, even from a Content-Language like es_CO', async () => {
    const key = newKey();
    const element = await form(key);
    await setMode(key, { mode: 'reject', status: 422, message: 'No se puede recibir.', language: 'es_CO' });
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-error');
    await element.updateComplete;
    expect($(element, '#rejection p')!.getAttribute('lang')).to.equal('es-CO');
    await expect(element).to.be.accessible();
  });

  it('does not promise to keep a queued message after the page closes when the browser stores nothing', async () => {
    const blocked = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    for (const name of ['indexedDB', 'localStorage']) {
      const original = Object.getOwnPropertyDescriptor(window, name)!;
      Object.defineProperty(window, name, { configurable: true, get: blocked });
      undo.push(() => Object.defineProperty(window, name, original));
    }
    resetOutbox();
    const element = await form(newKey(), '?fail=1&status=503');
    await fillValid(element);
    await submitFor(element, 'ogp-feedback-queued');
    await element.updateComplete;
    expect(await getOutbox().storageKind()).to.equal('memory');
    const result = text($(element, '[part="result"]'));
    expect(result).not.to.include('aunque cierre esta página');
    expect(result).to.include('lo enviaremos automáticamente, si no cierra esta página.');
    await expect(element).to.be.accessible();
  });
});
