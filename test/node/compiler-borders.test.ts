/**
 * The borders the compiler keeps between the TypeScript projects (see
 * tsconfig.json): small probe modules, written to a temporary folder, are
 * compiled with each project's own options (a temporary tsconfig that
 * extends it), one program per project. Code that crosses the border must
 * fail to compile, for the right reason; code that stays inside must compile.
 * And src/ stands on its own: nothing in it imports from bench/ or stories/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Probe {
  /** What the probe does, as the test names it. */
  does: string;
  source: string;
  /** Undefined: it must compile. Otherwise a word the compiler's error must name (why it failed). */
  fails?: string;
}

const PROBES: Record<string, Probe[]> = {
  'tsconfig.shared.json': [
    {
      does: 'formats with Intl and reads a Map',
      source: `export const f = new Intl.NumberFormat('es-CO').format(new Map([[1, 2]]).size);`,
    },
    { does: 'uses document', source: `export const title = document.title;`, fails: 'document' },
    { does: 'uses process', source: `export const env = process.env.NODE_ENV;`, fails: 'process' },
    {
      does: 'imports node:fs',
      source: `import { readFileSync } from 'node:fs';\nexport { readFileSync };`,
      fails: 'node:fs',
    },
  ],
  'tsconfig.examples.json': [
    {
      does: 'builds a plan feed',
      source: `export const feed = { schemaVersion: '1.0', commitments: [] as string[] };`,
    },
    { does: 'uses document', source: `export const title = document.title;`, fails: 'document' },
    { does: 'uses process', source: `export const argv = process.argv;`, fails: 'process' },
  ],
  'tsconfig.browser.json': [
    {
      does: 'creates an element and reads the URL',
      source: `export const p = document.createElement('p');\np.textContent = new URL(location.href).search;`,
    },
    {
      does: 'imports node:fs',
      source: `import { readFileSync } from 'node:fs';\nexport { readFileSync };`,
      fails: 'node:fs',
    },
    { does: 'uses process', source: `export const env = process.env.NODE_ENV;`, fails: 'process' },
    { does: 'uses Buffer', source: `export const bytes = Buffer.from('a');`, fails: 'Buffer' },
  ],
  'tsconfig.node.json': [
    {
      does: 'reads a file with node:fs and the process',
      source: `import { readFileSync } from 'node:fs';\nexport const text = readFileSync(process.argv[1]!, 'utf8');`,
    },
    { does: 'uses document', source: `export const title = document.title;`, fails: 'document' },
    { does: 'uses window', source: `export const width = window.innerWidth;`, fails: 'window' },
  ],
};

let folder: string;
/** Error messages per probe file, from one program per project. */
const errors = new Map<string, string[]>();

/** One cache of parsed files (the lib .d.ts files above all) for every program. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

function compile(project: string, files: string[]): void {
  const config = join(folder, `${project.replace(/\.json$/, '')}.probe.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, project),
      compilerOptions: {
        composite: false,
        incremental: false,
        declaration: false,
        declarationMap: false,
        emitDeclarationOnly: false,
        noEmit: true,
        rootDir: folder,
        // The probes live outside the repository: find its @types (for "types": ["node"]) where they are.
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
      files,
      include: [],
    }),
  );
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) =>
        assert.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    },
  )!;
  assert.deepEqual(parsed.errors, [], `${project}: the probe's tsconfig`);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) => {
    if (!name.includes('/node_modules/')) return getSourceFile(name, language, ...rest);
    if (!parsedFiles.has(name)) parsedFiles.set(name, getSourceFile(name, language, ...rest));
    return parsedFiles.get(name);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '(project)';
    const list = errors.get(file) ?? [];
    list.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    errors.set(file, list);
  }
}

const probeFile = (project: string, index: number) => join(folder, `${project.replace(/\.json$/, '')}-${index}.ts`);

describe('the borders between the TypeScript projects', () => {
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ogp-compiler-borders-'));
    for (const [project, probes] of Object.entries(PROBES)) {
      const files = probes.map((probe, index) => {
        writeFileSync(probeFile(project, index), `${probe.source}\n`);
        return probeFile(project, index);
      });
      compile(project, files);
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports nothing but on the probes (the probe projects themselves are sound)', () => {
    const probeFiles = Object.entries(PROBES).flatMap(([project, probes]) =>
      probes.map((_, i) => probeFile(project, i)),
    );
    assert.deepEqual(
      [...errors].filter(([file]) => !probeFiles.includes(file)),
      [],
    );
  });

  for (const [project, probes] of Object.entries(PROBES)) {
    for (const [index, probe] of probes.entries()) {
      const outcome = probe.fails ? 'fails to compile' : 'compiles';
      it(`${project}: a module that ${probe.does} ${outcome}`, () => {
        const found = errors.get(probeFile(project, index)) ?? [];
        if (!probe.fails) return assert.deepEqual(found, []);
        assert.ok(
          found.some((message) => message.includes(`'${probe.fails}'`) || message.includes(`"${probe.fails}"`)),
          `an error naming ${probe.fails}, not: ${found.join(' | ') || 'none'}`,
        );
      });
    }
  }

  it('keeps src/ apart from bench/ and stories/: examples come from src/examples', () => {
    const crossing = readdirSync(join(ROOT, 'src'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from '(\.\.\/)+(bench|stories)\//.test(readFileSync(join(ROOT, 'src', file), 'utf8')));
    assert.deepEqual(crossing, []);
  });
});
