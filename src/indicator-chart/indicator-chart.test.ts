import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { OgpIndicatorChart } from './indicator-chart.js';
import { indicatorCsv } from './export-csv.js';
import type { Indicator } from '../shared/feed-schema.js';
import { formatDate, formatValue } from '../shared/format.js';
import { countFormattedDates, loadDemoFeed, serveFeed, uniqueUrl } from '../test-support/fixtures.js';

const TODAY = '2026-11-27';
const DEMO = '/demo/feed.json';

/** Waits until the chart has loaded, measured its plot and drawn it. */
async function settle(element: OgpIndicatorChart): Promise<void> {
  await element.loadComplete;
  await nextFrame();
  while (!(await element.updateComplete));
}

async function show(template: ReturnType<typeof html>): Promise<OgpIndicatorChart> {
  const found = await fixture<HTMLElement>(template);
  const element = (
    found.localName === 'ogp-indicator-chart' ? found : found.querySelector('ogp-indicator-chart')
  ) as OgpIndicatorChart;
  await settle(element);
  return element;
}

const chart = (id: string, extra = '') =>
  show(
    html`<ogp-indicator-chart
      src=${DEMO}
      indicator-id=${id}
      today=${TODAY}
      type=${extra || 'line'}
    ></ogp-indicator-chart>`,
  );

/** A chart of the given feed object. */
async function chartOf(feed: unknown, id: string, attributes: Record<string, string> = {}) {
  const element = document.createElement('ogp-indicator-chart');
  element.feed = feed;
  element.indicatorId = id;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  wrapper.append(element);
  await settle(element);
  return element;
}

const $ = (element: OgpIndicatorChart, selector: string) => element.shadowRoot!.querySelector(selector);
const $$ = (element: OgpIndicatorChart, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
/** Text as people read it: spaces collapsed, no-break spaces as spaces. */
const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/\s+/g, ' ')
    .replace(/\u00a0|\u202f/g, ' ')
    .trim() ?? '';
const translate = (node: Element) => {
  const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '')!;
  return { x: Number(x), y: Number(y) };
};

/** The y a value has, read from two ticks of the rendered value axis (the scale is linear). */
function yOf(element: OgpIndicatorChart, value: number): number {
  const ticks = $$(element, '.axis--y .tick').map((tick) => ({
    value: Number(tick.getAttribute('data-value')),
    y: translate(tick).y,
  }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

/** The x a date has, read from two ticks of the rendered time axis. */
function xOf(element: OgpIndicatorChart, date: string): number {
  const ticks = $$(element, '.axis--x .tick').map((tick) => ({
    time: Date.parse(tick.getAttribute('data-value')!),
    x: translate(tick).x,
  }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.x + ((Date.parse(date) - a.time) * (b.x - a.x)) / (b.time - a.time);
}

async function demoIndicator(id: string): Promise<{ feed: any; indicator: any }> {
  const feed = await loadDemoFeed();
  return { feed, indicator: feed.indicators.find((candidate: Indicator) => candidate.id === id) };
}

/**
 * Records the downloads started through an `<a download>` instead of saving
 * them, each with the Blob the widget made its URL from: a Blob read back
 * through its blob: URL loses its type's parameters (`;charset=utf-8`) in
 * some Chromium versions, so the type is read from the Blob itself.
 */
function captureDownloads() {
  const { click } = HTMLAnchorElement.prototype;
  const { createObjectURL } = URL;
  const blobs = new Map<string, Blob>();
  const downloads: { href: string; name: string; blob: Blob | undefined }[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ href: this.href, name: this.download, blob: blobs.get(this.href) });
    else click.call(this);
  };
  return {
    downloads,
    restore: () => {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

/**
 * Clicks a download button and returns the file: its name, the Blob the
 * widget created, and the bytes a browser saves from the link's URL.
 */
async function download(element: OgpIndicatorChart, format: string) {
  const capture = captureDownloads();
  try {
    ($(element, `button[data-format="${format}"]`) as HTMLButtonElement).click();
    for (let tries = 0; tries < 100 && capture.downloads.length === 0; tries++)
      await new Promise((r) => setTimeout(r, 20));
  } finally {
    capture.restore();
  }
  const [file] = capture.downloads;
  if (!file?.blob) return undefined;
  const saved = await (await fetch(file.href)).blob();
  return { name: file.name, blob: file.blob, bytes: new Uint8Array(await saved.arrayBuffer()) };
}

describe('<ogp-indicator-chart>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  it('is accessible', async () => {
    const element = await chart('pp-ejecucion-publicada');
    await expect(element).to.be.accessible();
  });

  describe('the line chart', () => {
    it('draws a path, a marker per observation, the baseline and each target at their values', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const series = $$(element, '.plot-area .series');
      expect(series).to.have.length(1);
      expect(series[0]!.getAttribute('data-series')).to.equal('Total');
      expect(series[0]!.getAttribute('data-count')).to.equal('7');
      expect($(element, '.plot-area .series__line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){6}$/);

      const markers = $$(element, '.plot-area .series__marker');
      expect(markers).to.have.length(7);
      // The latest observation, 45 on 2026-09-30, sits where the axes say.
      const last = translate(markers.at(-1)!);
      expect(last.y).to.be.closeTo(yOf(element, 45), 0.01);
      expect(last.x).to.be.closeTo(xOf(element, '2026-09-30'), 0.01);

      const baseline = $(element, '.reference[data-kind="baseline"] line')!;
      expect(Number(baseline.getAttribute('y1'))).to.be.closeTo(yOf(element, 12), 0.01);
      const targets = $$(element, '.reference[data-kind="target"]');
      expect(targets.map((target) => target.getAttribute('data-value'))).to.deep.equal(['40', '60']);
      for (const target of targets) {
        const y = Number(target.querySelector('line')!.getAttribute('y1'));
        expect(y).to.be.closeTo(yOf(element, Number(target.getAttribute('data-value'))), 0.01);
      }
      const labels = $$(element, '.reference__label').map(text);
      expect(labels).to.deep.equal(['Línea base: 12%', 'Meta diciembre de 2026: 40%', 'Meta octubre de 2027: 60%']);
    });

    it('calls out the latest value, and shows the progress, the source and the last update', async () => {
      const element = await chart('pp-ejecucion-publicada');
      expect(text($(element, '.callout__label'))).to.equal('45%');
      const figures = text($(element, '[part="figures"]'));
      expect(figures).to.include('Último valor 45% septiembre de 2026');
      expect(figures).to.include('Avance hacia la meta');
      expect(text($(element, '.progress__value'))).to.equal('69%');
      expect(text($(element, '[part="source"]'))).to.equal(
        'Fuente: Secretaría de Participación Ciudadana (datos de ejemplo) Actualizado el 15 de octubre de 2026',
      );
    });

    it('names the chart: an SVG with role img and a name, inside one tab stop', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const svg = $(element, '.plot svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(
        'Gráfico de líneas: Proyectos de Presupuesto Participativo con datos de ejecución publicados',
      );
      const focusable = $$(element, '[tabindex="0"]');
      expect(focusable).to.have.length(1);
      expect(focusable[0]!.getAttribute('part')).to.equal('plot');
    });
  });

  describe('the summary', () => {
    it('says how a rising indicator rose and how far it is, in Spanish and English', async () => {
      const element = await chart('pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Subió de 12% en enero de 2025 a 45% en septiembre de 2026; la meta es 60% en octubre de 2027: lleva el 69% del camino.',
      );
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Rose from 12% in January 2025 to 45% in September 2026; the target is 60% by October 2027: 69% of the way there.',
      );
    });

    it('says when a lower-is-better indicator fell and met its target', async () => {
      const element = await chart('tiempo-respuesta');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Bajó de 28 días en septiembre de 2024 a 9,5 días en octubre de 2026; la meta es 10 días en octubre de 2027: ya la alcanzó. Un valor menor es mejor.',
      );
      expect(text($(element, '.met'))).to.equal('Meta cumplida');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Fell from 28 days in September 2024 to 9.5 days in October 2026; the target is 10 days by October 2027: already met. Lower is better.',
      );
    });

    it('counts progress the right way for a lower-is-better indicator on its way', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.observations = indicator.observations.filter((o: { date: string }) => o.date <= '2025-12-31');
      const element = await chartOf(feed, 'tiempo-respuesta');
      // From 28 toward 10, now 15.5: (28 − 15.5) / (28 − 10) = 69%.
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Bajó de 28 días en septiembre de 2024 a 15,5 días en diciembre de 2025; la meta es 10 días en octubre de 2027: lleva el 69% del camino. Un valor menor es mejor.',
      );
      expect(text($(element, '.progress__value'))).to.equal('69%');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Fell from 28 days in September 2024 to 15.5 days in December 2025; the target is 10 days by October 2027: 69% of the way there. Lower is better.',
      );
    });

    it('says when a value moved away from its target', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.observations = [{ date: '2025-06-30', value: 31 }];
      const lower = await chartOf(feed, 'tiempo-respuesta');
      expect(text($(lower, '[part="summary"]'))).to.equal(
        'Subió de 28 días en septiembre de 2024 a 31 días en junio de 2025; la meta es 10 días en octubre de 2027: va en sentido contrario. Un valor menor es mejor.',
      );
      const { feed: other, indicator: rising } = await demoIndicator('pp-ejecucion-publicada');
      rising.observations = [{ date: '2025-06-30', value: 10 }];
      const higher = await chartOf(other, 'pp-ejecucion-publicada', { lang: 'en' });
      expect(text($(higher, '[part="summary"]'))).to.equal(
        'Fell from 12% in January 2025 to 10% in June 2025; the target is 60% by October 2027: moving away from it.',
      );
    });

    it('names the month once when the only measurement is in the baseline’s month', async () => {
      const { feed, indicator } = await demoIndicator('pp-ejecucion-publicada');
      indicator.targets = [];
      indicator.observations = [{ date: '2025-01-31', value: 12 }];
      const element = await chartOf(feed, 'pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal('Se mantuvo en 12% en enero de 2025.');
      element.setAttribute('lang', 'en');
      await settle(element);
      expect(text($(element, '[part="summary"]'))).to.equal('Stayed at 12% in January 2025.');
      indicator.observations = [{ date: '2025-01-31', value: 14 }];
      const rose = await chartOf(structuredClone(feed), 'pp-ejecucion-publicada');
      expect(text($(rose, '[part="summary"]'))).to.equal('Subió de 12% a 14% en enero de 2025.');
      rose.setAttribute('lang', 'en');
      await settle(rose);
      expect(text($(rose, '[part="summary"]'))).to.equal('Rose from 12% to 14% in January 2025.');
      await expect(rose).to.be.accessible();
    });

    it('says there are no measurements yet, and keeps the plot still', async () => {
      const { feed, indicator } = await demoIndicator('pp-ejecucion-publicada');
      indicator.observations = [];
      const element = await chartOf(feed, 'pp-ejecucion-publicada');
      expect(text($(element, '[part="summary"]'))).to.equal(
        'Aún no hay mediciones; la línea base es 12% en enero de 2025; la meta es 60% en octubre de 2027.',
      );
      expect(text($(element, '[part="figures"]'))).to.include('Aún no hay mediciones.');
      expect($(element, '.plot')!.hasAttribute('tabindex')).to.equal(false);
      expect($$(element, '.reference')).to.have.length(3);
      await expect(element).to.be.accessible();
    });
  });

  describe('the keyboard', () => {
    it('walks the points with the arrows, Home and End, announcing date, value, baseline and target', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const plot = $(element, '.plot') as HTMLElement;
      const announcer = $(element, '.announcer')!;
      plot.focus();
      await element.updateComplete;
      // Focus starts on the latest value.
      expect(text(announcer)).to.equal(
        '30 de septiembre de 2026: 45%. Punto 7 de 7. Línea base: 12% (enero de 2025). Meta: 60% (octubre de 2027).',
      );
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^30 de junio de 2026: 37%\. Punto 6 de 7\./);
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^31 de marzo de 2025: 12%\. Punto 1 de 7\./);
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/Punto 1 de 7/);
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/Punto 7 de 7/);

      // The focus mark sits on the point, and the live region is polite.
      const mark = translate($(element, '.focus-mark')!);
      expect(mark.y).to.be.closeTo(yOf(element, 45), 0.01);
      expect(announcer.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    });

    it('shows a tooltip beside the focused point that Escape closes', async () => {
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '.plot') as HTMLElement).focus();
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      const tooltip = $(element, '[part="tooltip"]')!;
      expect(text(tooltip)).to.equal('12% 31 de marzo de 2025');
      const marker = $$(element, '.plot-area .series__marker')[0]!.getBoundingClientRect();
      const box = tooltip.getBoundingClientRect();
      const covers =
        box.left < marker.right && marker.left < box.right && box.top < marker.bottom && marker.top < box.bottom;
      expect(covers, 'the tooltip does not hide its point').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect($(element, '[part="tooltip"]')).to.equal(null);
      // The focus mark stays; the next move opens the tooltip again.
      expect($(element, '.focus-mark')).to.exist;
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(text($(element, '[part="tooltip"]'))).to.equal('15% 30 de junio de 2025');
    });

    it('moves between series with the up and down arrows', async () => {
      const element = await chart('jovenes-clubes');
      ($(element, 'input[value="sex"]') as HTMLInputElement).click();
      await settle(element);
      ($(element, '.plot') as HTMLElement).focus();
      await element.updateComplete;
      const announcer = $(element, '.announcer')!;
      expect(text(announcer)).to.equal('Mujer, 30 de junio de 2026: 1.677 personas. Punto 3 de 3.');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.equal('Hombre, 30 de junio de 2026: 1.335 personas. Punto 3 de 3.');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.equal('Otro o no informa, 30 de junio de 2025: 55 personas. Punto 1 de 3.');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^Otro o no informa/);
    });
  });

  describe('the pointer', () => {
    it('shows the nearest point’s tooltip, which stays while hovered and leaves with the pointer', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const marker = $$(element, '.plot-area .series__marker')[3]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(marker.x + 4), Math.round(marker.y + 2)] });
      await element.updateComplete;
      const tooltip = $(element, '[part="tooltip"]')!;
      expect(text(tooltip)).to.equal('24% 31 de diciembre de 2025');
      const box = tooltip.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await element.updateComplete;
      expect(text($(element, '[part="tooltip"]'))).to.equal('24% 31 de diciembre de 2025');
      await sendMouse({ type: 'move', position: [1, 1] });
      await element.updateComplete;
      expect($(element, '[part="tooltip"]')).to.equal(null);
    });
  });

  describe('the data table', () => {
    it('shows exactly the feed’s values: baseline, every observation with its dimensions, targets', async () => {
      const element = await chart('jovenes-clubes');
      const toggle = $(element, '[part="table-toggle"]') as HTMLButtonElement;
      expect(text(toggle)).to.equal('Ver tabla de datos');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');

      const { indicator } = await demoIndicator('jovenes-clubes');
      const table = $(element, 'table')!;
      expect(text(table.querySelector('caption'))).to.equal('Jóvenes activos en clubes juveniles');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        'Fecha',
        'Tipo',
        'Sexo',
        'Grupo de edad',
        'Valor (personas)',
      ]);
      for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
      const value = (n: number) => formatValue(n, indicator, 'es').replace(/\u00a0|\u202f/g, ' ');
      const date = (iso: string) => formatDate(iso, 'es', 'medium').replace(/\u00a0|\u202f/g, ' ');
      const observations = [...indicator.observations].sort((a, b) => a.date.localeCompare(b.date));
      expect(rows).to.deep.equal([
        [date('2025-01-31'), 'Línea base', 'Todos', 'Todos', value(1500)],
        ...observations.map((o: { date: string; value: number; dimensions?: Record<string, string> }) => [
          date(o.date),
          'Medición',
          o.dimensions?.sex ?? 'Todos',
          o.dimensions?.ageGroup ?? 'Todos',
          value(o.value),
        ]),
        [date('2027-09-30'), 'Meta', 'Todos', 'Todos', value(4000)],
      ]);
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(rows.length);
      await expect(element).to.be.accessible();
    });
  });

  describe('downloads', () => {
    it('writes the CSV exactly: header, baseline, observations by date, targets, RFC 4180 quoting', () => {
      const indicator: Indicator = {
        id: 'i',
        commitmentId: 'c',
        name: 'I',
        measure: 'count',
        unit: { es: 'personas', en: 'people' },
        direction: 'higher-is-better',
        baseline: { date: '2025-01-01', value: 10 },
        targets: [{ date: '2027-01-01', value: 100.5 }],
        observations: [
          { date: '2026-01-01', value: 30, dimensions: { territorio: 'Comuna "1", Popular' } },
          { date: '2025-06-01', value: 20 },
          { date: '2026-01-01', value: 5, dimensions: { territorio: '=HYPERLINK("x")', sex: 'Mujer' } },
        ],
      };
      expect(indicatorCsv(indicator, 'es')).to.equal(
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
      expect(indicatorCsv(indicator, 'en').split('\r\n')[0]).to.equal('Date,Type,territorio,Sex,Value (people)');
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
      expect(csv).to.equal(indicatorCsv(indicator, 'es'));
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
            <body><ogp-indicator-chart src="${DEMO}" indicator-id="pp-ejecucion-publicada"></ogp-indicator-chart></body></html>`}
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

  describe('disaggregation', () => {
    it('switches to one series per value, each with its own color, dash and marker', async () => {
      const element = await chart('jovenes-clubes');
      const choices = $$(element, '.choices label').map(text);
      expect(choices).to.deep.equal(['Total', 'Sexo', 'Grupo de edad']);
      expect(text($(element, '.choices legend'))).to.equal('Ver por');
      expect(($(element, 'input[value=""]') as HTMLInputElement).checked).to.equal(true);

      ($(element, 'input[value="sex"]') as HTMLInputElement).click();
      await settle(element);
      expect(element.dimension).to.equal('sex');
      const series = $$(element, '.plot-area .series');
      expect(series.map((node) => node.getAttribute('data-series'))).to.deep.equal([
        'Mujer',
        'Hombre',
        'Otro o no informa',
      ]);
      const styles = series.map((node) => ({
        color: getComputedStyle(node.querySelector('.plot-area .series__line')!).stroke,
        dash: node.querySelector('.plot-area .series__line')!.getAttribute('stroke-dasharray'),
        marker: node.querySelector('.plot-area .series__marker')!.getAttribute('d'),
      }));
      for (const key of ['color', 'dash', 'marker'] as const) {
        expect(new Set(styles.map((style) => style[key])).size, key).to.equal(3);
      }
      expect($$(element, '.key li').map(text)).to.deep.equal(['Mujer', 'Hombre', 'Otro o no informa']);
      // The baseline and targets are the total's: they go with it, and the chart says so.
      expect($$(element, '.reference')).to.have.length(0);
      expect(text($(element, '.note'))).to.include('se refieren al total');
      await expect(element).to.be.accessible();

      ($(element, 'input[value=""]') as HTMLInputElement).click();
      await settle(element);
      expect($$(element, '.plot-area .series')).to.have.length(1);
      expect($$(element, '.reference')).to.have.length(2);
    });

    it('names unknown dimension keys by their key, and starts on the dimension attribute', async () => {
      const { feed, indicator } = await demoIndicator('personas-formadas');
      indicator.observations.push(
        { date: '2026-10-31', value: 700, dimensions: { estrato: '1 y 2' } },
        { date: '2026-10-31', value: 835, dimensions: { estrato: '3 o más' } },
      );
      const element = await chartOf(feed, 'personas-formadas', { dimension: 'estrato', type: 'bar' });
      expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Territorio', 'estrato']);
      expect(($(element, 'input[value="estrato"]') as HTMLInputElement).checked).to.equal(true);
      expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.deep.equal([
        '1 y 2',
        '3 o más',
      ]);
    });

    it('offers no view by a dimension found only in cross-tabs, and shows the total instead of an empty chart', async () => {
      const { feed, indicator } = await demoIndicator('personas-formadas');
      indicator.observations.push(
        { date: '2026-10-31', value: 300, dimensions: { territory: 'Comuna 1', zona: 'Rural' } },
        { date: '2026-10-31', value: 400, dimensions: { territory: 'Comuna 1', zona: 'Urbana' } },
      );
      const element = await chartOf(feed, 'personas-formadas', { dimension: 'zona' });
      expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Territorio']);
      expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.deep.equal([
        'Total',
      ]);
      expect($$(element, '.plot-area .series__marker').length).to.be.greaterThan(0);
      // The table still lists the cross-tab cells, with a column for each dimension.
      ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
      await settle(element);
      expect(text($(element, 'table'))).to.include('Rural');
    });
  });

  describe('bars', () => {
    it('draws a bar per observation, from zero to its value', async () => {
      const element = await chart('personas-formadas', 'bar');
      const bars = $$(element, '.plot-area .series__bar');
      expect(bars).to.have.length(4);
      const zero = yOf(element, 0);
      const values = [410, 780, 1260, 1535];
      bars.forEach((bar, index) => {
        expect(Number(bar.getAttribute('y'))).to.be.closeTo(yOf(element, values[index]!), 0.01);
        expect(Number(bar.getAttribute('y')) + Number(bar.getAttribute('height'))).to.be.closeTo(zero, 0.01);
      });
      expect($(element, '.plot svg')!.getAttribute('aria-label')).to.match(/^Gráfico de barras: /);
      expect($$(element, '.reference[data-kind="target"]')).to.have.length(2);
      await expect(element).to.be.accessible();
    });
  });

  describe('many points', () => {
    const longFeed = async (count: number) => {
      const feed = await loadDemoFeed();
      const indicator = feed.indicators.find((candidate: Indicator) => candidate.id === 'tiempo-respuesta');
      const start = Date.UTC(2000, 0, 1);
      indicator.observations = Array.from({ length: count }, (_, index) => ({
        date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
        value: 20 + 10 * Math.sin(index / 90) + (index === 5000 ? 40 : 0),
      }));
      return feed;
    };

    it('thins the drawing, while the keyboard and the CSV keep every value', async () => {
      const feed = await longFeed(10_000);
      const element = await chartOf(feed, 'tiempo-respuesta');
      const series = $(element, '.plot-area .series')!;
      expect(series.getAttribute('data-count')).to.equal('10000');
      const vertices = $(element, '.plot-area .series__line')!.getAttribute('d')!.split(/[ML]/).length - 1;
      const width = Number($(element, '.plot svg')!.getAttribute('viewBox')!.split(' ')[2]);
      expect(vertices).to.be.at.most(2 * width + 2);
      expect(vertices).to.be.greaterThan(100);
      expect($$(element, '.plot-area .series__marker')).to.have.length(0);
      // The spike on day 5000 is still drawn: some vertex reaches its height.
      const spikeY = yOf(element, feed.indicators[1].observations[5000].value);
      const ys = [
        ...$(element, '.plot-area .series__line')!
          .getAttribute('d')!
          .matchAll(/,([\d.]+)/g),
      ].map((m) => Number(m[1]));
      expect(Math.min(...ys)).to.be.closeTo(spikeY, 0.1);

      ($(element, '.plot') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text($(element, '.announcer'))).to.match(/Punto 10\.000 de 10\.000|Punto 10000 de 10000/);
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text($(element, '.announcer'))).to.match(/Punto 9\.?999 de 10\.?000/);

      const file = (await download(element, 'csv'))!;
      const lines = new TextDecoder().decode(file.bytes.slice(3)).trim().split('\r\n');
      expect(lines).to.have.length(1 + 1 + 10_000 + 2);
    });
  });

  describe('responsive', () => {
    it('fits 320 px without sideways scrolling, with readable ticks', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <ogp-indicator-chart src=${DEMO} indicator-id="tiempo-respuesta" today=${TODAY}></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      for (const node of $$(element, '*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, node.className.toString()).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      const svg = $(element, '.plot svg')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(320);
      const ticks = $$(element, '.axis--x .tick__label');
      expect(ticks.length).to.be.within(2, 5);
      const boxes = ticks.map((tick) => tick.getBoundingClientRect());
      for (let index = 1; index < boxes.length; index++) {
        expect(boxes[index]!.left, 'tick labels do not overlap').to.be.at.least(boxes[index - 1]!.right);
      }
      await expect(element).to.be.accessible();
    });

    it('redraws for its new width when its container is resized', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <ogp-indicator-chart src=${DEMO} indicator-id="tiempo-respuesta" today=${TODAY}></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      const viewBox = () => $(element, '.plot svg')!.getAttribute('viewBox');
      expect(viewBox()).to.match(/^0 0 800 /);
      wrapper.style.width = '500px';
      await settle(element);
      expect(viewBox()).to.match(/^0 0 500 /);
      const last = translate($$(element, '.plot-area .series__marker').at(-1)!);
      expect(last.x).to.be.closeTo(xOf(element, '2026-10-31'), 0.01);
    });

    it('does not animate under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '.plot') as HTMLElement).focus();
      await element.updateComplete;
      expect(getComputedStyle($(element, '.focus-mark')!).transitionDuration).to.equal('0s');
    });

    it('has forced-colors rules: system colors for marks and text, Highlight for the focus mark', async () => {
      // WTR's emulateMedia cannot force colors under Puppeteer, so this reads the rules themselves;
      // series stay apart without color by dash and marker (see "disaggregation").
      const element = await chart('pp-ejecucion-publicada');
      const rules = element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && /forced-colors: active/.test(rule.conditionText),
        )
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const declared = (selector: string, property: string) =>
        rules
          .filter((rule) => rule.selectorText.split(/,\s*/).includes(selector))
          .map((rule) => rule.style.getPropertyValue(property).trim().toLowerCase())
          .find(Boolean);
      expect(declared('.plot svg', 'forced-color-adjust')).to.equal('none');
      expect(declared('.series', '--_c')).to.equal('canvastext');
      expect(declared('.swatch', '--_c')).to.equal('canvastext');
      expect(declared('.axis text', 'fill')).to.equal('canvastext');
      expect(declared('.focus-mark__ring', 'stroke')).to.equal('highlight');
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en", and Spanish by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <ogp-indicator-chart src=${DEMO} indicator-id="jovenes-clubes" today=${TODAY}></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      expect(text($(element, 'h2'))).to.equal('Young people active in youth clubs');
      expect($$(element, '.choices label').map(text)).to.deep.equal(['Total', 'Sex', 'Age group']);
      expect(text($(element, '[part="table-toggle"]'))).to.equal('Show data table');
      expect($$(element, '[part="download"]').map(text)).to.deep.equal([
        'Download CSV',
        'Download SVG',
        'Download PNG',
      ]);
      expect(text($(element, '[part="figures"]'))).to.include('Latest value 3,105 people June 2026');
      expect($(element, '.plot svg')!.getAttribute('aria-label')).to.equal(
        'Line chart: Young people active in youth clubs',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('states', () => {
    it('keeps the chart’s space while loading', async () => {
      const element = await fixture<OgpIndicatorChart>(
        html`<ogp-indicator-chart src=${uniqueUrl('/__test/hang')} indicator-id="x"></ogp-indicator-chart>`,
      );
      await element.updateComplete;
      const loading = $(element, '[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      const em = parseFloat(getComputedStyle(element).fontSize);
      expect(loading.getBoundingClientRect().height).to.be.closeTo((18 + 26) * em, 1);
      await expect(element).to.be.accessible();
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const element = await show(
        html`<ogp-indicator-chart src=${uniqueUrl('/__test/status/500')} indicator-id="x"></ogp-indicator-chart>`,
      );
      const error = $(element, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text($(element, '[part="retry"]'))).to.equal('Reintentar');
      await expect(element).to.be.accessible();
    });

    it('names an unknown indicator id, and asks for a missing one', async () => {
      const unknown = await chart('no-existe');
      expect(text($(unknown, '[part="error"]'))).to.include('El plan no tiene un indicador con el id «no-existe».');
      await expect(unknown).to.be.accessible();
      const missing = await show(html`<ogp-indicator-chart src=${DEMO}></ogp-indicator-chart>`);
      expect(text($(missing, '[part="error"]'))).to.include('Falta el atributo indicator-id.');
    });
  });

  describe('hostile hosts', () => {
    it('keeps its axes and labels in place on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 480px">
          <ogp-indicator-chart src=${DEMO} indicator-id="pp-ejecucion-publicada" today=${TODAY}></ogp-indicator-chart>
        </div>`,
      );
      const element = wrapper.querySelector('ogp-indicator-chart')!;
      await settle(element);
      const svg = $(element, '.plot svg')!.getBoundingClientRect();
      const plotLeft = svg.left + translate($(element, '.plot-area')!).x;
      // Value labels stay left of the plot, not over it; reference labels end inside the chart.
      for (const label of $$(element, '.axis--y .tick__label')) {
        expect(label.getBoundingClientRect().right, text(label)).to.be.at.most(plotLeft + 0.5);
      }
      for (const label of $$(element, '.reference__label')) {
        const box = label.getBoundingClientRect();
        expect(box.right, text(label)).to.be.at.most(svg.right + 0.5);
        expect(box.left, text(label)).to.be.at.least(svg.left - 0.5);
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('big data', () => {
    it('draws values near the largest a number can hold without NaN', async () => {
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      indicator.baseline.value = -Number.MAX_VALUE;
      indicator.targets = [{ date: '2027-10-31', value: Number.MAX_VALUE }];
      indicator.observations = [
        { date: '2025-01-31', value: 1.7e308 },
        { date: '2025-06-30', value: 0 },
      ];
      const element = await chartOf(feed, 'tiempo-respuesta', { type: 'bar' });
      expect($(element, '.plot svg')!.innerHTML).not.to.match(/NaN|Infinity/);
      expect($$(element, '.axis--y .tick').length).to.be.at.least(2);
      await expect(element).to.be.accessible();
    });

    it('with the table of 10,000 rows open, a key press redraws the point, not the table', async function () {
      // Drawing a table of 10,000 rows takes a while on a busy machine; what is checked is not how long.
      this.timeout(60_000);
      const { feed, indicator } = await demoIndicator('tiempo-respuesta');
      const start = Date.UTC(2000, 0, 1);
      indicator.observations = Array.from({ length: 10_000 }, (_, index) => ({
        date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
        value: index % 97,
      }));
      const element = await chartOf(feed, 'tiempo-respuesta');
      ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
      await element.updateComplete;
      expect($$(element, 'tbody tr')).to.have.length(1 + 10_000 + 2);
      const plot = $(element, '.plot') as HTMLElement;
      plot.focus();
      await element.updateComplete;
      // Every table row formats a date: counting formatted dates shows what a key press redraws.
      const formatted = await countFormattedDates(async () => {
        await sendKeys({ press: 'ArrowLeft' });
        await element.updateComplete;
      });
      expect(text($(element, '.announcer'))).to.match(/Punto 9\.?999 de 10\.?000/);
      expect(formatted).to.be.below(20);
    });
  });

  describe('hostile feeds', () => {
    it('renders names, units, sources and dimensions as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const { feed, indicator } = await demoIndicator('jovenes-clubes');
      indicator.name = `${hostile} name`;
      indicator.unit = `<b>${hostile}</b>`;
      indicator.source = `<script>window.__pwned=1</script>`;
      indicator.sourceUrl = 'javascript:alert(1)';
      indicator.observations.push(
        { date: '2026-06-30', value: 7, dimensions: { sex: hostile } },
        { date: '2026-06-30', value: 8, dimensions: { '"><svg onload=alert(1)>': 'x', toString: 'y' } },
      );
      const url = await serveFeed(feed);
      const element = await show(
        html`<ogp-indicator-chart src=${url} indicator-id="jovenes-clubes" dimension="sex"></ogp-indicator-chart>`,
      );
      ($(element, '[part="table-toggle"]') as HTMLButtonElement).click();
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, b, a[href^="javascript"]')).to.equal(null);
      expect(root.querySelector('svg svg')).to.equal(null);
      expect(text($(element, 'h2'))).to.equal(`${hostile} name`);
      expect($$(element, '.plot-area .series').map((node) => node.getAttribute('data-series'))).to.include(hostile);
      expect($$(element, 'td').map(text)).to.include(hostile);
      expect(text($(element, '[part="source"]'))).to.include('<script>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  });
});
