// The CDN bundle dist/ogp-plan-widgets.js: one minified ES module that
// registers every element, with Lit, D3 and valibot inside. The options live
// in scripts/bundle.js, shared with the size check and the browser tests.
// The npm modules and their .d.ts come from `tsc -b` (the shared, browser and node projects).
import { inputOptions, outputOptions } from './scripts/bundle.js';

// The staff inbox (inbox/), which the receiver serves at /admin/, is a page of its own: dist/admin/inbox.js.
export default [
  { ...inputOptions(), output: outputOptions() },
  {
    ...inputOptions({ input: 'inbox/staff-inbox.ts' }),
    output: { file: 'dist/admin/inbox.js', format: 'es', sourcemap: true },
  },
];
