// Flat eslint config: TypeScript rules, React hooks, and the one-way import zones of the architecture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const zone = (target, from, message) => ({ target, from, message });

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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/schema',
              [
                './src/app',
                './src/features',
                './src/store',
                './src/sandbox',
                './src/lib',
                './src/ui',
              ],
              'schema imports zod only',
            ),
            zone(
              './src/lib',
              ['./src/app', './src/features', './src/store', './src/sandbox', './src/ui'],
              'lib is pure',
            ),
            zone(
              './src/ui',
              ['./src/app', './src/features', './src/store', './src/sandbox'],
              'ui is presentational',
            ),
            zone(
              './src/store',
              ['./src/app', './src/features', './src/sandbox', './src/ui'],
              'store sits below features',
            ),
            zone(
              './src/sandbox',
              ['./src/app', './src/features', './src/store', './src/ui'],
              'sandbox knows nothing of the app',
            ),
            zone(
              './src/features/explorer',
              [
                './src/features/editor',
                './src/features/runner',
                './src/features/share',
                './src/features/suites',
                './src/app',
              ],
              'a feature never imports another feature',
            ),
            zone(
              './src/features/editor',
              [
                './src/features/explorer',
                './src/features/runner',
                './src/features/share',
                './src/features/suites',
                './src/app',
              ],
              'a feature never imports another feature',
            ),
            zone(
              './src/features/runner',
              [
                './src/features/explorer',
                './src/features/editor',
                './src/features/share',
                './src/features/suites',
                './src/app',
              ],
              'a feature never imports another feature',
            ),
            zone(
              './src/features/share',
              [
                './src/features/explorer',
                './src/features/editor',
                './src/features/runner',
                './src/features/suites',
                './src/app',
              ],
              'a feature never imports another feature',
            ),
            zone(
              './src/features/suites',
              [
                './src/features/explorer',
                './src/features/editor',
                './src/features/runner',
                './src/features/share',
                './src/app',
              ],
              'a feature never imports another feature',
            ),
          ],
        },
      ],
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
