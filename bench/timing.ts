/**
 * How the benchmarks time what a person waits for, shared by bench/scale.ts
 * and bench/chart-scale.ts: until the work is done and laid out, and until
 * the frame showing it is painted.
 */

/** Milliseconds until the work is done and laid out, and until the frame showing it is painted. */
export interface Timing {
  work: number;
  painted: number;
}

/** Where the benchmarks draw (bench/index.html). */
export const stage = document.getElementById('stage')!;

export const now = () => performance.now();

/** A task after the current frame: by then it has been painted. */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    requestAnimationFrame(() => channel.port2.postMessage(undefined));
  });

/** Removes what a run added, and lets the page paint the removal before the next run. */
export async function clearStage(): Promise<void> {
  stage.replaceChildren();
  await afterPaint();
}

/** Times `act` (which returns once its work is done) until laid out, then until painted. */
export async function time(act: () => Promise<void> | void): Promise<Timing> {
  const start = now();
  await act();
  void document.body.offsetHeight;
  const work = now() - start;
  await afterPaint();
  return { work, painted: now() - start };
}

/** `runs` timings after one warm-up (compiled code, prepared templates); `between` runs after each. */
export async function repeat(
  runs: number,
  measure: () => Promise<Timing>,
  between: () => Promise<void> = async () => undefined,
): Promise<Timing[]> {
  await measure();
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    timings.push(await measure());
    await between();
  }
  return timings;
}
