// Browser tests: real headless Chromium (Debian's, or the one CHROME_PATH
// names), TypeScript through esbuild with our tsconfig, Lit's dev build.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { axTreePlugin } from './scripts/wtr-ax-tree-plugin.js';
import { countsReporter } from './scripts/wtr-counts-reporter.js';
import { findChrome } from './scripts/find-chrome.js';
import { testServerMiddleware } from './test/server/test-server-middleware.js';

const chrome = findChrome();

export default {
  // test/node and test/storybook (the built Storybook, after its build) run in Node.
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**', '!test/storybook/**'],
  nodeResolve: { exportConditions: ['development'] },
  // Tests use fixtures and timers; two cores, so two pages at a time.
  concurrency: 2,
  testFramework: { config: { timeout: 8000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [
    axTreePlugin(),
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname, target: 'es2022' }),
  ],
  middleware: [testServerMiddleware()],
  browsers: [
    chromeLauncher({
      // Each test page gets a browser context (a window) of its own: pages
      // sharing one window are background tabs that get no animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chrome ?? undefined,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Two test pages run at once; neither may be throttled as a background tab.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_SUMMARY ? [summaryReporter({ flatten: true })] : []),
    countsReporter(),
  ],
};
