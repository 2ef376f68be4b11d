/**
 * What a screen reader hears from <ogp-commitment>, read from Chromium's
 * accessibility tree: snapshots of each state in __ax__/, reviewed by hand
 * (UPDATE_AX=1 rewrites them), and the heading levels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpCommitment } from './commitment.js';
import { expectAxSnapshot } from '../test-support/ax-tree.js';
import { uniqueUrl } from '../test-support/fixtures.js';
import { root, show, text, TODAY } from '../test-support/commitment.js';

describe('<ogp-commitment> for screen readers', () => {
  describe('what it says in each state', () => {
    it('while loading', async () => {
      const element = await fixture<OgpCommitment>(
        html`<ogp-commitment src=${uniqueUrl('/__test/hang')} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      await element.updateComplete;
      await expectAxSnapshot(element, 'commitment-loading');
    });

    it('when the feed fails', async () => {
      const element = await show(
        html`<ogp-commitment src=${uniqueUrl('/__test/status/404')} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      await expectAxSnapshot(element, 'commitment-error');
    });

    it('ready', async () => {
      const element = await show(
        html`<ogp-commitment
          src="/demo/feed.json"
          today=${TODAY}
          commitment-id="rendicion-cuentas-pp"
        ></ogp-commitment>`,
      );
      await expectAxSnapshot(element, 'commitment-ready');
    });

    it('with the sample note opened', async () => {
      const element = await show(
        html`<ogp-commitment src="/demo/feed.json" today=${TODAY} commitment-id="clubes-juveniles"></ogp-commitment>`,
      );
      root(element).querySelector<HTMLElement>('[part="sample-notice"] summary')!.click();
      await expectAxSnapshot(element, 'commitment-note-opened');
    });
  });

  describe('headings that fit the page', () => {
    const levels = (element: OgpCommitment) =>
      [...root(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (node) => `${node.localName} ${text(node).slice(0, 16)}`,
      );

    it('puts the title at heading-level, its sections one below and each indicator two below', async () => {
      const element = await show(
        html`<ogp-commitment
          src="/demo/feed.json"
          today=${TODAY}
          commitment-id="rendicion-cuentas-pp"
          heading-level="4"
        ></ogp-commitment>`,
      );
      expect(levels(element)).to.deep.equal([
        'h4 Rendición de cue',
        'h5 El problema',
        'h5 Qué se va a hace',
        'h5 Hitos',
        'h5 Indicadores',
        'h6 Proyectos de Pre',
        'h6 Días para respon',
        'h5 Evaluación indep',
      ]);
    });

    it('draws no title with hide-title, and its article points to no missing title', async () => {
      const element = await show(
        html`<ogp-commitment
          src="/demo/feed.json"
          today=${TODAY}
          commitment-id="clubes-juveniles"
          hide-title
        ></ogp-commitment>`,
      );
      expect(root(element).querySelector('[part="title"]')).to.equal(null);
      expect(root(element).querySelector('article')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect(levels(element)[0]).to.equal('h2 El problema');
      await expect(element).to.be.accessible();
    });
  });
});
