/**
 * Example data, one source for stories, tests, the benchmark and the demo:
 * the sample feed's "today", and feeds of any size grown from the sample or
 * made up. No DOM and no Node (its own TypeScript project,
 * tsconfig.examples.json), so browser and Node code alike import it; never
 * shipped.
 */
export { DEMO_TODAY } from './demo.js';
export { largeFeed } from './large-feed.js';
export type { LargeFeedOptions } from './large-feed.js';
export { SYNTHETIC_INDICATOR_ID, SYNTHETIC_THEMES, syntheticFeed } from './synthetic-feed.js';
export type { SyntheticSize } from './synthetic-feed.js';
export { ANOTHER_CITY } from './another-city.js';
