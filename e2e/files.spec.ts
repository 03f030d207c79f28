import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test';

test('an #example= link opens that example as a new workspace', async ({ playground, page }) => {
  await page.goto('/#example=system-closed-mobile');
  await expect(page.getByRole('status').filter({ hasText: 'Opened a link' })).toBeVisible();
  const workspace = await playground.savedWorkspace();
  expect(workspace?.payload).toMatchObject({ closeReason: 'SYSTEM' });
});

test('an unknown example link shows an alert', async ({ page, playground }) => {
  await page.goto('/#example=nope');
  await expect(playground.alerts()).toContainText('there is no example "nope"');
});

test('the gallery loads an example payload into the open workspace, with Undo', async ({
  playground,
  page,
}) => {
  await playground.open({ payload: { conversationId: 'mine' } });
  await page.getByRole('button', { name: 'Examples' }).click();
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  await expect(gallery.getByRole('listitem')).toHaveCount(7);
  await gallery.getByRole('button', { name: /^Load .*several dialogs/i }).click();
  const loaded = (await playground.savedWorkspace())?.payload as { dialogs: unknown[] };
  expect(loaded.dialogs.length).toBeGreaterThan(2);
  await page
    .getByRole('status')
    .filter({ hasText: 'Loaded the example' })
    .getByRole('button', { name: 'Undo' })
    .click();
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'mine' });
});

test('the zip export unzips to the CLI layout, and imports back as a new workspace', async ({
  playground,
  page,
}) => {
  const code = 'function lambda(input, callback) { callback(null, "ok"); }';
  await playground.open({
    code,
    payload: { conversationId: 'zip-1' },
    env: [{ key: 'REGION', value: 'emea' }],
  });
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await dialog.getByRole('textbox', { name: 'Function name' }).fill('survey-ended');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export CLI project' }).click();
  const file = await (await download).path();
  const files = unzipSync(new Uint8Array(await readFile(file)));
  expect(Object.keys(files).sort()).toEqual([
    'functions/survey-ended/config.json',
    'functions/survey-ended/index.js',
  ]);
  expect(strFromU8(files['functions/survey-ended/index.js']!)).toBe(code);
  const config = JSON.parse(strFromU8(files['functions/survey-ended/config.json']!));
  expect(config).toMatchObject({
    name: 'survey-ended',
    event: 'surveybot_messaging_survey_ended',
    input: { headers: [], payload: { conversationId: 'zip-1' } },
    environmentVariables: [{ key: 'REGION', value: 'emea' }],
  });

  await dialog.getByLabel('Import a file').setInputFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened the CLI function "survey-ended"' }),
  ).toBeVisible();
  const saved = await playground.savedState();
  expect(saved?.state.workspaces.map((w) => w.name)).toContain('survey-ended');
  expect(saved?.state.workspaces).toHaveLength(3);
  expect((await playground.savedWorkspace())?.code).toBe(code);
});

test('a payload JSON file replaces the payload; a broken one is refused with a message', async ({
  playground,
  page,
}) => {
  await playground.open({ payload: { conversationId: 'before' } });
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const input = page.getByRole('dialog', { name: 'Import and export' }).getByLabel('Import a file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a": '),
  });
  await expect(playground.alerts()).toContainText('broken.json is not valid JSON');
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'before' });
  await page.getByRole('button', { name: 'Import / Export' }).click();
  await input.setInputFiles({
    name: 'p.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"conversationId": "after"}'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Loaded the payload from p.json' }),
  ).toBeVisible();
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'after' });
});

test('a payload JSON dropped anywhere on the page replaces the payload, with Undo', async ({
  playground,
  page,
}) => {
  await playground.open({ payload: { conversationId: 'before-drop' } });
  const drop = async (name: string, text: string) => {
    const transfer = await page.evaluateHandle(
      ([n, t]) => {
        const data = new DataTransfer();
        data.items.add(new File([t], n, { type: 'application/json' }));
        return data;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(
      page.getByText('Drop a payload JSON, a CLI config.json or a CLI project zip'),
    ).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  };
  await drop('bad.json', '[1, 2]');
  await expect(playground.alerts()).toContainText('bad.json does not hold a JSON object');
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'before-drop' });
  await drop('dropped.json', '{"conversationId": "dropped"}');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Loaded the payload from dropped.json' });
  await expect(notice).toBeVisible();
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'dropped' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  expect((await playground.savedWorkspace())?.payload).toEqual({ conversationId: 'before-drop' });
});
