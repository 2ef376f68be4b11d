/**
 * What the spreadsheet tests share (cli-spreadsheet*.test.ts): reading a
 * feed, exporting the demo feed, building a feed from a folder, and editing
 * one exported CSV as rows of cells.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { buildFeed } from '../../src/cli/build-feed.js';
import { exportCsv } from '../../src/cli/export-csv.js';
import type { PlanFeed } from '../../src/shared/feed-schema.js';
import { DEMO_FEED, captureOutput } from './cli-helpers.js';
import { DEMO_TODAY as TODAY } from '../../src/examples/index.js';

export function readFeed(path: string): PlanFeed {
  return JSON.parse(readFileSync(path, 'utf8')) as PlanFeed;
}

/** Exports the demo feed into a new folder. */
export async function exportDemo(folder: string, excelEs = false): Promise<void> {
  const out = captureOutput();
  assert.equal(await exportCsv({ feed: DEMO_FEED, folder, excelEs, out }), 0, out.all());
  assert.doesNotMatch(out.all(), /Aviso/, 'export-csv finds nothing lost');
}

/** Builds a feed from the folder `input` into `output`, on the demo's day. */
export async function build(input: string, output: string) {
  const out = captureOutput();
  const code = await buildFeed({ input, output, today: TODAY, out });
  return { code, out };
}

/** Edits one exported (comma-separated) CSV file as rows of cells. */
export function editCsv(folder: string, name: string, edit: (rows: string[][]) => void): void {
  const file = join(folder, name);
  const rows: string[][] = parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true });
  edit(rows);
  writeFileSync(file, stringify(rows, { bom: true }));
}
