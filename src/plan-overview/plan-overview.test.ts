import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { CommitmentToggleEvent, OgpPlanOverview } from './plan-overview.js';
import { milestonesByDue, planSummary } from '../shared/derive.js';
import { acceptFeed } from '../core/feed-loader.js';
import { formatDate, formatPercent } from '../shared/format.js';
import { loadDemoFeed, serveFeed, showWidget, uniqueUrl } from '../test-support/fixtures.js';
import { hasFilters, NO_FILTERS, normalizeForSearch } from './filters.js';
import { DEMO_TODAY as TODAY } from '../examples/index.js';

const show = (template: ReturnType<typeof html>) => showWidget<OgpPlanOverview>('ogp-plan-overview', template);

/** The demo feed's overview, with titles linking to `detailUrl` when given. */
const demo = (detailUrl?: string) =>
  show(
    html`<ogp-plan-overview
      src="/demo/feed.json"
      today=${TODAY}
      detail-url=${ifDefined(detailUrl)}
    ></ogp-plan-overview>`,
  );

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <T extends Element = HTMLElement>(element: OgpPlanOverview, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: OgpPlanOverview, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const shownIds = (element: OgpPlanOverview) => $$(element, '[part="item"]').map((item) => item.dataset.commitment);
const count = (element: OgpPlanOverview) => text($(element, '[part="count"]'));
const toggleOf = (element: OgpPlanOverview, id: string) =>
  $<HTMLButtonElement>(element, `[data-commitment="${id}"] [part="toggle"]`)!;

async function choose(element: OgpPlanOverview, filter: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, `#filter-${filter}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function search(element: OgpPlanOverview, query: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#filter-search')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('<ogp-plan-overview>', () => {
  // Tests change the page's hash; each starts from the page's own URL.
  const pageUrl = location.href;
  afterEach(() => history.replaceState(history.state, '', pageUrl));

  it('is accessible with the demo feed', async () => {
    await expect(await demo()).to.be.accessible();
  });

  describe('header and summary', () => {
    it('shows title, period, institutions, monitoring body, update date and the sample notice', async () => {
      const header = $(await demo(), '[part="header"]');
      expect(text(header?.querySelector('h2'))).to.equal(
        'Primer Plan de Acción Local de Gobierno Abierto de Medellín 2025–2027',
      );
      const all = text(header);
      expect(all).to.include(`Del ${formatDate('2025-02-27', 'es')} al ${formatDate('2027-10-31', 'es')}`);
      expect(all).to.include('Secretaría de Participación Ciudadana');
      expect(all).to.include('Subsecretaría de Formación');
      expect(all).to.include('Secretaría de la Juventud');
      expect(all).to.include('Universidad de Antioquia, área de Innovación Social');
      expect(all).to.include('Actualizado el 20 de noviembre de 2026');
      expect(text(header?.querySelector('[part="sample-notice"]'))).to.include(
        'Datos de ejemplo. El periodo, las instituciones',
      );
    });

    it('leaves the sample notice out of real data', async () => {
      const feed = await loadDemoFeed();
      feed.plan.sample = false;
      const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
      expect($(element, '[part="sample-notice"]')).to.equal(null);
    });

    it('sums up commitments, milestones and progress in words and numbers', async () => {
      const element = await demo();
      const feed = acceptFeed(await loadDemoFeed());
      if (!feed.ok) throw new Error('the demo feed must be valid');
      const summary = planSummary(feed.feed, TODAY);
      const words = text($(element, '[part="summary"]'));
      expect(words).to.include('4 compromisos');
      expect(words).to.include(`${summary.byStatus.delayed} retrasados`);
      expect(words).to.include(`${summary.byStatus['in-progress']} en curso`);
      expect(words).not.to.include('cumplidos 0');
      expect(words).to.include(`${summary.milestonesCompleted} de ${summary.milestones} hitos cumplidos`);
      expect(words).to.include('3 hitos vencidos');
      expect(text($(element, '[part="summary"] .progress__value'))).to.equal(
        formatPercent(summary.progress / 100, 'es'),
      );
      // Each status count carries its shape, not only a color.
      expect($$(element, '[part="summary"] .status svg')).to.have.length(2);
    });
  });

  describe('commitment list', () => {
    it('lists every commitment with status, progress, next milestone and overdue mark', async () => {
      const element = await demo();
      expect(shownIds(element)).to.deep.equal([
        'rendicion-cuentas-pp',
        'clubes-juveniles',
        'formacion-control-social',
        'seguimiento-si-ciudadania',
      ]);
      const first = $(element, '[data-commitment="rendicion-cuentas-pp"]')!;
      expect(text(first.querySelector('h4'))).to.equal(
        'Rendición de cuentas abierta de Planeación Local y Presupuesto Participativo',
      );
      expect(text(first)).to.include('Pilar: Rendición de cuentas');
      expect(text(first)).to.include('Institución responsable: Secretaría de Participación Ciudadana');
      expect(text(first.querySelector('[part="status"]'))).to.equal('Retrasado');
      expect(first.querySelector('[part="status"] svg')).to.exist;
      expect(text(first.querySelector('.progress__value'))).to.equal(formatPercent(0.4, 'es'));
      const next = text(first.querySelector('[part="next-milestone"]'));
      expect(next).to.include('Próximo hito: Tablero de seguimiento en Sí Ciudadanía.');
      expect(next).to.include(`Fecha límite: ${formatDate('2026-06-30', 'es')}`);
      expect(text(first.querySelector('[part="overdue"]'))).to.equal('Vencido');

      const last = $(element, '[data-commitment="seguimiento-si-ciudadania"]')!;
      expect(text(last.querySelector('[part="status"]'))).to.equal('En curso');
      expect(last.querySelector('[part="overdue"]')).to.equal(null);
      expect($$(element, '[part="list"] [part="overdue"]')).to.have.length(3);
    });

    it('says so when every milestone is closed', async () => {
      const feed = await loadDemoFeed();
      for (const milestone of feed.commitments[3].milestones) milestone.status = 'completed';
      const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
      const item = $(element, '[data-commitment="seguimiento-si-ciudadania"]')!;
      expect(text(item.querySelector('[part="next-milestone"]'))).to.equal('No quedan hitos pendientes.');
      expect(text(item.querySelector('[part="status"]'))).to.equal('Cumplido');
    });

    it('says so when the plan has no commitments', async () => {
      const feed = await loadDemoFeed();
      feed.commitments = [];
      feed.indicators = [];
      const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
      expect(text($(element, '[part="empty"]'))).to.equal('Este plan todavía no tiene compromisos.');
      expect($(element, '[part="filters"]')).to.equal(null);
      expect($(element, '[part="header"]')).to.exist;
      await expect(element).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('labels every filter', async () => {
      const element = await demo();
      for (const control of $$(element, 'select, input')) {
        expect(text($(element, `label[for="${control.id}"]`))).not.to.equal('');
      }
    });

    it('filters by status', async () => {
      const element = await demo();
      await choose(element, 'status', 'in-progress');
      expect(shownIds(element)).to.deep.equal(['seguimiento-si-ciudadania']);
      expect(count(element)).to.equal('1 compromiso');
      await choose(element, 'status', 'delayed');
      expect(count(element)).to.equal('3 compromisos');
    });

    it('offers only the statuses that some commitment has', async () => {
      const element = await demo();
      const options = $$<HTMLOptionElement>(element, '#filter-status option').map((option) => option.value);
      expect(options).to.deep.equal(['', 'in-progress', 'delayed']);
    });

    it('filters by pillar', async () => {
      const element = await demo();
      await choose(element, 'theme', 'Participación ciudadana');
      expect(shownIds(element)).to.deep.equal(['clubes-juveniles', 'formacion-control-social']);
    });

    it('filters by open government value', async () => {
      const element = await demo();
      await choose(element, 'value', 'transparency');
      expect(shownIds(element)).to.deep.equal(['rendicion-cuentas-pp', 'seguimiento-si-ciudadania']);
    });

    it('filters by lead institution', async () => {
      const element = await demo();
      await choose(element, 'lead', 'Secretaría de la Juventud');
      expect(shownIds(element)).to.deep.equal(['clubes-juveniles']);
    });

    it('combines filters', async () => {
      const element = await demo();
      await choose(element, 'value', 'civic-participation');
      await choose(element, 'theme', 'Rendición de cuentas');
      expect(shownIds(element)).to.deep.equal(['seguimiento-si-ciudadania']);
    });

    it('searches without accents or case', async () => {
      const element = await demo();
      await search(element, 'Participación');
      const withAccents = shownIds(element);
      expect(withAccents.length).to.be.greaterThan(0);
      await search(element, 'participacion');
      expect(shownIds(element)).to.deep.equal(withAccents);
      await search(element, 'PARTICIPACION');
      expect(shownIds(element)).to.deep.equal(withAccents);
      await search(element, 'escuela CONTROL');
      expect(shownIds(element)).to.deep.equal(['formacion-control-social']);
      await search(element, 'juventud');
      expect(shownIds(element)).to.deep.equal(['clubes-juveniles']);
    });

    it('announces the number of results in a polite live region', async () => {
      const element = await demo();
      const live = $(element, '[part="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(count(element)).to.equal('4 compromisos');
      await search(element, 'clubes');
      expect(count(element)).to.equal('1 compromiso');
      // The same element stays, so screen readers hear the change.
      expect($(element, '[part="count"]')).to.equal(live);
    });

    it('shows an empty state whose button clears the filters and returns focus to the search box', async () => {
      const element = await demo();
      await choose(element, 'status', 'delayed');
      await search(element, 'ninguna coincidencia posible');
      expect(count(element)).to.equal('0 compromisos');
      const empty = $(element, '[part="empty"]')!;
      expect(text(empty)).to.include('Ningún compromiso coincide');
      await expect(element).to.be.accessible();

      empty.querySelector('button')!.click();
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(4);
      expect($<HTMLInputElement>(element, '#filter-search')!.value).to.equal('');
      expect($<HTMLSelectElement>(element, '#filter-status')!.value).to.equal('');
      expect(element.shadowRoot!.activeElement?.id).to.equal('filter-search');
    });

    it('drops a filter whose choice a new feed no longer offers, so menus and list agree', async () => {
      const element = await show(
        html`<ogp-plan-overview .feed=${await loadDemoFeed()} today=${TODAY}></ogp-plan-overview>`,
      );
      await choose(element, 'theme', 'Participación ciudadana');
      expect(count(element)).to.equal('2 compromisos');
      const feed = await loadDemoFeed();
      for (const commitment of feed.commitments) commitment.theme = 'Otro pilar';
      element.feed = feed;
      await element.loadComplete;
      expect(text($(element, '#filter-theme option:checked'))).to.equal('Todos los pilares');
      expect(count(element)).to.equal('4 compromisos');
      expect($(element, '[part="clear-filters"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('offers "Quitar filtros" next to the filters while some are set', async () => {
      const element = await demo();
      expect($(element, '[part="filters"] [part="clear-filters"]')).to.equal(null);
      await choose(element, 'lead', 'Subsecretaría de Formación');
      $(element, '[part="filters"] [part="clear-filters"]')!.click();
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(4);
    });
  });

  describe('milestones disclosure', () => {
    it('opens a commitment’s milestones in due order, with dates, statuses and evidence', async () => {
      const element = await demo();
      const toggle = toggleOf(element, 'rendicion-cuentas-pp');
      const panel = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      expect(text(toggle)).to.equal('5 hitos');

      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      const feed = await loadDemoFeed();
      const dues = milestonesByDue(feed.commitments[0].milestones).map((milestone) => milestone.due);
      expect([...panel.querySelectorAll('time')].length).to.be.greaterThan(0);
      const items = [...panel.querySelectorAll('[part="milestone"]')];
      expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(dues);
      expect(text(items[0]!.querySelector('[part="status"]'))).to.equal('Cumplido');
      expect(panel.querySelectorAll('[part="overdue"]')).to.have.length(1);
      const link = panel.querySelector<HTMLAnchorElement>('a[part="evidence"]')!;
      expect(link.rel).to.equal('noopener noreferrer');
      await expect(element).to.be.accessible();

      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('works from the keyboard: Tab reaches the toggle, Enter and Space open and close it', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <button>antes</button>
          <ogp-plan-overview src="/demo/feed.json" today=${TODAY}></ogp-plan-overview>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-plan-overview')!;
      await element.loadComplete;
      const toggle = toggleOf(element, 'rendicion-cuentas-pp');
      wrapper.querySelector('button')!.focus();
      // Search box, four filters, then the first commitment's toggle.
      for (let step = 0; step < 10 && element.shadowRoot!.activeElement !== toggle; step += 1) {
        await sendKeys({ press: 'Tab' });
      }
      expect(element.shadowRoot!.activeElement).to.equal(toggle);

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('keeps the focus on the same commitment when a new feed adds one before it', async () => {
      const element = await show(
        html`<ogp-plan-overview .feed=${await loadDemoFeed()} today=${TODAY}></ogp-plan-overview>`,
      );
      toggleOf(element, 'clubes-juveniles').focus();
      const feed = await loadDemoFeed();
      feed.commitments.unshift({ ...feed.commitments[3], id: 'nuevo', title: 'Un compromiso nuevo' });
      element.feed = feed;
      await element.loadComplete;
      expect(shownIds(element)[0]).to.equal('nuevo');
      expect(element.shadowRoot!.activeElement).to.equal(toggleOf(element, 'clubes-juveniles'));
    });

    it('fires ogp-commitment-toggle when a person opens or closes a commitment', async () => {
      const element = await demo();
      setTimeout(() => toggleOf(element, 'clubes-juveniles').click());
      const opened = (await oneEvent(element, 'ogp-commitment-toggle')) as CommitmentToggleEvent;
      expect(opened.detail).to.deep.equal({ commitmentId: 'clubes-juveniles', open: true });
      setTimeout(() => toggleOf(element, 'clubes-juveniles').click());
      const closed = (await oneEvent(element, 'ogp-commitment-toggle')) as CommitmentToggleEvent;
      expect(closed.detail).to.deep.equal({ commitmentId: 'clubes-juveniles', open: false });
    });
  });

  describe('deep links', () => {
    it('opens, scrolls to and focuses the commitment named by #compromiso-<id> on load', async () => {
      history.replaceState(history.state, '', '#compromiso-formacion-control-social');
      const element = await demo();
      await element.updateComplete;
      const toggle = toggleOf(element, 'formacion-control-social');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement).to.equal(toggle);
      expect(toggleOf(element, 'clubes-juveniles').getAttribute('aria-expanded')).to.equal('false');
    });

    it('scrolls smoothly, or at once when people ask for reduced motion', async () => {
      const scrolls: (boolean | ScrollIntoViewOptions | undefined)[] = [];
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (options) {
        scrolls.push(options);
      };
      try {
        history.replaceState(history.state, '', '#compromiso-clubes-juveniles');
        await emulateMedia({ reducedMotion: 'no-preference' });
        await demo();
        await emulateMedia({ reducedMotion: 'reduce' });
        await demo();
      } finally {
        Element.prototype.scrollIntoView = original;
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      expect(scrolls).to.deep.equal([
        { behavior: 'smooth', block: 'start' },
        { behavior: 'auto', block: 'start' },
      ]);
    });

    it('ignores a hash that names no commitment of the plan', async () => {
      history.replaceState(history.state, '', '#compromiso-no-existe');
      const element = await demo();
      expect($$(element, '[part="toggle"][aria-expanded="true"]')).to.have.length(0);
    });

    it('follows hash changes, clearing filters that would hide the commitment', async () => {
      const element = await demo();
      await choose(element, 'status', 'in-progress');
      location.hash = '#compromiso-clubes-juveniles';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await element.updateComplete;
      await element.updateComplete;
      expect(shownIds(element)).to.include('clubes-juveniles');
      expect(toggleOf(element, 'clubes-juveniles').getAttribute('aria-expanded')).to.equal('true');
    });

    it('puts the open commitment in the hash without adding history entries', async () => {
      const element = await demo();
      const entries = history.length;
      toggleOf(element, 'clubes-juveniles').click();
      await element.updateComplete;
      expect(location.hash).to.equal('#compromiso-clubes-juveniles');
      toggleOf(element, 'rendicion-cuentas-pp').click();
      await element.updateComplete;
      expect(location.hash).to.equal('#compromiso-rendicion-cuentas-pp');
      toggleOf(element, 'rendicion-cuentas-pp').click();
      await element.updateComplete;
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(entries);
    });

    it('leaves alone a hash the page uses for itself (a hash router’s route)', async () => {
      history.replaceState(history.state, '', '#/planes/medellin');
      const element = await demo();
      const events: CommitmentToggleEvent[] = [];
      element.addEventListener('ogp-commitment-toggle', (event) => events.push(event));
      toggleOf(element, 'clubes-juveniles').click();
      await element.updateComplete;
      expect(toggleOf(element, 'clubes-juveniles').getAttribute('aria-expanded')).to.equal('true');
      expect(location.hash).to.equal('#/planes/medellin');
      toggleOf(element, 'clubes-juveniles').click();
      await element.updateComplete;
      expect(location.hash).to.equal('#/planes/medellin');
      expect(events.map((event) => event.detail.open)).to.deep.equal([true, false]);
    });

    it('opens commitments and fires its event on a page whose <base href> points to another origin', async () => {
      const feed = await loadDemoFeed();
      const base = document.createElement('base');
      base.href = 'https://cdn.example.com/';
      document.head.prepend(base);
      try {
        const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
        const events: CommitmentToggleEvent[] = [];
        element.addEventListener('ogp-commitment-toggle', (event) => events.push(event));
        toggleOf(element, 'clubes-juveniles').click();
        await element.updateComplete;
        expect(events.map((event) => event.detail)).to.deep.equal([{ commitmentId: 'clubes-juveniles', open: true }]);
        expect(location.origin).to.equal(new URL(pageUrl).origin);
        expect(location.hash).to.equal('#compromiso-clubes-juveniles');
        toggleOf(element, 'clubes-juveniles').click();
        await element.updateComplete;
        expect(location.hash).to.equal('');
        expect(toggleOf(element, 'clubes-juveniles').getAttribute('aria-expanded')).to.equal('false');
      } finally {
        base.remove();
      }
    });

    it('links titles to the host’s page with detail-url, encoding the id', async () => {
      const element = await demo('/compromisos/{id}?vista=completa');
      const link = $<HTMLAnchorElement>(element, '[data-commitment="clubes-juveniles"] h4 a')!;
      expect(link.getAttribute('href')).to.equal(
        new URL('/compromisos/clubes-juveniles?vista=completa', location.href).href,
      );
      expect(link.target).to.equal('');
      expect(text(link)).to.equal('Clubes juveniles como espacios de incidencia');
      await expect(element).to.be.accessible();
    });

    it('leaves titles as text when detail-url is not a safe URL', async () => {
      const element = await demo("javascript:alert('{id}')");
      expect($$(element, '[part="item-title"] a')).to.have.length(0);
      expect(text($(element, '[data-commitment="clubes-juveniles"] h4'))).to.equal(
        'Clubes juveniles como espacios de incidencia',
      );
    });
  });

  describe('states', () => {
    it('shows the loading state with reserved space, and is accessible', async () => {
      const element = await fixture<OgpPlanOverview>(
        html`<ogp-plan-overview src=${uniqueUrl('/__test/hang')} today=${TODAY}></ogp-plan-overview>`,
      );
      await element.updateComplete;
      const loading = $(element, '[part="loading"]')!;
      expect(text(loading)).to.equal('Cargando el plan…');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(element).to.be.accessible();
    });

    it('says when the feed is not found, and is accessible', async () => {
      const element = await show(html`<ogp-plan-overview src=${uniqueUrl('/__test/status/404')}></ogp-plan-overview>`);
      const alert = $(element, '[role="alert"]');
      expect(text(alert)).to.include('No encontramos el archivo del plan');
      expect(text(alert?.querySelector('button'))).to.equal('Reintentar');
      await expect(element).to.be.accessible();
    });

    it('says when the feed is not JSON', async () => {
      const element = await show(html`<ogp-plan-overview src=${uniqueUrl('/__test/html')}></ogp-plan-overview>`);
      expect(text($(element, '[role="alert"]'))).to.include('no es JSON');
    });

    it('lists the first problems of an invalid feed', async () => {
      const feed = await loadDemoFeed();
      delete feed.plan.monitoringBody;
      feed.commitments[2].milestones[0].due = '31/12/2026';
      const element = await show(html`<ogp-plan-overview src=${await serveFeed(feed)}></ogp-plan-overview>`);
      const alert = text($(element, '[role="alert"]'));
      expect(alert).to.include('/plan/monitoringBody');
      expect(alert).to.include('/commitments/2/milestones/0/due');
    });

    it('gives up on a server that never answers', async () => {
      const element = await show(
        html`<ogp-plan-overview src=${uniqueUrl('/__test/hang')} timeout="300"></ogp-plan-overview>`,
      );
      expect(text($(element, '[role="alert"]'))).to.include('tardó demasiado');
    });

    it('recovers with "Reintentar"', async () => {
      const element = await show(
        html`<ogp-plan-overview
          src=${`/__test/flaky/overview-${Date.now()}?fail=1`}
          today=${TODAY}
        ></ogp-plan-overview>`,
      );
      expect($(element, '[role="alert"]')).to.exist;
      $<HTMLButtonElement>(element, '[part="retry"]')!.click();
      await element.loadComplete;
      expect($(element, '[role="alert"]')).to.equal(null);
      expect(shownIds(element)).to.have.length(4);
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en" on an ancestor', async () => {
      const element = await show(
        html`<section lang="en">
          <ogp-plan-overview src="/demo/feed.json" today=${TODAY}></ogp-plan-overview>
        </section>`,
      );
      const header = text($(element, '[part="header"]'));
      expect(header).to.include("Medellín's First Local Open Government Action Plan 2025–2027");
      expect(header).to.include('February 27, 2025 to October 31, 2027');
      expect(header).to.include('Updated on November 20, 2026');
      expect(text($(element, '[part="summary"]'))).to.include('3 delayed');
      expect(count(element)).to.equal('4 commitments');
      expect(text($(element, '[data-commitment="clubes-juveniles"] [part="status"]'))).to.equal('Delayed');
      await search(element, 'youth');
      expect(count(element)).to.equal('1 commitment');
      await expect(element).to.be.accessible();
    });

    it('marks feed text that falls back to Spanish with lang="es", options included', async () => {
      const feed = await loadDemoFeed();
      feed.commitments[1].title = 'Solo en español';
      feed.commitments[1].lead = 'Secretaría de la Juventud';
      const element = await show(html`<ogp-plan-overview lang="en" .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
      expect(text($(element, '[data-commitment="clubes-juveniles"] h4 [lang="es"]'))).to.equal('Solo en español');
      const option = $<HTMLOptionElement>(element, '#filter-lead option[value="Secretaría de la Juventud"]')!;
      expect(option.lang).to.equal('es');
    });

    it('switches language when the lang attribute changes, keeping the filters', async () => {
      const element = await demo();
      await choose(element, 'theme', 'Participación ciudadana');
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(count(element)).to.equal('2 commitments');
      expect(text($(element, '#filter-theme option:checked'))).to.equal('Citizen participation');
    });

    it('lets two widgets on one page speak two languages', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <ogp-plan-overview src="/demo/feed.json" today=${TODAY}></ogp-plan-overview>
          <div lang="en"><ogp-plan-overview src="/demo/feed.json" today=${TODAY}></ogp-plan-overview></div>
        </div>`,
      );
      const [spanish, english] = [...wrapper.querySelectorAll('ogp-plan-overview')];
      await Promise.all([spanish!.loadComplete, english!.loadComplete]);
      expect(count(spanish!)).to.equal('4 compromisos');
      expect(count(english!)).to.equal('4 commitments');
    });
  });

  it('renders hostile feed text as inert text, and a javascript: link as plain text', async () => {
    const feed = await loadDemoFeed();
    feed.plan.title = { es: '<img src=x onerror=alert(1)>' };
    feed.plan.sampleNote = '<script>alert(1)</script>';
    const commitment = feed.commitments[0];
    commitment.title = '<script>alert(2)</script>';
    commitment.theme = '<img src=x onerror=alert(3)>';
    commitment.lead = '<b onmouseover=alert(4)>Secretaría</b>';
    commitment.milestones[0].title = '<img src=x onerror=alert(5)>';
    commitment.milestones[0].evidence = [{ title: 'Evidencia maliciosa', url: 'javascript:alert(1)' }];
    const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
    toggleOf(element, commitment.id).click();
    await element.updateComplete;

    const shadow = element.shadowRoot!;
    expect(shadow.querySelectorAll('img, script, b')).to.have.length(0);
    const all = shadow.textContent ?? '';
    for (const payload of [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<script>alert(2)</script>',
      '<img src=x onerror=alert(3)>',
      '<b onmouseover=alert(4)>Secretaría</b>',
      '<img src=x onerror=alert(5)>',
    ]) {
      expect(all).to.include(payload);
    }
    expect(shadow.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(text(shadow.querySelector('[part="evidence-text"]'))).to.equal('Evidencia maliciosa');
    for (const link of shadow.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')) {
      expect(link.rel).to.equal('noopener noreferrer');
    }
  });

  it('fits 320 px without horizontal scrolling, milestones open', async () => {
    const element = await show(
      html`<ogp-plan-overview style="width: 320px" src="/demo/feed.json" today=${TODAY}></ogp-plan-overview>`,
    );
    for (const toggle of $$<HTMLButtonElement>(element, '[part="toggle"]')) toggle.click();
    await element.updateComplete;
    const base = $(element, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
  });

  it('fits 320 px with a larger default font (20 px) and long Spanish dates', async () => {
    const feed = await loadDemoFeed();
    for (const commitment of feed.commitments) {
      for (const milestone of commitment.milestones) {
        if (milestone.status !== 'completed' && milestone.status !== 'cancelled') milestone.due = '2026-09-30';
      }
    }
    const element = await show(
      html`<div style="font-size: 20px">
        <ogp-plan-overview style="width: 320px" .feed=${feed} today=${TODAY}></ogp-plan-overview>
      </div>`,
    );
    expect(text($(element, '.item__due'))).to.include('30 de septiembre de 2026');
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
  });
});

describe('overview filters', () => {
  it('normalizes text for search: no accents, no case', () => {
    expect(normalizeForSearch('Participación CIUDADANA')).to.equal('participacion ciudadana');
    expect(normalizeForSearch('Niño, Pingüino, ÁRBOL')).to.equal('nino, pinguino, arbol');
  });

  it('does not count a blank search as a filter', () => {
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, query: '   ' })).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, lead: 'Secretaría de la Juventud' })).to.equal(true);
  });
});
