// Accessibility: the axe engine finds no serious or critical violation in the app's main states,
// in the light theme and in the dark one.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { Suites } from './fixtures/suites';

/** The serious and critical violations axe finds on the page now, one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
    );
}

for (const theme of ['Light', 'Dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ playground, editor, page }) => {
      await playground.open({
        code: 'async function lambda(input) {\n  return input.payload.ttr.ttrType;\n}',
      });
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      await expect(page.locator('html')).toHaveClass(theme === 'Dark' ? /dark/ : /^(?!.*dark)/);
      await editor.waitUntilReady();
    });

    test('the main view', async ({ page }) => {
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the debugger open on a recording, with a breakpoint', async ({
      page,
      editor,
      debuggerPanel,
    }) => {
      await debuggerPanel.debug();
      await editor.goTo(2);
      await page.keyboard.press('F9');
      await expect(
        debuggerPanel
          .region()
          .getByLabel(/condition/i)
          .first(),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the share dialog', async ({ page }) => {
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the tests panel with a case open', async ({ page }) => {
      const suites = new Suites(page);
      await suites.runOnce();
      await suites.newCase();
      await expect(suites.editor()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the explorer's JSON view", async ({ page, explorer, jsonEditor }) => {
      await explorer.openView('JSON');
      await jsonEditor.waitUntilLoaded();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the robustness report after a check', async ({ page }) => {
      const suites = new Suites(page);
      await suites.robustnessCheck();
      await expect(suites.reportGroup('ttr')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
