import { expect, test } from './fixtures/test';

test('saved workspaces: new, rename, switch, duplicate, delete with undo, all kept across a reload', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.chooseEvent('Messaging Survey Started');
  const workspaces = page.getByRole('dialog', { name: 'Workspaces' });
  const list = workspaces.getByRole('list', { name: 'Saved workspaces' });

  await page.getByRole('button', { name: 'Workspaces' }).click();
  await workspaces.getByRole('button', { name: 'New workspace' }).click();
  await playground.chooseEvent('Messaging Survey Ended');

  await page.getByRole('button', { name: 'Workspaces' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await workspaces.getByRole('button', { name: 'Rename My workspace' }).click();
  await workspaces.getByRole('textbox', { name: 'Workspace name' }).fill('Started case');
  await workspaces.getByRole('textbox', { name: 'Workspace name' }).press('Enter');
  await workspaces.getByRole('button', { name: 'Started case', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );

  await page.getByRole('button', { name: 'Workspaces' }).click();
  await workspaces.getByRole('button', { name: 'Duplicate Started case' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await workspaces.getByRole('button', { name: 'Delete Workspace 2' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await workspaces.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();

  await playground.reload();
  await page.getByRole('button', { name: 'Workspaces' }).click();
  await expect(list.getByRole('listitem')).toHaveText([
    /Started case/,
    /Started case \(copy\)/,
    /Workspace 2/,
  ]);
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
});
