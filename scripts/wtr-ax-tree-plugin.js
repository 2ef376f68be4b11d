// What a screen reader hears, for the browser tests: Chromium's own
// accessibility tree (Accessibility.getFullAXTree over the DevTools protocol),
// cut to one element and written as readable lines, one node a line:
//
//   heading "Plan de Gobierno Abierto" level=2
//   button "Ver 5 hitos de Rendición de cuentas" expanded=false
//     text "5 hitos"
//
// Names are printed exactly as Chromium computed them (no trimming of
// spaces), because a name that runs words together ("DescargarCSV") is a
// fault to see. Ignored nodes and unnamed generic wrappers are flattened into
// their children, as a screen reader's reading order does; text boxes, line
// breaks and list bullets, which no screen reader speaks, are left out.
//
// Commands (executeServerCommand from src/test-support/ax-tree.ts):
//   ax-tree      { selector }          the tree of the first element matching selector (light DOM)
//   ax-snapshot  { name, content }     compares with <test folder>/__ax__/<name>.txt; with
//                                      UPDATE_AX=1 writes it instead. A missing file is a failure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Roles that say nothing by themselves: their children are read in their place. */
const TRANSPARENT = new Set(['generic', 'none', 'GenericContainer', 'Ignored', 'IgnoredRole']);
/** What no screen reader speaks: the boxes of text, line breaks and list bullets. */
const SILENT = new Set(['InlineTextBox', 'LineBreak', 'ListMarker']);
/** Properties a screen reader announces, in the order printed. */
const SPOKEN = [
  'level',
  'checked',
  'pressed',
  'selected',
  'expanded',
  'required',
  'invalid',
  'disabled',
  'readonly',
  'multiselectable',
  'valuetext',
  'valuenow',
  'valuemin',
  'valuemax',
  'live',
  'posinset',
  'setsize',
  'roledescription',
  'keyshortcuts',
  'autocomplete',
  'hasPopup',
];

const quote = (text) => JSON.stringify(text);

function propertyText(node) {
  const out = [];
  const props = new Map((node.properties ?? []).map((p) => [p.name, p.value?.value]));
  for (const name of SPOKEN) {
    if (!props.has(name)) continue;
    const value = props.get(name);
    if (value === false && name !== 'checked' && name !== 'expanded' && name !== 'pressed') continue;
    if (value === undefined || value === '' || (name === 'invalid' && value === 'false')) continue;
    if (name === 'live' && value === 'off') continue;
    out.push(`${name}=${typeof value === 'string' ? quote(value) : value}`);
  }
  return out;
}

/** The lines of the subtree under `root`, `depth` levels in. */
function render(node, byId, depth, lines) {
  const role = node.role?.value ?? '';
  const name = node.name?.value ?? '';
  const children = (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
  if (SILENT.has(role)) return;
  if (node.ignored || (TRANSPARENT.has(role) && !name)) {
    for (const child of children) render(child, byId, depth, lines);
    return;
  }
  const indent = '  '.repeat(depth);
  if (role === 'StaticText') {
    if (name.trim() !== '') lines.push(`${indent}text ${quote(name)}`);
    return;
  }
  const description = node.description?.value;
  const parts = [role];
  if (name) parts.push(quote(name));
  parts.push(...propertyText(node));
  if (description) parts.push(`description=${quote(description)}`);
  lines.push(indent + parts.join(' '));
  // A lone text child that only repeats the name is not read twice.
  const onlyText = children.length === 1 && children[0].role?.value === 'StaticText';
  if (onlyText && children[0].name?.value === name) return;
  for (const child of children) render(child, byId, depth + 1, lines);
}

async function axTree(page, selector) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`ax-tree: no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error(`ax-tree: ${selector} is not in the accessibility tree`);
    const lines = [];
    render(start, byId, 0, lines);
    return lines.join('\n');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export function axTreePlugin() {
  return {
    name: 'ogp-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') {
        if (session.browser.type !== 'puppeteer') throw new Error('ax-tree needs Chromium through puppeteer');
        return axTree(session.browser.getPage(session.id), payload.selector);
      }
      if (command === 'ax-snapshot') {
        const file = join(dirname(session.testFile), '__ax__', `${payload.name}.txt`);
        const content = `${payload.content}\n`;
        if (process.env.UPDATE_AX) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, content);
          return { ok: true };
        }
        if (!existsSync(file)) return { ok: false, expected: undefined, file };
        const expected = readFileSync(file, 'utf8');
        return { ok: expected === content, expected, file };
      }
      return undefined;
    },
  };
}
