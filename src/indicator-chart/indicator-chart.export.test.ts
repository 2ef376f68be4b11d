/** Downloads: the data as CSV, the chart as SVG and PNG, and a page whose CSP forbids the PNG. */
import { expect, fixture, html } from '@open-wc/testing';
import type { OgpIndicatorChart } from './indicator-chart.js';
import { indicatorCsv } from './export-csv.js';
import { chartStrings } from './indicator-chart.strings.js';
import { chart as englishChart } from '../packs/en/chart.js';
import type { Indicator } from '../shared/feed-schema.js';
import { DEMO_FEED_URL } from '../test-support/fixtures.js';
import { $, $$, chart, demoIndicator, download, settle, text } from '../test-support/indicator-chart.js';

/** A small indicator of people, with a baseline and a target, to write as CSV. */
const baseIndicator = (): Indicator => ({
  id: 'i',
  commitmentId: 'c',
  name: 'I',
  measure: 'count',
  unit: { es: 'personas', en: 'people' },
  direction: 'higher-is-better',
  baseline: { date: '2025-01-01', value: 10 },
  targets: [{ date: '2027-01-01', value: 100.5 }],
  observations: [],
});

describe('<ogp-indicator-chart> downloads', () => {
  it('is accessible', async () => {
    const element = await chart('personas-formadas');
    expect($$(element, '[part="download"]')).to.have.length(3);
    await expect(element).to.be.accessible();
  });

  it('writes the CSV exactly: header, baseline, observations by date, targets, RFC 4180 quoting', () => {
    const indicator = baseIndicator();
    indicator.observations = [
      { date: '2026-01-01', value: 30, dimensions: { territorio: 'Comuna "1", Popular' } },
      { date: '2025-06-01', value: 20 },
      { date: '2026-01-01', value: 5, dimensions: { territorio: '=HYPERLINK("x")', sex: 'Mujer' } },
    ];
    expect(indicatorCsv(indicator, 'es', 'es', chartStrings)).to.equal(
      [
        'Fecha,Tipo,territorio,Sexo,Valor (personas)',
        '2025-01-01,Línea base,,,10',
        '2025-06-01,Medición,,,20',
        '2026-01-01,Medición,"Comuna ""1"", Popular",,30',
        `2026-01-01,Medición,"'=HYPERLINK(""x"")",Mujer,5`,
        '2027-01-01,Meta,,,100.5',
        '',
      ].join('\r\n'),
    );
    expect(indicatorCsv(indicator, 'en', 'es', englishChart).split('\r\n')[0]).to.equal(
      'Date,Type,territorio,Sex,Value (people)',
    );
  });

  it('guards formulas wherever Excel in Spanish would start a cell, as every export does (src/shared/csv.ts)', () => {
    const indicator = baseIndicator();
    indicator.observations = [{ date: '2026-01-01', value: 5, dimensions: { territorio: 'Hola;=1+1;fin' } }];
    const line = indicatorCsv(indicator, 'es', 'es', chartStrings).split('\r\n')[2]!;
    expect(line).to.equal("2026-01-01,Medición,Hola;'=1+1;fin,5");
  });

  it('downloads the CSV as UTF-8 with a byte order mark', async () => {
    const element = await chart('personas-formadas');
    const file = (await download(element, 'csv'))!;
    expect(file.name).to.equal('personas-formadas.csv');
    expect(file.blob.type).to.equal('text/csv;charset=utf-8');
    expect(new Uint8Array(await file.blob.arrayBuffer())).to.deep.equal(file.bytes);
    expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(file.bytes.slice(3));
    const { indicator } = await demoIndicator('personas-formadas');
    expect(csv).to.equal(indicatorCsv(indicator, 'es', 'es', chartStrings));
    expect(csv).to.include('Corregimiento San Cristóbal');
    // Every value of the feed is there: baseline, observations, targets, and a header.
    expect(csv.trim().split('\r\n')).to.have.length(1 + 1 + indicator.observations.length + indicator.targets.length);
  });

  it('downloads the chart as a standalone SVG with its styles inline', async () => {
    const element = await chart('pp-ejecucion-publicada');
    ($(element, '.plot') as HTMLElement).focus();
    await element.updateComplete;
    const file = (await download(element, 'svg'))!;
    expect(file.name).to.equal('pp-ejecucion-publicada.svg');
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).to.equal(
      'Proyectos de Presupuesto Participativo con datos de ejecución publicados',
    );
    expect(root.querySelector('desc')!.textContent).to.match(/^Subió de 12/);
    const line = root.querySelector('.plot-area .series__line')!;
    expect(line.getAttribute('stroke')).to.equal('rgb(0, 114, 178)');
    expect(line.getAttribute('fill')).to.equal('none');
    expect(root.querySelector('.tick__label')!.getAttribute('font-size')).to.match(/px$/);
    expect(root.querySelector('.focus-mark'), 'no focus mark in the file').to.equal(null);
    // It stands alone: the title, the key and the source are written in it.
    const texts = [...root.querySelectorAll(':scope > g > text')].map((node) => node.textContent);
    expect(texts).to.deep.equal([
      'Proyectos de Presupuesto Participativo con datos de ejecución publicados',
      'Total',
      'Fuente: Secretaría de Participación Ciudadana (datos de ejemplo). Actualizado el 15 de octubre de 2026',
    ]);
  });

  it('downloads the chart as PNG', async () => {
    const element = await chart('pp-ejecucion-publicada');
    const file = (await download(element, 'png'))!;
    expect(file.name).to.equal('pp-ejecucion-publicada.png');
    expect(file.blob.type).to.equal('image/png');
    expect([...file.bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).to.equal('PNG');
  });

  it('explains, instead of breaking, when the page’s CSP forbids drawing the PNG', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="Página con img-src sin blob:"
        width="800"
        height="900"
        srcdoc=${`<!doctype html><html lang="es"><head>
          <meta http-equiv="Content-Security-Policy" content="img-src 'self' data:">
          <script type="module" src="${new URL('./define.ts', import.meta.url).pathname}"></script></head>
          <body><ogp-indicator-chart src="${DEMO_FEED_URL}" indicator-id="pp-ejecucion-publicada"></ogp-indicator-chart></body></html>`}
      ></iframe>`,
    );
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    for (let tries = 0; tries < 200 && !frameWindow.customElements?.get('ogp-indicator-chart'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const element = frameWindow.document.querySelector('ogp-indicator-chart') as OgpIndicatorChart;
    await settle(element);
    const violations: string[] = [];
    frameWindow.document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const button = $(element, 'button[data-format="png"]') as HTMLButtonElement;
    button.click();
    for (let tries = 0; tries < 100 && !button.hasAttribute('aria-disabled'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
    }
    expect(violations).to.include('img-src');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const message = $(element, '#png-message')!;
    expect(text(message)).to.equal('Esta página no permite crear la imagen PNG. Descargue el SVG o el CSV.');
    expect(button.getAttribute('aria-describedby')).to.equal('png-message');
    // The other downloads still work there.
    expect(($(element, 'button[data-format="svg"]') as HTMLButtonElement).disabled).to.equal(false);
  });
});
