import { readFile } from 'node:fs/promises';
import { STORAGE_KEYS, type Playground } from './fixtures/playground';
import { expect, test } from './fixtures/test';

/** A saved workspace's fields (version 4), Messaging Survey Started unless `fields` say otherwise. */
const workspace = (fields: Record<string, unknown> = {}) => ({
  event: 'surveybot_messaging_survey_started',
  payload: { conversationId: 'seeded' },
  code: 'async function lambda(input) { return 1; }',
  env: [],
  secrets: [],
  mocks: [],
  timeoutMs: 30_000,
  keepWarm: false,
  cases: [],
  runtime: 'v2',
  ...fields,
});

/** The text the app saves for a list of workspaces with `currentId` open. */
const savedText = (workspaces: unknown[], currentId: string) =>
  JSON.stringify({
    version: 4,
    state: { workspaces, currentId, ui: { theme: 'system', sidebarWidth: 420 } },
  });

async function workspaceNames(playground: Playground) {
  const { page } = playground;
  await page.getByRole('button', { name: 'Workspaces' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspaces' });
  const items = dialog.getByRole('list', { name: 'Saved workspaces' }).getByRole('listitem');
  return { dialog, items };
}

async function downloadedText(playground: Playground, button: string) {
  const download = playground.page.waitForEvent('download');
  await playground.page.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a saved workspace that cannot be read is set aside: the other loads intact, an alert names it and offers its text', async ({
  playground,
  page,
}) => {
  const broken = {
    id: 'broken',
    name: 'Broken one',
    updatedAt: 2,
    workspace: workspace({ secrets: [{ key: 'token', value: 42 }] }),
  };
  const good = {
    id: 'good',
    name: 'Good one',
    updatedAt: 1,
    workspace: workspace({
      payload: { conversationId: 'good' },
      secrets: [{ key: 'half typed!', value: 'kept as typed' }],
    }),
  };
  await playground.seedStorage({ [STORAGE_KEYS.state]: savedText([good, broken], 'broken') });
  await playground.open();

  const alert = playground.alerts().filter({ hasText: 'set aside' });
  await expect(alert).toContainText('"Broken one" (secrets.0.value: Invalid input');
  await expect(alert).toContainText('"Good one" is open');
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  // Written before workspaces had breakpoints: it loads with none.
  expect(await playground.savedWorkspace()).toEqual({ ...good.workspace, breakpoints: [] });
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('secret 1 name')).toHaveValue('half typed!');

  const { name, text } = await downloadedText(playground, 'Download set-aside text');
  expect(name).toBe('set-aside-workspaces.json');
  const records = JSON.parse(text) as { what: string; text: string }[];
  expect(records.map((r) => r.what)).toEqual(['workspace "Broken one"']);
  expect(JSON.parse(records[0]!.text)).toEqual(broken);

  const { dialog, items } = await workspaceNames(playground);
  await expect(items).toHaveText([/Good one/]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Set aside once: the next load is clean, and the kept text is still there.
  await playground.reload();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  await expect(playground.alerts()).toHaveCount(0);
  const kept = JSON.parse((await playground.storedText(STORAGE_KEYS.setAside))!) as unknown[];
  expect(kept).toHaveLength(1);
});

test('when the last save cannot be read, the previous one loads, with a notice and the unreadable text offered', async ({
  playground,
  page,
}) => {
  const garbage = '{"version": 4, "state": {"workspa';
  const previous = {
    id: 'previous',
    name: 'From the previous save',
    updatedAt: 1,
    workspace: workspace({ payload: { conversationId: 'previous' } }),
  };
  await playground.seedStorage({
    [STORAGE_KEYS.state]: garbage,
    [STORAGE_KEYS.previous]: savedText([previous], 'previous'),
  });
  await playground.open();

  await expect(playground.alerts()).toContainText(
    'Your last save could not be read (it is not valid JSON). The previous save was loaded instead',
  );
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  // Written before workspaces had breakpoints: it loads with none.
  expect(await playground.savedWorkspace()).toEqual({ ...previous.workspace, breakpoints: [] });
  expect(await downloadedText(playground, 'Download saved text')).toEqual({
    name: 'unreadable-saved-state.json',
    text: garbage,
  });
  const { items } = await workspaceNames(playground);
  await expect(items).toHaveText([/From the previous save/]);
});

test('an edit is saved by itself, rows being typed included, and is there after a reload', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseEvent('Messaging Survey Started');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('secret 1 name').fill('half typed!');
  // The batched write lands without the page being hidden.
  await expect
    .poll(async () => (await playground.storedText(STORAGE_KEYS.state)) ?? '')
    .toContain('half typed!');

  await playground.reload();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('secret 1 name')).toHaveValue('half typed!');
  await expect(playground.alerts()).toHaveCount(0);
});
