/**
 * The types of dist/ogp-plan-widgets.js, the CDN bundle rollup builds from
 * all.ts (every element registered, the public API exported). Modules that
 * run beside the bundle in dist/ (src/embed/embed.ts) import it by this
 * relative path, so tsc checks them against what the bundle exports.
 */
export * from './all.js';
