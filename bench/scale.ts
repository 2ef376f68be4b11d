/**
 * Participatory-budget scale (issue 15), measured against the plain-DOM
 * floor in the same page and run: the 2,000 commitments' titles appended
 * as bare <li> elements. Reported to scripts/bench.js through
 * `window.runScaleBenchmark`; `window.showScalePage` leaves the overview and
 * the timeline on the page for the heap measurement. Ratios, never verdicts.
 *
 * The feed: 2,000 commitments of 10 milestones (20,000) and one indicator
 * of 10,000 observations, loaded (fetched, parsed, validated) once before
 * anything is timed, as on a page where widgets share a feed.
 */
import '../src/plan-overview/define.js';
import '../src/milestone-timeline/define.js';
import { acceptFeed, loadFeed } from '../src/core/feed-loader.js';
import { DEMO_TODAY, syntheticFeed } from '../src/examples/index.js';
import type { PlanFeedElement } from '../src/core/plan-feed-element.js';
import type { OgpPlanOverview } from '../src/plan-overview/plan-overview.js';
import { type Timing, afterPaint, clearStage, now, repeat, stage, time } from './timing.js';

export interface ScaleResult {
  commitments: number;
  milestones: number;
  /** The feed's JSON, in bytes. */
  bytes: number;
  /** Fetching, parsing and validating it once. */
  load: number;
  /** Validating it given as an object (`.feed`), the first time. */
  validate: number;
  /** The same object given again (a second widget's `.feed`): the cache answers. */
  revalidate: number;
  floor: Timing[];
  overview: Timing[];
  timeline: Timing[];
  search: Timing[];
  filter: Timing[];
}

/** The widget's feed shown and every update it asked for done. */
async function settled(element: PlanFeedElement): Promise<void> {
  await element.loadComplete;
  while (!(await element.updateComplete));
}

function widget(tag: 'ogp-plan-overview' | 'ogp-milestone-timeline', url: string): PlanFeedElement {
  const element: PlanFeedElement = document.createElement(tag);
  element.setAttribute('today', DEMO_TODAY);
  element.src = url;
  return element;
}

/** The feed as a page gets it (a URL), its size, and its commitments' titles for the floor. */
interface ScaleFeed {
  url: string;
  bytes: number;
  titles: string[];
}

let prepared: ScaleFeed | undefined;

/** Made once, when first asked: the generated object is dropped, so the heap holds what a real page would. */
function scaleFeed(): ScaleFeed {
  if (!prepared) {
    const feed = syntheticFeed({ observations: 10_000, milestones: 20_000, milestonesPerCommitment: 10 });
    const blob = new Blob([JSON.stringify(feed)], { type: 'application/json' });
    prepared = {
      url: URL.createObjectURL(blob),
      bytes: blob.size,
      titles: feed.commitments.map((commitment) => commitment.title.es),
    };
  }
  return prepared;
}

/** The first screen of a widget whose feed the page already has. */
async function firstScreen(tag: Parameters<typeof widget>[0]): Promise<Timing> {
  const element = widget(tag, scaleFeed().url);
  const timing = await time(async () => {
    stage.append(element);
    await settled(element);
  });
  await clearStage();
  return timing;
}

/** The floor: the same 2,000 titles as bare list items. */
async function floor(): Promise<Timing> {
  const { titles } = scaleFeed();
  const timing = await time(() => {
    const list = document.createElement('ul');
    for (const title of titles) {
      const item = document.createElement('li');
      item.textContent = title;
      list.append(item);
    }
    stage.append(list);
  });
  await clearStage();
  return timing;
}

/** An overview on the page, ready for key presses. */
async function readyOverview(): Promise<OgpPlanOverview> {
  const element = widget('ogp-plan-overview', scaleFeed().url) as OgpPlanOverview;
  stage.append(element);
  await settled(element);
  await afterPaint();
  return element;
}

/** From the event a key press or a choice fires to the painted result, then back. */
async function change(
  element: OgpPlanOverview,
  selector: string,
  value: string,
  type: 'input' | 'change',
): Promise<Timing> {
  const control = element.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  const set = async (to: string) => {
    control.value = to;
    control.dispatchEvent(new Event(type, { bubbles: true }));
    await settled(element);
  };
  const shown = () => element.shadowRoot!.querySelector('[part="count"]')!.textContent;
  const before = shown();
  const timing = await time(() => set(value));
  if (shown() === before) throw new Error(`${selector} = "${value}" changed nothing`);
  await set('');
  await afterPaint();
  return timing;
}

async function runScaleBenchmark(runs: number): Promise<ScaleResult> {
  const { url, bytes } = scaleFeed();
  const start = now();
  const loaded = await loadFeed(url);
  if (!loaded.ok) throw new Error(`scale feed rejected: ${loaded.error.detail}`);
  const load = now() - start;
  const given = (await (await fetch(url)).json()) as unknown;
  const validating = now();
  acceptFeed(given);
  const validate = now() - validating;
  const again = now();
  acceptFeed(given);
  const revalidate = now() - again;

  const result: ScaleResult = {
    commitments: scaleFeed().titles.length,
    milestones: 20_000,
    bytes,
    load,
    validate,
    revalidate,
    floor: await repeat(runs, floor),
    overview: await repeat(runs, () => firstScreen('ogp-plan-overview')),
    timeline: await repeat(runs, () => firstScreen('ogp-milestone-timeline')),
    search: [],
    filter: [],
  };
  const overview = await readyOverview();
  // "prueba 1999" leaves one commitment; a pillar, a quarter of them.
  result.search = await repeat(runs, () => change(overview, '#filter-search', 'prueba 1999', 'input'));
  result.filter = await repeat(runs, () => change(overview, '#filter-theme', 'Datos abiertos', 'change'));
  await clearStage();
  return result;
}

/** The overview and the whole plan's timeline on the page, for the heap measurement. */
async function showScalePage(): Promise<void> {
  const { url } = scaleFeed();
  const overview = widget('ogp-plan-overview', url);
  const timeline = widget('ogp-milestone-timeline', url);
  stage.append(overview, timeline);
  await settled(overview);
  await settled(timeline);
  await afterPaint();
  const shown = (element: PlanFeedElement, selector: string) => element.shadowRoot!.querySelectorAll(selector).length;
  if (!shown(overview, '[part="item"]') || !shown(timeline, '[part="milestone"]')) throw new Error('nothing shown');
}

Object.assign(window, { runScaleBenchmark, showScalePage });
