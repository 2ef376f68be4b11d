/**
 * The npm package's entry points: the `exports` map, `sideEffects`, the
 * split between element classes (no side effects) and define modules, and
 * the package imported by its own name from the compiled dist/ (which
 * `npm test` compiles first with tsc; this file compiles it when missing).
 *
 * src/all.ts, src/index.ts and package.json are written by hand, and held
 * here to the widget registry (src/shared/widgets.ts): each names every
 * widget of the registry and no other.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../../src/shared/widgets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Conditions = { types?: string; default?: string };
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  name: string;
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | Conditions>;
  sideEffects: string[];
  customElements: string;
  files: string[];
};

/** package.json's sideEffects patterns, as bundlers read them (a pattern without "/" matches any folder). */
function hasSideEffects(path: string): boolean {
  return pkg.sideEffects.some((pattern) => {
    const source = pattern
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*');
    return new RegExp(pattern.includes('/') ? `^${source}$` : `(^|/)${source}$`).test(path.replace(/^\.\//, ''));
  });
}

/** Source files of src/, tests, stories and test support left out. */
function sources(): string[] {
  return readdirSync(`${ROOT}src`, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file) && !file.startsWith('test-support'));
}

describe('package.json entry points', () => {
  before(() => {
    if (existsSync(`${ROOT}dist/index.js`) && existsSync(`${ROOT}dist/all.js`)) return;
    const projects = ['tsconfig.shared.json', 'tsconfig.browser.json', 'tsconfig.node.json'];
    const tsc = spawnSync('npx', ['tsc', '-b', ...projects], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(tsc.status, 0, `tsc -b ${projects.join(' ')}`);
  });

  it('maps every entry to a module tsc compiles, with the types condition first', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        const file = target.replace(/^\.\//, '');
        if (file.startsWith('dist/')) {
          const cdnFiles = ['dist/ogp-plan-widgets.js', 'dist/ogp-plan-widgets.api.js', 'dist/ogp-plan-widgets.all.js'];
          assert.ok(cdnFiles.includes(file), `${entry}: only the CDN files (rollup's) are plain files in dist/`);
        } else if (file !== 'custom-elements.json') {
          assert.ok(existsSync(`${ROOT}${file}`), `${entry}: ${file} exists`);
        }
        continue;
      }
      assert.deepEqual(Object.keys(target), ['types', 'default'], `${entry}: types first`);
      const module = target.default!.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
      assert.equal(target.types, `./dist/${module}.d.ts`, `${entry}: types next to the module`);
      assert.ok(existsSync(`${ROOT}src/${module}.ts`), `${entry}: src/${module}.ts`);
      assert.ok(existsSync(`${ROOT}dist/${module}.js`), `${entry}: dist/${module}.js compiled`);
      assert.ok(existsSync(`${ROOT}dist/${module}.d.ts`), `${entry}: dist/${module}.d.ts compiled`);
    }
    assert.equal(pkg.main, './dist/index.js');
    assert.equal(pkg.types, './dist/index.d.ts');
    assert.equal(pkg.customElements, 'custom-elements.json');
    for (const published of ['dist', 'schema', 'custom-elements.json']) assert.ok(pkg.files.includes(published));
  });

  it('has an entry for each element class and each define module, the bundle, the schemas and the manifest', () => {
    for (const { name } of WIDGETS) {
      assert.ok(pkg.exports[`./${name}.js`], `./${name}.js`);
      assert.ok(pkg.exports[`./${name}/define.js`], `./${name}/define.js`);
    }
    for (const entry of [
      '.',
      './all.js',
      './ogp-plan-widgets.js',
      './schema/plan-feed.schema.json',
      './schema/feedback-submission.schema.json',
      './schema/feedback-answers.schema.json',
      './custom-elements.json',
      './package.json',
    ]) {
      assert.ok(pkg.exports[entry], entry);
    }
  });

  it('declares side effects for the define modules and all.js only, never for a class or the core', () => {
    for (const { name } of WIDGETS) {
      assert.ok(hasSideEffects(`dist/${name}/define.js`), `dist/${name}/define.js`);
      assert.ok(hasSideEffects(`src/${name}/define.ts`), `src/${name}/define.ts (Storybook and Vite read it too)`);
      assert.ok(!hasSideEffects(`dist/${name}/${name}.js`), `dist/${name}/${name}.js is side-effect free`);
    }
    assert.ok(hasSideEffects('dist/all.js'));
    for (const file of ['dist/index.js', 'dist/shared/derive.js', 'dist/core/feed-loader.js', 'dist/core/styles.js']) {
      assert.ok(!hasSideEffects(file), file);
    }
  });

  it('keeps registration in the define modules: a class module never defines its tag', () => {
    for (const file of sources()) {
      const text = readFileSync(`${ROOT}src/${file}`, 'utf8');
      const registers = /\bdefineElement\(|customElements\.define\(/.test(text);
      const isDefine = /(^|\/)define\.ts$/.test(file);
      if (registers) assert.ok(isDefine, `src/${file} registers a tag outside a define module`);
      if (!isDefine && file !== 'all.ts') {
        assert.doesNotMatch(text, /import '\.\/define\.js'/, `src/${file} imports a define module`);
      }
    }
    const index = readFileSync(`${ROOT}src/index.ts`, 'utf8');
    assert.doesNotMatch(index, /(import|from) '[^']*define\.js'/, 'index.ts registers nothing');
  });

  it('never uses Lit’s styleMap, whose first render a strict CSP blocks (src/core/style-map.ts instead)', () => {
    for (const file of sources()) {
      const text = readFileSync(`${ROOT}src/${file}`, 'utf8');
      assert.doesNotMatch(text, /lit\/directives\/style-map\.js/, `src/${file}`);
    }
  });

  it('imports by package name: classes and the API from ".", registration from "./all.js"', async () => {
    const api = (await import(pkg.name)) as Record<string, unknown>;
    for (const { className } of WIDGETS) assert.equal(typeof api[className], 'function', className);
    for (const fn of ['validateFeed', 'loadFeed', 'planSummary', 'formatDate', 'validateSubmission']) {
      assert.equal(typeof api[fn], 'function', fn);
    }
    const demo = JSON.parse(readFileSync(`${ROOT}demo/feed.json`, 'utf8'));
    assert.equal((api.validateFeed as (feed: unknown) => { ok: boolean })(demo).ok, true);

    const single = (await import(`${pkg.name}/commitment.js`)) as Record<string, unknown>;
    assert.equal(single.OgpCommitment, api.OgpCommitment, 'one class, whatever the entry point');

    await import(`${pkg.name}/all.js`);
    // Lit's Node build provides a customElements registry; the tags are in it.
    const registry = (globalThis as { customElements?: { get(tag: string): unknown } }).customElements;
    for (const { tag, className } of WIDGETS) assert.equal(registry?.get(tag), api[className], tag);

    const schema = (await import(`${pkg.name}/schema/plan-feed.schema.json`, { with: { type: 'json' } })) as {
      default: { $id: string };
    };
    assert.match(schema.default.$id, /plan-feed\.schema\.json$/);
  });
});
