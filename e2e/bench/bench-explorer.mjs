// Payload explorer with 5,000 dialogs: time to render the tree and to filter it by a search
// (plus, for reference, to open the 5,000 dialogs and to expand everything).
import { medianOf } from './bench-utils.mjs';

const DIALOGS = 5000;
const RUNS = 7;
const QUERY = 'closedby';

/**
 * Puts a payload with DIALOGS dialogs in the saved state, wherever the store keeps the payload.
 * It is written before the app starts on every later load: the app's own pending save (it writes
 * a moment after each change, and when the page is hidden) would otherwise overwrite it.
 */
async function saveBigPayload(page) {
  const key = 'survey-playground:state';
  await page.getByRole('button', { name: 'Reset payload' }).click();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"dialogs"'), key);
  const text = await page.evaluate(
    ([k, count]) => {
      const saved = JSON.parse(localStorage.getItem(k));
      const grow = (node) => {
        if (!node || typeof node !== 'object') return;
        if (!Array.isArray(node) && 'conversationId' in node && Array.isArray(node.dialogs)) {
          const [open, closed] = node.dialogs;
          node.dialogs = Array.from({ length: count }, (_, i) => ({
            ...(i % 2 ? closed : open),
            dialogId: `dialog-${i}`,
          }));
        } else Object.values(node).forEach(grow);
      };
      grow(saved);
      return JSON.stringify(saved);
    },
    [key, DIALOGS],
  );
  await page.addInitScript(([k, t]) => localStorage.setItem(k, t), [key, text]);
}

/** Reloads and returns the explorer's own measure: first render until the tree is painted. */
async function renderOnce(page) {
  await page.reload();
  const renderMs = await page.evaluate(async () => {
    const name = 'payload-explorer:render';
    while (!performance.getEntriesByName(name).length) await new Promise((r) => setTimeout(r, 5));
    return performance.getEntriesByName(name)[0].duration;
  });
  const dialogs = await page
    .getByRole('treeitem', { name: /^dialogs: / })
    .getAttribute('aria-label');
  if (dialogs !== `dialogs: [${DIALOGS} items]`) throw new Error(`the tree shows ${dialogs}`);
  return renderMs;
}

/** Types a query into `Search fields` and returns the time until the filtered tree is painted. */
function filterOnce(page, query) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('input[aria-label="Search fields"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const start = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - start;
  }, query);
}

/** Runs an action in the page and returns the time until the tree is painted after it. */
function timeAction(page, action) {
  return page.evaluate(async (name) => {
    const row = [...document.querySelectorAll('[role="treeitem"]')].find((el) =>
      el.getAttribute('aria-label').startsWith('dialogs: '),
    );
    const button = (label) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === label);
    const key = (k) => row.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    const start = performance.now();
    if (name === 'expand-dialogs') key('ArrowRight');
    else if (name === 'collapse-dialogs') key('ArrowLeft');
    else button(name === 'expand-all' ? 'Expand all' : 'Collapse all').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - start;
  }, action);
}

/** Medians of the tree's render and of a search filter, with 5,000 dialogs in the payload. */
export async function benchExplorer({ baseUrl, browser }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    await page.getByRole('tree', { name: 'Payload' }).waitFor();
    await saveBigPayload(page);
    const renderMs = await medianOf(RUNS, () => renderOnce(page));
    const filterMs = await medianOf(RUNS, async () => {
      const elapsed = await filterOnce(page, QUERY);
      const rows = await page.getByRole('treeitem').count();
      if (rows === 0) throw new Error('the search found nothing');
      await filterOnce(page, '');
      return elapsed;
    });
    const expandDialogsMs = await medianOf(RUNS, async () => {
      const elapsed = await timeAction(page, 'expand-dialogs');
      await timeAction(page, 'collapse-dialogs');
      return elapsed;
    });
    const expandAllMs = await medianOf(3, async () => {
      const elapsed = await timeAction(page, 'expand-all');
      await timeAction(page, 'collapse-all');
      return elapsed;
    });
    return {
      dialogs: DIALOGS,
      renderMs: round(renderMs),
      filterMs: round(filterMs),
      expandDialogsMs: round(expandDialogsMs),
      expandAllMs: round(expandAllMs),
    };
  } finally {
    await context.close();
  }
}

const round = (n) => Math.round(n * 10) / 10;
