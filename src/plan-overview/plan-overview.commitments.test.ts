import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CommitmentToggleEvent } from './plan-overview.js';
import { milestonesByDue } from '../shared/derive.js';
import { loadDemoFeed } from '../test-support/fixtures.js';
import { $, $$, choose, demo, show, shownIds, text, toggleOf, TODAY } from '../test-support/plan-overview.js';

describe('<ogp-plan-overview> commitments', () => {
  // Tests change the page's hash; each starts from the page's own URL.
  const pageUrl = location.href;
  afterEach(() => history.replaceState(history.state, '', pageUrl));

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
});
