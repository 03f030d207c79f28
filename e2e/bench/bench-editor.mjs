// The code editor's cost to the shell: the JavaScript loaded before the editor is requested
// (gzip), and cold times until the shell is usable, until the editor shows the code and takes
// input (ready), and until it first shows TypeScript-backed checks (checked). Baseline, in the
// same run and alternated with the app: the same Monaco set-up alone on a page (monaco-floor/).
import { gzipSync } from 'node:zlib';
import { median } from './bench-utils.mjs';

const RUNS = 7;
/** Marks the app sets (src/lib/start-up-marks.ts): the lazy editor's import starts, the editor
 * has drawn the code, the editor first shows its checks. */
const REQUESTED_MARK = 'editor-requested';
const READY_MARK = 'editor-ready';
const CHECKED_MARK = 'editor-checked';

const TIMEOUT = 120_000;

async function coldRun(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl, { waitUntil: 'commit' });
  // Usable: the shell has rendered and the explorer's tree shows fields.
  const usable = await page.waitForFunction(
    () =>
      performance.getEntriesByName('shell-rendered').length > 0 &&
      document.querySelector('[role="tree"] [role="treeitem"]') !== null &&
      performance.now(),
    null,
    { polling: 5, timeout: TIMEOUT },
  );
  const shellUsableMs = await usable.jsonValue();
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    CHECKED_MARK,
    {
      polling: 20,
      timeout: TIMEOUT,
    },
  );
  const { editorReadyMs, editorCheckedMs, shellScripts } = await page.evaluate(
    ([requested, ready, checked]) => {
      const split = performance.getEntriesByName(requested)[0].startTime;
      const shellScripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= split && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name);
      const at = (mark) => performance.getEntriesByName(mark)[0].startTime;
      return { editorReadyMs: at(ready), editorCheckedMs: at(checked), shellScripts };
    },
    [REQUESTED_MARK, READY_MARK, CHECKED_MARK],
  );
  await context.close();
  return { shellUsableMs, editorReadyMs, editorCheckedMs, shellScripts };
}

/** Gzip size of each script (the server sends them uncompressed), in KB. */
async function gzipKB(urls) {
  let bytes = 0;
  for (const url of urls)
    bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return bytes / 1024;
}

/** Cold times of the baseline page: Monaco alone, with the same marks. */
async function floorRun(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/bench-monaco-floor/`, { waitUntil: 'commit' });
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    CHECKED_MARK,
    {
      polling: 20,
      timeout: TIMEOUT,
    },
  );
  const times = await page.evaluate(
    ([ready, checked]) => ({
      readyMs: performance.getEntriesByName(ready)[0].startTime,
      checkedMs: performance.getEntriesByName(checked)[0].startTime,
    }),
    [READY_MARK, CHECKED_MARK],
  );
  await context.close();
  return times;
}

/**
 * Medians over fresh contexts: `{ shellJsGzipKB, shellUsableMs, editorReadyMs, editorCheckedMs }`,
 * and the baseline's `{ floorReadyMs, floorCheckedMs }` with the ratios app / baseline.
 */
export async function benchEditor({ baseUrl, browser }) {
  const runs = [];
  const floors = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await coldRun(browser, baseUrl));
    floors.push(await floorRun(browser, baseUrl));
  }
  const sizes = [];
  for (const run of runs) sizes.push(await gzipKB(run.shellScripts));
  const round = (n) => Math.round(n * 10) / 10;
  const result = {
    shellJsGzipKB: round(median(sizes)),
    shellUsableMs: round(median(runs.map((r) => r.shellUsableMs))),
    editorReadyMs: round(median(runs.map((r) => r.editorReadyMs))),
    editorCheckedMs: round(median(runs.map((r) => r.editorCheckedMs))),
    floorReadyMs: round(median(floors.map((r) => r.readyMs))),
    floorCheckedMs: round(median(floors.map((r) => r.checkedMs))),
  };
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  return {
    ...result,
    readyRatio: ratio(result.editorReadyMs, result.floorReadyMs),
    checkedRatio: ratio(result.editorCheckedMs, result.floorCheckedMs),
  };
}
