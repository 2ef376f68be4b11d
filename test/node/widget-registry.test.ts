/**
 * The widget registry (src/shared/widgets.ts) is the one list of widgets;
 * what cannot read it at run time is held to it here. The package's entry
 * points are TypeScript and JSON that tsc, rollup, Storybook, the manifest
 * analyzer and editors read as they are, so they stay hand-written (no
 * generation step before each of those tools), and this test fails as soon
 * as one of them names a widget the registry does not, or misses one.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WIDGET_TAGS, WIDGETS, type WidgetInfo, widgetNamed } from '../../src/shared/widgets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const names = WIDGETS.map((widget) => widget.name);
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

const pkg = JSON.parse(read('package.json')) as {
  exports: Record<string, string | { types?: string; default?: string }>;
};

describe('the widget registry', () => {
  it('names each widget once: folder, tag ogp-<name> and class Ogp<Name>', () => {
    assert.equal(new Set(names).size, names.length, 'names are unique');
    for (const { name, tag, className, title, embedParams } of WIDGETS as readonly WidgetInfo[]) {
      assert.match(name, /^[a-z]+(-[a-z]+)*$/, name);
      assert.equal(tag, `ogp-${name}`);
      assert.equal(className, `Ogp${pascal(name)}`);
      assert.ok(title.es && title.en, `${name}: a title in each language`);
      assert.ok(!embedParams.includes('src') && !embedParams.includes('lang'), `${name}: common parameters apart`);
    }
    assert.deepEqual(
      WIDGET_TAGS,
      WIDGETS.map((widget) => widget.tag),
    );
    assert.equal(widgetNamed('commitment')?.tag, 'ogp-commitment');
    for (const strange of ['', 'Commitment', 'toString', '__proto__', undefined, null]) {
      assert.equal(widgetNamed(strange), undefined, String(strange));
    }
  });

  it('has a folder under src/ for each widget, and each folder that registers a tag is in it', () => {
    const registers = (folder: string) =>
      existsSync(`${ROOT}src/${folder}/define.ts`) && read(`src/${folder}/define.ts`).includes("defineElement('ogp-");
    const folders = readdirSync(`${ROOT}src`).filter(registers);
    assert.deepEqual(folders.sort(), [...names].sort());
    for (const { name, tag, className } of WIDGETS) {
      assert.match(read(`src/${name}/${name}.ts`), new RegExp(`export class ${className}\\b`));
      const define = read(`src/${name}/define.ts`);
      assert.match(
        define,
        new RegExp(`defineElement\\('${tag}', ${className}\\)`),
        `${name}/define.ts registers ${tag}`,
      );
      assert.match(define, new RegExp(`'${tag}': ${className};`), `${name}/define.ts: HTMLElementTagNameMap`);
    }
  });

  it('is what src/all.ts registers, in its order', () => {
    const defines = [...read('src/all.ts').matchAll(/^import '\.\/([\w-]+)\/define\.js';$/gm)].map((match) => match[1]);
    assert.deepEqual(defines, names);
  });

  it('is what src/index.ts exports, each class from its own module', () => {
    const index = read('src/index.ts');
    for (const { name, className } of WIDGETS) {
      assert.match(
        index,
        new RegExp(`export \\{[^}]*\\b${className}\\b[^}]*\\} from '\\./${name}/${name}\\.js';`),
        `index.ts exports ${className} from ./${name}/${name}.js`,
      );
    }
    const classModules = [...index.matchAll(/from '\.\/([\w-]+)\/([\w-]+)\.js'/g)]
      .filter(([, folder, file]) => folder === file)
      .map((match) => match[1]);
    assert.deepEqual([...new Set(classModules)], names, 'no element class of a widget the registry lacks');
  });

  it('is what package.json exports: ./<name>.js and ./<name>/define.js, each to its compiled module', () => {
    const entries = Object.keys(pkg.exports);
    const classEntries = entries.filter(
      (entry) => /^\.\/[\w-]+\.js$/.test(entry) && !/^\.\/(all|ogp-plan-widgets)\.js$/.test(entry),
    );
    const defineEntries = entries.filter((entry) => /^\.\/[\w-]+\/define\.js$/.test(entry));
    assert.deepEqual(
      classEntries,
      names.map((name) => `./${name}.js`),
    );
    assert.deepEqual(
      defineEntries,
      names.map((name) => `./${name}/define.js`),
    );
    for (const name of names) {
      assert.deepEqual(pkg.exports[`./${name}.js`], {
        types: `./dist/${name}/${name}.d.ts`,
        default: `./dist/${name}/${name}.js`,
      });
      assert.deepEqual(pkg.exports[`./${name}/define.js`], {
        types: `./dist/${name}/define.d.ts`,
        default: `./dist/${name}/define.js`,
      });
    }
  });
});
