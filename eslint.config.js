import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Feed text must always be text: no unsafeHTML, no innerHTML.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is always rendered as text.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text is always rendered as text.' },
        { property: 'outerHTML', message: 'Feed text is always rendered as text.' },
        { property: 'insertAdjacentHTML', message: 'Feed text is always rendered as text.' },
      ],
      // One formatter cache: a formatter made elsewhere is made again on every call.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl']",
          message: 'Take formatters from src/shared/intl.ts, which makes each one once.',
        },
      ],
    },
  },
  {
    files: ['src/shared/intl.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests may read innerHTML to assert that nothing became markup, and use
    // chai's property assertions (`expect(x).to.exist`).
    files: ['**/*.test.ts', 'test/**'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
