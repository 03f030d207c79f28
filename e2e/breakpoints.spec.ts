// Breakpoints in the code editor: F9 and a click in the gutter toggle them, their glyphs say what
// they are, they move with the lines they are on, and they are saved with the workspace.
import type { Playground } from './fixtures/playground';
import { expect, test } from './fixtures/test';

interface Breakpoint {
  line: number;
  condition?: string;
  log?: string;
}

const code = [
  'function lambda(input, callback) {',
  '  const a = 1;',
  '  const b = a + 1;',
  '  callback(null, b);',
  '}',
  '',
].join('\n');

/** The breakpoints of the workspace as saved in localStorage. */
const saved = async (playground: Playground) =>
  ((await playground.savedWorkspace()) as { breakpoints?: Breakpoint[] } | null)?.breakpoints;

test('breakpoints: gutter click and F9 toggle, glyphs with hovers, edits move them, saved', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open({ code, breakpoints: [{ line: 3, condition: 'a > 0' }, { line: 9 }] });
  await editor.waitUntilReady();
  const glyphs = editor
    .monaco()
    .locator('.sfp-breakpoint, .sfp-breakpoint-conditional, .sfp-logpoint');
  // Line 9 is past the code's end: dropped on import.
  await expect(glyphs).toHaveCount(1);
  await expect(editor.monaco().locator('.sfp-breakpoint-conditional')).toHaveCount(1);
  expect(await saved(playground)).toEqual([{ line: 3, condition: 'a > 0' }]);

  // F9 at line 2.
  await editor.goTo(2, 3);
  await page.keyboard.press('F9');
  await expect(glyphs).toHaveCount(2);
  expect(await saved(playground)).toEqual([{ line: 2 }, { line: 3, condition: 'a > 0' }]);

  // A click in the glyph margin of line 4 adds, a second click removes.
  const margin = editor.monaco().locator('.glyph-margin');
  const box = (await margin.boundingBox())!;
  const lineHeight = 19;
  const y = (await editor.monaco().locator('.view-lines').boundingBox())!.y + lineHeight * 3.5;
  await page.mouse.click(box.x + box.width / 2, y);
  await expect(glyphs).toHaveCount(3);
  expect((await saved(playground))?.map((b) => b.line)).toEqual([2, 3, 4]);
  await page.mouse.click(box.x + box.width / 2, y);
  await expect(glyphs).toHaveCount(2);

  // Enter at the end of line 1 moves the breakpoints down.
  await editor.goTo(1, 35);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await saved(playground))?.map((b) => b.line)).toEqual([3, 4]);
  // Deleting line 3 (a breakpoint on it) drops it.
  await editor.goTo(3, 1);
  await page.keyboard.press('Control+Shift+K');
  await expect.poll(async () => await saved(playground)).toEqual([{ line: 3, condition: 'a > 0' }]);

  // Hover text says which and the condition.
  await editor.monaco().locator('.sfp-breakpoint-conditional').hover();
  await expect(
    page.locator('.monaco-hover').filter({ hasText: 'Conditional breakpoint: a > 0' }),
  ).toBeVisible();

  await playground.reload();
  await editor.waitUntilReady();
  await expect(editor.monaco().locator('.sfp-breakpoint-conditional')).toHaveCount(1);
});
