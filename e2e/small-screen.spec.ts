// A phone-sized window (390 × 844): the areas stack as tabs, nothing scrolls sideways, Run stays
// in view, and the explorer and the result work there.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

test.use({ viewport: { width: 390, height: 844 } });

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('at 390 px the page never scrolls sideways and Run is in view, whichever area shows', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open();
  await editor.waitUntilReady();
  const run = page.getByRole('button', { name: 'Run', exact: true });
  const areas = page.getByRole('tablist', { name: 'Areas' });
  for (const name of ['Payload', 'Code', 'Result', 'Tests']) {
    await areas.getByRole('tab', { name }).click();
    await expect(areas.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await expect(run).toBeInViewport();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  }
});

test('on a small screen the explorer edits the payload and a run shows its result', async ({
  page,
  playground,
  explorer,
}) => {
  await playground.open({
    code: 'async function lambda(input) {\n  return { closedBy: input.payload.closeReason };\n}',
  });
  const areas = page.getByRole('tablist', { name: 'Areas' });
  await areas.getByRole('tab', { name: 'Payload' }).click();
  await expect(explorer.tree()).toBeInViewport();
  await explorer.editField('closeReason', 'AGENT');
  await expect(explorer.row('closeReason')).toHaveAccessibleName(/^closeReason: "?AGENT/);
  await explorer.openView('JSON');
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByLabel('Run status')).toHaveText(/^Succeeded/, { timeout: 15_000 });
  await expect(result.getByLabel('Returned value')).toBeInViewport();
  await expect(result.getByLabel('Returned value')).toContainText('"closedBy": "AGENT"');
  await result.getByRole('tab', { name: 'Raw' }).click();
  await expect(result.getByLabel('Raw result')).toBeInViewport();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
});

test.describe('on a touch-only phone', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('the code starts read-only with a note, and Edit anyway makes it editable', async ({
    playground,
    editor,
  }) => {
    await playground.open({ code: 'async function lambda(input) {\n  return 1;\n}' });
    await editor.waitUntilReady();
    const note = editor
      .region()
      .getByRole('note')
      .filter({ hasText: 'read-only on a touch screen' });
    await expect(note).toBeVisible();
    await editor.goToEndOfLineWith('return 1;');
    await editor.type(' // typed');
    await expect(editor.monaco().getByText('Cannot edit in read-only editor')).toBeVisible();
    expect(await editor.lines()).toContain('  return 1;');

    await note.getByRole('button', { name: 'Edit anyway' }).click();
    await expect(note).toBeHidden();
    await editor.goToEndOfLineWith('return 1;');
    await editor.type(' // typed');
    await expect.poll(() => editor.lines()).toContain('  return 1; // typed');
  });
});
