import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'url',
  'stream',
  'util',
  'events',
  'buffer',
];

/** Layers as in STYLE.md: shared/ is pure; renderer/ and electron/ never import each other. */
export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'bench-results',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
      'resources',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'shared/ is pure: no Node or Electron.' },
            {
              group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'dexie', '@mui/*'],
              message: 'shared/ imports nothing from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The current time is a parameter in shared/.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The current time is a parameter in shared/.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Random values are parameters in shared/.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // Tests run in Node (Vitest) and may read files; the app code may not.
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // A regex, not a gitignore group: 'electron' as a group would also match renderer/platform/electron.ts.
            { regex: '^electron(/.*)?$', message: 'The renderer reaches the host only through renderer/platform.' },
            { group: nodeBuiltins, message: 'The renderer reaches the host only through renderer/platform.' },
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] }],
    },
  },
  {
    // The command line runs on Node alone and agrees with the app by using its domain: shared/, Node's built-ins, nothing else.
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts', 'cli/test-kit.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/electron/**', '**/tests/**'], message: 'cli/ imports only shared/ and Node.' },
            { regex: '^(?!node:|\\.)', message: 'cli/ imports only shared/ and Node built-ins (node:*), no packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.test.ts', 'cli/test-kit.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.ts', '*.ts', '*.js', 'build/**/*.{ts,js,cjs,mjs}', 'scripts/**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
