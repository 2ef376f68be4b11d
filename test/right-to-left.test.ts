/**
 * Every widget on a right-to-left page (dir="rtl"): text starts on the
 * right, paddings and the chevrons follow the direction, and nothing sticks
 * out of the widget's box. Time axes keep running left to right (see the
 * chart's and the timeline's styles).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import { DEMO_TODAY } from '../src/examples/index.js';
import { DEMO_FEED_URL } from '../src/test-support/fixtures.js';

type Widget = PlanFeedElement & HTMLElement;

const box = (element: Element) => element.getBoundingClientRect();
const $ = <T extends Element = HTMLElement>(widget: Element, selector: string) =>
  widget.shadowRoot!.querySelector<T>(selector)!;

/** Where the text of `element` starts and ends on screen. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Out of the page's flow on purpose (the form's honeypot is fixed far off screen). */
function fixed(element: Element | null): boolean {
  for (let each = element; each; each = each.parentElement) {
    if (getComputedStyle(each).position === 'fixed') return true;
  }
  return false;
}

/** Boxes in the widget's shadow root that stick out of the widget, left or right (a wide table scrolls in its box). */
function outside(widget: Element): string[] {
  const host = box(widget);
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .filter((element) => !fixed(element) && !element.closest('.table-wrap > table'))
    .filter((element) => {
      const { left, right, width } = box(element);
      return width > 0 && (left < host.left - 1 || right > host.right + 1);
    })
    .map((element) => `${element.localName}.${element.getAttribute('class') ?? ''}`);
}

const page = () =>
  fixture<HTMLElement>(
    html`<main dir="rtl" lang="es" style="width: 640px">
      <ogp-plan-overview src=${DEMO_FEED_URL} today=${DEMO_TODAY}></ogp-plan-overview>
      <ogp-commitment src=${DEMO_FEED_URL} commitment-id="rendicion-cuentas-pp" today=${DEMO_TODAY}></ogp-commitment>
      <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="jovenes-clubes"></ogp-indicator-chart>
      <ogp-milestone-timeline src=${DEMO_FEED_URL} today=${DEMO_TODAY}></ogp-milestone-timeline>
      <ogp-feedback-form src=${DEMO_FEED_URL} endpoint="/__test/feedback/rtl"></ogp-feedback-form>
    </main>`,
  );

describe('a right-to-left page', () => {
  it('starts every widget’s title on the right, and keeps every box inside the widget', async () => {
    const main = await page();
    const widgets = [...main.children] as Widget[];
    await Promise.all(widgets.map((widget) => widget.loadComplete));
    for (const widget of widgets) {
      const title = $(widget, '[part="title"]');
      const gap = box(widget).right - textBox(title).right;
      expect(gap, `<${widget.localName}>'s title from the right edge`).to.be.within(0, 24);
      expect(box(widget).right - textBox(title).left, `<${widget.localName}>'s title`).to.be.greaterThan(0);
      expect(outside(widget), `boxes of <${widget.localName}> outside it`).to.deep.equal([]);
      await expect(widget).to.be.accessible();
    }
  });

  it('mirrors the chevrons while closed, and turns them down when open', async () => {
    const main = await page();
    const overview = main.querySelector<Widget>('ogp-plan-overview')!;
    const chart = main.querySelector<Widget>('ogp-indicator-chart')!;
    await Promise.all([overview.loadComplete, chart.loadComplete]);
    const mirrored = 'matrix(-1, 0, 0, 1, 0, 0)';
    const toggle = $<HTMLButtonElement>(overview, '[part="toggle"]');
    expect(getComputedStyle($(overview, '.toggle__icon')).transform).to.equal(mirrored);
    const tableToggle = $<HTMLButtonElement>(chart, '.actions button[aria-expanded]');
    expect(getComputedStyle(tableToggle.querySelector('svg')!).transform).to.equal(mirrored);

    toggle.click();
    tableToggle.click();
    await Promise.all([overview.updateComplete, chart.updateComplete]);
    // The transition is 150 ms: its end value is what counts.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const down = /^matrix\(0, 1, -1, 0, 0, 0\)$|^matrix\(6\.1\d*e-17, 1, -1, 6\.1\d*e-17, 0, 0\)$/;
    expect(getComputedStyle($(overview, '.toggle__icon')).transform).to.match(down);
    expect(getComputedStyle(tableToggle.querySelector('svg')!).transform).to.match(down);
  });

  it('pads the data table and the status marks on the side where text starts', async () => {
    const main = await page();
    const chart = main.querySelector<Widget>('ogp-indicator-chart')!;
    const overview = main.querySelector<Widget>('ogp-plan-overview')!;
    await Promise.all([chart.loadComplete, overview.loadComplete]);
    $<HTMLButtonElement>(chart, '.actions button[aria-expanded]').click();
    await chart.updateComplete;
    const cell = $(chart, '.table-wrap th');
    const style = getComputedStyle(cell);
    expect([style.paddingRight, style.paddingLeft], 'a cell: no padding where its text starts').to.deep.equal([
      '0px',
      `${0.75 * parseFloat(style.fontSize)}px`,
    ]);
    expect(box(cell).right - textBox(cell).right).to.be.below(1);
    // The first column sits on the right.
    const row = [...cell.parentElement!.children];
    expect(box(row[0]!).left).to.be.greaterThan(box(row.at(-1)!).left);

    const status = getComputedStyle($(overview, '.status'));
    expect(parseFloat(status.paddingRight)).to.be.below(parseFloat(status.paddingLeft));
    const legend = $(chart, '.choices legend');
    const fieldset = legend.parentElement!;
    if (getComputedStyle(fieldset).display !== 'none') {
      expect(box(fieldset).right - box(legend).right, 'the legend of the choices starts on the right').to.be.below(2);
    }
  });
});
