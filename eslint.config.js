// Layer boundaries and failure handling, enforced in `npm test` rather than remembered.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const extensionGlobals = ['browser', 'chrome'].map((name) => ({ name, message: 'Extension APIs belong in entrypoints/; pass what lib/ or components/ need as arguments.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tools/model-build/**', 'tools/address-books/node_modules/**', 'test-results/**', 'public/**', 'bench/**', 'reports/**', '**/*.cjs', '**/*.mjs', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An ignored promise is a failure nobody sees; `void` does not count as handling it.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression).arguments > BlockStatement[body.length=0]",
          message: 'A .catch that does nothing hides the failure: show it or record it.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    // Tests and test pages start calls on purpose without awaiting them, to check what happens meanwhile.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/entrypoints/*', '@/components/*', '**/entrypoints/**', '**/components/**', 'react', 'react-dom', 'react/*'], message: 'lib/ is the pure domain: it never imports entrypoints/, components/ or React.' }] },
      ],
      'no-restricted-globals': ['error', ...extensionGlobals],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/messaging/protocol', message: 'components/ only present: the page passes callbacks in.' }],
          patterns: [{ group: ['@/entrypoints/*', '**/entrypoints/**', 'dexie'], message: 'components/ only present: no storage, no extension wiring.' }],
        },
      ],
      'no-restricted-globals': ['error', ...extensionGlobals],
    },
  },
);
