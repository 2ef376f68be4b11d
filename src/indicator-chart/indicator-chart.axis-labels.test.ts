/**
 * The time axis's labels, measured as drawn (real text boxes, not the
 * layout's estimates): no two overlap and none leaves the chart, at a
 * phone's, a tablet's and a desktop's width (and at 1,100 px, where the
 * demo's first labels once touched: "oct 2024ene 2025"), in the browser's
 * default font and the demo page's sans-serif, in the widget and in the SVG
 * download (the PNG is drawn from that same SVG document).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpIndicatorChart } from './indicator-chart.js';
import { DEMO_FEED_URL } from '../test-support/fixtures.js';
import { $$, download, settle, TODAY, translate } from '../test-support/indicator-chart.js';

const WIDTHS = [320, 768, 1100, 1280];
/** The browser's default font, and the demo gallery's font stack (DejaVu Sans on Debian: wide). */
const FONTS = ['serif', "system-ui, 'Segoe UI', Roboto, Arial, sans-serif"];
const INDICATORS = ['pp-ejecucion-publicada', 'tiempo-respuesta', 'jovenes-clubes', 'personas-formadas'];

interface Label {
  text: string;
  left: number;
  right: number;
}

/** Each x-axis label's horizontal extent in its SVG's user space: its tick's position plus its own box. */
function labelsOf(root: ParentNode): Label[] {
  return [...root.querySelectorAll<SVGGElement>('.axis--x .tick, g[data-axis="x"] .tick')].map((tick) => {
    const label = tick.querySelector<SVGTextElement>('text')!;
    const box = label.getBBox();
    const x = translate(tick).x;
    return { text: label.textContent!, left: x + box.x, right: x + box.x + box.width };
  });
}

/** Fails naming the two labels that touch, or the one that leaves [left, right]. */
function expectApart(labels: readonly Label[], left: number, right: number, where: string): void {
  expect(labels.length, where).to.be.greaterThan(0);
  for (let index = 1; index < labels.length; index++) {
    const [before, after] = [labels[index - 1]!, labels[index]!];
    expect(after.left, `${where}: "${before.text}" and "${after.text}" overlap`).to.be.at.least(before.right);
  }
  expect(labels[0]!.left, `${where}: "${labels[0]!.text}" starts outside`).to.be.at.least(left - 0.5);
  expect(labels.at(-1)!.right, `${where}: "${labels.at(-1)!.text}" ends outside`).to.be.at.most(right + 0.5);
}

async function chartAt(width: number, font: string, id: string): Promise<OgpIndicatorChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; font-family: ${font}">
      <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id=${id} today=${TODAY}></ogp-indicator-chart>
    </div>`,
  );
  const element = wrapper.querySelector('ogp-indicator-chart')!;
  await settle(element);
  return element;
}

describe('<ogp-indicator-chart> time axis labels, as drawn', () => {
  for (const width of WIDTHS) {
    it(`never overlap at ${width} px, in the widget and in the SVG file`, async () => {
      for (const [font, id] of FONTS.flatMap((font) => INDICATORS.map((id) => [font, id] as const))) {
        const element = await chartAt(width, font, id);
        const area = $$(element, '.plot-area')[0]!;
        const svgWidth = Number(element.shadowRoot!.querySelector('.plot svg')!.getAttribute('viewBox')!.split(' ')[2]);
        const inArea = translate(area).x;
        expectApart(
          labelsOf(element.shadowRoot!).map((label) => ({
            ...label,
            left: label.left + inArea,
            right: label.right + inArea,
          })),
          0,
          svgWidth,
          `${id} at ${width} px in ${font}`,
        );

        // The downloaded SVG, drawn in the page to measure its text as a viewer would.
        const file = (await download(element, 'svg'))!;
        const holder = document.createElement('div');
        holder.innerHTML = new TextDecoder().decode(file.bytes);
        document.body.append(holder);
        try {
          const axis = holder.querySelector('.axis--x') ?? holder.querySelector('g[data-axis="x"]');
          expect(axis, 'the exported SVG keeps the x axis').to.exist;
          const labels = [...axis!.querySelectorAll<SVGGElement>(':scope > g')].map((tick) => {
            const label = tick.querySelector<SVGTextElement>('text')!;
            const box = label.getBBox();
            const x = translate(tick).x;
            return { text: label.textContent!, left: x + box.x, right: x + box.x + box.width };
          });
          expectApart(labels, -inArea, svgWidth - inArea, `${id} at ${width} px in ${font}, SVG file`);
        } finally {
          holder.remove();
        }
      }
    });
  }
});
