/**
 * The CDN bundle on demo/strict-csp.html, served (by the test server, like
 * the receiver) with the strict Content-Security-Policy of src/shared/csp.ts:
 * no inline script or style, no eval, Trusted Types with only 'lit-html'.
 * /dist/ogp-plan-widgets.js is built fresh from the sources for this run
 * (test/packaging/routes.js). The page reports through postMessage from its
 * own module script (demo/strict-csp.js); violations and uncaught errors are
 * recorded from the first line of the page (demo/csp-watch.js).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { STRICT_CSP } from '../../src/shared/csp.js';
import { WIDGET_TAGS } from '../../src/shared/widgets.js';

interface PageReport {
  widgets: { tag: string; state: string; drawing: { timeTicks: number; valueTicks: number; lines: number } }[];
  secondCopy?: { loaded: boolean; separate: boolean };
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  trustedTypes: boolean;
}

const PAGE = '/demo/strict-csp.html';

/** Opens the page in a frame and waits for its report. */
async function openPage(query = ''): Promise<{ frame: HTMLIFrameElement; report: PageReport }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Página de prueba con CSP estricta" width="800" height="600"></iframe>`,
  );
  const report = new Promise<PageReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from ${PAGE}${query}`)), 80000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'ogp-strict-csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data.result as PageReport);
    });
  });
  frame.src = `${PAGE}${query}`;
  return { frame, report: await report };
}

describe('the bundle under a strict Content-Security-Policy', function () {
  // The first request builds the bundle (rollup and terser, a few seconds).
  this.timeout(90000);

  it('is served in an accessible frame with the strict policy header', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Página con CSP estricta"></iframe>`);
    await expect(frame).to.be.accessible();
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect(STRICT_CSP).to.include("require-trusted-types-for 'script'");
    expect(STRICT_CSP).not.to.include('unsafe-inline');
    const page = await response.text();
    // Nothing inline on the page itself: every script has a src, no style element or attribute.
    expect(page).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(page).not.to.match(/<style|\sstyle=/i);
    expect(page).not.to.match(/\son[a-z]+=/i);
  });

  it('renders every widget with its data, with no violation and no error', async () => {
    const { frame, report } = await openPage();
    expect(report.trustedTypes, 'Trusted Types supported by this browser').to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.widgets.map((widget) => widget.tag)).to.have.members([...WIDGET_TAGS]);
    for (const widget of report.widgets) expect(widget.state, widget.tag).to.equal('listo');
    // The bundle's maths (axis ticks, line paths) work in the minified build, not only in the sources.
    const chart = report.widgets.find((widget) => widget.tag === 'ogp-indicator-chart')!;
    expect(chart.drawing.timeTicks, 'time ticks').to.be.greaterThan(1);
    expect(chart.drawing.valueTicks, 'value ticks').to.be.greaterThan(1);
    expect(chart.drawing.lines, 'line paths').to.be.greaterThan(0);
    const timeline = report.widgets.find((widget) => widget.tag === 'ogp-milestone-timeline')!;
    expect(timeline.drawing.timeTicks, 'timeline ticks').to.be.greaterThan(1);

    // The policy is enforced, not only sent: a string into innerHTML and eval are refused.
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    expect(() => {
      frameWindow.document.body.innerHTML = '<img src=x onerror=alert(1)>';
    }).to.throw(/TrustedHTML/);
    expect(() => frameWindow.eval('1 + 1')).to.throw(/unsafe-eval|Content Security Policy/);
  });

  it('loads the bundle twice in one page without an error, and every widget still works', async () => {
    const { report } = await openPage('?twice=1');
    expect(report.secondCopy).to.deep.equal({ loaded: true, separate: true });
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.widgets.map((widget) => widget.tag)).to.have.members([...WIDGET_TAGS]);
    for (const widget of report.widgets) expect(widget.state, widget.tag).to.equal('listo');
  });
});
