/**
 * The built Storybook (storybook-static/, from `npm run build-storybook`), as
 * a designer opens it: its index lists every widget and the composed page;
 * a built story renders in a host page's font, not Times; and the controls
 * fit each attribute (ids chosen from the sample feed, colours with a colour
 * picker, each attribute listed once, under the name a page writes).
 * Run by .ci/run after the Storybook build: `npm run test:storybook`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import sirv from 'sirv';
import { findChrome } from '../../scripts/find-chrome.js';
import { WIDGETS } from '../../src/shared/widgets.js';

const STATIC = new URL('../../storybook-static/', import.meta.url).pathname;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  importPath: string;
  type: 'story' | 'docs';
}

interface ArgTypeSeen {
  /** A control's kind: written as a string or as `{ type }`. */
  control?: string | { type?: string } | false;
  options?: unknown[];
  table?: { category?: string };
}

describe('the built Storybook', { skip: !existsSync(STATIC) && 'run `npm run build-storybook` first' }, () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  before(async () => {
    const serve = sirv(STATIC, { dev: false });
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.writeHead(404).end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  const entries = (): IndexEntry[] =>
    Object.values(
      (JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
    );

  /** A built story, opened as Storybook's preview frame opens it, once its widgets have rendered. */
  async function openStory(id: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((node) =>
        node.localName.startsWith('ogp-'),
      );
      return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector('h1, h2, h3, h4'));
    });
    return page;
  }

  const storyId = (title: string, name?: string) => {
    const found = entries().find(
      (entry) => entry.type === 'story' && entry.title === title && (!name || entry.name === name),
    );
    assert.ok(found, `no story "${name ?? ''}" under "${title}" in index.json`);
    return found.id;
  };

  it('lists every widget and the page composed of them', () => {
    const stories = entries().filter((entry) => entry.type === 'story');
    for (const widget of WIDGETS) {
      const own = stories.filter((entry) => entry.importPath === `./src/${widget.name}/${widget.name}.stories.ts`);
      assert.ok(own.length >= 3, `${widget.tag} has ${own.length} stories`);
    }
    assert.ok(
      stories.some((entry) => entry.title === 'Scenarios/Página completa'),
      'no composed-page story',
    );
  });

  it('renders a story in a host page font, not the browser default', async () => {
    const page = await openStory(storyId('Widgets/Commitment', 'Ready'));
    const font = await page.evaluate(() => {
      const heading = document.querySelector('ogp-commitment')!.shadowRoot!.querySelector('h2, h3')!;
      return getComputedStyle(heading).fontFamily;
    });
    assert.doesNotMatch(font, /^"?Times/i);
    assert.match(font, /system-ui|sans-serif/);
    await page.close();
  });

  it('renders the composed page with every widget under the host page headings', async () => {
    const page = await openStory(storyId('Scenarios/Página completa'));
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .map((node) => node.localName)
        .filter((name) => name.startsWith('ogp-')),
    );
    assert.deepEqual(new Set(tags), new Set(WIDGETS.map((widget) => widget.tag)));
    await page.close();
  });

  it('gives each attribute one control of its kind', async () => {
    const page = await openStory(storyId('Widgets/Commitment', 'Ready'));
    const argTypes = await page.evaluate(
      async (id) => {
        const preview = (
          window as unknown as {
            __STORYBOOK_PREVIEW__: {
              loadStory(o: { storyId: string }): Promise<{ argTypes: Record<string, unknown> }>;
            };
          }
        ).__STORYBOOK_PREVIEW__;
        return (await preview.loadStory({ storyId: id })).argTypes;
      },
      storyId('Widgets/Commitment', 'Ready'),
    );
    const seen = argTypes as Record<string, ArgTypeSeen>;
    const control = (name: string) => {
      const written = seen[name]?.control;
      return typeof written === 'object' && written ? written.type : written || undefined;
    };

    assert.equal(control('commitment-id'), 'select');
    assert.ok(seen['commitment-id']!.options!.includes('clubes-juveniles'), 'ids come from the sample feed');
    assert.equal(seen.commitmentId, undefined, 'commitment-id is listed once');
    assert.equal(control('src'), 'text');
    assert.equal(control('today'), 'text');
    assert.equal(control('heading-level'), 'select');
    assert.equal(control('hide-title'), 'boolean');
    assert.equal(control('--ogp-color-accent'), 'color');
    assert.equal(seen['--ogp-color-accent']!.table?.category, 'css custom properties');
    const nonColours = Object.keys(seen).filter((name) => name.startsWith('--ogp-') && !name.includes('color'));
    assert.ok(nonColours.length > 0);
    for (const name of nonColours) assert.equal(control(name), 'text', name);
    await page.close();
  });

  it('applies a control to the element as a page would write it', async () => {
    const id = storyId('Widgets/Indicator chart', 'Line');
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&args=type:bar;--ogp-color-accent:!hex(b00020)`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => document.querySelector('ogp-indicator-chart')?.shadowRoot?.querySelector('svg'));
    const written = await page.evaluate(() => {
      const chart = document.querySelector<HTMLElement>('ogp-indicator-chart')!;
      return { type: chart.getAttribute('type'), accent: chart.style.getPropertyValue('--ogp-color-accent') };
    });
    assert.deepEqual(written, { type: 'bar', accent: '#b00020' });
    await page.close();
  });
});
