/**
 * build-feed --watch: one rebuild per save (an editor writes a file in
 * several steps), problems do not stop the watching, and an AbortSignal
 * stops it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { watchFeed } from '../../src/cli/build-feed.js';
import { exportCsv } from '../../src/cli/export-csv.js';
import type { PlanFeed } from '../../src/shared/feed-schema.js';
import { DEMO_FEED, captureOutput, tempFolder } from './cli-helpers.js';

const DEBOUNCE_MS = 200;

/** Starts watching a fresh export of the demo feed; `built(n)` resolves after the n-th build. */
async function startWatching(folder: string) {
  const csv = join(folder, 'csv');
  await exportCsv({ feed: DEMO_FEED, folder: csv, out: captureOutput() });
  const output = join(folder, 'feed.json');
  const out = captureOutput();
  const controller = new AbortController();
  const codes: number[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const done = watchFeed({
    input: csv,
    output,
    today: '2026-11-27',
    out,
    signal: controller.signal,
    debounceMs: DEBOUNCE_MS,
    onBuild(code) {
      codes.push(code);
      for (const waiter of waiting) if (codes.length >= waiter.count) waiter.resolve();
    },
  });
  const built = (count: number) =>
    new Promise<void>((resolve) => (codes.length >= count ? resolve() : waiting.push({ count, resolve })));
  const milestones = join(csv, 'milestones.csv');
  const original = readFileSync(milestones, 'utf8');
  return { csv, output, out, controller, codes, done, built, milestones, original };
}

const IN_PROGRESS =
  'clubes-juveniles,m3,Canal de propuestas juveniles hacia Planeación Local,Channel for youth proposals into Local Planning,2026-09-30,in-progress,';
const COMPLETED =
  'clubes-juveniles,m3,Canal de propuestas juveniles hacia Planeación Local,Channel for youth proposals into Local Planning,2026-09-30,Cumplido,2026-11-20';

describe('build-feed --watch', () => {
  const folder = tempFolder();
  after(folder.remove);

  it('builds, rebuilds once after a save written in several steps, and stops when aborted', async () => {
    const watch = await startWatching(join(folder.path, 'once'));
    await watch.built(1);
    assert.deepEqual(watch.codes, [0]);

    // Half a save (a broken date), then the whole file: only the last version is built.
    writeFileSync(watch.milestones, watch.original.replace(IN_PROGRESS, `${IN_PROGRESS.slice(0, -20)}30-09`));
    writeFileSync(watch.milestones, watch.original.replace(IN_PROGRESS, COMPLETED));
    await watch.built(2);
    await sleep(DEBOUNCE_MS * 3);
    assert.deepEqual(watch.codes, [0, 0]);
    const feed = JSON.parse(readFileSync(watch.output, 'utf8')) as PlanFeed;
    assert.equal(feed.commitments[1]!.milestones[2]!.status, 'completed');
    assert.deepEqual(watch.out.stdout, [
      [
        '- Compromiso «Clubes juveniles como espacios de incidencia»: retrasado → en curso.',
        '- Hito «Canal de propuestas juveniles hacia Planeación Local» en «Clubes juveniles como espacios de incidencia»: en curso → cumplido el 20 de noviembre de 2026.',
      ].join('\n'),
    ]);

    watch.controller.abort();
    assert.equal(await watch.done, 0);
    writeFileSync(watch.milestones, watch.original);
    await sleep(DEBOUNCE_MS * 3);
    assert.equal(watch.codes.length, 2, 'no build after the watch stopped');
  });

  it('keeps watching after a save with problems, and keeps the last good feed meanwhile', async () => {
    const watch = await startWatching(join(folder.path, 'problems'));
    await watch.built(1);
    const good = readFileSync(watch.output, 'utf8');

    writeFileSync(watch.milestones, watch.original.replace(IN_PROGRESS, IN_PROGRESS.replace('in-progress', 'Hecho')));
    await watch.built(2);
    assert.equal(watch.codes[1], 1);
    assert.equal(readFileSync(watch.output, 'utf8'), good);
    assert.match(watch.out.stderr.join('\n'), /^milestones\.csv:9:status \(F\): se esperaba un estado/m);

    writeFileSync(watch.milestones, watch.original.replace(IN_PROGRESS, COMPLETED));
    await watch.built(3);
    assert.equal(watch.codes[2], 0);
    assert.notEqual(readFileSync(watch.output, 'utf8'), good);
    watch.controller.abort();
    await watch.done;
  });

  it('does not start watching an input it cannot read', async () => {
    const out = captureOutput();
    const code = await watchFeed({
      input: join(folder.path, 'no-such-folder'),
      output: join(folder.path, 'feed.json'),
      signal: new AbortController().signal,
      out,
    });
    assert.equal(code, 2);
    assert.match(out.all(), /No se pudo leer: no existe/);
  });
});
