/**
 * The demo gallery, demo/index.html, as a visitor uses it: every widget with
 * its snippet, a copy button that works (and says so), the English toggle,
 * and the loader's script pinned to this version.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RESERVE_STYLE, WIDGET_TAGS } from '../../src/shared/widgets.js';
import { axeInFrame, cumulativeLayoutShift, openFrame, widgetsSettled } from './frame-helpers.js';

type FrameWindow = Window & typeof globalThis;

async function openGallery(query = '') {
  const frame = await openFrame(`/demo/index.html${query}`, 'Galería de widgets');
  await widgetsSettled(frame);
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('[data-code="script"]')!.textContent!.includes('cdn.jsdelivr'),
    'no pinned snippet',
    {
      timeout: 60000,
    },
  );
  return { frame, doc, win: frame.contentWindow as FrameWindow };
}

describe('the demo gallery', function () {
  this.timeout(120000);

  it('passes axe, widgets and snippets included', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Galería"></iframe>`);
    await expect(frame).to.be.accessible();
    const gallery = await openGallery();
    expect(await axeInFrame(gallery.frame)).to.deep.equal([]);
  });

  it('shows every widget on the sample feed, each with its tag and its iframe snippet', async () => {
    const { doc } = await openGallery();
    for (const tag of WIDGET_TAGS) {
      const widget = doc.querySelector(tag)!;
      expect(widget, tag).to.exist;
      expect(widget.shadowRoot!.querySelector('.state--error'), tag).to.equal(null);
      const section = widget.closest('section')!;
      const name = tag.slice(4);
      const code = section.querySelector(`[data-code="${name}"]`)!.textContent!;
      expect(code).to.match(new RegExp(`^<${tag}\\n  src="http://[^"]+/demo/feed\\.json"`));
      expect(code.endsWith(`></${tag}>`)).to.equal(true);
      const frameCode = section.querySelector(`[data-code="${name}-iframe"]`)!.textContent!;
      expect(frameCode).to.include(`embed.html?widget=${name}&amp;src=`);
      expect(frameCode).to.include('embed-resizer.js');
    }
  });

  it('pins the loader to this version, without an integrity that would cover the loader alone, with its line of style', async () => {
    const { doc } = await openGallery();
    const [script, style, ...rest] = doc.querySelector('[data-code="script"]')!.textContent!.split('\n');
    expect(script).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/ogp-plan-widgets@\d+\.\d+\.\d+\/dist\/ogp-plan-widgets\.js"><\/script>$/,
    );
    expect(style).to.equal(`<style>${RESERVE_STYLE}</style>`);
    expect(rest).to.deep.equal([]);
  });

  it('starts with the script snippet as long as it will be, so filling it in moves nothing', async () => {
    const response = await fetch('/demo/index.html', { cache: 'no-store' });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(page.querySelector('[data-code="script"]')!.textContent!.split('\n')[1]).to.equal(
      `<style>${RESERVE_STYLE}</style>`,
    );
  });

  it('gives each tag the height it has here, once it shows its data', async () => {
    const { doc } = await openGallery();
    for (const tag of WIDGET_TAGS) {
      const widget = doc.querySelector(tag)!;
      const code = widget.closest('section')!.querySelector(`[data-code="${tag.slice(4)}"]`)!;
      const height = Math.ceil(widget.getBoundingClientRect().height);
      await waitUntil(
        () => code.textContent!.includes(`style="--ogp-loading-height: ${height}px"`),
        `${tag}: ${height}px`,
      );
    }
  });

  it('does not jump while its snippets and widgets fill in, on a desktop screen', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Galería" width="1280" height="800"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    await loaded;
    await widgetsSettled(frame);
    const shift = await cumulativeLayoutShift(frame);
    console.log(`gallery, 1280 × 800: cumulative layout shift ${shift.toFixed(3)}`);
    expect(shift).to.be.at.most(0.05);
  });

  it('copies a snippet with the Clipboard API and says so in a live region', async () => {
    const { doc, win } = await openGallery();
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const button = doc.querySelector<HTMLButtonElement>('button[data-copy="commitment"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copiar el código de «Un compromiso»');
    button.click();
    const status = doc.querySelector('[data-copy-status="commitment"]')!;
    await waitUntil(() => status.textContent === 'Código copiado.', 'no confirmation');
    expect(status.getAttribute('role')).to.equal('status');
    expect(copied).to.deep.equal([doc.querySelector('[data-code="commitment"]')!.textContent]);
  });

  it('without the Clipboard API, selects the code and tells how to copy it, or copies it', async () => {
    const { doc, win } = await openGallery();
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    doc.querySelector<HTMLButtonElement>('button[data-copy="script"]')!.click();
    const status = doc.querySelector('[data-copy-status="script"]')!;
    await waitUntil(() => status.textContent !== '', 'no message');
    expect(status.textContent).to.be.oneOf([
      'Código copiado.',
      'El código quedó seleccionado: pulse Ctrl+C (o Cmd+C) para copiarlo.',
    ]);
    expect(win.getSelection()!.toString()).to.equal(doc.querySelector('[data-code="script"]')!.textContent);
  });

  it('switches the page, the widgets and the snippets to English and back', async () => {
    const { doc, win } = await openGallery();
    const toggle = doc.getElementById('language')!;
    expect(toggle.textContent).to.equal('Read in English');
    expect(toggle.getAttribute('lang')).to.equal('en');
    toggle.click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Open government plan widgets');
    expect(toggle.textContent).to.equal('Leer en español');
    expect(toggle.getAttribute('lang')).to.equal('es');
    expect(win.location.search).to.equal('?lang=en');
    expect(doc.querySelector('button[data-copy="commitment"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Copy the code of “One commitment”',
    );
    const overview = doc.querySelector('ogp-plan-overview') as Element & { updateComplete: Promise<boolean> };
    // The widgets hear of the new lang from a MutationObserver, then wait for the English pack.
    await new Promise((resolve) => setTimeout(resolve));
    await overview.updateComplete;
    expect(overview.shadowRoot!.textContent).to.match(/Medellín['’]s First Local Open Government Action Plan/);
    expect(await axeInFrame(doc.defaultView!.frameElement as HTMLIFrameElement)).to.deep.equal([]);
    toggle.click();
    expect(doc.documentElement.lang).to.equal('es');
    expect(win.location.search).to.equal('');
  });
});
