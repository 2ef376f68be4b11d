#!/usr/bin/env node
// `npm run build` starts here: removes what the build writes, so a renamed or
// deleted module never lingers in dist/ or in the manifest.
import { rmSync } from 'node:fs';

for (const path of ['dist', 'custom-elements.json']) {
  rmSync(new URL(`../${path}`, import.meta.url), { recursive: true, force: true });
}
