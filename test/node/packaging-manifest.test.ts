/**
 * custom-elements.json: generated here by the analyzer with the project's
 * config (the same as `npm run analyze`, without writing a file), then held
 * to what designers, editors and Storybook rely on: every ogp-* element with
 * its tag, attributes, properties, events, parts and custom properties, and
 * every custom property its CSS reads documented (and nothing more).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WIDGETS as REGISTRY, type WidgetName } from '../../src/shared/widgets.js';
import { themes } from '../../stories/themes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WIDGETS = REGISTRY.map((widget) => widget.name);

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

type Analyzer = {
  cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<Manifest>;
};

let manifest: Manifest;

const elements = () =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName?.startsWith('ogp-')),
  );
const element = (tag: string) => elements().find((declaration) => declaration.tagName === tag)!;
const names = (items: Item[] | undefined) => (items ?? []).map((item) => item.name);

/** Every `var(--ogp-…)` a piece of source reads (public tokens, not the private --_ogp-*). */
const tokensIn = (text: string) => new Set([...text.matchAll(/var\((--ogp-[a-z0-9-]+)/g)].map((match) => match[1]!));

/** The source of a widget's folder, tests and stories left out. */
function widgetSource(name: string): string {
  return readdirSync(`${ROOT}src/${name}`)
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file))
    .map((file) => readFileSync(`${ROOT}src/${name}/${file}`, 'utf8'))
    .join('\n');
}

/** Event names a widget declares in its GlobalEventHandlersEventMap entries. */
function declaredEvents(name: string): string[] {
  const source = widgetSource(name);
  const block = /interface GlobalEventHandlersEventMap\s*{([^}]*)}/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/'(ogp-[a-z-]+)'\s*:/g)].map((match) => match[1]!);
}

describe('custom-elements.json', () => {
  before(async () => {
    const analyzer = (await import('@custom-elements-manifest/analyzer/cli.js' as string)) as Analyzer;
    const log = console.log;
    console.log = () => {};
    try {
      manifest = await analyzer.cli({
        argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
        cwd: ROOT,
        noWrite: true,
      });
    } finally {
      console.log = log;
    }
  });

  it('lists the registry’s elements, each with its tag, class, summary and a definition in its define module', () => {
    assert.deepEqual(
      elements()
        .map((declaration) => declaration.tagName)
        .sort(),
      WIDGETS.map((name) => `ogp-${name}`).sort(),
    );
    for (const name of WIDGETS) {
      const declaration = element(`ogp-${name}`);
      assert.equal(declaration.name, REGISTRY.find((widget) => widget.name === name)!.className, `${name}: class`);
      assert.ok(declaration.summary, `${name}: @summary`);
      const define = manifest.modules.find((module) => module.path === `src/${name}/define.ts`);
      const definition = define?.exports?.find((entry) => entry.kind === 'custom-element-definition');
      assert.equal(definition?.name, `ogp-${name}`, `${name}: definition in define.ts`);
      assert.equal(definition?.declaration.name, declaration.name);
      assert.equal(definition?.declaration.module, `src/${name}/${name}.ts`);
    }
  });

  it('gives every element the shared attributes and properties, and its own', () => {
    const own: Record<WidgetName, string[]> = {
      'plan-overview': ['detail-url'],
      commitment: ['commitment-id'],
      'indicator-chart': ['indicator-id'],
      'milestone-timeline': ['commitment-id'],
      'feedback-form': ['endpoint', 'commitment-id'],
      'feedback-answers': ['commitment-id', 'answers-src', 'lookup-src', 'reference'],
    };
    for (const name of WIDGETS) {
      const declaration = element(`ogp-${name}`);
      const attributes = names(declaration.attributes);
      for (const attribute of ['src', 'timeout', 'today', ...own[name]!]) {
        assert.ok(attributes.includes(attribute), `${name}: attribute ${attribute} in ${attributes.join(', ')}`);
      }
      const publicFields = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
      );
      for (const property of ['src', 'feed', 'timeout', 'today', 'loadComplete']) {
        assert.ok(names(publicFields).includes(property), `${name}: property ${property}`);
      }
      for (const attribute of declaration.attributes ?? []) {
        assert.ok(attribute.description || attribute.name === 'lang', `${name}: attribute ${attribute.name} described`);
      }
    }
  });

  it('documents the parts every element renders, with a description each', () => {
    for (const name of WIDGETS) {
      const parts = element(`ogp-${name}`).cssParts ?? [];
      for (const part of ['base', 'loading', 'error', 'retry']) {
        assert.ok(names(parts).includes(part), `${name}: part ${part}`);
      }
      for (const part of parts) assert.ok(part.description, `${name}: part ${part.name} described`);
      assert.equal(new Set(names(parts)).size, parts.length, `${name}: no part listed twice`);
    }
  });

  it('documents every part the element renders in its templates', () => {
    for (const name of WIDGETS) {
      const documented = new Set(names(element(`ogp-${name}`).cssParts));
      const rendered = [...widgetSource(name).matchAll(/part="([a-z0-9 -]+)"/g)].flatMap((match) =>
        match[1]!.split(' '),
      );
      for (const part of rendered)
        assert.ok(documented.has(part), `${name}: part "${part}" is rendered but not documented`);
    }
  });

  it('documents exactly the custom properties each element reads, with a description each', () => {
    const shared = readFileSync(`${ROOT}src/core/styles.ts`, 'utf8');
    for (const name of WIDGETS) {
      const properties = element(`ogp-${name}`).cssProperties ?? [];
      const documented = new Set(names(properties));
      const used = new Set([...tokensIn(shared), ...tokensIn(widgetSource(name))]);
      assert.deepEqual(
        [...used].filter((token) => !documented.has(token)),
        [],
        `${name}: read but not documented`,
      );
      assert.deepEqual(
        [...documented].filter((token) => !used.has(token)),
        [],
        `${name}: documented but never read`,
      );
      for (const property of properties) assert.ok(property.description, `${name}: ${property.name} described`);
    }
  });

  it('documents every ogp-* event an element declares, with its class', () => {
    for (const name of WIDGETS) {
      const events = element(`ogp-${name}`).events ?? [];
      for (const event of events) assert.ok(event.name, `${name}: an event without a name`);
      for (const declared of declaredEvents(name)) {
        const event = events.find((candidate) => candidate.name === declared);
        assert.ok(event, `${name}: ${declared} is not documented with @fires`);
        assert.ok(event.description, `${name}: ${declared} described`);
        assert.ok(event.type?.text.endsWith('Event'), `${name}: ${declared} has its class`);
      }
    }
    assert.ok(names(element('ogp-plan-overview').events).includes('ogp-commitment-toggle'));
    assert.ok(names(element('ogp-feedback-form').events).includes('ogp-feedback-sent'));
  });

  it('matches the README’s table of custom properties for designers', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## For designers'), readme.indexOf('## For feed authors'));
    const listed = new Set<string>();
    for (const row of section.split('\n').filter((line) => line.startsWith('| `--ogp-'))) {
      const cell = row.split('|')[1]!;
      const range = /`--ogp-([a-z-]+)-(\d)` … `--ogp-\1-(\d)`/.exec(cell);
      if (range) {
        for (let n = Number(range[2]); n <= Number(range[3]); n++) listed.add(`--ogp-${range[1]}-${n}`);
      } else {
        for (const match of cell.matchAll(/`(--ogp-[a-z0-9-]+)`/g)) listed.add(match[1]!);
      }
    }
    const documented = new Set(elements().flatMap((declaration) => names(declaration.cssProperties)));
    assert.deepEqual([...documented].filter((name) => !listed.has(name)).sort(), [], 'documented, missing in README');
    assert.deepEqual([...listed].filter((name) => !documented.has(name)).sort(), [], 'in README, not documented');
  });

  it('knows every custom property the Storybook themes set', () => {
    const documented = new Set(elements().flatMap((declaration) => names(declaration.cssProperties)));
    for (const [theme, { properties }] of Object.entries(themes)) {
      for (const property of Object.keys(properties)) {
        assert.ok(documented.has(property), `theme ${theme}: ${property} is not a documented property`);
      }
    }
  });
});
