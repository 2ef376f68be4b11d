import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { OgpCommitment } from './commitment.js';
import { loadDemoFeed, serveFeed, uniqueUrl } from '../test-support/fixtures.js';
import { root, show, text, TODAY } from '../test-support/commitment.js';

describe('<ogp-commitment> states and languages', () => {
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
});
