/**
 * Every widget on a host page whose CSS aims at the element itself, as
 * content-system themes do: such rules beat the widget's own :host rules.
 * The widget must stay readable, keep its layout at 320 px and pass axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import { DEMO_TODAY } from '../src/examples/index.js';
import { WIDGETS, type WidgetName } from '../src/shared/widgets.js';
import { loadDemoFeed } from '../src/test-support/fixtures.js';

/** What the widgets that show one item of the sample feed are given to choose it. */
const CHOSEN: Partial<Record<WidgetName, string>> = {
  commitment: 'commitment-id="rendicion-cuentas-pp"',
  'indicator-chart': 'indicator-id="tiempo-respuesta"',
};

const HOSTILE_THEME = `
  .hostile-page > * { display: inline; color: #ffffff; background: #111111; line-height: 0; letter-spacing: 0.3em;
    text-transform: uppercase; text-align: right; white-space: nowrap; }
  * { box-sizing: content-box !important; }
`;

describe('widgets on a page whose theme styles the element itself', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_THEME;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const { name, tag } of WIDGETS) {
    const attributes = CHOSEN[name] ?? '';
    it(`<${tag}> stays readable and fits 320 px`, async () => {
      const feed = await loadDemoFeed();
      const page = await fixture<HTMLDivElement>(
        html`<div class="hostile-page" style="width: 320px">
          ${staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} today=${DEMO_TODAY}></${unsafeStatic(tag)}>`}
        </div>`,
      );
      const element = page.firstElementChild as PlanFeedElement;
      element.feed = feed;
      await element.loadComplete;
      const top = element.shadowRoot!.firstElementChild!;
      const styles = getComputedStyle(top);
      expect(styles.color, 'text colour').to.not.equal('rgb(255, 255, 255)');
      expect(styles.lineHeight, 'line height').to.not.equal('0px');
      expect(page.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      await expect(element).to.be.accessible();
    });
  }
});
