// The replay debugger, as a person uses it: Debug, move through the recording both ways with the
// buttons, the slider and the keys, breakpoints (with a condition), Variables and the call stack at
// a step, inline values in the editor, the timeline, and Stop and the timeout during a debug run.
import { expect, test } from './fixtures/test';
import type { LinkState } from './fixtures/playground';

/** A function with a loop, a helper call, an awaited request (mocked) and an error. */
const LOOP_ASYNC_ERROR: LinkState = {
  runtime: 'v2',
  code: [
    'function double(n) {', // 1
    '  return n * 2;', // 2
    '}', // 3
    'async function lambda(input) {', // 4
    '  let total = 0;', // 5
    '  for (let i = 0; i < 5; i++) {', // 6
    '    total += double(i);', // 7
    '  }', // 8
    "  const res = await fetch('https://api.example.com/score');", // 9
    '  const body = await res.json();', // 10
    "  console.info('score', body.score);", // 11
    '  if (body.score > 3) {', // 12
    "    throw new Error('score too high: ' + (total + body.score));", // 13
    '  }', // 14
    '  return total;', // 15
    '}', // 16
  ].join('\n'),
  mocks: [{ url: 'https://api.example.com/*', body: { score: 5 } }],
};

test.describe('the debugger', () => {
  test('debugs the template: opens at lambda, steps both ways, shows variables, inline values and the timeline', async ({
    runner,
    debuggerPanel: dbg,
    editor,
  }) => {
    await runner.open();
    await runner.run();
    const plainStatus = (await runner.status().textContent())!.replace(/ in [\d.,]+ ?m?s.*$/, '');
    await dbg.debug();
    await expect(dbg.region()).toBeVisible();
    await expect(runner.status()).toHaveText(new RegExp(`^${plainStatus.split(' ')[0]}`));
    // The template's lambda starts on line 7; its first statement is on line 8.
    await dbg.expectLine(8);
    const first = await dbg.step();
    expect(first.of).toBeGreaterThan(first.step);

    await dbg.button('Step over').click();
    await dbg.expectLine(9);
    expect((await dbg.step()).step).toBe(first.step + 1);
    await expect(dbg.variables()).toContainText('conversationId');
    await expect(dbg.variables()).toContainText('closeReason');
    await expect(dbg.callStack().getByRole('listitem').first()).toContainText('lambda');
    // Inline values: line 8 wrote conversationId, shown at the end of the line in the editor.
    await expect(editor.monaco()).toContainText('conversationId =');

    await dbg.button('Step back').click();
    await dbg.expectLine(8);

    // The timeline lists the console entries and the result; clicking the result goes to the end.
    const entries = dbg.timeline().getByRole('button');
    await expect(entries.filter({ hasText: 'Payload received' })).toHaveCount(1);
    await entries
      .filter({ hasText: /result/i })
      .last()
      .click();
    const end = await dbg.step();
    expect(end.step).toBe(end.of);
    await entries.filter({ hasText: 'Payload received' }).click();
    await dbg.expectLine(11);
  });

  test('a loop, an async call and an error: the same outcome as Run, breakpoints with a condition, from the keyboard', async ({
    page,
    runner,
    debuggerPanel: dbg,
    editor,
  }) => {
    await runner.open(LOOP_ASYNC_ERROR);
    await runner.run();
    await expect(runner.status()).toHaveText(/^Failed/);
    const plainError = await runner.error().textContent();
    await editor.waitUntilReady();

    await page.keyboard.press('Control+Shift+Enter');
    await expect(dbg.stepText()).toHaveText(/^Step \d+ of \d+/);
    await expect(runner.status()).toHaveText(/^Failed/);
    await expect(runner.error()).toHaveText(plainError!);
    await expect(runner.error()).toContainText('score too high: 25');
    await dbg.expectLine(5);

    // F11 steps into double() from line 7; Shift+F11 steps out again.
    await page.keyboard.press('F10');
    await dbg.expectLine(6);
    await page.keyboard.press('F10');
    await dbg.expectLine(6);
    await page.keyboard.press('F10');
    await dbg.expectLine(7);
    await page.keyboard.press('F11');
    await dbg.expectLine(2);
    await expect(dbg.callStack().getByRole('listitem')).toHaveCount(2);
    await expect(dbg.callStack().getByRole('listitem').first()).toContainText('double');
    await page.keyboard.press('Shift+F11');
    await dbg.expectLine(6);
    await page.keyboard.press('Shift+F10');
    await dbg.expectLine(7);

    // A breakpoint on line 7 that stops only when i is 3 (F9 at the cursor, then the condition).
    await editor.goTo(7);
    await page.keyboard.press('F9');
    const condition = dbg
      .region()
      .getByLabel(/condition/i)
      .first();
    await condition.fill('i === 3');
    await condition.press('Enter');
    await dbg.button('Reverse continue').click();
    expect((await dbg.step()).step).toBe(1);
    await page.keyboard.press('F8');
    await dbg.expectLine(7);
    await expect(dbg.variables().getByRole('treeitem', { name: /^i\b/ }).first()).toContainText(
      '3',
    );
    await expect(dbg.variables()).toContainText('total');
    // Continue again: no other hit, so the end of the recording, at the error.
    await page.keyboard.press('F8');
    const end = await dbg.step();
    expect(end.step).toBe(end.of);
    await dbg.expectLine(13);
    // Shift+F8 goes back to the hit.
    await page.keyboard.press('Shift+F8');
    await dbg.expectLine(7);

    // The slider moves anywhere; the request and the console entry sit in the timeline.
    await dbg.slider().focus();
    await page.keyboard.press('End');
    expect((await dbg.step()).step).toBe(end.of);
    await expect(dbg.timeline()).toContainText('api.example.com/score');
    await expect(dbg.timeline()).toContainText('score');
  });

  test('breakpoints are saved with the workspace', async ({
    page,
    runner,
    debuggerPanel: dbg,
    editor,
  }) => {
    await runner.open(LOOP_ASYNC_ERROR);
    await editor.waitUntilReady();
    await editor.goTo(11);
    await page.keyboard.press('F9');
    await expect(
      editor.monaco().locator('.debug-breakpoint-glyph, [class*="breakpoint"]').first(),
    ).toBeVisible();
    await page.reload();
    await editor.waitUntilReady();
    await dbg.debug();
    await dbg.button('Continue').click();
    await dbg.expectLine(11);
  });

  test('the timeout and Stop end a debug run, and the steps so far stay to step through', async ({
    page,
    runner,
    debuggerPanel: dbg,
  }) => {
    const busy: LinkState = {
      runtime: 'v2',
      timeoutMs: 1000,
      code: 'async function lambda(input) {\n  let n = 0;\n  while (true) {\n    n++;\n  }\n}',
    };
    await runner.open(busy);
    await dbg.debugButton().click();
    await expect(runner.status()).toHaveText(/^Timed out/, { timeout: 10_000 });
    await expect(dbg.stepText()).toHaveText(/^Step \d+ of \d+/);
    await expect(dbg.region()).toContainText(/timeout/i);
    await dbg.button('Step over').click();
    await expect(dbg.currentLine()).toHaveText(/^Line [2-4]$/);

    await runner.open({ ...busy, timeoutMs: 60_000 });
    await dbg.debugButton().click();
    await expect(runner.status()).toHaveText(/^Running/);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(runner.status()).toHaveText(/^Cancelled/);
    await expect(dbg.stepText()).toHaveText(/^Step \d+ of \d+/);
  });
});
