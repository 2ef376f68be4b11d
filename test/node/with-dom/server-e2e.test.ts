/**
 * End to end: the real widget in Chromium, posting to the real receiver.
 * A message sent while the receiver is down is queued in the browser and
 * stored exactly once after the receiver comes back and the page reloads,
 * which then shows its reference;
 * and the form works under the strict Content Security Policy.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome } from '../../../scripts/find-chrome.js';
import { createServer } from '../../../src/server/index.js';
import { tempDir } from '../server-helpers.js';

const REPO = new URL('../../../', import.meta.url).pathname;

const page = (title: string, attributes: string) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="/dist/form.js"></script>
  </head>
  <body>
    <ogp-feedback-form ${attributes}></ogp-feedback-form>
  </body>
</html>
`;

type Receiver = Awaited<ReturnType<typeof createServer>>;

describe('the widget and the receiver, end to end', () => {
  const root = tempDir('ogp-e2e-root-');
  const dataDir = tempDir('ogp-e2e-data-');
  let browser: Browser;
  let receiver: Receiver | undefined;
  let port = 0;

  const start = async () => {
    receiver = await createServer({ root, dataDir, rateLimit: 0 });
    port = (await receiver.listen(port, '127.0.0.1')).port;
  };
  const stop = async () => {
    await receiver?.close(500);
    receiver = undefined;
  };
  const origin = () => `http://127.0.0.1:${port}`;

  before(async () => {
    mkdirSync(join(root, 'demo'));
    mkdirSync(join(root, 'dist'));
    copyFileSync(join(REPO, 'demo', 'feed.json'), join(root, 'demo', 'feed.json'));
    writeFileSync(join(root, 'demo', 'index.html'), page('Formulario', 'src="/feed.json" min-fill-seconds="0"'));
    writeFileSync(join(root, 'demo', 'strict-csp.html'), page('CSP estricta', 'src="/feed.json" min-fill-seconds="0"'));
    await build({
      entryPoints: [join(REPO, 'src', 'feedback-form', 'define.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(root, 'dist', 'form.js'),
      logLevel: 'silent',
    });
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    await start();
  });

  after(async () => {
    await browser?.close();
    await stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Fills the form in the page and presses "Enviar mensaje". */
  async function fillAndSend(tab: Page, message: string): Promise<void> {
    await tab.waitForFunction(() => document.querySelector('ogp-feedback-form')?.shadowRoot?.querySelector('form'));
    const inside = (selector: string) =>
      tab.evaluateHandle(
        (s) => document.querySelector('ogp-feedback-form')!.shadowRoot!.querySelector(s),
        selector,
      ) as Promise<import('puppeteer-core').ElementHandle<Element>>;
    await (await inside('#kind-contribution')).click();
    await (await inside('#message')).type(message);
    await (await inside('#consent')).click();
    await (await inside('button[type="submit"]')).click();
  }

  const shown = (tab: Page, selector: string) =>
    tab.waitForFunction(
      (s) => document.querySelector('ogp-feedback-form')?.shadowRoot?.querySelector(s)?.textContent?.trim(),
      { timeout: 15_000 },
      selector,
    );

  it('sends a message and shows the reference the receiver stored', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${origin()}/`);
    await fillAndSend(tab, 'Un aporte enviado de punta a punta.');
    const reference = await (await shown(tab, '[part="reference"]')).jsonValue();
    assert.match(String(reference), /^OGP-/);
    assert.equal(await receiver!.store.count(), 1);
    await tab.close();
  });

  it('queues a message while the receiver is down and stores it once after a reload', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${origin()}/`);
    await tab.waitForFunction(() => document.querySelector('ogp-feedback-form')?.shadowRoot?.querySelector('form'));
    await stop();
    await fillAndSend(tab, 'Escrito sin conexión con el servidor.');
    await shown(tab, '.result--queued');
    const waiting = await tab.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('ogp-plan-widgets');
          open.onsuccess = () => {
            const all = open.result.transaction('feedback-outbox').objectStore('feedback-outbox').getAll();
            all.onsuccess = () => resolve(all.result.map((item: { id: string }) => item.id));
          };
        }),
    );
    assert.equal(waiting.length, 1, 'the submission waits in IndexedDB');

    await start();
    const count = await receiver!.store.count();
    // The next load of a page with the widget sends it.
    await tab.reload();
    for (let i = 0; i < 100 && (await receiver!.store.count()) === count; i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.equal(await receiver!.store.count(), count + 1);
    // The reloaded page gives the reference the receiver stored, where the queued screen promised it.
    const stored = await receiver!.store.find(waiting[0]!);
    assert.match(stored?.reference ?? '', /^OGP-/);
    assert.equal(await (await shown(tab, '[part="pending"] .reference')).jsonValue(), stored?.reference);
    // More loads, and the browser coming back online: nothing doubles.
    await tab.reload();
    await tab.evaluate(() => window.dispatchEvent(new Event('online')));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await receiver!.store.count(), count + 1);
    await tab.close();
  });

  it('works under the strict Content Security Policy', async () => {
    const tab = await browser.newPage();
    const violations: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    const response = await tab.goto(`${origin()}/strict-csp.html`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /trusted-types lit-html/);
    const count = await receiver!.store.count();
    await fillAndSend(tab, 'Enviado desde la página con CSP estricta.');
    await shown(tab, '[part="reference"]');
    assert.equal(await receiver!.store.count(), count + 1);
    assert.deepEqual(violations, []);
    await tab.close();
  });
});
