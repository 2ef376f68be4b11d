/**
 * The iframe fallback, demo/embed.html with its script src/embed/embed.ts,
 * and the parent page's resizer, src/embed/embed-resizer.ts (both served as
 * the build writes them, /dist/embed/*.js): one widget from the query string
 * (checked), its height reported by postMessage, a "Fuente" link to the
 * plan's page, and only trusted height messages acted on.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEMO_TODAY } from '../../src/examples/index.js';

const EMBED = '/demo/embed.html';
const PLAN_PAGE = 'https://www.opengovpartnership.org/members/medellin-colombia/';

interface HeightMessage {
  type: 'ogp-embed-height';
  height: number;
  id: string;
}

/** Opens embed.html with these parameters; resolves once the frame reports a height above `min`. */
async function openEmbed(query: Record<string, string>, min = 0) {
  const heights: HeightMessage[] = [];
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Widget insertado" width="700"></iframe>`);
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'ogp-embed-height') heights.push(event.data);
  };
  window.addEventListener('message', onMessage);
  frame.src = `${EMBED}?${new URLSearchParams(query)}`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => heights.some((message) => message.height > min), 'no height report', { timeout: 60000 });
  // Still listening: the frame reports again whenever the widget grows (the listener only reads its own frame).
  return { frame, doc, heights };
}

/** A frame document that reports a height, as embed.html does. */
const reporter = (height: number) =>
  `<script>parent.postMessage({ type: 'ogp-embed-height', height: ${height}, id: '' }, '*')</script>`;

/**
 * axe on what embed.html adds around the widget (the widget has its own tests).
 * The embed enforces Trusted Types, which rightly refuses to load axe inside
 * it, so its markup is checked here, in a copy.
 */
async function expectEmbedAccessible(doc: Document): Promise<void> {
  const copy = await fixture<HTMLDivElement>(html`<div lang=${doc.documentElement.lang}></div>`);
  for (const node of [doc.querySelector('main')!, doc.getElementById('source')!]) {
    const clone = node.cloneNode(true) as Element;
    clone.querySelectorAll('*').forEach((element) => element.localName.startsWith('ogp-') && element.remove());
    copy.append(clone);
  }
  await expect(copy).to.be.accessible();
}

async function loadResizer(): Promise<void> {
  if (document.querySelector('script[data-test-resizer]')) return;
  const script = document.createElement('script');
  script.src = '/dist/embed/embed-resizer.js';
  script.dataset.testResizer = '';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  document.head.append(script);
  await loaded;
}

describe('the iframe fallback (embed.html)', function () {
  // The first request builds the bundle.
  this.timeout(90000);

  it('is an accessible frame that renders one widget and reports its height with its id', async () => {
    const { frame, doc, heights } = await openEmbed(
      {
        widget: 'commitment',
        src: '/demo/feed.json',
        'commitment-id': 'clubes-juveniles',
        id: 'c-1',
        today: DEMO_TODAY,
      },
      300,
    );
    await expect(frame).to.be.accessible();
    const widget = doc.querySelector('ogp-commitment')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('[part="title"]'), 'the commitment did not render');
    expect(widget.shadowRoot!.querySelector('[part="title"]')!.textContent).to.include('juvenil');
    await (widget as Element & { loadComplete: Promise<void> }).loadComplete;
    await expectEmbedAccessible(doc);
    // The height is reported after layout (a ResizeObserver), a frame after the last render (the count of answers).
    const pageHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitUntil(() => heights.at(-1)?.height === pageHeight(), 'the last height reported is not the page’s');
    expect(heights.at(-1)!.id).to.equal('c-1');
  });

  it('links "Fuente" to the plan page from the feed, in a new tab', async () => {
    const { doc } = await openEmbed({ widget: 'plan-overview', src: '/demo/feed.json', id: 'p' }, 300);
    const source = doc.getElementById('source')!;
    await waitUntil(() => !source.hidden, 'no source line');
    expect(source.textContent).to.match(/^Fuente: Primer Plan de Acción Local/);
    const link = source.querySelector('a')!;
    expect(link.href).to.equal(PLAN_PAGE);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('speaks the language of its lang parameter', async () => {
    const { doc } = await openEmbed({ widget: 'plan-overview', src: '/demo/feed.json', lang: 'en' }, 300);
    expect(doc.documentElement.lang).to.equal('en');
    const source = doc.getElementById('source')!;
    await waitUntil(() => !source.hidden, 'no source line');
    expect(source.textContent).to.match(/^Source: Medellín’s First|^Source: Medellín's First/);
  });

  it('passes only the known parameters of the widget as attributes', async () => {
    const { doc } = await openEmbed({
      widget: 'feedback-form',
      src: '/demo/feed.json',
      endpoint: 'https://evil.example/steal',
      'controller-name': 'Impostor',
      onclick: 'alert(1)',
      'commitment-id': 'x',
    });
    const form = doc.querySelector('ogp-feedback-form')!;
    expect(form.getAttributeNames().sort()).to.deep.equal(['src', 'style']);
    // The style is the embed's own: one screen, fixed at the frame's first height (see embed.ts).
    expect(form.getAttribute('style')).to.match(/^--_ogp-screen: \d+px;$/);
  });

  it('refuses a widget that is not one of the five, naming it, and renders nothing', async () => {
    const { doc } = await openEmbed({ widget: '<img src=x onerror=alert(1)>', src: '/demo/feed.json' });
    const alert = doc.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).to.equal(null);
    expect(doc.querySelector('main')!.children).to.have.length(1);
    await expectEmbedAccessible(doc);
  });

  it('refuses a feed address that is not http(s) or relative', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', '']) {
      const { doc } = await openEmbed({ widget: 'commitment', src, 'commitment-id': 'clubes-juveniles' });
      expect(doc.querySelector('[role="alert"]')!.textContent, src).to.include('src');
      expect(doc.querySelector('ogp-commitment'), src).to.equal(null);
    }
  });
});

describe('embed-resizer.js', function () {
  this.timeout(90000);

  it('resizes the iframe to the height its embed reports', async () => {
    await loadResizer();
    const { frame, heights } = await openEmbed({ widget: 'plan-overview', src: '/demo/feed.json', id: 'r' }, 300);
    await waitUntil(() => frame.style.height === `${heights.at(-1)!.height}px`, 'the iframe was not resized');
    await expect(frame).to.be.accessible();
  });

  it('ignores height messages from other windows, other origins and absurd heights', async () => {
    await loadResizer();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Vacío" src="about:blank"></iframe>`);
    // From this page, not from the frame.
    window.postMessage({ type: 'ogp-embed-height', height: 321, id: '' }, '*');
    // From a sandboxed frame: its origin is opaque ("null"), not the frame's address.
    const sandboxed = await fixture<HTMLIFrameElement>(
      html`<iframe title="Aislado" sandbox="allow-scripts" .srcdoc=${reporter(654)}></iframe>`,
    );
    // From a same-origin frame, but with a height no page has.
    const huge = await fixture<HTMLIFrameElement>(html`<iframe title="Enorme" .srcdoc=${reporter(1e9)}></iframe>`);
    // The same message, sensible and from a same-origin frame, is obeyed: the checks above are what refused.
    const honest = await fixture<HTMLIFrameElement>(html`<iframe title="Honesto" .srcdoc=${reporter(222)}></iframe>`);
    await waitUntil(() => honest.style.height === '222px', 'the honest frame was not resized');
    await aTimeout(100);
    expect(frame.style.height).to.equal('');
    expect(sandboxed.style.height).to.equal('');
    expect(huge.style.height).to.equal('');
  });
});
