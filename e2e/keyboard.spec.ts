// Keyboard use: F6 between the main areas (from inside Monaco too), the code editor's hint on how
// to leave it, the shortcuts sheet, a visible focus ring, and the favicon (no request fails).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const areas = (page: Page) => ({
  explorer: page.getByRole('complementary', { name: 'Payload explorer' }),
  code: page.getByRole('region', { name: 'Code editor' }),
  result: page.getByRole('region', { name: 'Result' }),
  tests: page.getByRole('region', { name: 'Tests' }),
});

/** Waits until the keyboard focus is inside an area. */
const expectFocusIn = (area: Locator) => expect(area.locator(':focus')).toHaveCount(1);

test('F6 cycles the explorer, code, result and tests from inside Monaco; Shift+F6 goes back', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open();
  await editor.waitUntilReady();
  const { explorer, code, result, tests } = areas(page);
  await editor.monaco().locator('.view-lines').click();
  await expect(editor.monaco().locator('.monaco-editor.focused')).toHaveCount(1);

  await page.keyboard.press('F6');
  await expectFocusIn(result);
  await page.keyboard.press('F6');
  await expectFocusIn(tests);
  await page.keyboard.press('F6');
  await expectFocusIn(explorer);
  await page.keyboard.press('F6');
  await expect(editor.monaco().locator('.monaco-editor.focused')).toHaveCount(1);

  await page.keyboard.press('Shift+F6');
  await expectFocusIn(explorer);
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(tests);
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(result);
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(code);
  await expect(editor.monaco().locator('.monaco-editor.focused')).toHaveCount(1);
  // The code is untouched: F6 typed nothing.
  expect((await editor.lines()).join('\n')).not.toContain('F6');
});

test('the code editor says how to leave it when the keyboard brings focus, not the mouse', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open();
  await editor.waitUntilReady();
  const hint = areas(page).code.getByRole('note');
  await editor.monaco().locator('.view-lines').click();
  await expect(editor.monaco().locator('.monaco-editor.focused')).toHaveCount(1);
  await expect(hint).toBeHidden();

  await page.keyboard.press('Shift+F6');
  await expectFocusIn(areas(page).explorer);
  await page.keyboard.press('F6');
  await expect(hint).toHaveText(
    'Tab inserts a tab; press Ctrl+M to toggle Tab moving focus, or F6 to go to the next area',
  );
  await page.keyboard.press('F6');
  await expect(hint).toBeHidden();
});

test('? opens the shortcuts sheet, as does the header button; in a text field it is typed', async ({
  page,
  playground,
  explorer,
}) => {
  await playground.open();
  await explorer.search('conv?');
  await expect(explorer.searchbox()).toHaveValue('conv?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeHidden();

  await page.getByRole('heading', { name: 'Survey Function Playground' }).click();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row').filter({ hasText: 'Run the function' })).toContainText(
    'Ctrl+Enter',
  );
  await expect(sheet.getByRole('row').filter({ hasText: 'Go to the next area' })).toContainText(
    'F6',
  );
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet.getByRole('row').filter({ hasText: 'Toggle Tab moving focus' })).toContainText(
    'Ctrl+M',
  );
});

test('the search box shows a focus ring when the keyboard reaches it', async ({
  page,
  playground,
  explorer,
}) => {
  await playground.open();
  await page.getByRole('tab', { name: 'Tree' }).click();
  await page.keyboard.press('Tab');
  await expect(explorer.searchbox()).toBeFocused();
  const outline = await explorer.searchbox().evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).not.toBe('0px');
});

test('the page names a favicon, and it loads', async ({ page, playground }) => {
  await playground.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('svg');
});
