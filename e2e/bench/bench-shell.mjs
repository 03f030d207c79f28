// Time to first render of the app shell, against a blank page served by the same server.
import { medianOf } from './bench-utils.mjs';

const RUNS = 7;

async function timeTo(browser, url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const elapsed = await page.evaluate(ready);
  await context.close();
  return elapsed;
}

/** Medians of the shell's first render and of a blank page's load (baseline), cold contexts. */
export async function benchShell({ baseUrl, browser }) {
  const shellMs = await medianOf(RUNS, () =>
    timeTo(browser, baseUrl, async () => {
      while (!performance.getEntriesByName('shell-rendered').length)
        await new Promise((r) => setTimeout(r, 5));
      return performance.getEntriesByName('shell-rendered')[0].startTime;
    }),
  );
  const blankMs = await medianOf(RUNS, () =>
    timeTo(browser, `${baseUrl}/bench-blank.html`, async () => {
      while (document.readyState !== 'complete') await new Promise((r) => setTimeout(r, 5));
      return performance.getEntriesByType('navigation')[0].loadEventStart;
    }),
  );
  return { shellMs, blankMs };
}
