// Robustness check of the template function against about 1,000 payload variants: time from the
// click to the finished report, and the main thread's longest task meanwhile (PerformanceObserver
// 'longtask'). Medians of several checks, after one that boots the batch sandbox.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { medianOf } from './bench-utils.mjs';

const RUNS = 5;
/** Items per array in the payload: the check varies the fields of up to five items. */
const ITEMS = 4;

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async (file) =>
  (await runnerImport(`/${file}`, { root, configFile: false, logLevel: 'silent' })).module;

/** The several-dialogs example with every array of objects grown to ITEMS items. */
async function benchPayload() {
  const { payloadExample } = await load('src/lib/payload-examples.ts');
  const { event, payload } = payloadExample('several-dialogs');
  const grow = (node) => {
    if (Array.isArray(node)) {
      const objects = node.length > 0 && node.every((item) => item && typeof item === 'object');
      while (objects && node.length < ITEMS) node.push(structuredClone(node[node.length - 1]));
      node.forEach(grow);
    } else if (node && typeof node === 'object') Object.values(node).forEach(grow);
  };
  grow(payload);
  return { event, payload };
}

/** One robustness check, timed in the page from the click to the summary of the finished report. */
function checkOnce(page) {
  return page.evaluate(async () => {
    let longestTaskMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longestTaskMs = Math.max(longestTaskMs, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    // Finer than 'longtask' (which reports only tasks over 50 ms): the longest wait of a timer
    // that re-arms itself every 0 ms (clamped to 4 ms by the browser) bounds the longest task.
    let longestGapMs = 0;
    let pinging = true;
    let last = performance.now();
    const ping = () => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
      if (pinging) setTimeout(ping, 0);
    };
    setTimeout(ping, 0);
    const summary = () =>
      document.querySelector('[aria-label="Robustness report"] [role="status"]')?.textContent ?? '';
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Robustness check',
    );
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      let started = false;
      const mutations = new MutationObserver(() => {
        started ||= summary().startsWith('Checking');
        if (started && summary().includes('variants checked')) {
          mutations.disconnect();
          resolve();
        }
      });
      mutations.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const totalMs = performance.now() - start;
    pinging = false;
    // Long tasks are reported after they end: give the last ones time to arrive.
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    const variants = Number(/of ([\d,]+) variants/.exec(summary())[1].replace(/,/g, ''));
    return { variants, totalMs, longestTaskMs, longestGapMs };
  });
}

/**
 * Medians of the check's duration and of the longest main-thread task (0: none over 50 ms), the
 * longest gap between timer pings meanwhile, and the variant count.
 */
export async function benchSuites({ baseUrl, browser }) {
  const state = await benchPayload();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/#json=${encodeURIComponent(JSON.stringify(state))}`);
  await page.getByRole('button', { name: 'Robustness check', exact: true }).waitFor();
  await page.waitForTimeout(1000);
  const runs = [];
  for (let i = 0; i <= RUNS; i += 1) {
    runs.push(await checkOnce(page));
    // As a user would: the next check starts once the spare sandbox has booted.
    await page.waitForTimeout(500);
  }
  await context.close();
  const measured = runs.slice(1);
  const pick = async (key) =>
    Math.round((await medianOf(measured.length, (i) => measured[i][key])) * 10) / 10;
  return {
    variants: measured[0].variants,
    totalMs: await pick('totalMs'),
    longestTaskMs: await pick('longestTaskMs'),
    longestGapMs: await pick('longestGapMs'),
  };
}

// `node e2e/bench/bench-suites.mjs` runs it alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchChromium, serveBuild } = await import('./bench-utils.mjs');
  const { baseUrl, stop } = await serveBuild();
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await benchSuites({ baseUrl, browser })));
  } finally {
    await browser.close();
    stop();
  }
}
