/**
 * The overview at participatory-budget scale (issue 15): 2,000 commitments
 * shown 20 to a page, and a person loses nothing: every commitment is
 * reachable, the count is announced, find-in-page finds what is shown, a
 * deep link opens its commitment, and the search and filters cover all.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OVERVIEW_PAGE_SIZE } from './plan-overview.js';
import { applyFilters, NO_FILTERS } from './filters.js';
import { describeCommitment } from '../shared/derive.js';
import { acceptFeed } from '../core/feed-loader.js';
import { syntheticFeed } from '../examples/index.js';
import { findInPage } from '../test-support/fixtures.js';
import { $, $$, choose, count, search, show, shownIds, text, toggleOf, TODAY } from '../test-support/plan-overview.js';

/** A plan of `commitments` commitments of two milestones each. */
const plan = (commitments: number) => syntheticFeed({ milestones: commitments * 2, milestonesPerCommitment: 2 });
const BIG = plan(2000);

const overview = (feed: unknown) => show(html`<ogp-plan-overview .feed=${feed} today=${TODAY}></ogp-plan-overview>`);
const range = (element: Parameters<typeof text>[0]) => text(element);
const pageButton = (element: Awaited<ReturnType<typeof overview>>, rel: string) =>
  $<HTMLButtonElement>(element, `[part="pagination"] [data-rel="${rel}"]`)!;

describe('<ogp-plan-overview> at participatory-budget scale', function () {
  // Thousands of items validated, and axe over a full page: more than the default 8 s on a busy machine.
  this.timeout(30_000);

  const pageUrl = location.href;
  afterEach(() => history.replaceState(history.state, '', pageUrl));

  it('shows 2,000 commitments 20 to a page, and announces them all', async () => {
    const element = await overview(BIG);
    expect(shownIds(element)).to.have.length(OVERVIEW_PAGE_SIZE);
    expect(shownIds(element)[0]).to.equal('compromiso-1');
    expect(count(element)).to.equal('2000 compromisos');
    expect($(element, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(range($(element, '.page-range'))).to.equal('Se muestran del 1 al 20 de 2.000.');
    const nav = $(element, '[part="pagination"]')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Páginas de compromisos');
    expect(
      $$(element, '[part="pagination"] [aria-current="page"]').map((button) => button.getAttribute('aria-label')),
    ).to.deep.equal(['Página 1']);
    await expect(element).to.be.accessible();
  });

  it('moves between pages from the keyboard, the focus on the line that says what is shown', async () => {
    const element = await overview(BIG);
    pageButton(element, 'next').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownIds(element)[0]).to.equal('compromiso-21');
    const focused = element.shadowRoot!.activeElement!;
    expect(focused.classList.contains('page-range')).to.equal(true);
    expect(text(focused)).to.equal('Se muestran del 21 al 40 de 2.000.');
    $<HTMLButtonElement>(element, '[part="pagination"] [aria-label="Página 100"]')!.click();
    await element.updateComplete;
    expect(shownIds(element).at(-1)).to.equal('compromiso-2000');
    expect(pageButton(element, 'next')).to.equal(null);
  });

  it('reaches every commitment, page after page', async () => {
    const element = await overview(plan(205));
    const seen = [...shownIds(element)];
    for (let next = pageButton(element, 'next'); next; next = pageButton(element, 'next')) {
      next.click();
      await element.updateComplete;
      seen.push(...shownIds(element));
    }
    expect(seen).to.have.length(205);
    expect(new Set(seen).size).to.equal(205);
  });

  it('opens commitment 1,999 from a deep link, on its page, focused', async () => {
    history.replaceState(history.state, '', '#compromiso-compromiso-1999');
    const element = await overview(BIG);
    await element.updateComplete;
    expect(shownIds(element)).to.include('compromiso-1999');
    expect(range($(element, '.page-range'))).to.equal('Se muestran del 1.981 al 2.000 de 2.000.');
    const toggle = toggleOf(element, 'compromiso-1999');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('searches and filters all 2,000, from the first page of the results', async () => {
    const element = await overview(BIG);
    pageButton(element, 'next').click();
    await element.updateComplete;
    await search(element, 'prueba 1999');
    expect(shownIds(element)).to.deep.equal(['compromiso-1999']);
    expect(count(element)).to.equal('1 compromiso');
    await search(element, '');
    await choose(element, 'status', 'completed');
    const accepted = acceptFeed(BIG);
    if (!accepted.ok) throw new Error('the synthetic feed must be valid');
    const views = accepted.feed.commitments.map((commitment) => describeCommitment(commitment, TODAY));
    const completed = applyFilters(views, { ...NO_FILTERS, status: 'completed' }, 'es', 'es');
    expect(completed.length).to.be.greaterThan(OVERVIEW_PAGE_SIZE);
    expect(count(element)).to.equal(`${completed.length} compromisos`);
    expect(shownIds(element)).to.deep.equal(completed.slice(0, OVERVIEW_PAGE_SIZE).map((view) => view.commitment.id));
  });

  it('lets find-in-page find what is shown', async () => {
    const element = await overview(BIG);
    pageButton(element, 'next').click();
    await element.updateComplete;
    expect(findInPage('Compromiso de prueba 37')).to.equal(true);
    expect(window.getSelection()?.toString()).to.equal('Compromiso de prueba 37');
    // Once: the toggle's name takes the title from the heading, it does not write it again.
    expect(findInPage('Compromiso de prueba 37')).to.equal(false);
  });
});
