/**
 * What a screen reader hears from <ogp-plan-overview>, read from Chromium's
 * accessibility tree: snapshots of each state in __ax__/, reviewed by hand
 * (UPDATE_AX=1 rewrites them), and the rules behind them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpPlanOverview } from './plan-overview.js';
import { axTree, expectAxSnapshot } from '../test-support/ax-tree.js';
import { uniqueUrl } from '../test-support/fixtures.js';
import { $, $$, choose, demo, search, show, text, toggleOf, TODAY } from '../test-support/plan-overview.js';

describe('<ogp-plan-overview> for screen readers', () => {
  const pageUrl = location.href;
  afterEach(() => history.replaceState(history.state, '', pageUrl));

  describe('what it says in each state', () => {
    it('while loading', async () => {
      const element = await fixture<OgpPlanOverview>(
        html`<ogp-plan-overview src=${uniqueUrl('/__test/hang')} today=${TODAY}></ogp-plan-overview>`,
      );
      await element.updateComplete;
      await expectAxSnapshot(element, 'overview-loading');
    });

    it('when the feed fails', async () => {
      const element = await show(html`<ogp-plan-overview src=${uniqueUrl('/__test/status/404')}></ogp-plan-overview>`);
      await expectAxSnapshot(element, 'overview-error');
    });

    it('ready', async () => {
      await expectAxSnapshot(await demo(), 'overview-ready');
    });

    it('with a commitment opened', async () => {
      const element = await demo();
      toggleOf(element, 'clubes-juveniles').click();
      await element.updateComplete;
      await expectAxSnapshot(element, 'overview-opened');
    });

    it('when nothing matches the search', async () => {
      const element = await demo();
      await choose(element, 'status', 'delayed');
      await search(element, 'ninguna coincidencia posible');
      await expectAxSnapshot(element, 'overview-no-match');
    });
  });

  it('names each toggle by its commitment, so a list of buttons tells them apart', async () => {
    const tree = await axTree(await demo());
    const buttons = tree.split('\n').filter((line) => line.trim().startsWith('button "'));
    expect(buttons.map((line) => line.trim().replace(/ expanded=.*/, ''))).to.deep.equal([
      'button "5 hitos de Rendición de cuentas abierta de Planeación Local y Presupuesto Participativo"',
      'button "4 hitos de Clubes juveniles como espacios de incidencia"',
      'button "4 hitos de Escuela de control social para líderes comunitarios"',
      'button "3 hitos de Sección de seguimiento y formulario abierto en Sí Ciudadanía"',
    ]);
  });

  it('says the sample notice in three words, the note one press away', async () => {
    const element = await demo();
    const notice = $<HTMLDetailsElement>(element, '[part="sample-notice"]')!;
    expect(notice.localName).to.equal('details');
    expect(notice.open).to.equal(false);
    expect(text(notice.querySelector('summary'))).to.equal('Datos de ejemplo');
    notice.querySelector('summary')!.click();
    expect(notice.open).to.equal(true);
    expect(text(notice.querySelector('p'))).to.match(/^Datos de ejemplo\. El periodo, las instituciones/);
  });

  it('adds no landmarks of its own but the search', async () => {
    const tree = await axTree(await demo());
    expect(tree).not.to.match(/^\s*(region|banner|complementary|navigation)\b/m);
    expect(tree).to.match(/^\s*search "Filtrar compromisos"/m);
  });

  describe('headings that fit the page', () => {
    const levels = (element: OgpPlanOverview) =>
      $$(element, 'h1, h2, h3, h4, h5, h6').map((node) => `${node.localName} ${text(node).slice(0, 20)}`);

    it('puts the title at heading-level, its sections one below and each commitment two below', async () => {
      const element = await show(
        html`<ogp-plan-overview src="/demo/feed.json" today=${TODAY} heading-level="3"></ogp-plan-overview>`,
      );
      expect(levels(element).slice(0, 4)).to.deep.equal([
        'h3 Primer Plan de Acció',
        'h4 Resumen',
        'h4 Compromisos',
        'h5 Rendición de cuentas',
      ]);
      expect($$(element, '[part="item-title"]').every((node) => node.localName === 'h5')).to.equal(true);
    });

    it('draws no title with hide-title: the sections take its level', async () => {
      const element = await show(
        html`<ogp-plan-overview src="/demo/feed.json" today=${TODAY} heading-level="2" hide-title></ogp-plan-overview>`,
      );
      expect($(element, '[part="title"]')).to.equal(null);
      expect(text($(element, '[part="header"]'))).to.include('Del 27 de febrero de 2025');
      expect(levels(element).slice(0, 3)).to.deep.equal(['h2 Resumen', 'h2 Compromisos', 'h3 Rendición de cuentas']);
      await expect(element).to.be.accessible();
    });
  });
});
