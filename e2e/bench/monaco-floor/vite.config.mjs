// Builds the editor bench's baseline page (Monaco alone) into dist/bench-monaco-floor/, beside the
// app's own build, so that one preview server serves both.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/bench-monaco-floor/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench-monaco-floor', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'iife' },
});
