/**
 * Nothing lost across a crash: the receiver runs as its own process (its
 * entry point, as a city runs `node dist/server/index.js`; here the source,
 * under tsx), is killed with SIGKILL right after it answers 201, and comes
 * back with every answered submission.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { post, submission, tempDir } from './server-helpers.js';

const TOKEN = 'restart-token-0123456789abcdef';
const ENTRY = new URL('../../src/server/index.ts', import.meta.url).pathname;

interface Child {
  process: ChildProcess;
  url: string;
}

/** Starts the receiver's entry point on a free port and waits for its address. */
async function startChild(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      FEEDBACK_DATA_DIR: dataDir,
      FEEDBACK_ADMIN_TOKEN: TOKEN,
      FEEDBACK_RATE_LIMIT: '0',
      FEEDBACK_QUIET: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address in time: ${output}`)), 15_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${output}`));
    });
  });
  return { process: child, url };
}

async function exportedIds(url: string): Promise<Map<string, string>> {
  const response = await fetch(`${url}/api/feedback/export.csv`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  const lines = (await response.text()).trim().split('\r\n').slice(1);
  // reference,receivedAt,id,…: the first three cells never need quoting.
  return new Map(lines.map((line) => [line.split(',')[2]!, line.split(',')[0]!]));
}

describe('a crash and a restart', () => {
  const dataDir = tempDir('ogp-restart-');
  const children: ChildProcess[] = [];
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing answered with 201 when the process is killed right after (SIGKILL)', async () => {
    const first = await startChild(dataDir);
    children.push(first.process);
    const bodies = Array.from({ length: 20 }, () => submission());
    const answers = await Promise.all(bodies.map((body) => post(first.url, body)));
    assert.ok(answers.every((answer) => answer.status === 201));
    const last = submission();
    const lastAnswer = await post(first.url, last);
    assert.equal(lastAnswer.status, 201);
    // No graceful shutdown: the process dies at once, as in a power cut of the process.
    first.process.kill('SIGKILL');
    await once(first.process, 'exit');

    const second = await startChild(dataDir);
    children.push(second.process);
    const stored = await exportedIds(second.url);
    for (const [index, body] of [...bodies, last].entries()) {
      const reference = index < bodies.length ? answers[index]!.json.reference : lastAnswer.json.reference;
      assert.equal(stored.get(String(body.id)), reference, `submission ${index}`);
    }
    assert.equal(stored.size, 21);

    // The widget's retry after the crash gets the same reference, and nothing new.
    const retry = await post(second.url, last);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.json.reference, lastAnswer.json.reference);
    assert.equal((await exportedIds(second.url)).size, 21);

    second.process.kill('SIGTERM');
    const [code] = await once(second.process, 'exit');
    assert.equal(code, 0, 'a graceful shutdown on SIGTERM exits with 0');
  });
});
