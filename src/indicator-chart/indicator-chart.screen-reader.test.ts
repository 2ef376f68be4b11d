/**
 * What a screen reader hears from <ogp-indicator-chart>, read from
 * Chromium's accessibility tree: snapshots of each state in __ax__/,
 * reviewed by hand (UPDATE_AX=1 rewrites them), and the faults issue 13
 * found: names that run words together, a title said again and again, a
 * summary that ignores the breakdown shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpIndicatorChart } from './indicator-chart.js';
import { axTree, expectAxSnapshot } from '../test-support/ax-tree.js';
import { uniqueUrl } from '../test-support/fixtures.js';
import { $, chart, settle, show } from '../test-support/indicator-chart.js';

const TITLE = 'Jóvenes activos en clubes juveniles';

/** How many lines of the tree say `words` (in a name, a text or a description). */
const mentions = (tree: string, words: string) => tree.split('\n').filter((line) => line.includes(words)).length;

describe('<ogp-indicator-chart> for screen readers', () => {
  describe('what it says in each state', () => {
    it('while loading', async () => {
      const element = await fixture<OgpIndicatorChart>(
        html`<ogp-indicator-chart
          src=${uniqueUrl('/__test/hang')}
          indicator-id="jovenes-clubes"
        ></ogp-indicator-chart>`,
      );
      await element.updateComplete;
      await expectAxSnapshot(element, 'chart-loading');
    });

    it('when the feed fails', async () => {
      const element = await show(
        html`<ogp-indicator-chart
          src=${uniqueUrl('/__test/status/404')}
          indicator-id="jovenes-clubes"
        ></ogp-indicator-chart>`,
      );
      await expectAxSnapshot(element, 'chart-error');
    });

    it('ready', async () => {
      await expectAxSnapshot(await chart('pp-ejecucion-publicada'), 'chart-ready');
    });

    it('with the table shown', async () => {
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
      await settle(element);
      await expectAxSnapshot(element, 'chart-table');
    });

    it('split by a dimension', async () => {
      const element = await chart('jovenes-clubes');
      element.dimension = 'sex';
      await settle(element);
      await expectAxSnapshot(element, 'chart-breakdown');
    });
  });

  it('puts its title at heading-level, and draws none with hide-title', async () => {
    const element = await chart('jovenes-clubes');
    element.headingLevel = 4;
    await settle(element);
    expect(await axTree(element)).to.match(new RegExp(`^heading "${TITLE}" level=4$`, 'm'));
    element.hideTitle = true;
    await settle(element);
    expect(mentions(await axTree(element), TITLE)).to.equal(0);
    expect($(element, '[part="title"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('names the download buttons with a space: "Descargar CSV"', async () => {
    const tree = await axTree(await chart('pp-ejecucion-publicada'));
    for (const format of ['CSV', 'SVG', 'PNG']) expect(tree).to.include(`button "Descargar ${format}"`);
  });

  it('says the title once on entry, and once more at most with the table open (its caption)', async () => {
    const element = await chart('jovenes-clubes');
    expect(mentions(await axTree(element), TITLE)).to.equal(1);
    ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
    await settle(element);
    expect(mentions(await axTree(element), TITLE)).to.equal(2);
  });
});
