// The runner as a user meets it: the platform's answers for the cases of the function contract,
// mock rules, secrets, warm instances and the keyboard.
import { expect, test } from './fixtures/test';

test('the template runs as the platform would and the raw view prints it like the CLI', async ({
  runner,
}) => {
  await runner.open();
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toHaveText('"ok"');
  const entries = runner.consoleEntries();
  await expect(entries.first()).toHaveText(/^\[Debug\] Payload received/);
  await expect(runner.hint(/survey bot ignores/)).toBeVisible();
  const printed = JSON.parse(await runner.raw()) as { result: string; logs: { level: string }[] };
  expect(printed.result).toBe('ok');
  expect(printed.logs.map((l) => l.level)).toContain('Info');
  expect(await runner.raw()).toMatch(/^\{\n {4}"result": "ok",\n {4}"logs": \[/);
});

test('console.log fails as on the platform, and the panel says what to use', async ({ runner }) => {
  await runner.open({
    code: "function lambda(input, callback) {\n  console.log('hi');\n  callback(null, 'ok');\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toHaveText(
    /^com\.liveperson\.faas\.handler\.runtime-exception\s*console\.log is not a function/,
  );
  await expect(runner.error()).toContainText('line 2, column 11');
  await expect(runner.hint(/Use console\.info/)).toBeVisible();
  expect(JSON.parse(await runner.raw())).toMatchObject({
    errorCode: 'com.liveperson.faas.handler.runtime-exception',
    errorMsg: 'console.log is not a function',
    errorLogs: [
      { level: 'Error', message: 'Received Error - console.log is not a function', extras: [] },
    ],
  });
});

test('a failure that is not an Error prints the Warn entry with the original value', async ({
  runner,
}) => {
  await runner.open({ code: "function lambda(input, callback) { callback('bad'); }" });
  await runner.run();
  expect(JSON.parse(await runner.raw())).toMatchObject({
    errorCode: 'com.liveperson.faas.handler.custom-failure',
    errorMsg: 'bad',
    errorLogs: [
      {
        level: 'Warn',
        message:
          'Received error in an incorrect format. Please provide an error object to the callback.',
        extras: [{ originalFailure: 'bad' }],
      },
    ],
  });
});

test('mock rules answer fetch; a request nothing answers can get a mock in one click', async ({
  runner,
}) => {
  await runner.open({
    code: "async function lambda() {\n  const a = await (await fetch('https://crm.example.com/contacts/1')).json();\n  const b = await fetch('https://crm.example.com/notes', { method: 'POST', body: '{}' });\n  return [a.name, b.status];\n}",
    mocks: [{ method: 'GET', url: 'https://crm.example.com/contacts/*', body: { name: 'Ada' } }],
  });
  await runner.run();
  await expect(runner.error()).toContainText(
    'No mock rule matches POST https://crm.example.com/notes',
  );
  await runner.openTab('Requests');
  await runner.addMockForUnmatched();
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await runner.openTab('Output');
  await expect(runner.returned()).toHaveText('[\n  "Ada",\n  200\n]');
});

test('updateSecret writes the secrets table', async ({ runner }) => {
  await runner.open({
    code: "const { Toolbelt } = require('lp-faas-toolbelt');\nconst secrets = Toolbelt.SecretClient();\nasync function lambda(input, callback) {\n  await secrets.updateSecret({ key: 'token', value: 'rotated' });\n  callback(null, 'ok');\n}",
    secrets: [{ key: 'token', value: 'old' }],
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await runner.openSettings();
  await expect(runner.secretValue(1)).toHaveValue('rotated');
});

test('a warm instance keeps module state; a fresh one does not', async ({ runner }) => {
  await runner.open({
    code: 'let runs = 0;\nasync function lambda() {\n  runs += 1;\n  return runs;\n}',
  });
  await runner.keepWarm().check();
  await runner.run();
  await runner.run();
  await expect(runner.returned()).toHaveText('2');
  await runner.keepWarm().uncheck();
  await runner.run();
  await expect(runner.returned()).toHaveText('1');
});

test('Ctrl+Enter runs and Esc stops', async ({ page, runner }) => {
  await runner.open({ code: 'async function lambda() { while (true) {} }' });
  await runner.result().click();
  await page.keyboard.press('Control+Enter');
  await expect(runner.status()).toHaveText(/^Running/);
  await page.keyboard.press('Escape');
  await expect(runner.status()).toHaveText(/^Cancelled/);
});

test('V1 has the real lodash and luxon; V2 has no lodash and fails like Node', async ({
  runner,
}) => {
  await runner.open({
    runtime: 'v1',
    code: "const _ = require('lodash');\nconst { DateTime } = require('luxon');\nfunction lambda(input, callback) {\n  callback(null, [_.kebabCase('Survey Ended'), DateTime.fromMillis(0, { zone: 'utc' }).toISODate()]);\n}",
  });
  await runner.run();
  await expect(runner.returned()).toHaveText('[\n  "survey-ended",\n  "1970-01-01"\n]');
  await runner.open({
    runtime: 'v2',
    code: "const _ = require('lodash');\nasync function lambda() { return 1; }",
  });
  await runner.run();
  await expect(runner.error()).toContainText("Cannot find module 'lodash'");
  await expect(runner.error()).toContainText('Require stack:');
  await expect(runner.error()).toContainText('while loading the function at line 1');
});
