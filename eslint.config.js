// Flat eslint config: TypeScript rules, React hooks, and the one-way import zones of the architecture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const FEATURES = ['explorer', 'editor', 'runner', 'share', 'suites', 'workspaces'];
const zone = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });
const zones = [
  zone('schema', ['app', 'features', 'store', 'sandbox', 'lib', 'ui'], 'schema imports zod only'),
  zone('lib', ['app', 'features', 'store', 'sandbox', 'ui'], 'lib is pure'),
  zone('ui', ['app', 'features', 'store', 'sandbox'], 'ui is presentational'),
  zone('store', ['app', 'features', 'sandbox', 'ui'], 'store sits below features'),
  zone('sandbox', ['app', 'features', 'store', 'ui'], 'sandbox knows nothing of the app'),
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
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
        { patterns: [{ group: ['monaco-editor', 'monaco-editor/*'], message: 'only features/editor imports Monaco' }] },
      ],
    },
  },
);
