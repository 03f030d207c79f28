// `npm run bench`: builds the app, serves it, and prints each benchmark's medians and ratios.
import { existsSync } from 'node:fs';
import { launchChromium, ms, serveBuild } from './bench-utils.mjs';
import { benchShell } from './bench-shell.mjs';

const here = new URL('.', import.meta.url);
const optional = async (file, name) =>
  existsSync(new URL(file, here)) ? (await import(new URL(file, here).href))[name] : null;

const { baseUrl, stop } = await serveBuild();
const browser = await launchChromium();
try {
  const shell = await benchShell({ baseUrl, browser });
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(
    `shell first render: ${ms(shell.shellMs)}, first paint ${ms(shell.shellPaintMs)} (static copy of the shell, no script: first paint ${ms(shell.staticShellMs)}, ratio ${ratio(shell.shellPaintMs, shell.staticShellMs)}; blank page ${ms(shell.blankMs)})`,
  );
  for (const [file, name] of [
    ['bench-explorer.mjs', 'benchExplorer'],
    ['bench-editor.mjs', 'benchEditor'],
    ['bench-runner.mjs', 'benchRunner'],
    ['bench-codec.mjs', 'benchCodec'],
    ['bench-suites.mjs', 'benchSuites'],
    ['bench-debugger.mjs', 'benchDebugger'],
  ]) {
    const bench = await optional(file, name);
    if (!bench) continue;
    const result = await bench({ baseUrl, browser });
    console.log(`${name.replace('bench', '').toLowerCase()}: ${JSON.stringify(result)}`);
  }
} finally {
  await browser.close();
  stop();
}
