import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { countFormattedDates, loadDemoFeed } from '../test-support/fixtures.js';
import { TIMELINE_PAGE_SIZE } from './milestone-timeline.js';
import { $, $$, DEMO, inPage, settle, show, text, TODAY, wide } from '../test-support/milestone-timeline.js';

describe('<ogp-milestone-timeline> keyboard', () => {
  it('is one tab stop; the arrows, Home and End move between milestones', async () => {
    const element = await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`);
    const rows = $$(element, '.milestone');
    expect(rows.filter((row) => row.tabIndex === 0)).to.have.length(1);
    rows[0]!.focus();
    const focused = () => element.shadowRoot!.activeElement as HTMLElement;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(rows[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(rows[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(rows[1]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(rows.at(-1));
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(rows[0]);
    await element.updateComplete;
    expect(rows.filter((row) => row.tabIndex === 0)).to.deep.equal([rows[0]]);
    // From a milestone, Tab reaches its evidence link, whose keys stay its own.
    await sendKeys({ press: 'Tab' });
    expect(focused().getAttribute('part')).to.equal('evidence');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused().getAttribute('part')).to.equal('evidence');
  });

  it('remembers the last milestone focused as the tab stop', async () => {
    const element = await wide();
    const rows = $$(element, '.milestone');
    rows[3]!.focus();
    await element.updateComplete;
    expect(rows.filter((row) => row.tabIndex === 0)).to.deep.equal([rows[3]]);
  });

  it('moves through a page of 300 commitments without redrawing every milestone on each key', async () => {
    const feed = await loadDemoFeed();
    const [first] = feed.commitments;
    feed.commitments = Array.from({ length: 300 }, (_, index) => ({ ...first, id: `c${index}`, indicatorIds: [] }));
    feed.indicators = [];
    const element = await inPage(feed, 900);
    const rows = $$(element, '.milestone');
    // The page holds 100 of the 1,500 milestones; the others are a page away (milestone-timeline.scale.test.ts).
    expect(rows).to.have.length(TIMELINE_PAGE_SIZE);
    expect(text($(element, '[part="summary"]'))).to.match(/^1500 hitos/);
    rows[0]!.focus();
    // Each milestone formats its dates: counting formatted dates shows what a key press redraws.
    const formatted = await countFormattedDates(async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      await element.updateComplete;
    });
    // Compared as booleans and indexes: a failing comparison of elements hangs while chai prints them.
    expect(element.shadowRoot!.activeElement === rows.at(-1), 'the last milestone has the focus').to.equal(true);
    expect(rows.flatMap((row, index) => (row.tabIndex === 0 ? [index] : []))).to.deep.equal([rows.length - 1]);
    expect(formatted).to.be.below(20);
  });

  describe('when a new feed comes', () => {
    it('keeps the keyboard on a milestone when a new feed drops the focused one', async () => {
      const feed = await loadDemoFeed();
      const element = await inPage(feed, 900);
      const rows = $$(element, '.milestone');
      rows.at(-1)!.focus();
      const fewer = structuredClone(feed);
      fewer.commitments.at(-1).milestones = [];
      element.feed = fewer;
      await settle(element);
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused?.classList.contains('milestone')).to.equal(true);
      expect($$(element, '.milestone').filter((row) => row.tabIndex === 0)).to.deep.equal([focused]);
    });
  });
});
