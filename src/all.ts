/**
 * Registers every element and re-exports the public API. It is the entry of
 * the CDN bundle `dist/ogp-plan-widgets.js`, so a page that loads the bundle
 * can also `import { loadFeed } from '…/ogp-plan-widgets.js'` and share the
 * widgets' feed cache. Registration is guarded: loading it twice is harmless.
 */

import './plan-overview/define.js';
import './commitment/define.js';
import './indicator-chart/define.js';
import './milestone-timeline/define.js';
import './feedback-form/define.js';
import './feedback-answers/define.js';

export * from './index.js';
