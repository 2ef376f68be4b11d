/**
 * A French page: every element speaks French, and no Spanish word of the
 * interface is left, neither in the text nor in the accessible names. The
 * feed's own text (Spanish in the demo feed) is not the interface: it is
 * marked lang="es" where it stands alone, and its words are left out of the
 * check where it is part of a name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import { commitmentStrings } from '../commitment/commitment.strings.js';
import type { Pack } from '../core/language-packs.js';
import { feedbackFormStrings } from '../feedback-form/feedback-form.strings.js';
import { chartStrings } from '../indicator-chart/indicator-chart.strings.js';
import { timelineStrings } from '../milestone-timeline/milestone-timeline.strings.js';
import { planOverviewStrings } from '../plan-overview/plan-overview.strings.js';
import { commonStrings } from '../shared/i18n.js';
import { ANOTHER_CITY } from '../examples/index.js';
import { DEMO_FEED_URL, loadDemoFeed } from '../test-support/fixtures.js';
import { recentChangesStrings } from '../core/recent-changes.strings.js';
import { answersStrings } from '../feedback-answers/feedback-answers.strings.js';
import { answers } from './fr/answers.js';
import { changes } from './fr/changes.js';
import { chart } from './fr/chart.js';
import { commitment } from './fr/commitment.js';
import { common } from './fr/common.js';
import { form } from './fr/form.js';
import { overview } from './fr/overview.js';
import { timeline } from './fr/timeline.js';

const french: Pack = { common, overview, commitment, timeline, chart, form, changes, answers };

const spanish: Pack = {
  common: commonStrings,
  overview: planOverviewStrings,
  commitment: commitmentStrings,
  timeline: timelineStrings,
  chart: chartStrings,
  form: feedbackFormStrings,
  changes: recentChangesStrings,
  answers: answersStrings,
};

/** Every string of a pack, the functions' fixed words included (called with placeholder arguments). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return [String((value as (...args: unknown[]) => unknown)('1', '2', '3'))];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const wordsOf = (texts: readonly string[]) =>
  new Set(texts.flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length > 3));

/** What the page shows and names: text outside the feed's Spanish text, and the names given by attributes. */
function interfaceText(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
      if (node.shadowRoot) found.push(...interfaceText(node.shadowRoot));
    } else if (!node.parentElement?.closest('[lang^="es"]')) {
      found.push(node.textContent ?? '');
    }
  }
  return found;
}

describe('a French page', () => {
  it('shows every element in French, with no Spanish word of the interface', async () => {
    const feed = await loadDemoFeed();
    const page = await fixture<HTMLElement>(
      html`<main lang="fr">
        <ogp-plan-overview src=${DEMO_FEED_URL} today="2026-03-01"></ogp-plan-overview>
        <ogp-commitment src=${DEMO_FEED_URL} commitment-id="clubes-juveniles" today="2026-03-01"></ogp-commitment>
        <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="jovenes-clubes"></ogp-indicator-chart>
        <ogp-milestone-timeline src=${DEMO_FEED_URL} today="2026-03-01"></ogp-milestone-timeline>
        <ogp-feedback-form src=${DEMO_FEED_URL} endpoint="/__test/feedback/french"></ogp-feedback-form>
      </main>`,
    );
    const widgets = [...page.children] as (HTMLElement & { loadComplete: Promise<void> })[];
    await Promise.all(widgets.map((widget) => widget.loadComplete));

    // The words of the Spanish interface that French does not share, and that the feed does not use itself.
    const allowed = new Set([...wordsOf(stringsOf(french)), ...wordsOf(stringsOf(feed))]);
    const spanishWords = [...wordsOf(stringsOf(spanish))].filter((word) => !allowed.has(word));
    expect(spanishWords.length, 'words to look for').to.be.greaterThan(200);

    for (const widget of widgets) {
      const shown = wordsOf(interfaceText(widget.shadowRoot!));
      const left = spanishWords.filter((word) => shown.has(word));
      expect(left, `Spanish words in <${widget.localName}>`).to.deep.equal([]);
      await expect(widget).to.be.accessible();
    }
    const text = (tag: string) => page.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text('ogp-plan-overview')).to.contain('Engagements');
    expect(text('ogp-commitment')).to.contain('Jalons');
    expect(text('ogp-indicator-chart')).to.contain('Voir le tableau de données');
    expect(text('ogp-milestone-timeline')).to.contain('Calendrier des jalons');
    expect(text('ogp-feedback-form')).to.contain('Commentaires, questions et contributions');
  });

  it('shows a French city’s plan (no Spanish in its feed) entirely in French, its territories in the form', async () => {
    const src = `/demo/${ANOTHER_CITY.feed}`;
    const feed: unknown = await (await fetch(src)).json();
    const page = await fixture<HTMLElement>(
      html`<main lang="fr">
        <ogp-plan-overview src=${src} today=${ANOTHER_CITY.today}></ogp-plan-overview>
        <ogp-commitment
          src=${src}
          commitment-id=${ANOTHER_CITY.commitmentId}
          today=${ANOTHER_CITY.today}
        ></ogp-commitment>
        <ogp-indicator-chart src=${src} indicator-id=${ANOTHER_CITY.indicatorId}></ogp-indicator-chart>
        <ogp-milestone-timeline src=${src} today=${ANOTHER_CITY.today}></ogp-milestone-timeline>
        <ogp-feedback-form src=${src} endpoint="/__test/feedback/french-city"></ogp-feedback-form>
      </main>`,
    );
    const widgets = [...page.children] as (HTMLElement & { loadComplete: Promise<void> })[];
    await Promise.all(widgets.map((widget) => widget.loadComplete));

    const allowed = new Set([...wordsOf(stringsOf(french)), ...wordsOf(stringsOf(feed))]);
    const spanishWords = [...wordsOf(stringsOf(spanish))].filter((word) => !allowed.has(word));
    for (const widget of widgets) {
      expect(widget.shadowRoot!.querySelector('[part="error"]'), widget.localName).to.equal(null);
      // Everything counts here, the feed's text too: none of it is Spanish.
      const shown = wordsOf([widget.shadowRoot!.textContent ?? '', ...interfaceText(widget.shadowRoot!)]);
      const left = spanishWords.filter((word) => shown.has(word));
      expect(left, `Spanish words in <${widget.localName}>`).to.deep.equal([]);
      expect(widget.shadowRoot!.querySelector('[lang^="es"]'), `nothing in <${widget.localName}> is Spanish`).to.equal(
        null,
      );
    }
    const form = page.querySelector('ogp-feedback-form')!.shadowRoot!;
    const territories = [...form.querySelectorAll<HTMLOptionElement>('#territory option')].slice(1);
    expect(territories.map((option) => option.textContent!.trim())).to.include('Quartier du Port');
    expect(form.textContent).to.contain('Quartier ou secteur où vous habitez');
  });
});
