// custom-elements.json, from the JSDoc of each element class (`npm run analyze`):
// attributes, properties, events, slots, parts and CSS custom properties.
// Storybook builds its controls and docs from it; editors and linters read it
// through package.json's "customElements".
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Our define modules call `defineElement('ogp-x', OgpX)` (guarded
 * registration) rather than `customElements.define`, which the analyzer
 * would recognise on its own. This plugin records those calls the same way:
 * a `custom-element-definition` export in the define module, and the tag on
 * the class when its JSDoc lacks `@tag`.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'ogp-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named)) continue;
        if (!named.elements.some((element) => element.name.text === className)) continue;
        const imported = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text);
        const asTs = imported.replace(/\.js$/, '.ts');
        module = existsSync(asTs) ? asTs : imported;
      }
      const definition = {
        kind: 'custom-element-definition',
        name: tagArg.text,
        declaration: { name: className, module },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      definitions.push(definition);
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(tag, constructor)` is not a definition.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
      }
      for (const { name: tag, declaration } of definitions) {
        const module = customElementsManifest.modules.find((candidate) => candidate.path === declaration.module);
        const klass = module?.declarations?.find((candidate) => candidate.name === declaration.name);
        if (klass && !klass.tagName) klass.tagName = tag;
        if (klass) klass.customElement = true;
      }
    },
  };
}

/**
 * Events: `this.dispatchEvent(new FooEvent(…))` leaves the analyzer a
 * nameless event beside the documented `@fires` one. This plugin drops the
 * nameless ones and gives each named event its class, from the element's
 * `GlobalEventHandlersEventMap` entry ('ogp-foo': FooEvent).
 */
function typedEvents() {
  const eventTypes = new Map();
  return {
    name: 'ogp-typed-events',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
        eventTypes.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
          }
        }
      }
    },
  };
}

/**
 * The manifest documents the public API: private and protected members
 * (internal state, render helpers) and the static `styles` are left out, so
 * Storybook's docs and controls show what a page can actually use.
 */
function publicMembersOnly() {
  return {
    name: 'ogp-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !(member.static && member.name === 'styles'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
    'src/test-support/**',
    'src/cli/**',
    'src/embed/**',
    'src/examples/**',
    'src/index.ts',
    'src/all.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementCalls(), typedEvents(), publicMembersOnly()],
};
