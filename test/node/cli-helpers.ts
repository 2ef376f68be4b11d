/**
 * Shared by the command-line tests: temporary folders, captured output,
 * and the real bin run as a child process against a fresh dist/.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanFeed } from '../../src/shared/feed-schema.js';
import type { Output } from '../../src/cli/build-feed.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin/ogp-plan-widgets.js');
export const DEMO_FEED = join(ROOT, 'demo/feed.json');

export function demoFeed(): PlanFeed {
  return JSON.parse(readFileSync(DEMO_FEED, 'utf8')) as PlanFeed;
}

/** A new empty folder, removed by the returned function. */
export function tempFolder(prefix = 'ogp-cli-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** An Output that keeps what a command prints. */
export function captureOutput(): Output & { stdout: string[]; stderr: string[]; all: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    log: (text) => stdout.push(text),
    error: (text) => stderr.push(text),
    all: () => [...stdout, ...stderr].join('\n'),
  };
}

export interface BinResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/ogp-plan-widgets.js; asynchronous, so a server in this process can answer it. */
export async function runBin(args: string[], cwd = ROOT): Promise<BinResult> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(folder, file));
}

/**
 * Compiles the command line and the shared code it uses into dist/
 * (`tsc -b tsconfig.node.json`) when their sources are newer than their
 * compiled files. The widgets are another project: type errors there (an
 * element being written) do not stop the command line.
 */
export function buildDist(): void {
  const sources = [...sourceFiles('src/cli'), ...sourceFiles('src/shared')];
  const compiled = (file: string) => join(ROOT, 'dist', file.replace(/^src\//, '').replace(/\.ts$/, '.js'));
  const fresh = sources.every((file) => {
    const output = compiled(file);
    return existsSync(output) && statSync(output).mtimeMs >= statSync(join(ROOT, file)).mtimeMs;
  });
  if (fresh) return;
  const result = spawnSync('npx', ['tsc', '-b', 'tsconfig.node.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.stdout, '', 'the command line compiles without type errors');
  for (const file of sources) assert.ok(existsSync(compiled(file)), `${compiled(file)} was emitted`);
}
