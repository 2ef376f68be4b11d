// Writes the browser tests' counts to .test-results/browser.json, so that
// `npm test` and .ci/run can add every runner up in one closing line.
// A test file that fails to load counts as one failed test: a broken file
// must not look like a file with no tests.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (ran === 0 || session.errors?.length)) totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}
