/** Helpers for tests of whole demo pages opened in an iframe. */
import { fixture, html, waitUntil } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}

type AxeWindow = Window & { axe?: { run(context: Document, options?: object): Promise<AxeResult> } };

/** Opens `url` in a frame of the test page and waits for its load event. */
export async function openFrame(url: string, title = 'Página de demostración'): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title=${title} width="1000" height="800"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
  return frame;
}

/** Waits until every ogp-* widget in the frame has finished loading its feed. */
export async function widgetsSettled(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll('*')].filter((element) => element.localName.startsWith('ogp-'));
  await waitUntil(() => widgets.every((widget) => widget.shadowRoot), 'widgets not upgraded', {
    timeout: 60000,
  });
  await Promise.all(widgets.map((widget) => (widget as Element & { loadComplete: Promise<void> }).loadComplete));
}

/** Runs axe (WCAG 2.x A and AA, and best practices) inside the frame's own document; returns the violations. */
export async function axeInFrame(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(frame.contentDocument!, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
  );
}

type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/**
 * The frame's cumulative layout shift so far: every `layout-shift` entry
 * since it started loading (buffered), or since `since` (the frame's clock), not caused by input. Every shift is
 * added up, as in one session window: the pages measured here load in well
 * under five seconds, so this is at least what Lighthouse would report.
 */
export async function cumulativeLayoutShift(frame: HTMLIFrameElement, since = 0): Promise<number> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const shifts: LayoutShift[] = [];
  const observer = new win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  // Two frames and a moment, so the last rendering's shifts (and the buffered ones) are reported.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 100));
  shifts.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  return shifts
    .filter((shift) => !shift.hadRecentInput && shift.startTime >= since)
    .reduce((sum, shift) => sum + shift.value, 0);
}
