// The app shell's first render and first paint, cold, beside two same-run baselines served by the
// same server: a blank page, and a static copy of the shell (its HTML and style sheets as the
// app drew them, no script) — what the shell would cost if it needed no JavaScript at all.
import { writeFileSync } from 'node:fs';
import { median } from './bench-utils.mjs';

const RUNS = 7;
const STATIC_SHELL = 'bench-static-shell.html';

/** In the page: its first contentful paint and, when `mark` is given, when that mark was set. */
const paintAndMark = async (mark) => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  while (at('first-contentful-paint') === undefined || (mark && at(mark) === undefined))
    await new Promise((r) => setTimeout(r, 5));
  return { paint: at('first-contentful-paint'), mark: mark ? at(mark) : null };
};

async function timeTo(browser, url, ready, arg) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const elapsed = await page.evaluate(ready, arg);
  await context.close();
  return elapsed;
}

/** The shell as the app first draws it (fresh context, no saved work), without its scripts: the
 * page is copied when the app marks its first render, before anything loads after it. */
async function staticCopyOfShell(browser, baseUrl) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'shell-rendered') {
        const copy = document.documentElement.cloneNode(true);
        for (const node of copy.querySelectorAll('script, link[rel="modulepreload"], iframe'))
          node.remove();
        window.__shellCopy = `<!doctype html>${copy.outerHTML}`;
      }
      return mark(name, options);
    };
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const html = await (await page.waitForFunction(() => window.__shellCopy)).jsonValue();
  await context.close();
  if (!html.includes('role="treeitem"')) throw new Error('the shell had no tree rows when copied');
  return html;
}

/**
 * Medians, cold contexts: the shell's first render (`shellMs`) and first paint (`shellPaintMs`),
 * a blank page's load (`blankMs`) and the static copy's first paint (`staticShellMs`).
 */
export async function benchShell({ baseUrl, browser }) {
  writeFileSync(
    new URL(`../../dist/${STATIC_SHELL}`, import.meta.url),
    await staticCopyOfShell(browser, baseUrl),
  );
  const renders = [];
  const paints = [];
  const statics = [];
  for (let i = 0; i < RUNS; i += 1) {
    const app = await timeTo(browser, baseUrl, paintAndMark, 'shell-rendered');
    renders.push(app.mark);
    paints.push(app.paint);
    statics.push((await timeTo(browser, `${baseUrl}/${STATIC_SHELL}`, paintAndMark, null)).paint);
  }
  const blanks = [];
  for (let i = 0; i < RUNS; i += 1)
    blanks.push(
      await timeTo(browser, `${baseUrl}/bench-blank.html`, async () => {
        while (document.readyState !== 'complete') await new Promise((r) => setTimeout(r, 5));
        return performance.getEntriesByType('navigation')[0].loadEventStart;
      }),
    );
  return {
    shellMs: median(renders),
    shellPaintMs: median(paints),
    staticShellMs: median(statics),
    blankMs: median(blanks),
  };
}
