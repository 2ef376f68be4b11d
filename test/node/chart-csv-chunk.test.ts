/**
 * The chart's CSV writer (src/shared/csv.ts on csv-stringify, about 10 kB
 * gzip) is loaded by import() when the person asks for the CSV: built on
 * its own, the chart's entry does not contain it, and it sits in a chunk
 * that only a dynamic import reaches.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
import { inputOptions } from '../../scripts/bundle.js';

describe('the chart’s CSV writer', () => {
  it('is a chunk of its own, reached only by import()', async () => {
    // scripts/bundle.js is JavaScript: its options' string literals are typed as plain strings.
    const build = await rollup(inputOptions({ input: 'src/indicator-chart/define.ts' }) as RollupOptions);
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const chunks = output.filter((item): item is OutputChunk => item.type === 'chunk');
    const holds = (chunk: OutputChunk, path: string) => Object.keys(chunk.modules).some((id) => id.includes(path));
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // What a page loads with the chart: the entry and every chunk it imports statically.
    const loaded = new Set<OutputChunk>();
    const load = (chunk: OutputChunk) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      for (const name of chunk.imports) load(byName.get(name)!);
    };
    load(chunks.find((chunk) => chunk.isEntry)!);
    const writer = chunks.filter((chunk) => holds(chunk, 'csv-stringify'));
    assert.equal(writer.length, 1, 'one chunk holds csv-stringify');
    for (const chunk of loaded) {
      assert.equal(holds(chunk, 'csv-stringify') || holds(chunk, 'src/shared/csv.ts'), false, chunk.fileName);
    }
    assert.ok(writer[0]!.isDynamicEntry, 'loaded by import()');
    assert.ok(
      [...loaded].some((chunk) => chunk.dynamicImports.includes(writer[0]!.fileName)),
      'the chart imports it when asked',
    );
  });
});
