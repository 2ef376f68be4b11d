/**
 * A plan that is not Medellín's: the French sample feed (demo/feed-fr.json,
 * no Spanish text at all, its own time zone, currency and territories)
 * renders in every element, and its text says which language it is in.
 * (The interface's French words are the language packs' part.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import { ANOTHER_CITY } from '../src/examples/index.js';
import { isoToday } from '../src/shared/derive.js';
import { formatDate } from '../src/shared/format.js';
import { WIDGETS, type WidgetName } from '../src/shared/widgets.js';
import { loadDemoFeed, serveFeed } from '../src/test-support/fixtures.js';

const FEED_URL = `/demo/${ANOTHER_CITY.feed}`;

const CHOSEN: Partial<Record<WidgetName, string>> = {
  commitment: `commitment-id="${ANOTHER_CITY.commitmentId}"`,
  'indicator-chart': `indicator-id="${ANOTHER_CITY.indicatorId}"`,
  // The sample feed names no receiver of its own: its published answers are a file beside it.
  'feedback-answers': `answers-src="/demo/${ANOTHER_CITY.answers}"`,
};

async function show(tag: string, attributes: string, lang: string, src = FEED_URL): Promise<PlanFeedElement> {
  const element = await fixture<PlanFeedElement>(
    staticHtml`<${unsafeStatic(tag)} src=${src} lang=${lang} today=${ANOTHER_CITY.today} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`,
  );
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('another city: the French sample feed', () => {
  for (const { name, tag } of WIDGETS) {
    it(`<${tag}> shows it, accessible, with its text marked as French where the page speaks another language`, async () => {
      const element = await show(tag, CHOSEN[name] ?? '', 'en');
      const root = element.shadowRoot!;
      // A boolean, not the element: a failing assertion must not serialize a widget.
      expect(root.querySelector('[part="error"]') === null, shown(element)).to.equal(true);
      await expect(element).to.be.accessible();
      // Text the feed has only in French keeps its language, so screen readers pronounce it right.
      const french = [...root.querySelectorAll('[lang="fr"]')];
      expect(french.length, `${tag} marks its French text`).to.be.greaterThan(0);
      expect(root.querySelector('[lang="es"]'), 'nothing claims to be Spanish').to.equal(null);
    });
  }

  it('shows the text in the page’s language when the feed has it, unmarked', async () => {
    const element = await show('ogp-plan-overview', '', 'en');
    const title = element.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent).to.include('Baobab-sur-Mer Local Open Government Action Plan');
    expect(title.querySelector('[lang]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.header__jurisdiction [lang="fr"]')!.textContent).to.equal(
      'Commune de Baobab-sur-Mer (commune fictive)',
    );
  });

  it('counts money in the plan’s currency, CFA francs, when the indicator names none', async () => {
    const element = await show('ogp-indicator-chart', CHOSEN['indicator-chart']!, 'en');
    expect(shown(element)).to.match(/CFA/);
    expect(shown(element)).not.to.match(/COP|\$/);
  });

  it('offers the city’s own territories in the form', async () => {
    const element = await show('ogp-feedback-form', '', 'fr');
    const options = [...element.shadowRoot!.querySelectorAll<HTMLOptionElement>('#territory option')];
    expect(options.slice(1).map((option) => option.value)).to.deep.equal([
      'Centre-ville',
      'Quartier du Port',
      'Grand-Marché',
      'Cité des Pêcheurs',
      'Keur Dièye',
      'Ndoukhoura',
    ]);
    const groups = [...element.shadowRoot!.querySelectorAll('#territory optgroup')];
    expect(groups.map((group) => group.getAttribute('label'))).to.deep.equal(['Quartiers', 'Villages rattachés']);
  });

  it('takes "today" where the plan is (plan.timeZone), for the timeline’s "Hoy"', async () => {
    const feed = await loadDemoFeed();
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are never on the same day.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      feed.plan.timeZone = zone;
      const element = await fixture<PlanFeedElement>(
        html`<ogp-milestone-timeline src=${await serveFeed(feed)}></ogp-milestone-timeline>`,
      );
      await element.loadComplete;
      const summary = element.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary, zone).to.include(formatDate(isoToday(zone), 'es'));
    }
  });
});
