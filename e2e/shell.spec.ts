import { linkHash, STORAGE_KEYS, type SavedState } from './fixtures/playground';
import { expect, test } from './fixtures/test';

test('the event choice is stored by id and persists across a reload', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseEvent('Messaging Survey Started');
  expect((await playground.savedWorkspace())?.event).toBe('surveybot_messaging_survey_started');
  await playground.reload();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
});

test('a #json= link loads its event, payload and code, without running it, and Undo restores', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseEvent('Messaging Survey Ended');
  const before = await playground.savedWorkspace();
  await playground.pasteLink(
    linkHash({
      event: 'surveybot_messaging_survey_started',
      payload: { conversationId: 'from-link' },
      code: 'async function lambda(input) { return 1; }',
    }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Opened a link' })).toContainText(
    'runs only when you press Run',
  );
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  const after = await playground.savedState();
  expect(after?.state.workspaces).toHaveLength(2);
  const opened = await playground.savedWorkspace();
  expect(opened?.payload).toEqual({ conversationId: 'from-link' });
  expect(opened?.code).toBe('async function lambda(input) { return 1; }');
  expect(page.url()).not.toContain('#json=');
  await page.getByRole('button', { name: 'Undo' }).click();
  // Undo is written at once, not batched: storage holds it before any later write.
  const written = JSON.parse((await playground.storedText(STORAGE_KEYS.state))!) as SavedState;
  expect(written.state.workspaces).toHaveLength(1);
  expect(await playground.savedWorkspace()).toEqual(before);
  expect((await playground.savedState())?.state.workspaces).toHaveLength(1);
});

test('a link opened in a new tab loads its state', async ({ playground, page }) => {
  await playground.open({
    event: 'surveybot_messaging_survey_started',
    payload: { conversationId: 'new-tab' },
  });
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  expect((await playground.savedWorkspace())?.payload).toEqual({
    conversationId: 'new-tab',
  });
});

test('a malformed link shows an alert and leaves the saved work as it was', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseEvent('Messaging Survey Started');
  const before = await playground.savedWorkspace();
  await playground.pasteLink('#json=%7B%22payload%22%3A%7B%22a');
  await expect(playground.alerts()).toContainText('This link could not be opened');
  await playground.reload();
  expect(await playground.savedWorkspace()).toEqual(before);
  expect((await playground.savedState())?.state.workspaces).toHaveLength(1);
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
});

test('unreadable saved state: defaults, an alert, and the text offered for download', async ({
  playground,
  page,
}) => {
  await playground.open();
  // In one task: the app writes what it still had pending (as it does on pagehide), then the saved
  // text is broken, so that nothing the app writes on unload can replace it.
  await page.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
    localStorage.setItem('survey-playground:state', '{"state": {"workspace": ');
  });
  await page.reload();
  await expect(playground.alerts()).toContainText('could not be read');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download saved text' }).click();
  expect((await download).suggestedFilename()).toBe('unreadable-saved-state.json');
});

test('full storage: an alert, and the work stays in memory', async ({ playground, page }) => {
  await playground.open();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await playground.chooseEvent('Messaging Survey Started');
  await expect(playground.alerts()).toContainText('Browser storage is full');
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
});

test('screenshot for the README: the template run against the documented payload', async ({
  playground,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await playground.open();
  await expect(page.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Result' }).getByLabel('Run status')).toHaveText(
    /^Succeeded/,
  );
  await page.screenshot({ path: 'e2e/screenshots/app.png' });
});
