import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { libraryBundles } from './src/sandbox/libraries/library-bundles';

export default defineConfig({
  plugins: [react(), tailwindcss(), libraryBundles()],
  // The dev server's scan does not follow `?worker` imports: without these it meets the editor's
  // TypeScript worker late, re-bundles and reloads the page on the first visit.
  optimizeDeps: {
    include: [
      'monaco-editor/language/typescript/ts.worker',
      'monaco-editor/languages/features/typescript/lib/typescriptServices',
    ],
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
  // The sandbox starts its worker from a blob inside an opaque-origin frame: a classic script.
  worker: { format: 'iife' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/support/**/*.test.ts'],
    environment: 'node',
    // .ci/run asks for a JSON report to count the tests it ran.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    ...(process.env.VITEST_JSON && { outputFile: { json: process.env.VITEST_JSON } }),
  },
});
