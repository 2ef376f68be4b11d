/**
 * The indicator chart at participatory-budget scale (issue 15), against
 * Chart.js drawing the same points on a canvas in the same page and run:
 * 10,000 daily observations (aim: at most half Chart.js's time), and
 * 100,000 (aim: the first render painted within a second). Reported to
 * scripts/bench.js through `window.runChartScaleBenchmark`; ratios and
 * times, never verdicts.
 *
 * Chart.js runs as a page would set it up for this many points: a line
 * on a linear time axis, animation off, no point dots (as our chart draws
 * none at this density), its default parsing and no decimation. Both
 * charts get their data already loaded: ours from the page's validated
 * feed, Chart.js from the same observations as {x, y} objects.
 */
import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import '../src/indicator-chart/define.js';
import { loadFeed } from '../src/core/feed-loader.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import { DEMO_TODAY, SYNTHETIC_INDICATOR_ID, syntheticFeed } from '../src/examples/index.js';
import { type Timing, clearStage, now, repeat, stage, time } from './timing.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

export interface ChartScaleResult {
  /** Ours and Chart.js at 10,000 observations. */
  ours: Timing[];
  chartJs: Timing[];
  /** Chart.js without a dot on every point. */
  chartJsLean: Timing[];
  /** Ours at 100,000 observations. */
  hundredThousand: Timing[];
  /** Fetching, parsing and validating the 100,000-observation feed, once. */
  hundredThousandLoad: number;
}

/** A synthetic feed of `observations` daily values, loaded and validated once, as a page shares it. */
async function loadedFeed(observations: number) {
  const feed = syntheticFeed({ observations, milestones: 5 });
  const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
  const start = now();
  const result = await loadFeed(url);
  if (!result.ok) throw new Error(`synthetic feed rejected: ${result.error.detail}`);
  return { url, load: now() - start, observations: feed.indicators[0]!.observations };
}

async function ours(url: string): Promise<Timing> {
  const element: PlanFeedElement = document.createElement('ogp-indicator-chart');
  element.setAttribute('indicator-id', SYNTHETIC_INDICATOR_ID);
  element.setAttribute('today', DEMO_TODAY);
  return time(async () => {
    element.src = url;
    stage.append(element);
    await element.loadComplete;
    while (!(await element.updateComplete));
    if (!element.shadowRoot!.querySelector('.series__line')) throw new Error('the chart drew no line');
  });
}

/**
 * Chart.js's line of the same points, on a canvas as wide as our chart and
 * as tall as its plot (18em): as it comes (a dot on every point), or tuned
 * for long series (no dots).
 */
function chartJs(observations: readonly { date: string; value: number }[], dots: boolean): Promise<Timing> {
  return time(() => {
    const canvas = document.createElement('canvas');
    canvas.style.width = '800px';
    canvas.style.height = '288px';
    stage.append(canvas);
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          {
            label: 'Serie',
            data: observations.map((observation) => ({ x: Date.parse(observation.date), y: observation.value })),
            ...(dots ? {} : { pointRadius: 0 }),
          },
        ],
      },
      options: { animation: false, responsive: false, scales: { x: { type: 'linear' } } },
    });
    if (!chart.getDatasetMeta(0).data.length) throw new Error('Chart.js drew nothing');
  });
}

async function runChartScaleBenchmark(runs: number): Promise<ChartScaleResult> {
  const tenThousand = await loadedFeed(10_000);
  const result: ChartScaleResult = {
    ours: await repeat(runs, () => ours(tenThousand.url), clearStage),
    chartJs: await repeat(runs, () => chartJs(tenThousand.observations, true), clearStage),
    chartJsLean: await repeat(runs, () => chartJs(tenThousand.observations, false), clearStage),
    hundredThousand: [],
    hundredThousandLoad: 0,
  };
  const hundredThousand = await loadedFeed(100_000);
  result.hundredThousandLoad = hundredThousand.load;
  result.hundredThousand = await repeat(Math.min(runs, 5), () => ours(hundredThousand.url), clearStage);
  return result;
}

Object.assign(window, { runChartScaleBenchmark });
