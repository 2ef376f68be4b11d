/**
 * <ogp-feedback-form> as it first shows: the questions, the data-protection
 * notice, the words in each language, and what it says without an endpoint.
 * The other concerns have files of their own beside this one (validation,
 * delivery, offline, drafts, hostile); their helpers are in
 * src/test-support/feedback-form.ts.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  $,
  cleanBrowserEachTest,
  endpointOf,
  fillValid,
  form,
  formOnDemoFeed,
  MESSAGE,
  mockLog,
  newKey,
  show,
  submit,
  submitUntilSent,
  text,
} from '../test-support/feedback-form.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';

describe('<ogp-feedback-form>', () => {
  cleanBrowserEachTest();
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

  it('offers the sample feed’s territories, Medellín’s 16 comunas and 5 corregimientos, ages and genders with “Prefiero no decir”', async () => {
    const element = await formOnDemoFeed(newKey());
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

  it('asks no territory question when the feed lists no territories, or without a feed', async () => {
    const feed = await loadDemoFeed();
    delete feed.plan.territories;
    const element = await show(
      html`<ogp-feedback-form src=${await serveFeed(feed)} min-fill-seconds="0"></ogp-feedback-form>`,
    );
    expect($(element, '#commitment')).to.exist;
    expect($(element, '#territory')).to.equal(null);
    expect($(element, '#age-range')).to.exist;
    expect($(await form(newKey()), '#territory')).to.equal(null);
  });

  it('offers exactly the feed’s territories, in the page’s language, sending the name in the feed’s language', async () => {
    const feed = await loadDemoFeed();
    feed.plan.defaultLanguage = 'fr';
    feed.plan.territories = [
      { id: 'centre', name: { fr: 'Centre-ville', en: 'City centre' } },
      { id: 'nord', name: 'Quartier Nord', group: { fr: 'Quartiers', en: 'Districts' } },
    ];
    // The rest of the sample keeps Spanish text, so it must carry French too: here it says the plan is French.
    const withFrench = JSON.parse(
      JSON.stringify(feed, (_key, value: unknown) =>
        value && typeof value === 'object' && 'es' in value ? { fr: value.es, ...value } : value,
      ),
    );
    const element = await show(
      html`<ogp-feedback-form lang="en" src=${await serveFeed(withFrench)} min-fill-seconds="0"></ogp-feedback-form>`,
    );
    const select = $<HTMLSelectElement>(element, '#territory')!;
    const options = [...select.options].slice(1);
    expect(options.map((option) => [option.value, text(option), option.getAttribute('lang')])).to.deep.equal([
      ['Centre-ville', 'City centre', null],
      ['Quartier Nord', 'Quartier Nord', 'fr'],
    ]);
    expect(select.querySelector('optgroup')!.getAttribute('label')).to.equal('Districts');
    await expect(element).to.be.accessible();
  });

  it('says of each optional field, once, that it is optional, and why', async () => {
    const element = await show(
      html`<ogp-feedback-form src="/demo/feed.json" min-fill-seconds="0"></ogp-feedback-form>`,
    );
    for (const id of ['commitment', 'name', 'email', 'territory', 'age-range', 'gender']) {
      const label = text(element.shadowRoot!.querySelector(`label[for="${id}"]`));
      const hint = text($(element, `#${id}-hint`));
      expect(label, id).to.include('(opcional)');
      // The hint says why, without saying "opcional" again.
      expect(hint, id).to.match(/^\p{Lu}.{10,}/u);
      expect(hint.toLowerCase(), id).not.to.include('opcional');
      expect($(element, `#${id}`)!.getAttribute('aria-describedby'), id).to.include(`${id}-hint`);
    }
    expect(text($(element, '#about-hint'))).to.include('enfoque diferencial');
    expect(text($(element, '#about-hint')).toLowerCase()).not.to.include('opcional');
  });

  it('says of each required field that it is required before anything is sent, and nothing is invalid yet', async () => {
    const element = await form(newKey());
    // Chromium announces aria-required on a radio group and a text field; the consent box says it in its hint.
    expect($(element, 'fieldset[role="radiogroup"]')!.getAttribute('aria-required')).to.equal('true');
    expect($(element, '#message')!.getAttribute('aria-required')).to.equal('true');
    expect(text($(element, '#consent-hint'))).to.equal('Sin esta autorización no podemos recibir su mensaje.');
    expect($(element, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-hint');
    // The form's own validation speaks (the error summary), never the browser's bubbles.
    expect($(element, 'form')!.hasAttribute('novalidate')).to.equal(true);
    expect(element.shadowRoot!.querySelectorAll('[required]')).to.have.length(0);
    expect(element.shadowRoot!.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
  });

  it('gives radios, checkboxes and buttons targets of at least 24 × 24 px', async () => {
    const element = await form(newKey());
    for (const target of element.shadowRoot!.querySelectorAll('input[type="radio"], input[type="checkbox"], button')) {
      if (target.closest('.trap')) continue;
      const box = target.getBoundingClientRect();
      expect(box.width, target.id || target.textContent!).to.be.at.least(24);
      expect(box.height, target.id || target.textContent!).to.be.at.least(24);
    }
  });

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
