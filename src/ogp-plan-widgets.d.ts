/**
 * The types of dist/ogp-plan-widgets.js, the loader rollup builds from
 * src/loader.ts (each element defined on demand; `preload`). Modules that
 * run beside it in dist/ (src/embed/embed.ts) import it by this relative
 * path, so tsc checks them against what it exports.
 */
export * from './loader.js';
