import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import conex from './eslint/feature-boundaries.js';

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

/** What the renderer may not import, whichever of its blocks below applies (a later no-restricted-imports replaces an earlier one). */
const rendererImportPatterns = [
  // A regex, not a gitignore group: 'electron' as a group would also match renderer/platform/electron.ts.
  { regex: '^electron(/.*)?$', message: 'The renderer reaches the host only through renderer/platform.' },
  { group: nodeBuiltins, message: 'The renderer reaches the host only through renderer/platform.' },
  { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
];

/** Files outside renderer/db that may still read tables: none (a file added here must say why). */
const tableAccessExemptions = [];

const DB_MESSAGE = 'Only renderer/db touches the Dexie tables (STYLE rule 4): pass db() to a repository function in renderer/db/repos.';
const DB_NAMES = '/^(db|database)$/';

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
      'no-restricted-imports': ['error', { patterns: rendererImportPatterns }],
      // The renderer runs in a browser page: Node's globals do not exist there. (TypeScript's no-undef is off, and the
      // type check of the renderer's tests has Node types, so this is the check; see editorOnly in scripts/typecheck.mjs.)
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate'].map(
          (name) => ({
            name,
            message: 'The renderer runs in a browser page, where Node globals do not exist; reach the host through renderer/platform.',
          }),
        ),
      ],
    },
  },
  {
    // Features contribute, the app composes: see eslint/feature-boundaries.js. Feature tests are held to it too;
    // the test set-up composes the app as start does, so it is left out.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/test-setup.ts', 'renderer/test/**'],
    plugins: { conex },
    rules: { 'conex/feature-boundaries': 'error' },
  },
  {
    // Only renderer/db reads or writes tables. Without type information a lint rule cannot follow a ConexDb through
    // every variable, so outside renderer/db a database handle is made opaque by these syntactic checks, which
    // together close the ways to reach a table:
    // - db() is only passed on (to a repository) or kept under the name db or database: never dereferenced
    //   (db().orders), kept under another name, or destructured;
    // - a handle received from elsewhere is named db or database (a ConexDb annotation under another name, or a
    //   rename while destructuring, is refused), and nothing is read from a value of either name;
    // - from Dexie itself only liveQuery (a subscription to repository reads) may be imported, never Dexie or Table.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/**/*.test.{ts,tsx}', 'renderer/test/**', 'renderer/test-setup.ts', ...tableAccessExemptions],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: rendererImportPatterns,
          paths: [{ name: 'dexie', allowImportNames: ['liveQuery'], message: DB_MESSAGE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']", message: DB_MESSAGE },
        { selector: `VariableDeclarator[init.type='CallExpression'][init.callee.name='db'][id.name!=${DB_NAMES}]`, message: DB_MESSAGE },
        {
          selector: `AssignmentExpression[right.type='CallExpression'][right.callee.name='db'][left.name!=${DB_NAMES}]`,
          message: DB_MESSAGE,
        },
        { selector: `MemberExpression[object.type='Identifier'][object.name=${DB_NAMES}]`, message: DB_MESSAGE },
        { selector: `MemberExpression[object.type='MemberExpression'][object.property.name=${DB_NAMES}]`, message: DB_MESSAGE },
        { selector: `VariableDeclarator[init.type='MemberExpression'][init.property.name=${DB_NAMES}]`, message: DB_MESSAGE },
        {
          selector: `ObjectPattern > Property[key.name=${DB_NAMES}][value.type='Identifier'][value.name!=${DB_NAMES}]`,
          message: DB_MESSAGE,
        },
        ...[`Identifier[name!=${DB_NAMES}]`, `TSPropertySignature[key.name!=${DB_NAMES}]`, `PropertyDefinition[key.name!=${DB_NAMES}]`].map(
          (holder) => ({
            selector: `${holder} > TSTypeAnnotation > TSTypeReference[typeName.name='ConexDb']`,
            message: 'Outside renderer/db a ConexDb is named db or database, so the table rule can see it.',
          }),
        ),
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
