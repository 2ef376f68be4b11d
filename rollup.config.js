// The CDN files (options in scripts/bundle.js, shared with the size check
// and the browser tests):
// - dist/ogp-plan-widgets.js, the loader a page includes, with the API entry
//   dist/ogp-plan-widgets.api.js and the chunks they load, dist/chunks/;
// - dist/ogp-plan-widgets.all.js, every element and the API in one file.
// The npm modules and their .d.ts come from `tsc -b` (the shared, browser and node projects).
import { inputOptions, outputOptions, splitInputOptions, splitOutputOptions } from './scripts/bundle.js';

// The staff inbox (inbox/), which the receiver serves at /admin/, is a page of its own: dist/admin/inbox.js.
export default [
  { ...splitInputOptions(), output: splitOutputOptions() },
  { ...inputOptions(), output: outputOptions() },
  {
    ...inputOptions({ input: 'inbox/staff-inbox.ts' }),
    output: { file: 'dist/admin/inbox.js', format: 'es', sourcemap: true },
  },
];
