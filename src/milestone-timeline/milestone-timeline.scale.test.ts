/**
 * The timeline at participatory-budget scale (issue 15): thousands of
 * milestones shown 100 to a page, each still reachable, counted, placed in
 * its commitment and found by find-in-page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TIMELINE_PAGE_SIZE, type OgpMilestoneTimeline } from './milestone-timeline.js';
import { syntheticFeed } from '../examples/index.js';
import { findInPage } from '../test-support/fixtures.js';
import { $, $$, inPage, settle, text } from '../test-support/milestone-timeline.js';

const next = (element: OgpMilestoneTimeline) =>
  $(element, '[part="pagination"] [data-rel="next"]') as HTMLButtonElement | null;

async function turnPage(element: OgpMilestoneTimeline): Promise<void> {
  next(element)!.click();
  await settle(element);
}

describe('<ogp-milestone-timeline> at participatory-budget scale', function () {
  // Thousands of items validated, and axe over a full page: more than the default 8 s on a busy machine.
  this.timeout(30_000);

  it('shows 2,000 milestones 100 to a page, counting them all', async () => {
    const element = await inPage(syntheticFeed({ milestones: 2000, milestonesPerCommitment: 10 }), 900);
    expect($$(element, '.milestone')).to.have.length(TIMELINE_PAGE_SIZE);
    expect(text($(element, '[part="summary"]'))).to.match(/^2000 hitos: /);
    expect(text($(element, '.page-range'))).to.equal('Se muestran del 1 al 100 de 2.000.');
    expect($(element, '[part="pagination"]')!.getAttribute('aria-label')).to.equal('Páginas del cronograma');
    await expect(element).to.be.accessible();
  });

  it('reaches every milestone, page after page, the focus on what each page shows', async () => {
    const element = await inPage(syntheticFeed({ milestones: 730, milestonesPerCommitment: 10 }), 900);
    const seen = $$(element, '.milestone').map((row) => `${row.dataset.commitment}/${row.dataset.milestone}`);
    while (next(element)) {
      await turnPage(element);
      expect(element.shadowRoot!.activeElement?.classList.contains('page-range')).to.equal(true);
      seen.push(...$$(element, '.milestone').map((row) => `${row.dataset.commitment}/${row.dataset.milestone}`));
    }
    expect(seen).to.have.length(730);
    expect(new Set(seen).size).to.equal(730);
    expect(text($(element, '.page-range'))).to.equal('Se muestran del 701 al 730 de 730.');
  });

  it('repeats a commitment’s title on the page where its milestones go on, each in its place', async () => {
    // Seven milestones a commitment: the 15th commitment's run from the 99th to the 105th milestone.
    const element = await inPage(syntheticFeed({ milestones: 210, milestonesPerCommitment: 7 }), 900);
    await turnPage(element);
    expect(text($(element, '[part="group-title"]'))).to.equal('Compromiso de prueba 15');
    const first = $$(element, '.milestone')[0]!;
    expect([
      first.dataset.commitment,
      first.getAttribute('aria-posinset'),
      first.getAttribute('aria-setsize'),
    ]).to.deep.equal(['compromiso-15', '3', '7']);
  });

  it('moves with the arrow keys within a page; End goes to its last milestone', async () => {
    const element = await inPage(syntheticFeed({ milestones: 2000, milestonesPerCommitment: 10 }), 900);
    const rows = $$(element, '.milestone');
    rows[0]!.focus();
    await sendKeys({ press: 'End' });
    expect(element.shadowRoot!.activeElement === rows.at(-1)).to.equal(true);
  });

  it('lets find-in-page find what is shown', async () => {
    const element = await inPage(syntheticFeed({ milestones: 2000, milestonesPerCommitment: 10 }), 900);
    await turnPage(element);
    const title = text($(element, '.milestone .milestone__title'));
    expect(findInPage(title)).to.equal(true);
    expect(window.getSelection()?.toString()).to.equal(title);
  });
});
