#!/usr/bin/env node
// `npm run bench`: renders the widgets in headless Chromium and prints the
// medians of several runs next to the aims of issue 4. A benchmark, not a
// test: it never fails on a slow number.
//
// It bundles bench/bench-page.ts with esbuild (production Lit, minified),
// serves bench/index.html and the bundle on 127.0.0.1, and drives Chromium
// (CHROME_PATH, or chromium on PATH) through puppeteer-core.
//
//   npm run bench              9 timed runs per case, after untimed warm-up renders
//   npm run bench -- --runs 15
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';

const root = new URL('../', import.meta.url);
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 9;

const chrome = findChrome();
if (!chrome) {
  console.error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const bundle = await build({
  entryPoints: [new URL('bench/bench-page.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  // Lit's production build: no "development" export condition, and NODE_ENV for good measure.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The package's sideEffects field names dist/ files; the sources' define modules must not be dropped.
  ignoreAnnotations: true,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;
const page = readFileSync(new URL('bench/index.html', root));

const server = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    response.end(script);
  } else if (request.url === '/' || request.url === '/index.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** A fresh page of the benchmark, with its errors collected. */
async function benchPage() {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => 'runBenchmark' in window, { timeout: 30000 });
  return { tab, errors };
}

let result;
let scale;
let chartScale;
let heap;
try {
  const { tab, errors } = await benchPage();
  result = await tab.evaluate((count) => window.runBenchmark(count), runs);
  scale = await tab.evaluate((count) => window.runScaleBenchmark(count), runs);
  chartScale = await tab.evaluate((count) => window.runChartScaleBenchmark(count), runs);
  if (errors.length) throw new Error(errors.join('\n'));
  await tab.close();
  // The heap of a page that shows the overview and the timeline at scale, and nothing else, after a collection.
  const memory = await benchPage();
  await memory.tab.evaluate(() => window.showScalePage());
  const cdp = await memory.tab.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  heap = await cdp.send('Runtime.getHeapUsage');
  if (memory.errors.length) throw new Error(memory.errors.join('\n'));
} finally {
  await browser.close();
  server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
const number = (value) => value.toLocaleString('en-US');

const rows = [];
for (const [count, { load, timings }] of Object.entries(result.chart)) {
  const aim = { 1000: 16, 10000: 60 }[count];
  rows.push({
    name: `chart, first render, ${number(Number(count))} observations`,
    work: median(timings.map((timing) => timing.work)),
    painted: median(timings.map((timing) => timing.painted)),
    aim,
    load,
  });
}
rows.push({ name: 'chart, re-render on resize, 1,000 observations', painted: median(result.resize), aim: 16 });
rows.push({
  name: 'timeline, first render, 500 milestones',
  work: median(result.timeline.timings.map((timing) => timing.work)),
  painted: median(result.timeline.timings.map((timing) => timing.painted)),
  load: result.timeline.load,
});

const verdict = (row) => {
  if (row.aim === undefined) return '';
  const measured = row.work ?? row.painted;
  return measured <= row.aim ? 'within aim' : 'over aim';
};

const table = [
  ['case', 'render', 'painted', 'aim', '', 'feed load + validation (once)'],
  ...rows.map((row) => [
    row.name,
    ms(row.work),
    ms(row.painted),
    row.aim ? `${row.aim} ms` : '—',
    verdict(row),
    ms(row.load),
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) =>
  row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');

console.log(
  `\nogp-plan-widgets benchmark: median of ${runs} runs after warm-up renders, production Lit, headless ${chrome}`,
);
const [load] = os.loadavg();
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${load.toFixed(1)}`,
);
if (load > os.cpus().length) console.log('(the machine was busy with other work: these timings are pessimistic)');
console.log();
console.log(line(table[0]));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(`
render:  from adding the widget (its feed already loaded on the page) to its last update done and the page laid out.
painted: until the frame that shows it has been painted (includes waiting for that frame).
resize:  from the moment layout reports the new width to the painted frame.
The aim is compared with "render" for first renders and with "painted" for the resize.`);

// Participatory-budget scale (issue 15): ratios to the plain-DOM floor of the same run.
const painted = (timings) => median(timings.map((timing) => timing.painted));
const work = (timings) => median(timings.map((timing) => timing.work));
const floor = { work: work(scale.floor), painted: painted(scale.floor) };
const scaleRows = [
  ['plain DOM floor: 2,000 titles as bare <li>', scale.floor, undefined],
  ['overview, first screen', scale.overview, 3],
  ['timeline of the whole plan, first screen', scale.timeline, 3],
  ['overview, search typed ("prueba 1999", 1 left)', scale.search, 2],
  ['overview, pillar filter chosen (a quarter left)', scale.filter, 2],
].map(([name, timings, aim]) => {
  const row = { name, work: work(timings), painted: painted(timings) };
  const ratio = row.painted / floor.painted;
  return [
    name,
    ms(row.work),
    ms(row.painted),
    aim === undefined ? '1×' : `${ratio.toFixed(2)}×`,
    aim === undefined ? '' : `aim ≤ ${aim}×: ${ratio <= aim ? 'within' : 'over'}`,
  ];
});
const scaleTable = [['case', 'render', 'painted', 'painted / floor', ''], ...scaleRows];
const scaleWidths = scaleTable[0].map((_, column) => Math.max(...scaleTable.map((row) => row[column].length)));
const scaleLine = (row) =>
  row
    .map((cell, column) => (column === 0 ? cell.padEnd(scaleWidths[column]) : cell.padStart(scaleWidths[column])))
    .join('  ');
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `\nParticipatory-budget scale: ${number(scale.commitments)} commitments, ${number(scale.milestones)} milestones, ` +
    `one indicator of 10,000 observations (${megabytes(scale.bytes)} of JSON)\n`,
);
console.log(scaleLine(scaleTable[0]));
console.log(scaleWidths.map((width) => '-'.repeat(width)).join('  '));
for (const row of scaleTable.slice(1)) console.log(scaleLine(row));
console.log(`
search, filter: from the input or change event to the painted result.
feed: fetched, parsed and validated once in ${ms(scale.load)}; given as an object (.feed), validated in ${ms(scale.validate)}
      the first time and answered from the cache in ${ms(scale.revalidate)} the next (no second validation).
heap: the page with the overview and the whole plan's timeline at this scale, after a garbage collection:
      ${megabytes(heap.usedSize)} of JS heap used (aim: under 150 MB).`);

// The chart at scale (issue 15): against Chart.js drawing the same points in the same run.
const chartJs = painted(chartScale.chartJs);
const chartRows = [
  ['Chart.js, the same 10,000 points on a canvas', chartScale.chartJs, '1×', ''],
  ['Chart.js, the same, without point dots', chartScale.chartJsLean, undefined, undefined],
  ['ogp-indicator-chart, 10,000 observations', chartScale.ours, undefined, 0.5],
].map(([name, timings, fixed, aim]) => {
  const ratio = painted(timings) / chartJs;
  return [
    name,
    ms(work(timings)),
    ms(painted(timings)),
    fixed ?? `${ratio.toFixed(2)}×`,
    aim ? `aim ≤ ${aim}×: ${ratio <= aim ? 'within' : 'over'}` : '',
  ];
});
const hundred = painted(chartScale.hundredThousand);
chartRows.push([
  'ogp-indicator-chart, 100,000 observations',
  ms(work(chartScale.hundredThousand)),
  ms(hundred),
  '',
  `aim < 1000 ms: ${hundred < 1000 ? 'within' : 'over'}`,
]);
const chartTable = [['case', 'render', 'painted', 'painted / Chart.js', ''], ...chartRows];
const chartWidths = chartTable[0].map((_, column) => Math.max(...chartTable.map((row) => row[column].length)));
const chartLine = (row) =>
  row
    .map((cell, column) => (column === 0 ? cell.padEnd(chartWidths[column]) : cell.padStart(chartWidths[column])))
    .join('  ');
console.log('\nThe chart at scale, against Chart.js 4 in the same page and run\n');
console.log(chartLine(chartTable[0]));
console.log(chartWidths.map((width) => '-'.repeat(width)).join('  '));
for (const row of chartTable.slice(1)) console.log(chartLine(row));
console.log(`
Chart.js: a line on a linear time axis, animation off, default parsing, no decimation; as it comes (a dot
      on every point, which is what the aim is measured against), and without the dots.
ours: the feed already loaded and validated on the page (the 100,000-observation feed took ${ms(chartScale.hundredThousandLoad)}
      to fetch, parse and validate, once); the line is thinned to each pixel column's lowest and highest value.`);

// Page cost (issue 12): the JavaScript each page downloads, from the CDN files built now in memory.
// size-check.js reads the widget registry and the budgets from dist/: compile the shared project first (incremental, a second).
spawnSync('npx', ['tsc', '-b', 'tsconfig.shared.json'], { stdio: 'inherit' });
const [{ buildCdnFiles }, { pageCosts, printPageCosts }] = await Promise.all([
  import('./bundle.js'),
  import('./size-check.js'),
]);
const cdnFiles = await buildCdnFiles();
console.log('\nPage cost: the JavaScript each page downloads (gzip level 9, as the server sends it)\n');
printPageCosts(pageCosts((file) => cdnFiles.get(file)));
