/** The chart on any page: narrow and resized boxes, reduced motion, forced colors, right-to-left pages. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEMO_FEED_URL } from '../test-support/fixtures.js';
import { $, $$, chart, settle, show, text, TODAY, translate, xOf } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> sizes, motion, colors and direction', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is accessible at 320 px', async () => {
    const element = await show(
      html`<div style="width: 320px">
        <ogp-indicator-chart
          src=${DEMO_FEED_URL}
          indicator-id="jovenes-clubes"
          dimension="ageGroup"
          today=${TODAY}
        ></ogp-indicator-chart>
      </div>`,
    );
    await expect(element).to.be.accessible();
  });

  describe('responsive', () => {
    it('fits 320 px without sideways scrolling, with readable ticks', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <ogp-indicator-chart
            src=${DEMO_FEED_URL}
            indicator-id="tiempo-respuesta"
            today=${TODAY}
          ></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      for (const node of $$(element, '*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, node.className.toString()).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      const svg = $(element, '.plot svg')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(320);
      const ticks = $$(element, '.axis--x .tick__label');
      expect(ticks.length).to.be.within(2, 5);
      const boxes = ticks.map((tick) => tick.getBoundingClientRect());
      for (let index = 1; index < boxes.length; index++) {
        expect(boxes[index]!.left, 'tick labels do not overlap').to.be.at.least(boxes[index - 1]!.right);
      }
      await expect(element).to.be.accessible();
    });

    it('redraws for its new width when its container is resized', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <ogp-indicator-chart
            src=${DEMO_FEED_URL}
            indicator-id="tiempo-respuesta"
            today=${TODAY}
          ></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      const viewBox = () => $(element, '.plot svg')!.getAttribute('viewBox');
      expect(viewBox()).to.match(/^0 0 800 /);
      wrapper.style.width = '500px';
      await settle(element);
      expect(viewBox()).to.match(/^0 0 500 /);
      const last = translate($$(element, '.plot-area .series__marker').at(-1)!);
      expect(last.x).to.be.closeTo(xOf(element, '2026-10-31'), 0.01);
    });

    it('does not animate under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '.plot') as HTMLElement).focus();
      await element.updateComplete;
      expect(getComputedStyle($(element, '.focus-mark')!).transitionDuration).to.equal('0s');
    });

    it('has forced-colors rules: system colors for marks and text, Highlight for the focus mark', async () => {
      // WTR's emulateMedia cannot force colors under Puppeteer, so this reads the rules themselves;
      // series stay apart without color by dash and marker (see "disaggregation").
      const element = await chart('pp-ejecucion-publicada');
      const rules = element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && /forced-colors: active/.test(rule.conditionText),
        )
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const declared = (selector: string, property: string) =>
        rules
          .filter((rule) => rule.selectorText.split(/,\s*/).includes(selector))
          .map((rule) => rule.style.getPropertyValue(property).trim().toLowerCase())
          .find(Boolean);
      expect(declared('.plot svg', 'forced-color-adjust')).to.equal('none');
      expect(declared('.series', '--_c')).to.equal('canvastext');
      expect(declared('.swatch', '--_c')).to.equal('canvastext');
      expect(declared('.axis text', 'fill')).to.equal('canvastext');
      expect(declared('.focus-mark__ring', 'stroke')).to.equal('highlight');
    });
  });

  describe('hostile hosts', () => {
    it('keeps its axes and labels in place on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 480px">
          <ogp-indicator-chart
            src=${DEMO_FEED_URL}
            indicator-id="pp-ejecucion-publicada"
            today=${TODAY}
          ></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      const svg = $(element, '.plot svg')!.getBoundingClientRect();
      const plotLeft = svg.left + translate($(element, '.plot-area')!).x;
      // Value labels stay left of the plot, not over it; reference labels end inside the chart.
      for (const label of $$(element, '.axis--y .tick__label')) {
        expect(label.getBoundingClientRect().right, text(label)).to.be.at.most(plotLeft + 0.5);
      }
      for (const label of $$(element, '.reference__label')) {
        const box = label.getBoundingClientRect();
        expect(box.right, text(label)).to.be.at.most(svg.right + 0.5);
        expect(box.left, text(label)).to.be.at.least(svg.left - 0.5);
      }
      await expect(element).to.be.accessible();
    });
  });
});
