// Shared helpers of the benchmarks: a production build served locally, Chromium, medians.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../support/find-chromium.mjs';

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `times` times and returns the median of what it returns. */
export async function medianOf(times, fn) {
  const values = [];
  for (let i = 0; i < times; i += 1) values.push(await fn(i));
  return median(values);
}

/** Builds the app and the editor bench's baseline page, and serves them with `vite preview`;
 * returns the URL and a stop function. */
export async function serveBuild(port = 4180) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
  const floor = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'e2e/bench/monaco-floor/vite.config.mjs'],
    {
      stdio: 'inherit',
    },
  );
  if (floor.status !== 0) throw new Error('build of the Monaco baseline page failed');
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { baseUrl, stop: () => process.kill(-server.pid) };
}

/** Launches the Chromium the tests use. */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Formats milliseconds for the report. */
export const ms = (n) => `${n.toFixed(1)} ms`;
