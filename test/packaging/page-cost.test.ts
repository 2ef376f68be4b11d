/**
 * What a page really downloads, measured in Chromium: real pages (frames
 * with the loader's script tag and some elements, in Spanish) load the CDN
 * files built fresh from the sources, served gzip at level 9 as the build's
 * .gz copies are (test/packaging/routes.js). Resource timing's
 * encodedBodySize is the bytes that came over the wire; every JavaScript
 * file the page fetched is counted, chunks and language packs included.
 * The budgets and ceilings are those of the build (src/shared/page-budgets.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { PAGE_BUDGETS, PAGE_CEILINGS } from '../../src/shared/page-budgets.js';
import { WIDGET_TAGS } from '../../src/shared/widgets.js';

type Widget = HTMLElement & { loadComplete: Promise<unknown> };

interface PageCost {
  files: string[];
  gzip: number;
}

const ATTRIBUTES: Record<string, string> = {
  'ogp-commitment': 'commitment-id="rendicion-cuentas-pp"',
  'ogp-indicator-chart': 'indicator-id="tiempo-respuesta"',
};

/** Opens a Spanish page with these tags and the loader; resolves when every element has its data. */
async function pageCost(tags: readonly string[]): Promise<PageCost> {
  const body = tags.map((tag) => `<${tag} src="/demo/feed.json" ${ATTRIBUTES[tag] ?? ''}></${tag}>`).join('\n');
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Página medida" width="1000" height="700"></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8">
    <script type="module" src="/dist/ogp-plan-widgets.js"></script></head><body>${body}</body></html>`;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  for (const tag of tags) await win.customElements.whenDefined(tag);
  await Promise.all([...win.document.querySelectorAll<Widget>(tags.join(','))].map((widget) => widget.loadComplete));
  const scripts = win.performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => new URL(entry.name).pathname.endsWith('.js'));
  for (const entry of scripts) {
    // Compressed on the wire, or the figures would be the minified size.
    expect(entry.encodedBodySize, entry.name).to.be.lessThan(entry.decodedBodySize);
  }
  return {
    files: scripts.map((entry) => new URL(entry.name).pathname),
    gzip: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('what a page downloads (JavaScript, gzip)', function () {
  // The first request builds the CDN files.
  this.timeout(90000);

  it('the loader stays within its budget', async () => {
    const response = await fetch('/dist/ogp-plan-widgets.js', { cache: 'no-store' });
    const gzip = Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength);
    expect(response.headers.get('content-encoding')).to.equal('gzip');
    console.log(`loader: ${kb(gzip)} (budget ${kb(PAGE_BUDGETS.loader)})`);
    expect(gzip).to.be.at.most(PAGE_BUDGETS.loader);
  });

  it('a Spanish page with only <ogp-plan-overview> downloads the loader, its chunk and the shared ones', async () => {
    const { files, gzip } = await pageCost(['ogp-plan-overview']);
    console.log(`overview page: ${kb(gzip)} in ${files.length} files (budget ${kb(PAGE_BUDGETS['plan-overview'])})`);
    expect(files).to.include('/dist/ogp-plan-widgets.js');
    expect(files.some((file) => /^\/dist\/chunks\/plan-overview-[0-9a-f]+\.js$/.test(file))).to.equal(true);
    const others = files.filter((file) =>
      /\/(commitment|indicator-chart|milestone-timeline|feedback-form)-/.test(file),
    );
    expect(others, 'other elements’ chunks').to.deep.equal([]);
    expect(gzip).to.be.at.most(PAGE_CEILINGS['plan-overview']);
  });

  it('a page with every element', async () => {
    const { files, gzip } = await pageCost(WIDGET_TAGS);
    console.log(`every element: ${kb(gzip)} in ${files.length} files (budget ${kb(PAGE_BUDGETS.all)})`);
    expect(gzip).to.be.at.most(PAGE_CEILINGS.all);
  });
});
