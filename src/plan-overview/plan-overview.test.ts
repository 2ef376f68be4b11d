import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { OgpPlanOverview } from './plan-overview.js';
import { planSummary } from '../shared/derive.js';
import { acceptFeed } from '../core/feed-loader.js';
import { formatDate, formatPercent } from '../shared/format.js';
import { loadDemoFeed, serveFeed, uniqueUrl } from '../test-support/fixtures.js';
import {
  $,
  $$,
  choose,
  count,
  demo,
  search,
  show,
  shownIds,
  text,
  toggleOf,
  TODAY,
} from '../test-support/plan-overview.js';

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
      // Every milestone counts, as the lists show them: the cancelled one too, and it is named.
      expect(words).to.include(`${summary.milestonesCompleted} de 16 hitos cumplidos`);
      expect(words).to.include('1 hito cancelado');
      expect(words).to.include('3 hitos vencidos');
      expect(text($(element, '[part="summary"] .progress__value'))).to.equal(
        formatPercent(summary.progress / 100, 'es'),
      );
      // The overall progress says how it is worked out, next to it.
      expect(text($(element, '[part="progress-note"]'))).to.equal(
        'Promedio del avance de los 4 compromisos. El avance de un compromiso es el que publica el plan o, ' +
          'si no lo publica, la parte de sus hitos cumplidos (los cancelados no cuentan).',
      );
      // Each status count carries its shape, not only a color.
      expect($$(element, '[part="summary"] .status svg')).to.have.length(2);
    });
  });

  it('says which commitments the overall progress averages when some are cancelled', async () => {
    const feed = await loadDemoFeed();
    feed.commitments[3].status = 'cancelled';
    const element = await show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
    expect(text($(element, '[part="progress-note"]'))).to.match(
      /^Promedio del avance de los 3 compromisos que no están cancelados\./,
    );
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

  it('fits 320 px on a page that makes every box content-box with !important', async () => {
    const element = await show(
      html`<div>
        <style>
          * {
            box-sizing: content-box !important;
          }
        </style>
        <ogp-plan-overview style="width: 320px" src="/demo/feed.json" today=${TODAY}></ogp-plan-overview>
      </div>`,
    );
    // The page's rule reaches the host, and the fields inherited it: 14 px too wide.
    const search = $(element, '#filter-search')!;
    expect(search.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
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
