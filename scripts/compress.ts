/**
 * `npm run build` (after rollup): writes a brotli (.br) and a gzip (.gz)
 * copy next to every file of dist/ worth compressing, at the best ratio, so
 * the reference server sends them without compressing while a client
 * waits. The rule of what is worth it is the server's own
 * (src/server/compression.ts); a copy that saves less than a tenth is not
 * written. Hidden folders (.tsbuildinfo) are left alone.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Encoding, SUFFIX, compress, isCompressible, isWorthIt } from '../src/server/compression.js';

/** What was written, for the summary: the files and their bytes before and after brotli. */
export interface Compressed {
  files: number;
  bytes: number;
  brotliBytes: number;
}

/** Compresses every file of `dir` worth it, in place; old copies of files no longer worth it are removed. */
export async function compressFolder(dir: string): Promise<Compressed> {
  const total: Compressed = { files: 0, bytes: 0, brotliBytes: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !isCompressible(file) || /(^|[\\/])\./.test(file.slice(dir.length))) continue;
    const bytes = await readFile(file);
    for (const encoding of ['br', 'gzip'] as const satisfies Encoding[]) {
      const copy = await compress(bytes, encoding, 'best');
      const target = file + SUFFIX[encoding];
      if (!isWorthIt(bytes.length, copy.length)) {
        await rm(target, { force: true });
        continue;
      }
      await writeFile(target, copy);
      if (encoding === 'br') {
        total.files += 1;
        total.bytes += bytes.length;
        total.brotliBytes += copy.length;
      }
    }
  }
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const { files, bytes, brotliBytes } = await compressFolder(dist);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`compressed ${files} files of dist/ (.br and .gz): ${kb(bytes)} → ${kb(brotliBytes)} with brotli`);
}
