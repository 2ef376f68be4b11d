/**
 * The loader, dist/ogp-plan-widgets.js as the build writes it (built fresh
 * from the sources by test/packaging/routes.js), on this test page: it
 * defines each element when the page first shows one, wherever it appears,
 * keeps properties set before the definition, and preloads on request.
 * Definitions are global to the page, so each case uses its own tag.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_TODAY } from '../../src/examples/index.js';
import { loadDemoFeed } from '../../src/test-support/fixtures.js';
import { WIDGET_TAGS } from '../../src/shared/widgets.js';

interface LoaderModule {
  preload(tags: Iterable<string>): Promise<void>;
  widgetTags: readonly string[];
}

type Widget = HTMLElement & { loadComplete: Promise<unknown>; feed: unknown };

const LOADER = '/dist/ogp-plan-widgets.js';

/** The element chunks this page has downloaded so far. */
const chunksLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'));

describe('the loader (dist/ogp-plan-widgets.js)', function () {
  // The first request builds the CDN files.
  this.timeout(90000);
  let loader: LoaderModule;
  let overview: Widget;

  before(async () => {
    // Already in the document when the loader runs, as a page's markup is.
    overview = document.createElement('ogp-plan-overview') as Widget;
    overview.setAttribute('src', '/demo/feed.json');
    overview.setAttribute('today', DEMO_TODAY);
    document.body.append(overview);
    loader = (await import(/* @vite-ignore */ LOADER)) as LoaderModule;
  });

  it('defines the elements in the document when it loads, and only those', async () => {
    await customElements.whenDefined('ogp-plan-overview');
    await overview.loadComplete;
    expect(overview.shadowRoot!.textContent).to.include('Plan de Acción');
    expect(chunksLoaded().some((path) => /^\/dist\/chunks\/plan-overview-[0-9a-f]+\.js$/.test(path))).to.equal(true);
    expect(chunksLoaded().some((path) => /indicator-chart|feedback-form/.test(path))).to.equal(false);
    expect(customElements.get('ogp-indicator-chart')).to.equal(undefined);
    expect(loader.widgetTags).to.deep.equal(WIDGET_TAGS);
  });

  it('keeps a feed set on an element created before its chunk arrived', async () => {
    expect(customElements.get('ogp-commitment')).to.equal(undefined);
    const element = document.createElement('ogp-commitment') as Widget;
    element.feed = await loadDemoFeed();
    element.setAttribute('commitment-id', 'clubes-juveniles');
    element.setAttribute('today', DEMO_TODAY);
    document.body.append(element);
    await customElements.whenDefined('ogp-commitment');
    expect(element).to.be.instanceOf(customElements.get('ogp-commitment')!);
    await element.loadComplete;
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.include('juvenil');
    element.remove();
  });

  it('finds a tag cloned from a template into a shadow root attached after it loaded', async () => {
    const template = document.createElement('template');
    template.innerHTML = `<ogp-milestone-timeline src="/demo/feed.json" today="${DEMO_TODAY}"></ogp-milestone-timeline>`;
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    root.append(template.content.cloneNode(true));
    await customElements.whenDefined('ogp-milestone-timeline');
    const timeline = root.querySelector('ogp-milestone-timeline') as Widget;
    await timeline.loadComplete;
    expect(timeline.shadowRoot!.textContent!.trim()).not.to.equal('');
    host.remove();
  });

  it('finds a tag a script writes as markup inside an element of the page', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.innerHTML = `<ogp-indicator-chart src="/demo/feed.json" indicator-id="tiempo-respuesta"></ogp-indicator-chart>`;
    await customElements.whenDefined('ogp-indicator-chart');
    const chart = box.firstElementChild as Widget;
    await chart.loadComplete;
    expect(chart.shadowRoot!.querySelector('svg')).to.exist;
    box.remove();
  });

  it('preloads chosen tags before any is on the page, ignoring unknown ones', async () => {
    expect(customElements.get('ogp-feedback-form')).to.equal(undefined);
    await loader.preload(['ogp-feedback-form', 'ogp-no-such-widget']);
    expect(customElements.get('ogp-feedback-form')).to.be.a('function');
    expect(document.querySelector('ogp-feedback-form')).to.equal(null);
  });

  it('is harmless when loaded a second time', async () => {
    const second = (await import(/* @vite-ignore */ `${LOADER}?copia=2`)) as LoaderModule;
    expect(second.preload).not.to.equal(loader.preload);
    await second.preload(['ogp-plan-overview', 'ogp-commitment']);
    const element = document.createElement('ogp-commitment') as Widget;
    element.setAttribute('src', '/demo/feed.json');
    element.setAttribute('commitment-id', 'clubes-juveniles');
    document.body.append(element);
    await waitUntil(() => element.shadowRoot, 'not upgraded');
    await element.loadComplete;
    element.remove();
  });
});
