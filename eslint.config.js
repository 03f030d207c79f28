// Flat eslint config: TypeScript rules, React hooks, and the one-way import zones of the architecture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

const entriesOf = (dir) =>
  readdirSync(new URL(`./src/${dir}`, import.meta.url), { withFileTypes: true });
/** Every folder of src/features, so a new feature is walled off from the others without listing it here. */
const FEATURES = entriesOf('features')
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** The app side of src/sandbox: all but the worker, the script that bundles it by URL, tests and their support. */
const SANDBOX_APP_SIDE = entriesOf('sandbox')
  .filter((entry) => !['worker', 'worker-script.ts', 'test-support'].includes(entry.name))
  .filter((entry) => !/\.test\.tsx?$/.test(entry.name))
  .map((entry) => `sandbox/${entry.name}`);
const zone = (target, from, message, except) => ({
  target: [target].flat().map((t) => `./src/${t}`),
  from: from.map((f) => `./src/${f}`),
  message,
  ...(except ? { except } : {}),
});
const zones = [
  zone('schema', ['app', 'features', 'store', 'sandbox', 'lib', 'ui'], 'schema imports zod only'),
  zone('lib', ['app', 'features', 'store', 'sandbox', 'ui'], 'lib is pure'),
  zone('ui', ['app', 'features', 'store', 'sandbox'], 'ui is presentational'),
  zone('store', ['app', 'features', 'sandbox', 'ui'], 'store sits below features'),
  zone('sandbox', ['app', 'features', 'store', 'ui'], 'sandbox knows nothing of the app'),
  zone(
    'sandbox/worker',
    ['sandbox'],
    'the worker imports only sandbox/protocol.ts, schema, lib and itself',
    // The Node test harness (worker/test-support) bundles the libraries as the build does.
    ['./protocol.ts', './worker', './libraries/library-bundles.ts'],
  ),
  {
    target: './src/sandbox/worker',
    from: [
      'react',
      'react-dom',
      '@types/react',
      '@types/react-dom',
      'zustand',
      'monaco-editor',
    ].map((p) => `./node_modules/${p}`),
    message: 'the worker has no React, store or Monaco',
  },
  zone(
    SANDBOX_APP_SIDE,
    ['sandbox/worker'],
    'the app side of sandbox talks to the worker only through protocol.ts',
  ),
  ...FEATURES.map((f) =>
    zone(
      `features/${f}`,
      ['app', ...FEATURES.filter((o) => o !== f).map((o) => `features/${o}`)],
      'a feature never imports another feature',
    ),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['monaco-editor', 'monaco-editor/*'],
              message: 'only features/editor imports Monaco',
            },
          ],
        },
      ],
    },
  },
);
