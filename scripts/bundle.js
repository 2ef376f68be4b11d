/**
 * The CDN bundle, in one place: `rollup.config.js` (`npm run build`), the
 * size check and the browser tests all build it with these options, so what
 * the tests load is exactly what a page would load.
 *
 * - TypeScript sources are compiled by esbuild (fast, the same decorator
 *   settings as tsconfig.json), so the bundle never depends on a stale dist/.
 * - Dependencies resolve with the 'production' export condition: Lit's
 *   production build goes in, not its development build with warnings.
 * - Lit creates the Trusted Types policy 'lit-html' when it loads. A second
 *   copy of the bundle on the same page (a CMS block and the theme both
 *   include it) would ask for that policy again, which a strict CSP without
 *   'allow-duplicates' refuses with a TypeError. The bundle keeps the first
 *   policy on a global symbol and reuses it, so loading twice throws nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = resolve(ROOT, 'src');
/** The loader, the `<script>` a page includes: it defines each element on demand (src/loader.ts). */
export const LOADER_FILE = 'ogp-plan-widgets.js';
/** The core API without elements, sharing the loader's chunks (src/api.ts). */
export const API_FILE = 'ogp-plan-widgets.api.js';
/** Space for the elements before their code arrives, linked next to the loader (src/ogp-plan-widgets.css). */
export const STYLESHEET_FILE = 'ogp-plan-widgets.css';
/** Everything in one file, for a page that must pin one file with SRI (src/all.ts). */
export const ALL_FILE = 'ogp-plan-widgets.all.js';

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

export const BANNER =
  `/*! ${pkg.name} ${pkg.version} | MIT | ${pkg.homepage ?? 'https://www.npmjs.com/package/' + pkg.name} | ` +
  'bundles Lit (BSD-3-Clause, Google LLC), D3 (ISC, Mike Bostock) and valibot (MIT) */';

/** One TypeScript module to JavaScript, as the bundle compiles each (the test server serves src/ this way too). */
export const compile = (code, sourcefile) =>
  transform(code, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile,
    sourcemap: true,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });

/** Compiles src/**\/*.ts with esbuild; `./x.js` imports find `./x.ts` (NodeNext style). */
export function typescriptSources() {
  return {
    name: 'ogp-typescript-sources',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await compile(code, id);
      return { code: result.code, map: result.map };
    },
  };
}

const POLICY = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;

/** Makes Lit's Trusted Types policy survive a second copy of the bundle (see above). */
export function sharedLitPolicy() {
  return {
    name: 'ogp-shared-lit-html-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!POLICY.test(code)) this.error('lit-html no longer creates its policy as expected: update scripts/bundle.js');
      const shared =
        '(globalThis[Symbol.for("ogp-plan-widgets.lit-html-policy")]??=(()=>{try{return $1.createPolicy(' +
        '"lit-html",{createHTML:s=>s})}catch(e){return void 0}})())';
      // Lit ships minified; its lines keep no useful mapping.
      return { code: code.replace(POLICY, shared), map: { mappings: '' } };
    },
  };
}

/** Spaces out of one line of CSS; lines with a quoted string (content: ' · ') are left alone. */
const squeeze = (text) =>
  /['"]/.test(text)
    ? text
    : text
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?([{};,]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}');

/** One static part of a css`` template; `first`/`last`: whether it starts/ends the template. */
export const minifyCssQuasi = (raw, first, last) => {
  if (/\\\r?\n/.test(raw)) return raw;
  const noComments = raw.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  const lines = noComments.split('\n');
  return lines
    .map((line, index) => {
      const keepStart = index === 0 && !first;
      const keepEnd = index === lines.length - 1 && !last;
      const head = keepStart ? (/^\s/.test(line) ? ' ' : '') : '';
      const tail = keepEnd ? (/\s$/.test(line) ? ' ' : '') : '';
      const body = squeeze(line.trim());
      return body ? head + body + tail : head || tail;
    })
    .join('\n');
};

/** Calls `visit` on every node of an ESTree program. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** Replaces [start, end, text] ranges of `code`; null when there are none. */
function applyEdits(code, edits) {
  if (edits.length === 0) return null;
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  // Every edit keeps its line breaks, so line numbers (and the map) stay right.
  return { code: result, map: null };
}

/** Rewrites the static parts of templates tagged with one of `tags`; `rewrite(raw, index, count)`. */
function rewriteTemplates(program, code, tags, rewrite) {
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.includes(node.tag.name)) {
      return;
    }
    const { quasis } = node.quasi;
    quasis.forEach((quasi, index) => {
      const raw = code.slice(quasi.start, quasi.end);
      const rewritten = rewrite(raw, index, quasis.length);
      if (rewritten !== raw) edits.push([quasi.start, quasi.end, rewritten]);
    });
  });
  return applyEdits(code, edits);
}

/**
 * Minifies the CSS in our `css` tagged templates: comments, indentation and
 * spaces around punctuation go; line breaks stay, so line numbers (and the
 * source map, which is not rewritten) stay right. Text next to a `${…}` is
 * kept as it is, so `solid ${color}` never becomes `solid${color}`.
 */
export function minifyCssLiterals() {
  return {
    name: 'ogp-minify-css-literals',
    transform(code, id) {
      if (!id.startsWith(SRC) || !code.includes('css`')) return null;
      return rewriteTemplates(this.parse(code), code, ['css'], (raw, index, count) =>
        minifyCssQuasi(raw, index === 0, index === count - 1),
      );
    },
  };
}

/**
 * Drops the indentation in our Lit `html` and `svg` templates: a line break
 * followed by spaces becomes the line break alone. HTML collapses any run of
 * white space to one space, so the page renders the same (none of our
 * templates holds a <pre>, text in a <textarea> or a white-space: pre
 * style); line breaks stay, so line numbers (and the map) stay right.
 */
export function minifyTemplateIndentation() {
  return {
    name: 'ogp-minify-template-indentation',
    transform(code, id) {
      if (!id.startsWith(SRC) || !/\b(html|svg)`/.test(code)) return null;
      return rewriteTemplates(this.parse(code), code, ['html', 'svg'], (raw) => raw.replace(/\n[ \t]+/g, '\n'));
    },
  };
}

/**
 * Leaves the JSON Schema descriptions out of the bundle: in a module that
 * imports src/shared/schema-doc.ts, every `doc('…')` call becomes `doc()`,
 * which is ''. Validation never reads descriptions; the published schemas
 * are generated in Node from the sources, text and all. A `doc` argument
 * that is not a literal is an error, so no code can hide behind it.
 */
export function schemaDocsOut() {
  return {
    name: 'ogp-schema-docs-out',
    transform(code, id) {
      if (!id.startsWith(SRC) || !/from\s*["']\.\/schema-doc\.js["']/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'doc') return;
        const args = node.arguments;
        if (args.some((arg) => arg.type !== 'Literal' && arg.type !== 'TemplateLiteral')) {
          this.error(`doc(…) takes a literal text only (${id})`);
        }
        if (args.length === 0) return;
        const [start, end] = [args[0].start, args[args.length - 1].end];
        edits.push([start, end, code.slice(start, end).replace(/[^\n]/g, '')]);
      });
      return applyEdits(code, edits);
    },
  };
}

/**
 * Rollup input options for one entry (a path under src/, .ts).
 * @param {{ input?: string, minify?: boolean }} [options]
 */
export function inputOptions({ input = 'src/all.ts', minify = true } = {}) {
  return {
    input: resolve(ROOT, input),
    preserveEntrySignatures: 'strict',
    // d3-time builds every interval (local and UTC, one per weekday) and both
    // tickers when it loads; the axes use the UTC ticker only. These factories
    // only build objects, so rollup may drop the ones nothing uses (−0.4 kB gzip).
    treeshake: { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'] },
    plugins: [
      typescriptSources(),
      minifyCssLiterals(),
      minifyTemplateIndentation(),
      schemaDocsOut(),
      sharedLitPolicy(),
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.mjs', '.js', '.ts', '.json'] }),
      ...(minify
        ? [
            terser({
              module: true,
              ecma: 2022,
              compress: { passes: 2 },
              format: { comments: /^!/ },
            }),
          ]
        : []),
    ],
  };
}

/**
 * Rollup output options for the single file with everything, dist/ogp-plan-widgets.all.js. What the sources load
 * with `import()` (language packs) goes inside it too: one file, all of it covered by its integrity hash.
 */
export function outputOptions({ dir = resolve(ROOT, 'dist'), sourcemap = true } = {}) {
  return {
    file: resolve(dir, ALL_FILE),
    format: 'es',
    banner: BANNER,
    sourcemap,
    // One file: what the modules load later by import() (the language packs, the chart's CSV writer) is inside it.
    inlineDynamicImports: true,
  };
}

/** Copies src/ogp-plan-widgets.css beside the loader, as it is (it is short, and its comment tells how to use it). */
function stylesheet() {
  return {
    name: 'ogp-stylesheet',
    buildStart() {
      const source = readFileSync(resolve(SRC, STYLESHEET_FILE), 'utf8');
      this.emitFile({ type: 'asset', fileName: STYLESHEET_FILE, source });
    },
  };
}

/** Rollup input options for the split build: the loader and the API as entries; every element a chunk. */
export function splitInputOptions({ minify = true } = {}) {
  const options = inputOptions({ minify });
  return {
    ...options,
    plugins: [...options.plugins, stylesheet()],
    input: {
      [LOADER_FILE.replace(/\.js$/, '')]: resolve(SRC, 'loader.ts'),
      [API_FILE.replace(/\.js$/, '')]: resolve(SRC, 'api.ts'),
    },
  };
}

/** `chunks/<name>-<hash>.js` for an element's chunk (its define module), `chunks/<first module>-<hash>.js` for shared ones. */
function chunkFileName(chunk) {
  // The facade is the element's define module; a chunk rollup gave no facade (one that also carries modules another
  // chunk imports) is still named after the define module it holds.
  const element =
    ELEMENT_CHUNK.exec(chunk.facadeModuleId ?? '') ??
    chunk.moduleIds.map((id) => ELEMENT_CHUNK.exec(id)).find((match) => match !== null);
  return element ? `chunks/${element[1]}-[hash].js` : 'chunks/[name]-[hash].js';
}

const ELEMENT_CHUNK = /[\\/]src[\\/](?!core[\\/])([\w-]+)[\\/]define\.ts$/;

/**
 * The shared chunk `chunks/core-<hash>.js`: every module that at least three of the
 * six elements use (Lit, valibot, the feed schema and loader, the base class,
 * the shared templates and styles), and every module the overview shares with
 * another element (pagination, "Novedades", Lit's `live`). Fewer, larger
 * chunks compress better (each file is compressed alone) and cost fewer
 * requests: the overview, the element most pages show and the one with a
 * budget (src/shared/page-budgets.ts), loads in two files besides the loader,
 * and the page with every element in fewer. What only elements other than the
 * overview share stays out of it (rollup's own shared chunks), so a page with
 * the overview does not download the chart's D3, and a module is split along
 * what each element uses (src/shared/indicators.ts apart from derive.ts) where
 * the overview would otherwise carry what it never shows.
 */
function coreChunk() {
  let core;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!core) {
      const reach = (entry) => {
        const seen = new Set();
        const stack = [entry];
        while (stack.length > 0) {
          const next = stack.pop();
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push(...getModuleInfo(next).importedIds);
        }
        return seen;
      };
      const defines = [...getModuleIds()].filter((module) => ELEMENT_CHUNK.test(module));
      const elements = defines.map(reach);
      const overview = elements[defines.findIndex((module) => ELEMENT_CHUNK.exec(module)[1] === 'plan-overview')];
      const uses = new Map();
      for (const module of elements.flatMap((closure) => [...closure])) uses.set(module, (uses.get(module) ?? 0) + 1);
      const shared = ([module, count]) => count >= 3 || (count >= 2 && overview.has(module));
      core = new Set([...uses].filter((use) => shared(use) && !ELEMENT_CHUNK.test(use[0])).map(([module]) => module));
    }
    return core.has(id) ? 'core' : undefined;
  };
}

/**
 * Rollup output options for the split build in dist/: the entries under
 * their own names (what pages write), the chunks in dist/chunks/ with a hash
 * of their content in the name. A server may then keep a chunk for a year
 * (src/server/static-headers.ts: a repeat visit downloads none), and a
 * loader cached from the previous release never meets the new release's
 * chunks: it asks for its own names, never for a chunk built with others.
 */
export function splitOutputOptions({ dir = resolve(ROOT, 'dist'), sourcemap = true } = {}) {
  return {
    dir,
    format: 'es',
    banner: BANNER,
    sourcemap,
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
    hashCharacters: 'hex',
    manualChunks: coreChunk(),
  };
}

/**
 * Builds the CDN files in memory (a few seconds), as `npm run build` writes
 * them to dist/ (without source maps): a map from the path under dist/
 * (`ogp-plan-widgets.js`, `chunks/core-<hash>.js`, `ogp-plan-widgets.css`, …) to the text. For the test
 * server and the benchmark, which must never read a stale dist/.
 */
export async function buildCdnFiles() {
  const { rollup } = await import('rollup');
  const files = new Map();
  for (const [input, output] of [
    [splitInputOptions(), splitOutputOptions({ sourcemap: false })],
    [inputOptions(), outputOptions({ sourcemap: false })],
  ]) {
    const build = await rollup(input);
    const { output: chunks } = await build.generate({ ...output, file: undefined, dir: undefined });
    await build.close();
    for (const file of chunks) {
      if (file.type === 'asset') files.set(file.fileName, file.source);
      else files.set(output.file ? ALL_FILE : file.fileName, file.code);
    }
  }
  return files;
}
