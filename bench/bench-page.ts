/**
 * The benchmark page: renders the widgets with synthetic feeds and reports
 * timings to scripts/bench.js through `window.runBenchmark`.
 *
 * Feeds are loaded (fetched, parsed and validated) once before timing, as
 * on a page where widgets share a feed: the shared loader then hands every
 * new widget the validated feed, and the timings are the widget's own work.
 * Loading and validating is timed on its own.
 */
import type { LitElement } from 'lit';
import '../src/indicator-chart/define.js';
import '../src/milestone-timeline/define.js';
import { loadFeed } from '../src/core/feed-loader.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import { DEMO_TODAY, SYNTHETIC_INDICATOR_ID, type SyntheticSize, syntheticFeed } from '../src/examples/index.js';
// Participatory-budget scale, its own cases (window.runScaleBenchmark, window.showScalePage).
import './scale.js';
// The chart at 10,000 and 100,000 observations, against Chart.js (window.runChartScaleBenchmark).
import './chart-scale.js';

interface Timing {
  /** From adding the widget to its last update done and the page laid out. */
  work: number;
  /** Until the frame that shows it has been painted. */
  painted: number;
}

const stage = document.getElementById('stage')!;
const now = () => performance.now();

/** A task after the current frame: by then it has been painted. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    requestAnimationFrame(() => channel.port2.postMessage(undefined));
  });

async function settled(element: LitElement): Promise<void> {
  while (!(await element.updateComplete));
}

/** The moment layout noticed a resize. Created before any widget's observer, so it is told first. */
let resizedAt = 0;
const resizeClock = new ResizeObserver(() => (resizedAt = now()));

async function feedUrl(size: SyntheticSize): Promise<{ url: string; load: number }> {
  const url = URL.createObjectURL(new Blob([JSON.stringify(syntheticFeed(size))], { type: 'application/json' }));
  const start = now();
  const result = await loadFeed(url);
  if (!result.ok) throw new Error(`synthetic feed rejected: ${result.error.detail}`);
  return { url, load: now() - start };
}

function create(tag: 'ogp-indicator-chart' | 'ogp-milestone-timeline'): PlanFeedElement {
  const element = document.createElement(tag);
  if (tag === 'ogp-indicator-chart') element.setAttribute('indicator-id', SYNTHETIC_INDICATOR_ID);
  element.setAttribute('today', DEMO_TODAY);
  return element;
}

async function firstRender(tag: Parameters<typeof create>[0], url: string): Promise<Timing> {
  const element = create(tag);
  const start = now();
  element.src = url;
  stage.append(element);
  await element.loadComplete;
  await settled(element);
  void document.body.offsetHeight;
  const work = now() - start;
  await afterPaint();
  const painted = now() - start;
  // The next run starts on a page that has painted the removal, as a widget is added to a settled page.
  element.remove();
  await afterPaint();
  return { work, painted };
}

/** Resizes a rendered chart back and forth; each timing runs from the resize notice to the painted frame. */
async function resizes(url: string, runs: number): Promise<number[]> {
  const element = create('ogp-indicator-chart');
  element.src = url;
  stage.append(element);
  await element.loadComplete;
  await settled(element);
  const plot = element.shadowRoot!.querySelector('.plot')!;
  resizeClock.observe(plot);
  await afterPaint();
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const width = run % 2 === 0 ? 600 : 800;
    stage.style.width = `${width}px`;
    await afterPaint();
    const svg = element.shadowRoot!.querySelector<SVGSVGElement>('.plot svg')!;
    if (svg.viewBox.baseVal.width !== width) throw new Error('the chart did not follow the resize');
    timings.push(now() - resizedAt);
  }
  resizeClock.unobserve(plot);
  element.remove();
  stage.style.width = '800px';
  return timings;
}

interface BenchmarkResult {
  chart: Record<number, { load: number; timings: Timing[] }>;
  resize: number[];
  timeline: { load: number; timings: Timing[] };
}

async function repeat(runs: number, measure: () => Promise<Timing>): Promise<Timing[]> {
  await measure(); // warm-up: compiled code and prepared templates, as on a page after its first widget
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run++) timings.push(await measure());
  return timings;
}

async function runBenchmark(runs: number): Promise<BenchmarkResult> {
  // The page's first widgets compile the code and build the Intl formatters: a few untimed renders first.
  const { url: warmUpUrl } = await feedUrl({ observations: 1_000, milestones: 25 });
  for (let run = 0; run < 3; run++) {
    await firstRender('ogp-indicator-chart', warmUpUrl);
    await firstRender('ogp-milestone-timeline', warmUpUrl);
  }
  const chart: BenchmarkResult['chart'] = {};
  for (const observations of [100, 1_000, 10_000]) {
    const { url, load } = await feedUrl({ observations, milestones: 5 });
    chart[observations] = { load, timings: await repeat(runs, () => firstRender('ogp-indicator-chart', url)) };
  }
  const { url: resizeUrl } = await feedUrl({ observations: 1_000, milestones: 5 });
  await resizes(resizeUrl, 2);
  const resize = await resizes(resizeUrl, runs);
  const { url: timelineUrl, load } = await feedUrl({ milestones: 500 });
  const timeline = { load, timings: await repeat(runs, () => firstRender('ogp-milestone-timeline', timelineUrl)) };
  return { chart, resize, timeline };
}

(window as unknown as { runBenchmark: typeof runBenchmark }).runBenchmark = runBenchmark;
