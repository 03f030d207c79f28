import { allFieldSpecs } from '../src/schema/field-spec';
import { expect, test } from './fixtures/test';

test.beforeEach(async ({ playground }) => {
  await playground.open();
});

test('every documented field appears in the tree, with its type and description', async ({
  explorer,
}) => {
  const paths = new Set((await explorer.allPaths()).map((p) => p.replace(/\[\d+\]/g, '[]')));
  const missing = allFieldSpecs.map((s) => s.path).filter((p) => !paths.has(p));
  expect(missing).toEqual([]);
  await explorer.selectField('lastContentEventNotification.serverTimestamp');
  await expect(explorer.row('lastContentEventNotification.serverTimestamp')).toHaveAccessibleName(
    'serverTimestamp: 1528463781807 2018-06-08 13:16:21.807 UTC',
  );
  await expect(explorer.row('lastContentEventNotification.serverTimestamp')).toContainText(
    'timestamp of the server',
  );
  await expect(explorer.details()).toContainText('NUMBER');
  await expect(explorer.details()).toContainText('a row of the documented table');
});

test('search narrows the tree to matches and their ancestors', async ({ explorer }) => {
  await explorer.search('closedBy');
  await expect(explorer.rows()).toHaveCount(3);
  await expect(explorer.row('dialogs[1].closedBy')).toHaveAccessibleName('closedBy: "CONSUMER"');
  await explorer.search('frist conversation');
  await expect(explorer.rows()).toHaveCount(1);
  await expect(explorer.row('firstConversation')).toBeVisible();
  await explorer.search('SharkContext');
  await expect(explorer.rows()).toHaveCount(2);
  await explorer.search('no-such-thing');
  await expect(explorer.rows()).toHaveCount(0);
  await expect(explorer.page.getByText('No field matches “no-such-thing”.')).toBeVisible();
});

test('inline edits fit the type and persist across a reload', async ({ explorer, playground }) => {
  await explorer.editField('context.lang', 'fr-FR');
  await explorer.editField('surveyRevision', '7');
  await explorer.editField('firstConversation', false);
  await explorer.editField('ttr.ttrType', 'CUSTOM');
  await explorer.editField('dialogs[0].creationTs', '2020-01-02T03:04:05Z');
  expect((await playground.savedWorkspace())?.payload).toMatchObject({
    surveyRevision: 7,
    firstConversation: false,
    context: { lang: 'fr-FR' },
    ttr: { ttrType: 'CUSTOM' },
  });
  await playground.reload();
  await explorer.search('context.lang');
  await expect(explorer.row('context.lang')).toHaveAccessibleName('lang: "fr-FR"');
  await explorer.search('surveyRevision');
  await expect(explorer.row('surveyRevision')).toHaveAccessibleName('surveyRevision: 7');
  await explorer.search('firstConversation');
  await expect(explorer.row('firstConversation')).toHaveAccessibleName('firstConversation: false');
  await explorer.search('dialogs[0].creationTs');
  await expect(explorer.row('dialogs[0].creationTs')).toHaveAccessibleName(
    'creationTs: 1577934245000 2020-01-02 03:04:05.000 UTC',
  );
});

test('a wrong value is refused in the editor and a wrong type is a problem on its field', async ({
  explorer,
  page,
}) => {
  await explorer.selectField('surveyId');
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Value of surveyId', { exact: true });
  await input.fill('twelve');
  await input.press('Enter');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.press('Escape');
  await expect(explorer.row('surveyId')).toHaveAccessibleName('surveyId: 3387141511');
  await explorer.openView('JSON');
  const text = await explorer.rawText();
  await explorer.typeRawJson(text.replace('"surveyId": 3387141511', '"surveyId": "3387141511"'));
  await explorer.openView('Tree');
  await explorer.search('context');
  await page.getByText('1 problem', { exact: true }).click();
  await page.getByRole('list', { name: 'Problems', exact: true }).getByRole('button').click();
  await expect(explorer.searchbox()).toHaveValue('');
  await expect(explorer.details()).toContainText('input.payload.surveyId');
  await expect(
    explorer.details().getByRole('list', { name: 'Problems of this field' }),
  ).toContainText('but it is a string');
  await expect(explorer.row('surveyId')).toHaveAccessibleDescription(
    /Expected a number \(documented as NUMBER\), but it is a string/,
  );
});

test('a raw JSON syntax error shows line and column and keeps the last valid payload', async ({
  explorer,
  playground,
  page,
}) => {
  await explorer.openView('JSON');
  const valid = await explorer.rawText();
  const edited = valid.replace('"accountId": "12345678"', '"accountId": "555"');
  await explorer.typeRawJson(edited);
  await explorer.typeRawJson(edited.replace('"accountId": "555",', '"accountId": "666"'));
  await expect(page.getByRole('alert')).toContainText(
    "Line 4, column 3: Expected ',' or '}' after property value",
  );
  await explorer.openView('Tree');
  await explorer.search('accountId');
  await expect(explorer.row('accountId')).toHaveAccessibleName('accountId: "555"');
  await explorer.typeRawJson('[1, 2]');
  await expect(page.getByRole('alert')).toContainText('must be a JSON object');
  await playground.reload();
  await explorer.search('accountId');
  await expect(explorer.row('accountId')).toHaveAccessibleName('accountId: "555"');
});

test('copy path puts the expression on the clipboard', async ({ explorer, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await explorer.copyPath('dialogs[0].dialogId');
  await expect(explorer.details()).toContainText('Copied input.payload.dialogs[0].dialogId');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'input.payload.dialogs[0].dialogId',
  );
});

test('when the clipboard is refused, the path is offered to copy by hand', async ({
  explorer,
  page,
}) => {
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  await explorer.copyPath('ttr.value');
  await expect(page.getByRole('textbox', { name: 'Path to copy' })).toHaveValue(
    'input.payload.ttr.value',
  );
});

test('array items are added from the schema example and removed', async ({ explorer }) => {
  await explorer.fieldAction('dialogs', 'Add item');
  await explorer.search('dialogs[2].dialogType');
  await expect(explorer.row('dialogs')).toHaveAccessibleName('dialogs: [3 items]');
  await expect(explorer.row('dialogs[2]')).toHaveAttribute('aria-setsize', '1');
  await expect(explorer.row('dialogs[2].dialogType')).toHaveAccessibleName(
    'dialogType: "POST_SURVEY"',
  );
  await explorer.fieldAction('dialogs[0]', 'Remove item');
  await explorer.search('dialogs[0].dialogType');
  await expect(explorer.row('dialogs')).toHaveAccessibleName('dialogs: [2 items]');
  await expect(explorer.row('dialogs[0].dialogType')).toHaveAccessibleName('dialogType: "MAIN"');
});

test('a field and the whole payload reset to the example, with Undo', async ({
  explorer,
  page,
}) => {
  await explorer.editField('state', 'CLOSE');
  await explorer.fieldAction('state', 'Reset field');
  await expect(explorer.row('state')).toHaveAccessibleName('state: "OPEN"');
  await explorer.editField('skillId', 'changed');
  await explorer.resetPayload();
  await explorer.search('skillId');
  await expect(explorer.row('skillId')).toHaveAccessibleName('skillId: "563267"');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(explorer.row('skillId')).toHaveAccessibleName('skillId: "changed"');
});

test('the tree is operated with the keyboard', async ({ explorer, page }) => {
  await explorer.openView('Tree');
  await explorer.rows().first().click();
  await page.keyboard.press('ArrowDown');
  await expect(explorer.row('accountId')).toBeFocused();
  await page.keyboard.press('End');
  await expect(explorer.row('lastQuestionId')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(explorer.row('conversationId')).toBeFocused();
  await explorer.search('ttr');
  await explorer.row('ttr').click();
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.row('ttr')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(explorer.row('ttr.ttrType')).toBeFocused();
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Value of ttr.ttrType', { exact: true });
  await expect(input).toBeFocused();
  await input.fill('SOMETHING');
  await input.press('Escape');
  await expect(explorer.row('ttr.ttrType')).toBeFocused();
  await expect(explorer.row('ttr.ttrType')).toHaveAccessibleName('ttrType: "URGENT"');
  await page.keyboard.press('ArrowLeft');
  await expect(explorer.row('ttr')).toBeFocused();
});

test('the reference lists every documented field with its source', async ({ explorer, page }) => {
  await explorer.openView('Reference');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(allFieldSpecs.length + 1);
  await expect(table.getByRole('row', { name: /^dialogs\[\]\.closedBy / })).toContainText(
    'from example',
  );
  await expect(table.getByRole('row', { name: /^ttr\.value / })).toContainText('table');
});
