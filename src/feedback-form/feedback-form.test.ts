import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { OgpFeedbackForm } from './feedback-form.js';
import type { FeedbackErrorEvent, FeedbackSentEvent, FeedbackSubmitEvent } from './events.js';
import { getOutbox, Outbox, resetOutbox } from './outbox.js';
import { validateSubmission } from '../shared/feedback-schema.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';

// ------------------------------------------------------------------ helpers

let counter = 0;
/** A receiver of its own for each test (see test/server/feedback-mock.js). */
const newKey = () => `form-${Date.now()}-${++counter}`;
const endpointOf = (key: string, query = '') => `/__test/feedback/${key}${query}`;

interface MockLog {
  requests: { idempotencyKey: string; id: string; status: number }[];
  delivered: string[];
  stored: string[];
  bodies: Record<string, any>[];
}

async function mockLog(key: string): Promise<MockLog> {
  return (await fetch(`/__test/feedback-log/${key}`)).json();
}

async function setMode(key: string, mode: Record<string, unknown>): Promise<void> {
  await fetch(`/__test/feedback-mode/${key}`, { method: 'PUT', body: JSON.stringify(mode) });
}

async function show(template: ReturnType<typeof html>): Promise<OgpFeedbackForm> {
  // fixtureSync: fixture() waits for an animation frame, which a background page never gets.
  const found = fixtureSync<HTMLElement>(template);
  const element = (
    found.localName === 'ogp-feedback-form' ? found : found.querySelector('ogp-feedback-form')
  ) as OgpFeedbackForm;
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

/** A form posting to the mock `key`, with no minimum fill time. */
const form = (key: string, extra = '') =>
  show(html`<ogp-feedback-form endpoint=${endpointOf(key, extra)} min-fill-seconds="0"></ogp-feedback-form>`);

const $ = <T extends Element = HTMLElement>(element: OgpFeedbackForm, selector: string) =>
  element.shadowRoot!.querySelector<T & HTMLElement>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (element: OgpFeedbackForm) => element.shadowRoot!.activeElement as HTMLElement | null;

async function type(element: OgpFeedbackForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function choose(element: OgpFeedbackForm, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function click(element: OgpFeedbackForm, selector: string): Promise<void> {
  $(element, selector)!.click();
  await element.updateComplete;
}

const MESSAGE = '¿Cuándo publican el informe de la comuna 13?';

/** Fills the required fields (a question, a message, consent). */
async function fillValid(element: OgpFeedbackForm, message = MESSAGE): Promise<void> {
  await click(element, '#kind-question');
  await type(element, '#message', message);
  if (!$<HTMLInputElement>(element, '#consent')!.checked) await click(element, '#consent');
}

const submit = (element: OgpFeedbackForm) => click(element, 'button[type="submit"]');

type FormEvents = GlobalEventHandlersEventMap;

/** Submits, and waits for the form's answer `type` (fired on the form, seen on `target`). */
async function submitFor<K extends keyof FormEvents>(
  element: OgpFeedbackForm,
  type: K,
  target: EventTarget = element,
): Promise<FormEvents[K]> {
  const answer = oneEvent(target, type) as Promise<FormEvents[K]>;
  await submit(element);
  return answer;
}

/** Submits, waits until the receiver has the message, and for the render that says so. */
async function submitUntilSent(element: OgpFeedbackForm): Promise<void> {
  await submitFor(element, 'ogp-feedback-sent');
  await element.updateComplete;
}

async function clearBrowserState(): Promise<void> {
  resetOutbox();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('ogp-plan-widgets');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('ogp-plan-widgets:')) localStorage.removeItem(key);
  }
  sessionStorage.clear();
}

// -------------------------------------------------------------------- tests

describe('<ogp-feedback-form>', () => {
  beforeEach(clearBrowserState);
  afterEach(() => resetOutbox());

  describe('rendering', () => {
    it('is accessible with only an endpoint', async () => {
      const element = await form(newKey());
      await expect(element).to.be.accessible();
      expect($(element, 'form')).to.exist;
      expect($(element, 'form')!.hasAttribute('novalidate')).to.equal(true);
      // No feed, so no commitments to choose from.
      expect($(element, '#commitment')).to.equal(null);
    });

    it('is accessible with the demo feed, offering its commitments and its data controller', async () => {
      const element = await show(
        html`<ogp-feedback-form src="/demo/feed.json" min-fill-seconds="0"></ogp-feedback-form>`,
      );
      await expect(element).to.be.accessible();
      const options = [...element.shadowRoot!.querySelectorAll('#commitment option')].map((option) => text(option));
      expect(options).to.have.length(5);
      expect(options[0]).to.equal('Sobre el plan en general');
      const consent = text($(element, '[part="consent"]'));
      expect(consent).to.include('Distrito de Medellín – Secretaría de Participación Ciudadana (ejemplo)');
      expect(consent).to.include('participacion.ciudadana@medellin.gov.co');
      expect(consent).to.include('Analizar la participación por territorio');
      expect($<HTMLAnchorElement>(element, '[part="policy"]')!.href).to.equal(
        'https://www.medellin.gov.co/es/politica-de-tratamiento-de-datos-personales/',
      );
      // The feed's "/api/feedback" is relative to the feed's URL.
      expect(element.resolvedEndpoint).to.equal(new URL('/api/feedback', location.href).href);
    });

    it('shows the data controller, purposes, rights and policy (Ley 1581), with an unticked consent box', async () => {
      const element = await form(newKey());
      const consent = $(element, '[part="consent"]')!;
      expect(text(consent.querySelector('h3'))).to.equal('Tratamiento de sus datos personales');
      const words = text(consent);
      for (const right of ['conocer', 'actualizar', 'rectificar', 'suprimir', 'revocar esta autorización']) {
        expect(words).to.include(right);
      }
      expect(words).to.include('Superintendencia de Industria y Comercio');
      expect(words).to.include('Ley 1581 de 2012');
      expect(words).to.include('Decreto 1377 de 2013');
      expect(words).to.include('Puede enviar su mensaje sin nombre ni correo');
      expect($<HTMLInputElement>(element, '#consent')!.checked).to.equal(false);
    });

    it('takes the controller, contact, policy and consent version from attributes, over the feed', async () => {
      const key = newKey();
      const element = await show(
        html`<ogp-feedback-form
          src="/demo/feed.json"
          endpoint=${endpointOf(key)}
          controller-name="Alcaldía de Ejemplo"
          controller-contact="datos@ejemplo.gov.co"
          privacy-policy-url="https://ejemplo.gov.co/datos"
          consent-version="v7"
          min-fill-seconds="0"
        ></ogp-feedback-form>`,
      );
      const consent = text($(element, '[part="consent"]'));
      expect(consent).to.include('Alcaldía de Ejemplo');
      expect(consent).not.to.include('Secretaría de Participación Ciudadana (ejemplo)');
      expect($<HTMLAnchorElement>(element, '[part="contact"]')!.href).to.equal('mailto:datos@ejemplo.gov.co');
      expect($<HTMLAnchorElement>(element, '[part="policy"]')!.href).to.equal('https://ejemplo.gov.co/datos');
      expect(element.resolvedEndpoint).to.equal(new URL(endpointOf(key), location.href).href);
      await fillValid(element);
      await submit(element);
      await waitUntil(() => $(element, '[part="reference"]'), 'sent');
      const [body] = (await mockLog(key)).bodies;
      expect(body!.consent.version).to.equal('v7');
      expect(body!.planId).to.equal('medellin-2025-2027');
    });

    it('tells the developer, once, when it knows no data controller', async () => {
      const original = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await form(newKey());
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('controller-name');
    });

    it('says clearly when there is no endpoint, and shows no form', async () => {
      const element = await show(html`<ogp-feedback-form></ogp-feedback-form>`);
      await expect(element).to.be.accessible();
      const error = $(element, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.include('falta la dirección de envío');
      expect($(element, 'form')).to.equal(null);

      const feed = await loadDemoFeed();
      delete feed.feedback;
      const withoutFeedback = await show(html`<ogp-feedback-form src=${await serveFeed(feed)}></ogp-feedback-form>`);
      expect(text($(withoutFeedback, '[part="error"]'))).to.include('falta la dirección de envío');
      expect($(withoutFeedback, 'form')).to.equal(null);
    });

    it('refuses an endpoint that is not http or https', async () => {
      const element = await show(html`<ogp-feedback-form endpoint="javascript:alert(1)"></ogp-feedback-form>`);
      expect(element.resolvedEndpoint).to.equal(undefined);
      expect($(element, 'form')).to.equal(null);
    });

    it('still shows the form, with its own endpoint, when the feed fails', async () => {
      const element = await show(
        html`<ogp-feedback-form src="/__test/status/500" endpoint=${endpointOf(newKey())}></ogp-feedback-form>`,
      );
      expect($(element, 'form')).to.exist;
    });

    it('offers Medellín’s 16 comunas and 5 corregimientos, ages and genders with “Prefiero no decir”', async () => {
      const element = await form(newKey());
      const groups = [...element.shadowRoot!.querySelectorAll('#territory optgroup')];
      expect(groups.map((group) => group.getAttribute('label'))).to.deep.equal(['Comunas', 'Corregimientos']);
      const comunas = [...groups[0]!.querySelectorAll('option')].map((option) => text(option));
      expect(comunas).to.have.length(16);
      expect(comunas[0]).to.equal('Comuna 1 - Popular');
      expect(comunas[10]).to.equal('Comuna 11 - Laureles-Estadio');
      expect(comunas[15]).to.equal('Comuna 16 - Belén');
      const corregimientos = [...groups[1]!.querySelectorAll('option')].map((option) => text(option));
      expect(corregimientos).to.deep.equal([
        'Corregimiento San Sebastián de Palmitas',
        'Corregimiento San Cristóbal',
        'Corregimiento Altavista',
        'Corregimiento San Antonio de Prado',
        'Corregimiento Santa Elena',
      ]);
      expect(text($(element, '#gender'))).to.include('Prefiero no decir');
      expect($<HTMLSelectElement>(element, '#age-range')!.options).to.have.length(7);
    });

    it('says of each optional field that it is optional, and why', async () => {
      const element = await form(newKey());
      for (const id of ['name', 'email', 'territory', 'age-range', 'gender']) {
        const label = text(element.shadowRoot!.querySelector(`label[for="${id}"]`));
        const hint = text($(element, `#${id}-hint`));
        expect(label, id).to.include('(opcional)');
        expect(hint, id).to.match(/^Opcional\. .+/);
        expect($(element, `#${id}`)!.getAttribute('aria-describedby'), id).to.include(`${id}-hint`);
      }
      expect(text($(element, '#about-hint'))).to.include('enfoque diferencial');
    });

    it('gives radios, checkboxes and buttons targets of at least 24 × 24 px', async () => {
      const element = await form(newKey());
      for (const target of element.shadowRoot!.querySelectorAll(
        'input[type="radio"], input[type="checkbox"], button',
      )) {
        if (target.closest('.trap')) continue;
        const box = target.getBoundingClientRect();
        expect(box.width, target.id || target.textContent!).to.be.at.least(24);
        expect(box.height, target.id || target.textContent!).to.be.at.least(24);
      }
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
  });

  describe('validation (GOV.UK pattern)', () => {
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
      expect($(element, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-error');
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
      const element = await form(newKey());
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

  describe('delivery', () => {
    it('sends a valid submission once, with its Idempotency-Key, and shows the reference', async () => {
      const key = newKey();
      const element = await form(key);
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

    it('never sends one item from two outboxes at once (two tabs)', async () => {
      const key = newKey();
      const element = await form(key, '?fail=1&status=503');
      await fillValid(element);
      const { detail } = await submitFor(element, 'ogp-feedback-queued');
      await setMode(key, { mode: 'hang' });
      const tabA = new Outbox();
      const tabB = new Outbox();
      tabA.timeout = tabB.timeout = 500;
      await Promise.all([tabA.flush(true), tabB.flush(true)]);
      const log = await mockLog(key);
      // One failed first attempt, then exactly one more, however many outboxes tried.
      expect(log.requests.filter((request) => request.idempotencyKey === detail.id)).to.have.length(2);
    });

    it('keeps items in localStorage where IndexedDB is missing, and delivers them on the next load', async () => {
      const key = newKey();
      const tab = new Outbox({ storage: 'localstorage' });
      expect(await tab.storageKind()).to.equal('localstorage');
      await setMode(key, { mode: 'fail' });
      const body = JSON.stringify({ id: 'x' });
      const result = await tab.submit({
        id: '6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58',
        endpoint: new URL(endpointOf(key), location.href).href,
        body,
      });
      expect(result.kind).to.equal('failed');
      expect(
        Object.keys(localStorage).filter((item) => item.startsWith('ogp-plan-widgets:feedback-outbox:')),
      ).to.have.length(1);
      await setMode(key, { mode: 'ok' });
      const next = new Outbox({ storage: 'localstorage' });
      next.start();
      await next.flush();
      next.stop();
      expect((await mockLog(key)).delivered).to.deep.equal(['6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58']);
      expect(
        Object.keys(localStorage).filter((item) => item.startsWith('ogp-plan-widgets:feedback-outbox:')),
      ).to.have.length(0);
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
      expect($<HTMLTextAreaElement>(second, '#message')!.value).to.equal(
        'Un mensaje que el servidor rechazará después.',
      );
      expect(text($(second, '#rejection'))).to.include('Rechazado sin formulario.');
      expect(await getOutbox().items()).to.deep.equal([]);
      // Nothing was sent again.
      expect((await mockLog(key)).requests).to.have.length(2);
    });
  });

  describe('hostile servers and pages', () => {
    /** Undoes the test's stubs, even when the test failed halfway. */
    const undo: (() => unknown)[] = [];
    afterEach(() => undo.splice(0).forEach((step) => step()));

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
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <ogp-feedback-form id="other" endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
          <ogp-feedback-form id="mine" endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
        </div>`,
      );
      const [other, mine] = [...wrapper.querySelectorAll<OgpFeedbackForm>('ogp-feedback-form')] as [
        OgpFeedbackForm,
        OgpFeedbackForm,
      ];
      await Promise.all([other.updateComplete, mine.updateComplete]);
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
      expect(result).to.include('lo enviaremos automáticamente cuando haya conexión, si no cierra esta página.');
      await expect(element).to.be.accessible();
    });

    it('puts a draft back in one form only when two forms for one endpoint share the page, so it is not sent twice', async () => {
      const key = newKey();
      const page = async () => {
        const wrapper = fixtureSync<HTMLElement>(
          html`<div>
            <ogp-feedback-form endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
            <ogp-feedback-form endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
          </div>`,
        );
        const forms = [...wrapper.querySelectorAll<OgpFeedbackForm>('ogp-feedback-form')];
        await Promise.all(forms.map((element) => element.updateComplete));
        return { wrapper, forms };
      };
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

    it('gives a right-to-left page no sideways scrolling (the hidden honeypot stays out of its scroll area)', async () => {
      document.documentElement.dir = 'rtl';
      undo.push(() => document.documentElement.removeAttribute('dir'));
      const element = await form(newKey());
      await expect(element).to.be.accessible();
      const page = document.scrollingElement!;
      expect(page.scrollWidth).to.be.at.most(page.clientWidth);
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
  });

  describe('events', () => {
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
  });

  describe('draft', () => {
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
  });

  describe('after sending', () => {
    it('offers to send another message, with a fresh form', async () => {
      const element = await form(newKey());
      await fillValid(element);
      await submitUntilSent(element);
      await click(element, '[part="send-another"]');
      expect($<HTMLTextAreaElement>(element, '#message')!.value).to.equal('');
      expect($<HTMLInputElement>(element, '#consent')!.checked).to.equal(false);
      expect(active(element)?.id).to.equal('kind-comment');
    });
  });

  describe('English', () => {
    it('speaks English with lang="en", in its words, its errors and the locale it sends', async () => {
      const key = newKey();
      const element = await show(
        html`<div lang="en">
          <ogp-feedback-form src="/demo/feed.json" endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
        </div>`,
      );
      await expect(element).to.be.accessible();
      expect(text($(element, 'h2'))).to.equal('Comments, questions and contributions');
      expect(text($(element, '[part="consent"]'))).to.include('Superintendence of Industry and Commerce');
      expect(text($(element, '[part="consent"]'))).to.include('District of Medellín');
      await submit(element);
      expect(text($(element, '#error-summary-title'))).to.equal('There is a problem');
      expect(text($(element, '#message-error'))).to.equal('Error: Write your message.');
      await expect(element).to.be.accessible();
      await fillValid(element);
      expect(text($(element, '.count'))).to.equal(
        `You have ${(3000 - MESSAGE.length).toLocaleString('en-US')} characters left`,
      );
      await submitUntilSent(element);
      expect((await mockLog(key)).bodies[0]!.locale).to.equal('en');
      await element.updateComplete;
      expect(text($(element, '[part="result"]'))).to.include('Your reference number is');
    });
  });
});
