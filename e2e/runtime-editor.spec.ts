// The editor follows the workspace's runtime: its templates, typings, checks and the Reference tab.
import { expect, test } from './fixtures/test';

test('a new workspace is V2 with the V2 template, and switching to V1 swaps the untouched template', async ({
  page,
  playground,
  editor,
}) => {
  const runtime = page.getByRole('combobox', { name: 'Runtime' });
  await playground.open();
  await editor.waitUntilReady();
  await expect(runtime).toHaveValue('v2');
  await expect
    .poll(() => editor.lines())
    .toContain("import { Toolbelt } from 'core-functions-toolbelt';");
  expect(await editor.lines()).toContain('async function lambda(input) {');
  await expect(editor.templateMenu().getByRole('option', { name: /V1/ })).toHaveCount(0);

  await runtime.selectOption('v1');
  await expect.poll(() => editor.lines()).toContain('function lambda(input, callback) {');
  expect(await editor.lines()).toContain("const { Toolbelt } = require('lp-faas-toolbelt');");
  await expect(editor.squiggles('warning')).toHaveCount(0);
  await expect(editor.squiggles('error')).toHaveCount(0);
});

test("the typings follow the runtime live: V1's console has no log", async ({
  page,
  playground,
  editor,
}) => {
  await playground.open({
    runtime: 'v2',
    code: "async function lambda(input) {\n  console.log('hi');\n  return 'ok';\n}\n",
  });
  await editor.waitUntilReady();
  await expect(editor.squiggles('error')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Runtime' }).selectOption('v1');
  await expect(editor.squiggles('error')).toHaveCount(1);
  expect(await editor.hoverText(editor.squiggles('error').first())).toContain(
    "Property 'log' does not exist on type 'Console'",
  );
});

test('V1 flags what Node 14 lacks with its Node version', async ({ playground, editor }) => {
  await playground.open({
    runtime: 'v1',
    code: "function lambda(input, callback) {\n  callback(null, 'x'.replaceAll('a', 'b'));\n}\n",
  });
  await editor.waitUntilReady();
  await expect(editor.squiggles('warning')).toHaveCount(1);
  expect(await editor.hoverText(editor.squiggles('warning').first())).toContain(
    'Node 14.19 (V1) has no String.prototype.replaceAll (added in Node 15)',
  );
});

test('a V2 workspace with callback code shows the contract mismatch, and its quick fix switches to V1', async ({
  page,
  playground,
  editor,
}) => {
  await playground.open({
    runtime: 'v2',
    code: 'function lambda(input, callback) {\n  callback(null, 1);\n}\n',
  });
  await editor.waitUntilReady();
  await expect(editor.squiggles('warning')).toHaveCount(1);
  expect(await editor.hoverText(editor.squiggles('warning').first())).toContain(
    'V2 calls lambda(input) without a callback: return the result instead of calling callback',
  );
  await editor.goTo(1, 26);
  await page.keyboard.press('Control+.');
  await page.getByRole('option', { name: /Switch the runtime to V1/ }).click();
  await expect(page.getByRole('combobox', { name: 'Runtime' })).toHaveValue('v1');
  await expect(editor.squiggles('warning')).toHaveCount(0);
});

test("the Reference tab shows the chosen runtime's console methods", async ({
  page,
  playground,
}) => {
  await playground.open();
  await page.getByRole('tab', { name: 'Reference' }).click();
  const reference = page.getByRole('region', { name: 'Runtime reference' });
  await expect(reference).toContainText('V2 (Node 22)');
  await expect(reference).toContainText(
    'console.debug, console.info, console.log, console.warn, console.error',
  );
  await expect(reference.getByRole('list', { name: 'Docs and CLI disagree' })).toContainText(
    'console.log',
  );
  await page.getByRole('combobox', { name: 'Runtime' }).selectOption('v1');
  await expect(reference).toContainText('V1 (Node 14)');
  await expect(reference).toContainText(
    'console.debug, console.info, console.warn, console.error;',
  );
  await expect(reference).not.toContainText('console.log');
});
