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

let result;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => 'runBenchmark' in window, { timeout: 30000 });
  result = await tab.evaluate((count) => window.runBenchmark(count), runs);
  if (errors.length) throw new Error(errors.join('\n'));
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
