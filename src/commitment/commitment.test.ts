import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import './define.js';
import type { OgpCommitment } from './commitment.js';
import { findCommitment, findIndicator, indicatorProgress, milestonesByDue } from '../shared/derive.js';
import { acceptFeed } from '../core/feed-loader.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { formatDate, formatPercent, formatValue } from '../shared/format.js';
import { loadDemoFeed, serveFeed, showWidget, uniqueUrl } from '../test-support/fixtures.js';
import { DEMO_TODAY as TODAY } from '../examples/index.js';

const show = (template: ReturnType<typeof html>) => showWidget<OgpCommitment>('ogp-commitment', template);

const root = (element: OgpCommitment) => element.shadowRoot!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function demoFeed(): Promise<PlanFeed> {
  const result = acceptFeed(await loadDemoFeed());
  if (!result.ok) throw new Error('the demo feed must be valid');
  return result.feed;
}

describe('<ogp-commitment>', () => {
  it('is accessible with a commitment from the demo feed', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    await expect(element).to.be.accessible();
  });

  it('shows the commitment in full: texts, values, actors, dates, status and progress', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    const shadow = root(element);
    expect(text(shadow.querySelector('h2'))).to.equal(
      'Rendición de cuentas abierta de Planeación Local y Presupuesto Participativo',
    );
    const all = text(shadow.querySelector('[part="base"]'));
    expect(all).to.include('Publicar cómo avanza cada proyecto de Presupuesto Participativo');
    expect(all).to.include('La ciudadanía no sabe en qué va la ejecución');
    expect(all).to.include('Publicar datos abiertos de ejecución cada trimestre');
    expect(all).to.include('Rendición de cuentas');

    const facts = text(shadow.querySelector('[part="facts"]'));
    for (const expected of [
      'Responsable',
      'Secretaría de Participación Ciudadana',
      'Con el apoyo de',
      'Secretaría de Innovación Digital',
      'Juntas Administradoras Locales',
      'Inicio: 1 de marzo de 2025',
      'Fin: 31 de octubre de 2027',
      'Transparencia',
      'Tecnología e innovación',
    ]) {
      expect(facts).to.include(expected);
    }

    const header = shadow.querySelector('[part="header"]')!;
    expect(text(header.querySelector('[part="status"]'))).to.equal('Retrasado');
    expect(header.querySelector('[part="status"] svg')).to.exist;
    expect(text(header.querySelector('.progress__value'))).to.equal(formatPercent(0.4, 'es'));
  });

  it('shows the sample notice with the feed’s note', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
    );
    const notice = root(element).querySelector('[part="sample-notice"]');
    expect(text(notice)).to.include('Datos de ejemplo. El periodo, las instituciones');
  });

  it('lists the milestones in due order, with statuses, dates, overdue marks and evidence links', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    const feed = await demoFeed();
    const expected = milestonesByDue(findCommitment(feed, 'rendicion-cuentas-pp')!.milestones);
    const items = [...root(element).querySelectorAll('ol[part="milestones"] > li')];
    expect(items.map((item) => item.getAttribute('data-milestone'))).to.deep.equal(expected.map((m) => m.id));

    const [first, , third] = items;
    expect(text(first!)).to.include('Cumplido el 20 de junio de 2025');
    expect(text(first!.querySelector('[part="status"]'))).to.equal('Cumplido');
    const evidence = first!.querySelector<HTMLAnchorElement>('a[part="evidence"]')!;
    expect(evidence.href).to.equal('https://www.medellin.gov.co/es/participacion/inventario-datos-pp.pdf');
    expect(evidence.rel).to.equal('noopener noreferrer');
    expect(evidence.target).to.equal('_blank');
    expect(text(evidence)).to.include('Informe del inventario (PDF)');

    // The delayed milestone was due on 2026-06-30, before "today".
    expect(text(third!)).to.include(`Fecha límite: ${formatDate('2026-06-30', 'es')}`);
    expect(text(third!.querySelector('[part="overdue"]'))).to.equal('Vencido');
    expect(root(element).querySelectorAll('[part="overdue"]')).to.have.length(1);
  });

  it('shows the linked indicators: latest value and progress toward the target, in words', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    const feed = await demoFeed();
    const cards = [...root(element).querySelectorAll('[part="indicator"]')];
    expect(cards.map((card) => card.getAttribute('data-indicator'))).to.deep.equal([
      'pp-ejecucion-publicada',
      'tiempo-respuesta',
    ]);

    for (const card of cards) {
      const indicator = findIndicator(feed, card.getAttribute('data-indicator')!)!;
      const progress = indicatorProgress(indicator);
      const unit = indicator.unit ? ` ${typeof indicator.unit === 'string' ? indicator.unit : indicator.unit.es}` : '';
      expect(text(card.querySelector('h4'))).to.equal(
        typeof indicator.name === 'string' ? indicator.name : indicator.name.es,
      );
      expect(text(card)).to.include(`Último dato ${formatValue(progress.latest!.value, indicator, 'es')}${unit}`);
      expect(text(card.querySelector('.progress__value'))).to.equal(formatPercent(progress.clamped!, 'es'));
      const verdict = text(card.querySelector('.indicator__verdict'));
      if (progress.met) expect(verdict).to.include('Ya alcanzó la meta.');
      else expect(verdict).to.include(`Lleva el ${formatPercent(progress.ratio!, 'es')} del camino`);
    }
    // Lower is better: falling response times are progress, and the card says which way is better.
    const responseTime = cards[1]!;
    expect(indicatorProgress(findIndicator(feed, 'tiempo-respuesta')!).ratio).to.be.greaterThan(0);
    expect(text(responseTime)).to.include('Es mejor si baja.');
  });

  it('words an indicator with no measurements or one moving the wrong way', async () => {
    const feed = await loadDemoFeed();
    const jovenes = feed.indicators.find((indicator: { id: string }) => indicator.id === 'jovenes-clubes');
    jovenes.observations = [{ date: '2026-01-31', value: 1000 }];
    const personas = feed.indicators.find((indicator: { id: string }) => indicator.id === 'personas-formadas');
    personas.commitmentId = 'clubes-juveniles';
    personas.observations = [];
    feed.commitments.find((c: { id: string }) => c.id === 'formacion-control-social').indicatorIds = [];
    feed.commitments.find((c: { id: string }) => c.id === 'clubes-juveniles').indicatorIds = [
      'jovenes-clubes',
      'personas-formadas',
    ];
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
    );
    const [wrongWay, empty] = [...root(element).querySelectorAll('[part="indicator"]')];
    expect(text(wrongWay!.querySelector('.indicator__verdict'))).to.include('Va en sentido contrario a la meta.');
    expect(text(wrongWay!.querySelector('.progress__value'))).to.equal(formatPercent(0, 'es'));
    expect(text(empty!.querySelector('.indicator__verdict'))).to.include('Todavía no hay mediciones.');
    expect(empty!.querySelector('[part="progress"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('words an indicator that has not moved yet as 0 % of the way, never “-0 %”', async () => {
    const feed = await loadDemoFeed();
    // Lower is better, and the latest value still equals the baseline: (0) / (negative span) is -0.
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.observations = [{ date: '2026-01-31', value: responseTime.baseline.value }];
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id=${responseTime.commitmentId}></ogp-commitment>`,
    );
    const verdict = text(root(element).querySelector('[data-indicator="tiempo-respuesta"] .indicator__verdict'));
    expect(verdict).to.include(`Lleva el ${formatPercent(0, 'es')} del camino`);
    expect(verdict).not.to.include('-0');
  });

  it('keeps a unit’s right-to-left override to itself: the date after it still reads left to right', async () => {
    const feed = await loadDemoFeed();
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.unit = '\u202Edías';
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id=${responseTime.commitmentId}></ogp-commitment>`,
    );
    const time = root(element).querySelector('[data-indicator="tiempo-respuesta"] dd time')!;
    const date = [...time.childNodes].find((node): node is Text => node instanceof Text && node.length > 1)!;
    const charLeft = (index: number) => {
      const range = document.createRange();
      range.setStart(date, index);
      range.setEnd(date, index + 1);
      return range.getBoundingClientRect().left;
    };
    // "31 de oct de 2026": the day's two digits are drawn in order, not mirrored.
    expect(date.data).to.match(/^\d\d/);
    expect(charLeft(0)).to.be.below(charLeft(1));
  });

  it('marks a unit that falls back to Spanish with lang="es"', async () => {
    const feed = await loadDemoFeed();
    const responseTime = feed.indicators.find((indicator: { id: string }) => indicator.id === 'tiempo-respuesta');
    responseTime.unit = 'días hábiles';
    const element = await show(
      html`<ogp-commitment
        .feed=${feed}
        lang="en"
        today=${TODAY}
        commitment-id=${responseTime.commitmentId}
      ></ogp-commitment>`,
    );
    const card = root(element).querySelector('[data-indicator="tiempo-respuesta"]')!;
    expect(text(card.querySelector('dd [lang="es"]'))).to.equal('días hábiles');
  });

  it('shows the IRM-style assessment with translated labels', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>`,
    );
    const assessment = text(root(element).querySelector('[part="assessment"]'));
    for (const expected of [
      'Evaluación independiente',
      '¿Se puede verificar? Sí',
      'Potencial de resultados Sustancial',
      'Nivel de cumplimiento Limitado',
      '¿Abrió el gobierno? Marginal',
      'Evaluó Universidad de Antioquia (ejemplo)',
      `Fecha ${formatDate('2026-07-15', 'es')}`,
      'Evaluación de medio término inventada',
    ]) {
      expect(assessment).to.include(expected);
    }
  });

  it('leaves out the sections a commitment does not have', async () => {
    const element = await show(
      html`<ogp-commitment
        src="/demo/feed.json"
        today=${TODAY}
        commitment-id="seguimiento-si-ciudadania"
      ></ogp-commitment>`,
    );
    expect(root(element).querySelector('[part="indicators"]')).to.equal(null);
    expect(root(element).querySelector('[part="assessment"]')).to.equal(null);
    expect(root(element).querySelectorAll('[part="milestone"]')).to.have.length(3);
  });

  it('names an unknown commitment id in an alert', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="no-existe"></ogp-commitment>`,
    );
    const alert = root(element).querySelector('[role="alert"]');
    expect(text(alert)).to.include('«no-existe»');
    expect(text(alert)).to.include('commitment-id');
    await expect(element).to.be.accessible();
  });

  it('says clearly when no commitment id is given', async () => {
    const element = await show(html`<ogp-commitment src="/demo/feed.json" today=${TODAY}></ogp-commitment>`);
    expect(text(root(element).querySelector('[part="error"]'))).to.include('Falta el atributo commitment-id.');
    await expect(element).to.be.accessible();
  });

  it('follows a change of commitment-id', async () => {
    const element = await show(
      html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
    );
    element.commitmentId = 'formacion-control-social';
    await element.updateComplete;
    expect(text(root(element).querySelector('h2'))).to.equal('Escuela de control social para líderes comunitarios');
  });

  describe('states', () => {
    it('shows the loading state with reserved space', async () => {
      const element = await fixture<OgpCommitment>(
        html`<ogp-commitment
          src=${uniqueUrl('/__test/hang')}
          today=${TODAY}
          commitment-id="clubes-juveniles"
        ></ogp-commitment>`,
      );
      await element.updateComplete;
      const loading = root(element).querySelector('[part="loading"]') as HTMLElement;
      expect(text(loading)).to.equal('Cargando el plan…');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(element).to.be.accessible();
    });

    it('says when the feed is not found, with a retry button', async () => {
      const element = await show(
        html`<ogp-commitment
          src=${uniqueUrl('/__test/status/404')}
          today=${TODAY}
          commitment-id="clubes-juveniles"
        ></ogp-commitment>`,
      );
      const alert = root(element).querySelector('[role="alert"]');
      expect(text(alert)).to.include('No encontramos el archivo del plan');
      expect(text(alert?.querySelector('button'))).to.equal('Reintentar');
      await expect(element).to.be.accessible();
    });

    it('says when the feed is not JSON', async () => {
      const element = await show(
        html`<ogp-commitment src=${uniqueUrl('/__test/html')} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      expect(text(root(element).querySelector('[role="alert"]'))).to.include('no es JSON');
    });

    it('lists the first problems of an invalid feed', async () => {
      const feed = await loadDemoFeed();
      delete feed.plan.title;
      feed.commitments[0].start = 'ayer';
      const element = await show(
        html`<ogp-commitment src=${await serveFeed(feed)} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      const alert = text(root(element).querySelector('[role="alert"]'));
      expect(alert).to.include('El archivo del plan tiene errores.');
      expect(alert).to.include('/plan/title');
      expect(alert).to.include('/commitments/0/start');
      await expect(element).to.be.accessible();
    });

    it('gives up on a server that never answers', async () => {
      const element = await show(
        html`<ogp-commitment
          src=${uniqueUrl('/__test/hang')}
          timeout="300"
          commitment-id="clubes-juveniles"
        ></ogp-commitment>`,
      );
      expect(text(root(element).querySelector('[role="alert"]'))).to.include('tardó demasiado');
    });

    it('recovers with "Reintentar"', async () => {
      const element = await show(
        html`<ogp-commitment
          src=${`/__test/flaky/commitment-${Date.now()}?fail=1`}
          today=${TODAY}
          commitment-id="clubes-juveniles"
        ></ogp-commitment>`,
      );
      root(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await element.loadComplete;
      expect(text(root(element).querySelector('h2'))).to.equal('Clubes juveniles como espacios de incidencia');
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en" on an ancestor, dates included', async () => {
      const element = await show(
        html`<div lang="en">
          <ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="rendicion-cuentas-pp"></ogp-commitment>
        </div>`,
      );
      const shadow = root(element);
      expect(text(shadow.querySelector('h2'))).to.equal(
        'Open accountability for Local Planning and Participatory Budgeting',
      );
      expect(text(shadow.querySelector('[part="header"] [part="status"]'))).to.equal('Delayed');
      const all = text(shadow.querySelector('[part="base"]'));
      expect(all).to.include('Start: March 1, 2025');
      expect(all).to.include('Potential for results Substantial');
      expect(all).to.include('Lower is better.');
      await expect(element).to.be.accessible();
    });

    it('falls back to Spanish feed text, marked lang="es"', async () => {
      const feed = await loadDemoFeed();
      feed.commitments[1].summary = 'Solo en español.';
      feed.commitments[1].milestones[0].evidence[0].title = 'Acta (solo en español)';
      const element = await show(
        html`<ogp-commitment .feed=${feed} lang="en" today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      const summary = root(element).querySelector('[part="summary"] [lang="es"]');
      expect(text(summary)).to.equal('Solo en español.');
      const evidence = root(element).querySelector('[part="milestone"] [lang="es"]');
      expect(text(evidence)).to.include('Acta (solo en español)');
    });

    it('lets two widgets on one page speak two languages', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>
          <ogp-commitment
            src="/demo/feed.json"
            lang="en"
            today=${TODAY}
            commitment-id="clubes-juveniles"
          ></ogp-commitment>
        </div>`,
      );
      const [spanish, english] = [...wrapper.querySelectorAll('ogp-commitment')];
      await Promise.all([spanish!.loadComplete, english!.loadComplete]);
      expect(text(root(spanish!).querySelector('h2'))).to.equal('Clubes juveniles como espacios de incidencia');
      expect(text(root(english!).querySelector('h2'))).to.equal('Youth clubs as spaces for advocacy');
    });
  });

  it('renders hostile feed text as inert text, and a javascript: link as plain text', async () => {
    const feed = await loadDemoFeed();
    const commitment = feed.commitments[0];
    commitment.title = '<img src=x onerror=alert(1)>';
    commitment.summary = '<script>alert(1)</script>';
    commitment.problem = { es: '<b onclick=alert(1)>negrita</b>' };
    commitment.milestones[0].title = '<img src=x onerror=alert(2)>';
    commitment.milestones[0].evidence = [{ title: 'Evidencia maliciosa', url: 'javascript:alert(1)' }];
    const element = await show(
      html`<ogp-commitment .feed=${feed} today=${TODAY} commitment-id=${commitment.id}></ogp-commitment>`,
    );
    const shadow = root(element);
    expect(shadow.querySelectorAll('img, script, b')).to.have.length(0);
    const all = shadow.textContent ?? '';
    expect(all).to.include('<img src=x onerror=alert(1)>');
    expect(all).to.include('<script>alert(1)</script>');
    expect(all).to.include('<img src=x onerror=alert(2)>');
    expect(shadow.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(text(shadow.querySelector('[part="evidence-text"]'))).to.equal('Evidencia maliciosa');
    for (const link of shadow.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')) {
      expect(link.rel).to.equal('noopener noreferrer');
    }
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const element = await show(
      html`<ogp-commitment
        style="width: 320px"
        src="/demo/feed.json"
        today=${TODAY}
        commitment-id="rendicion-cuentas-pp"
      ></ogp-commitment>`,
    );
    const base = root(element).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
  });
});
