// The debugger's speed, as issue 12 measures it (medians, each beside a baseline of the same run):
// pressing Debug to the first step shown, for the template (baseline: pressing Run to its result);
// a step move's render on a recording of about 10,000 steps (baseline: the same move on the
// template's small recording); and a debug run of a 100,000-iteration loop against its plain run.
import { median } from './bench-utils.mjs';

const RUNS = 9;
const MOVES = 41;

/** A measure that takes longer than this has hung: the bench stops with a message. */
const LONGEST_MS = 60_000;

/**
 * In the page: clicks the button named `name` and resolves the ms until `[aria-label=label]`
 * matches `pattern` after its text has changed (a run may end with the same text as the last one:
 * "Running" came between).
 */
const clickUntil = (page, name, label, pattern) =>
  page.evaluate(
    ({ name, label, source, longest }) =>
      new Promise((resolve, reject) => {
        const wanted = new RegExp(source);
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent.trim() === name,
        );
        const textOf = () => document.querySelector(`[aria-label="${label}"]`)?.textContent ?? null;
        const before = textOf();
        let changed = false;
        const check = () => {
          const text = textOf();
          if (text !== before) changed = true;
          if (!changed || text === null || !wanted.test(text)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${name}: "${label}" never matched ${source} (it reads "${textOf()}")`));
        }, longest);
        const started = performance.now();
        button.click();
      }),
    { name, label, source: pattern, longest: LONGEST_MS },
  );

const link = (baseUrl, state) => `${baseUrl}/#json=${encodeURIComponent(JSON.stringify(state))}`;

async function openReady(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Debug', exact: true }).waitFor();
  await page.waitForTimeout(1500);
  return page;
}

/** Debug → first step, and Run → result, alternately on one page (a fresh instance each: no warm runs). */
async function firstStep(page) {
  const debug = [];
  const run = [];
  for (let i = 0; i < RUNS; i += 1) {
    run.push(await clickUntil(page, 'Run', 'Run status', '^(Succeeded|Failed)'));
    await page.waitForTimeout(300);
    // Close the debugger between runs, so that each Debug shows a new first step.
    const close = page.getByRole('button', { name: 'Close the debugger' });
    if (await close.count()) await close.click();
    debug.push(await clickUntil(page, 'Debug', 'Step', '^Step \\d+ of \\d+'));
    await page.waitForTimeout(300);
  }
  return { debug: median(debug), run: median(run) };
}

/** Median ms of alternating Step over / Step back clicks until the Step text changes. */
async function stepMoves(page) {
  const times = [];
  for (let i = 0; i < MOVES; i += 1) {
    const name = i % 2 === 0 ? 'Step over' : 'Step back';
    times.push(await clickUntil(page, name, 'Step', '^Step \\d+ of \\d+'));
  }
  return median(times);
}

const LOOP_CODE = (iterations) =>
  `async function lambda(input) {\n  let total = 0;\n  for (let i = 0; i < ${iterations}; i++) {\n    total += i % 7;\n  }\n  return total;\n}`;

/** Runs the debugger benchmarks against the served build. */
export async function benchDebugger({ baseUrl, browser }) {
  const context = await browser.newContext();
  const round = (n) => Math.round(n * 10) / 10;
  try {
    const template = await openReady(context, baseUrl);
    const first = await firstStep(template);
    const smallMove = await stepMoves(template);
    await template.close();

    // About 10,000 steps: two per iteration (the loop header, the body).
    const big = await openReady(context, link(baseUrl, { runtime: 'v2', code: LOOP_CODE(5000) }));
    await clickUntil(big, 'Debug', 'Step', '^Step \\d+ of \\d+');
    const bigSteps = await big.getByLabel('Step', { exact: true }).textContent();
    // Start in the middle of the recording, so that both moves have steps to go to.
    const bigMove = await stepMoves(big);
    await big.close();

    const loop = await openReady(
      context,
      link(baseUrl, { runtime: 'v2', code: LOOP_CODE(100_000) }),
    );
    const plain = [];
    const debug = [];
    for (let i = 0; i < 5; i += 1) {
      plain.push(await clickUntil(loop, 'Run', 'Run status', '^(Succeeded|Failed)'));
      await loop.waitForTimeout(300);
      const close = loop.getByRole('button', { name: 'Close the debugger' });
      if (await close.count()) await close.click();
      debug.push(await clickUntil(loop, 'Debug', 'Step', '^Step \\d+ of \\d+'));
      await loop.waitForTimeout(300);
    }
    const loopSteps = await loop.getByLabel('Step', { exact: true }).textContent();
    await loop.close();
    return {
      templateDebugToFirstStepMs: round(first.debug),
      templateRunToResultMs: round(first.run),
      templateDebugRatio: round(first.debug / first.run),
      bigRecording: bigSteps,
      stepMoveOnBigRecordingMs: round(bigMove),
      stepMoveOnTemplateMs: round(smallMove),
      stepMoveRatio: round(bigMove / smallMove),
      loopRecording: loopSteps,
      loop100kPlainRunMs: round(median(plain)),
      loop100kDebugRunMs: round(median(debug)),
      loop100kDebugRatio: round(median(debug) / median(plain)),
    };
  } finally {
    await context.close();
  }
}
