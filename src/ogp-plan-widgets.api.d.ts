/**
 * The types of dist/ogp-plan-widgets.api.js, the core API without elements
 * that rollup builds from src/api.ts, sharing its chunks (and so the feed
 * cache) with the elements the loader defines. src/embed/embed.ts imports it
 * by this relative path.
 */
export * from './api.js';
