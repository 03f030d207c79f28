// The runner's speed, as the issue measures it (medians): pressing Run to the result shown for
// the template function, warm and as the first run after load; how long after its timeout a busy
// loop is stopped; and the longest main-thread task during a busy-loop run.
import { median } from './bench-utils.mjs';

const WARM_RUNS = 21;
const FIRST_RUNS = 9;
const BUSY_RUNS = 5;
const BUSY_TIMEOUT_MS = 1000;

/** In the page: clicks Run and resolves the milliseconds until the status matches `pattern`. */
const clickToStatus = (page, pattern) =>
  page.evaluate(
    (source) =>
      new Promise((resolve) => {
        const status = document.querySelector('[aria-label="Run status"]');
        const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
        const wanted = new RegExp(source);
        const observer = new MutationObserver(() => {
          if (!wanted.test(status.textContent)) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        const started = performance.now();
        run.click();
      }),
    pattern,
  );

/** In the page: the mean of many round trips to a bare blob worker that echoes (the baseline of a run). */
const bareWorkerRoundTrip = (page, trips) =>
  page.evaluate(async (count) => {
    const url = URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data)']));
    const worker = new Worker(url);
    const once = () =>
      new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.postMessage({ payload: 'echo' });
      });
    await once();
    const started = performance.now();
    for (let i = 0; i < count; i += 1) await once();
    const mean = (performance.now() - started) / count;
    worker.terminate();
    return mean;
  }, trips);

async function openReady(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
  return page;
}

/** Runs the runner benchmarks against the served build. */
export async function benchRunner({ baseUrl, browser }) {
  const context = await browser.newContext();
  try {
    const page = await openReady(context, baseUrl);
    await page.waitForTimeout(1500);
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i += 1) {
      warm.push(await clickToStatus(page, '^(Succeeded|Failed)'));
      await page.waitForTimeout(250);
    }
    const baseline = await bareWorkerRoundTrip(page, 500);
    await page.close();

    const first = [];
    for (let i = 0; i < FIRST_RUNS; i += 1) {
      const fresh = await openReady(context, baseUrl);
      first.push(await clickToStatus(fresh, '^(Succeeded|Failed)'));
      await fresh.close();
    }

    const busy = {
      code: 'async function lambda() { while (true) {} }',
      timeoutMs: BUSY_TIMEOUT_MS,
    };
    const late = [];
    const longest = [];
    for (let i = 0; i < BUSY_RUNS; i += 1) {
      const loop = await openReady(
        context,
        `${baseUrl}/#json=${encodeURIComponent(JSON.stringify(busy))}`,
      );
      await loop.waitForTimeout(1500);
      await loop.evaluate(() => {
        window.__longestTask = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longestTask = Math.max(window.__longestTask, entry.duration);
        }).observe({ type: 'longtask' });
      });
      late.push((await clickToStatus(loop, '^Timed out')) - BUSY_TIMEOUT_MS);
      await loop.waitForTimeout(200);
      longest.push(await loop.evaluate(() => window.__longestTask));
      await loop.close();
    }
    const round = (n) => Math.round(n * 10) / 10;
    return {
      templateWarmMs: round(median(warm)),
      bareWorkerRoundTripMs: Math.round(baseline * 1000) / 1000,
      templateWarmRatio: round(median(warm) / baseline),
      templateFirstRunAfterLoadMs: round(median(first)),
      busyLoopStoppedAfterTimeoutMs: round(median(late)),
      busyLoopLongestMainThreadTaskMs: round(median(longest)),
    };
  } finally {
    await context.close();
  }
}
