/**
 * Closing the loop, end to end in Chromium against the real receiver (per
 * store): a person asks through <ogp-feedback-form>; staff open /admin/ with
 * their token, answer, preview and publish; <ogp-feedback-answers> on
 * another page shows it, and the person's reference lookup says
 * "respondida" with the answer. A hostile submission shows as text in the
 * inbox and in the public answers, with no CSP or Trusted Types violation.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome } from '../../../scripts/find-chrome.js';
import { createServer } from '../../../src/server/index.js';
import { STORE_KINDS, freshStorage, post, submission, tempDir, type Storage } from '../server-helpers.js';

const REPO = new URL('../../../', import.meta.url).pathname;
const TOKEN = 'ana-e2e-token-0123456789abcdef';
const HOSTILE = `<img src=x onerror="window.__pwned=1">=HYPERLINK("http://evil")\u202Eabc ${'y'.repeat(2900)}`;

const page = (title: string, script: string, body: string) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="/dist/${script}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

type Receiver = Awaited<ReturnType<typeof createServer>>;

/** Text of the first element matching `selector` inside `host`'s shadow root, once it has some. */
const shadowText = (tab: Page, host: string, selector: string, includes = '') =>
  tab.waitForFunction(
    (h, s, want) => {
      const text = document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim();
      return text && text.includes(want) ? text : undefined;
    },
    { timeout: 15_000 },
    host,
    selector,
    includes,
  );

/**
 * An element inside `host`'s shadow root, once it is there. Polled: a
 * MutationObserver on the document (what waitForSelector uses) does not see
 * changes inside a shadow root.
 */
async function inside(tab: Page, host: string, selector: string) {
  await tab.waitForFunction(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s),
    { timeout: 15_000 },
    host,
    selector,
  );
  return (await tab.$(`${host} >>> ${selector}`))!;
}

for (const kind of STORE_KINDS)
  describe(`closing the loop in the browser (${kind})`, () => {
    const root = tempDir('ogp-answers-e2e-');
    let storage: Storage;
    let browser: Browser;
    let receiver: Receiver;
    let origin = '';
    const violations: string[] = [];

    before(async () => {
      for (const folder of ['demo', 'dist', 'dist/admin']) mkdirSync(join(root, folder));
      copyFileSync(join(REPO, 'demo', 'feed.json'), join(root, 'demo', 'feed.json'));
      writeFileSync(
        join(root, 'demo', 'index.html'),
        page(
          'Formulario',
          'form.js',
          '<ogp-feedback-form src="/feed.json" min-fill-seconds="0" answers-page="/respuestas.html"></ogp-feedback-form>',
        ),
      );
      writeFileSync(
        join(root, 'demo', 'respuestas.html'),
        page('Respuestas', 'answers.js', '<ogp-feedback-answers src="/feed.json"></ogp-feedback-answers>'),
      );
      const bundle = (entry: string, out: string) =>
        build({
          entryPoints: [join(REPO, entry)],
          bundle: true,
          format: 'esm',
          target: 'es2022',
          outfile: join(root, 'dist', out),
          logLevel: 'silent',
        });
      await Promise.all([
        bundle('src/feedback-form/define.ts', 'form.js'),
        bundle('src/feedback-answers/define.ts', 'answers.js'),
        bundle('inbox/staff-inbox.ts', 'admin/inbox.js'),
      ]);
      storage = await freshStorage(kind);
      receiver = await createServer({
        root,
        ...storage.options,
        rateLimit: 0,
        adminTokens: [{ label: 'ana', token: TOKEN }],
      });
      origin = (await receiver.listen(0, '127.0.0.1')).url;
      browser = await puppeteer.launch({
        executablePath: findChrome(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
    });

    after(async () => {
      await browser?.close();
      await receiver?.close(500);
      await storage?.drop();
      rmSync(root, { recursive: true, force: true });
    });

    const newTab = async () => {
      const tab = await browser.newPage();
      tab.on('console', (message) => {
        if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(message.text())) violations.push(message.text());
      });
      return tab;
    };

    /** Opens the inbox with the token, as a member of staff would. */
    async function openInbox(): Promise<Page> {
      const tab = await newTab();
      const response = await tab.goto(`${origin}/admin/`);
      assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
      assert.equal(response!.headers()['set-cookie'], undefined);
      await (await inside(tab, 'ogp-staff-inbox', '#token')).type(TOKEN);
      await (await inside(tab, 'ogp-staff-inbox', '.sign-in button')).click();
      await shadowText(tab, 'ogp-staff-inbox', '.list');
      assert.ok(!tab.url().includes(TOKEN), 'the token never goes into the URL');
      // The widgets on the same origin remember their heights (no personal data, 'ogp-plan-widgets.height:' keys);
      // the inbox itself keeps nothing.
      const kept = await tab.evaluate(() => ({
        cookie: document.cookie,
        stored: [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter(
          (key) => !key.startsWith('ogp-plan-widgets.height:'),
        ).length,
      }));
      assert.deepEqual(kept, { cookie: '', stored: 0 }, 'no cookie, and nothing stored unless asked');
      return tab;
    }

    let reference = '';

    it('a person asks through the form, and the success message offers the lookup', async () => {
      const tab = await newTab();
      await tab.goto(`${origin}/`);
      await (await inside(tab, 'ogp-feedback-form', '#kind-question')).click();
      await (
        await inside(tab, 'ogp-feedback-form', '#message')
      ).type('Soy Ana Pérez: ¿cuándo empieza la obra del parque?');
      await (await inside(tab, 'ogp-feedback-form', '#consent')).click();
      await (await inside(tab, 'ogp-feedback-form', 'button[type="submit"]')).click();
      reference = String(await (await shadowText(tab, 'ogp-feedback-form', '[part="reference"]')).jsonValue());
      assert.match(reference, /^OGP-\w{4}-\w{4}-\w{4}$/);
      const href = await tab.$eval('ogp-feedback-form >>> [part="lookup-link"]', (link) => link.getAttribute('href'));
      assert.equal(href, `${origin}/respuestas.html#referencia=${reference}`);
      await tab.close();
    });

    it('staff open the inbox with the token, answer, see the preview and publish', async () => {
      const tab = await openInbox();
      await (await inside(tab, 'ogp-staff-inbox', `[data-reference="${reference}"] button`)).click();
      await (await inside(tab, 'ogp-staff-inbox', '#answer')).type('La obra empieza en marzo de 2027.');
      await (await inside(tab, 'ogp-staff-inbox', '#public-question')).type('¿Cuándo empieza la obra del parque?');
      await (await inside(tab, 'ogp-staff-inbox', '.edit button.primary')).click();
      const preview = String(await (await shadowText(tab, 'ogp-staff-inbox', '.preview')).jsonValue());
      assert.ok(preview.includes('¿Cuándo empieza la obra del parque?'));
      assert.ok(preview.includes('La obra empieza en marzo de 2027.'));
      assert.ok(!preview.includes('Ana Pérez'), 'the preview shows the edited question, not the message');
      await (await inside(tab, 'ogp-staff-inbox', '.preview button.primary')).click();
      await shadowText(tab, 'ogp-staff-inbox', '.notice', 'Publicada.');
      const audit = await receiver.store.auditTrail(reference);
      assert.deepEqual(
        audit.map((entry) => entry.actor),
        ['ana'],
      );
      await tab.close();
    });

    it('<ogp-feedback-answers> on another page shows it, and the reference lookup says "respondida"', async () => {
      const tab = await newTab();
      await tab.goto(`${origin}/respuestas.html#referencia=${reference}`);
      const list = String(await (await shadowText(tab, 'ogp-feedback-answers', '[part="answers"]')).jsonValue());
      assert.ok(list.includes('¿Cuándo empieza la obra del parque?'));
      assert.ok(list.includes('La obra empieza en marzo de 2027.'));
      assert.ok(!list.includes('Ana Pérez'));
      const result = await shadowText(tab, 'ogp-feedback-answers', '[part="lookup-result"]', 'respondida');
      const text = String(await result.jsonValue());
      assert.ok(text.includes(`Su mensaje ${reference} está: respondida.`), text);
      assert.ok(text.includes('La obra empieza en marzo de 2027.'));
      await tab.close();
    });

    it('shows a hostile submission as text in the inbox and in the public answers', async () => {
      const hostile = (await post(origin, submission({ message: HOSTILE }))).json.reference as string;
      await receiver.store.changeAnswer(hostile, { publicQuestion: HOSTILE, answer: HOSTILE, published: true }, 'test');
      const inbox = await openInbox();
      const row = await inbox.$eval(`ogp-staff-inbox >>> [data-reference="${hostile}"] .text`, (node) => ({
        text: node.textContent,
        images: node.querySelectorAll('img').length,
      }));
      assert.deepEqual(row, { text: HOSTILE, images: 0 });
      const answers = await newTab();
      await answers.goto(`${origin}/respuestas.html`);
      await shadowText(answers, 'ogp-feedback-answers', '[part="answers"]', 'HYPERLINK');
      const shown = await answers.$$eval('ogp-feedback-answers >>> [part="answer"] bdi', (nodes) =>
        nodes.map((node) => node.textContent),
      );
      assert.ok(shown.filter((text) => text === HOSTILE).length === 2);
      assert.equal(await answers.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
      assert.equal(await inbox.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
      assert.deepEqual(violations, []);
      await inbox.close();
      await answers.close();
    });
  });
