/**
 * What a screen reader hears from <ogp-milestone-timeline>, read from
 * Chromium's accessibility tree: snapshots of each state in __ax__/,
 * reviewed by hand (UPDATE_AX=1 rewrites them), and what a focused
 * milestone says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OgpMilestoneTimeline } from './milestone-timeline.js';
import { axTree, expectAxSnapshot } from '../test-support/ax-tree.js';
import { uniqueUrl } from '../test-support/fixtures.js';
import { $, $$, DEMO, show, text, TODAY, wide } from '../test-support/milestone-timeline.js';

describe('<ogp-milestone-timeline> for screen readers', () => {
  describe('what it says in each state', () => {
    it('while loading', async () => {
      const element = await fixture<OgpMilestoneTimeline>(
        html`<ogp-milestone-timeline src=${uniqueUrl('/__test/hang')}></ogp-milestone-timeline>`,
      );
      await element.updateComplete;
      await expectAxSnapshot(element, 'timeline-loading');
    });

    it('when the feed fails', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${uniqueUrl('/__test/status/404')}></ogp-milestone-timeline>`,
      );
      await expectAxSnapshot(element, 'timeline-error');
    });

    it('ready, one commitment', async () => {
      await expectAxSnapshot(await wide(), 'timeline-ready');
    });

    it('ready, the whole plan', async () => {
      const element = await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`);
      await expectAxSnapshot(element, 'timeline-plan');
    });

    it('with a milestone focused', async () => {
      const element = await wide();
      $$(element, '.milestone')[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      await expectAxSnapshot(element, 'timeline-focused');
    });
  });

  it('names each milestone by its title and describes it by its facts, heard apart', async () => {
    const tree = await axTree(await wide());
    expect(tree).to.include(
      'listitem "Tablero de seguimiento en Sí Ciudadanía" level=1 ' +
        'description="Retrasado . Vencido . Fecha límite: 30 de junio de 2026 ."',
    );
    expect(tree).to.include('Cumplido . Fecha límite: 30 de junio de 2025 . Cumplido el 20 de junio de 2025 .');
  });

  it('places each milestone in its commitment ("3 de 5"), and leaves the "Hoy" row out of the count', async () => {
    const element = await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`);
    const first = $$(element, '[data-commitment="rendicion-cuentas-pp"]');
    expect(first.map((row) => [row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')])).to.deep.equal([
      ['1', '5'],
      ['2', '5'],
      ['3', '5'],
      ['4', '5'],
      ['5', '5'],
    ]);
    const today = $$(element, '[part="today"]');
    expect(today).to.have.length(4);
    for (const row of today) expect(row.getAttribute('aria-hidden')).to.equal('true');
    expect(await axTree(element)).not.to.include('Hoy:');
    // Today's date is said once, in the summary.
    expect(text($(element, '[part="summary"]'))).to.include('Hoy es 27 de noviembre de 2026.');
  });

  it('adds no named regions: its headings are enough', async () => {
    const tree = await axTree(
      await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`),
    );
    expect(tree).not.to.match(/^\s*region\b/m);
  });

  describe('headings that fit the page', () => {
    it('puts the title at heading-level and each commitment one below', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${DEMO} today=${TODAY} heading-level="4"></ogp-milestone-timeline>`,
      );
      expect($(element, '[part="title"]')!.localName).to.equal('h4');
      expect($$(element, '[part="group-title"]').map((node) => node.localName)).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
    });

    it('draws no title with hide-title: the commitments take its level', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${DEMO} today=${TODAY} hide-title></ogp-milestone-timeline>`,
      );
      expect($(element, '[part="title"]')).to.equal(null);
      expect($$(element, '[part="group-title"]').map((node) => node.localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
      await expect(element).to.be.accessible();
    });
  });
});
