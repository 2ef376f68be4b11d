import { expect, html } from '@open-wc/testing';
import { findCommitment, milestonesByDue } from '../shared/derive.js';
import { formatDate, formatPercent } from '../shared/format.js';
import { loadDemoFeed } from '../test-support/fixtures.js';
import { demoFeed, root, show, text, TODAY } from '../test-support/commitment.js';

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
