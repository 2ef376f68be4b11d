/**
 * What a screen reader hears, in tests: Chromium's accessibility tree of one
 * element, as readable lines (see scripts/wtr-ax-tree-plugin.js for the
 * format), and a comparison with a snapshot reviewed by hand in
 * `__ax__/<name>.txt` beside the test file. `UPDATE_AX=1 npm test` rewrites
 * the snapshots; review the diff before committing.
 */
import { executeServerCommand } from '@web/test-runner-commands';

let marked = 0;

/** The accessibility tree of `element` (in the page's light DOM), one node a line. */
export async function axTree(element: Element): Promise<string> {
  const mark = `ax-${++marked}`;
  element.setAttribute('data-ax-root', mark);
  try {
    return await executeServerCommand<string, { selector: string }>('ax-tree', {
      selector: `[data-ax-root="${mark}"]`,
    });
  } finally {
    element.removeAttribute('data-ax-root');
  }
}

/** Fails, showing both trees, when `element`'s tree differs from the snapshot `name`. */
export async function expectAxSnapshot(element: Element, name: string): Promise<void> {
  const content = await axTree(element);
  const result = await executeServerCommand<
    { ok: boolean; expected?: string; file?: string },
    { name: string; content: string }
  >('ax-snapshot', { name, content });
  if (result.ok) return;
  const expected = result.expected === undefined ? '(no snapshot yet)' : result.expected.trimEnd();
  throw new Error(
    `What a screen reader hears changed (${result.file}).\n--- expected\n${expected}\n--- heard\n${content}\n` +
      'If the change is right, run with UPDATE_AX=1 and review the snapshot.',
  );
}
