#!/usr/bin/env node
// `npm test`: browser tests in headless Chromium, then the Node tests
// (command line, receiver). Ends with one line adding both up.
// Extra arguments go to the browser runner (e.g. --files src/core/**).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome } from './find-chrome.js';

const chrome = findChrome();
if (!chrome) {
  console.error(
    'No Chrome or Chromium found: install one (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// The Node tests and the command line use dist/; compile it (a few seconds).
const compiled = run('npx', ['tsc', '-b', 'tsconfig.shared.json', 'tsconfig.browser.json', 'tsconfig.node.json']);

const extra = process.argv.slice(2);
const browserOnly = extra.includes('--browser-only');
const nodeOnly = extra.includes('--node-only');
const wtrArgs = extra.filter((arg) => !arg.startsWith('--browser-only') && !arg.startsWith('--node-only'));

let browserStatus = 0;
if (!nodeOnly) {
  browserStatus = run('npx', [
    'web-test-runner',
    '--config',
    'web-test-runner.config.js',
    ...(process.env.CI ? ['--static-logging'] : []),
    ...wtrArgs,
  ]);
}

// Node 20's test runner takes no glob of .ts files: list them here.
const nodeTests = existsSync('test/node')
  ? readdirSync('test/node', { recursive: true })
      .filter((file) => String(file).endsWith('.test.ts'))
      .map((file) => `test/node/${file}`)
      .sort()
  : [];

let nodeStatus = 0;
if (!browserOnly && nodeTests.length > 0) {
  nodeStatus = run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-counts-reporter.js',
    '--test-reporter-destination=.test-results/node.json',
    ...nodeTests,
  ]);
}

const read = (file) =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
const browser = read('.test-results/browser.json');
const node = read('.test-results/node.json');
// A runner that crashed before counting anything still counts as a failure.
const crashed = (status, counts) => (status !== 0 && counts.failed === 0 ? 1 : 0);
const passed = (nodeOnly ? 0 : browser.passed) + (browserOnly ? 0 : node.passed);
const failed =
  (nodeOnly ? 0 : browser.failed + crashed(browserStatus, browser)) +
  (browserOnly ? 0 : node.failed + crashed(nodeStatus, node)) +
  (compiled === 0 ? 0 : 1);
console.log(
  `\nbrowser: ${browser.passed} passed, ${browser.failed} failed; node: ${node.passed} passed, ${node.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
writeFileSync('.test-results/summary.json', JSON.stringify({ passed, failed }));
process.exit(failed === 0 && browserStatus === 0 && nodeStatus === 0 && compiled === 0 ? 0 : 1);
