import { examplePayload } from '../src/schema/example-payload';
import { expect, test } from './fixtures/test';
import { linkHash } from './fixtures/playground';

const v2 = (body: string) =>
  `import { Toolbelt } from 'core-functions-toolbelt';\n\nasync function lambda(input) {\n${body}\n  return 'ok';\n}\n`;

test('Monaco loads after the shell, with a visible loading state, from this origin only', async ({
  page,
  playground,
  explorer,
  editor,
  baseURL,
}) => {
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/code-editor-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await playground.open();
  await expect(editor.region().getByText('Loading the code editor…')).toBeVisible();
  await explorer.search('closeReason');
  await expect(explorer.row('closeReason')).toBeVisible();

  release();
  await editor.waitUntilReady();
  await expect(editor.region().getByText('Loading the code editor…')).toBeHidden();
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url),
  );
  expect(foreign).toEqual([]);
  expect(requests.some((url) => /\/assets\/function-ts-worker-[\w-]+\.js$/.test(url))).toBe(true);
});

test('typing input.payload. offers the documented fields, with their docs', async ({
  playground,
  editor,
}) => {
  await playground.open({ code: v2('  ') });
  await editor.waitUntilReady();
  await editor.goTo(4, 3);
  await editor.type('input.payload.');
  const offered = await editor.suggestions();
  expect(offered).toEqual(
    expect.arrayContaining(['conversationId', 'lastContentEventNotification']),
  );
  await editor.type('lastQ');
  await expect(editor.page.locator('.suggest-widget.visible .monaco-list-row')).toHaveCount(1);
  await expect(editor.page.locator('.suggest-widget.visible')).toContainText('lastQuestionId');
});

test('a misspelt field is an error whose message suggests the right one', async ({
  playground,
  editor,
}) => {
  await playground.open({ code: v2('  console.info(input.payload.converationId);') });
  await editor.waitUntilReady();
  await expect(editor.squiggles('error')).toHaveCount(1);
  const hover = await editor.hoverText(editor.squiggles('error').first());
  expect(hover).toContain("Property 'converationId' does not exist");
  expect(hover).toContain("Did you mean 'conversationId'?");
});

test('console methods and the other platform rules are warnings', async ({
  playground,
  editor,
}) => {
  await playground.open({ code: v2("  console.table('hi');\n  const axios = require('axios');") });
  await editor.waitUntilReady();
  await expect(editor.squiggles('warning')).toHaveCount(2);
  expect(await editor.hoverText(editor.squiggles('warning').first())).toContain(
    'console.table crashes the V2 runtime',
  );
  expect(await editor.hoverText(editor.squiggles('warning').nth(1))).toContain(
    "'axios' is not offered to V2 functions",
  );
});

test('hovering input.payload names the event, and the typings follow the event choice', async ({
  playground,
  editor,
}) => {
  await playground.open({ code: v2('  console.info(input.payload.closeReason);') });
  await editor.waitUntilReady();
  expect(await editor.hoverWord('payload')).toContain('MessagingSurveyEndedPayload');
  await playground.chooseEvent('Messaging Survey Started');
  await expect.poll(() => editor.hoverWord('payload')).toContain('MessagingSurveyStartedPayload');
  expect(await editor.hoverWord('closeReason')).toContain('close reason of conversation');
});

test('New from template asks before it replaces code that is not a template', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open();
  await editor.waitUntilReady();
  await editor.chooseTemplate('Messaging Survey Started · V2 (async function)');
  await expect(editor.replaceDialog()).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );
  await expect
    .poll(() => editor.lines())
    .toContain(
      '// Messaging Survey Started: runs when the survey bot sends its first question, after the conversation ended.',
    );

  await editor.goTo(1, 1);
  await editor.type('// mine ');
  await editor.chooseTemplate('Messaging Survey Ended · V2 (async function)');
  await expect(editor.replaceDialog()).toBeVisible();
  await editor.replaceDialog().getByRole('button', { name: 'Keep my code' }).click();
  await expect(editor.replaceDialog()).toBeHidden();
  expect((await editor.lines())[0]).toMatch(/^\/\/ mine /);
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_started',
  );

  await editor.chooseTemplate('Messaging Survey Ended · V2 (async function)');
  await editor.replaceDialog().getByRole('button', { name: 'Replace code' }).click();
  await expect.poll(() => editor.lines()).toContain('async function lambda(input) {');
  expect((await editor.lines())[0]).not.toMatch(/^\/\/ mine /);
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(
    'surveybot_messaging_survey_ended',
  );

  await editor.monaco().locator('.view-lines').click();
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await editor.lines())[0]).toMatch(/^\/\/ mine /);
});

test('Format tidies the code', async ({ playground, editor }) => {
  await playground.open({ code: "async function lambda(input){return   'ok'}\n" });
  await editor.waitUntilReady();
  await editor.region().getByRole('button', { name: 'Format' }).click();
  await expect
    .poll(() => editor.lines())
    .toEqual(["async function lambda(input) { return 'ok' }", '']);
});

test('Insert path from the explorer lands at the cursor', async ({
  playground,
  explorer,
  editor,
}) => {
  await playground.open({ code: v2('  const id = ;') });
  await editor.waitUntilReady();
  await editor.goTo(4, 14);
  await explorer.selectField('conversationId');
  const insert = explorer.details().getByRole('button', { name: 'Insert path' });
  await insert.click();
  await expect
    .poll(async () => (await editor.lines())[3])
    .toBe('  const id = input.payload.conversationId;');
});

test('the JSON view flags a field of the wrong type and shows field docs', async ({
  page,
  playground,
  explorer,
  editor,
  jsonEditor,
}) => {
  await playground.open();
  await explorer.openView('JSON');
  await jsonEditor.waitUntilLoaded();
  await jsonEditor.replaceText(
    JSON.stringify({ ...examplePayload(), surveyId: 'not a number' }, null, 2),
  );
  await page.keyboard.press('Control+Home');
  await expect(jsonEditor.squiggles()).toHaveCount(1, { timeout: 20_000 });
  const message = await editor.hoverText(jsonEditor.squiggles().first());
  expect(message).toContain('Incorrect type');
  expect(message).toContain('ID of survey');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('in the editor, Ctrl+Enter runs, Esc stops and Ctrl+S opens the share dialog', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open({
    code: v2('  await new Promise((resolve) => setTimeout(resolve, 60_000));'),
  });
  await editor.waitUntilReady();
  const before = await editor.lines();
  await editor.goTo(4, 3);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('Run status')).toHaveText(/^Running/);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Run status')).toHaveText(/^Cancelled/);
  expect(await editor.lines()).toEqual(before);
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
});

test('the editor follows the theme switch, and the system when it says System', async ({
  page,
  playground,
  editor,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await playground.open();
  await editor.waitUntilReady();
  const monaco = editor.monaco().locator('.monaco-editor');
  await expect(monaco).toHaveClass(/\bvs-dark\b/);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
  await expect(monaco).not.toHaveClass(/\bvs-dark\b/);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
  await expect(monaco).toHaveClass(/\bvs-dark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(monaco).not.toHaveClass(/\bvs-dark\b/);
});

test('code opened from a link replaces the editor text without an undo back to the old code', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open({ code: v2("  console.info('first');") });
  await editor.waitUntilReady();
  await playground.pasteLink(linkHash({ code: v2("  console.info('second');") }));
  await expect.poll(() => editor.lines()).toContain("  console.info('second');");
  await editor.goTo(1, 1);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(300);
  expect(await editor.lines()).toContain("  console.info('second');");
});
