/**
 * Which files are worth compressing, and how: one rule for the build (which
 * writes .br and .gz next to each such file of dist/, at the best ratio)
 * and for the receiver (which compresses the others, the feed above all,
 * on the first request for each version of the file, faster).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** The file name suffix of a precompressed copy. */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Text that browsers fetch; not type declarations or source maps, which only tools read. */
const TEXT_FILE = /\.(html|js|mjs|css|json|svg|txt|xml|csv|md)$/i;
const TOOL_FILE = /\.d\.[cm]?ts$/i;

/** Below this, a compressed answer saves less than its headers cost. */
export const MIN_BYTES = 1024;

export function isCompressible(name: string): boolean {
  return TEXT_FILE.test(name) && !TOOL_FILE.test(name);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** `best` for the build (brotli 11, gzip 9), `fast` for answers made while a client waits (brotli 5, gzip 6). */
export async function compress(bytes: Buffer, encoding: Encoding, effort: 'best' | 'fast'): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(bytes, { level: effort === 'best' ? 9 : 6 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** A compressed copy is worth sending when it saves at least a tenth. */
export function isWorthIt(original: number, compressed: number): boolean {
  return original >= MIN_BYTES && compressed <= original * 0.9;
}
