// The runner as a user meets it: the platform's answers for the cases of the function contract,
// mock rules, secrets, warm instances and the keyboard.
import type { Page } from '@playwright/test';
import { linkHash, type LinkState } from './fixtures/playground';
import { expect, test } from './fixtures/test';

const ENDED = /^(Succeeded|Failed|Timed out|Cancelled)/;

async function open(page: Page, state?: LinkState) {
  await page.goto(state ? `/${linkHash(state)}` : '/');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
}

async function run(page: Page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByLabel('Run status')).toHaveText(ENDED);
}

const raw = async (page: Page) => {
  await page.getByRole('tab', { name: 'Raw' }).click();
  const text = (await page.getByLabel('Raw result').textContent()) ?? '';
  await page.getByRole('tab', { name: 'Output' }).click();
  return text;
};

test('the template runs as the platform would and the raw view prints it like the CLI', async ({
  page,
}) => {
  await open(page);
  await run(page);
  await expect(page.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await expect(page.getByLabel('Returned value')).toHaveText('"ok"');
  const entries = page.getByRole('log', { name: 'Console' }).getByRole('listitem');
  await expect(entries.first()).toHaveText(/^\[Debug\] Payload received/);
  await expect(page.getByText(/survey bot ignores/)).toBeVisible();
  const printed = JSON.parse(await raw(page)) as { result: string; logs: { level: string }[] };
  expect(printed.result).toBe('ok');
  expect(printed.logs.map((l) => l.level)).toContain('Info');
  expect(await raw(page)).toMatch(/^\{\n {4}"result": "ok",\n {4}"logs": \[/);
});

test('console.log fails as on the platform, and the panel says what to use', async ({ page }) => {
  await open(page, {
    code: "function lambda(input, callback) {\n  console.log('hi');\n  callback(null, 'ok');\n}",
  });
  await run(page);
  await expect(page.getByLabel('Run status')).toHaveText(/^Failed/);
  await expect(page.getByLabel('Error', { exact: true })).toHaveText(
    /^com\.liveperson\.faas\.handler\.runtime-exception\s*console\.log is not a function/,
  );
  await expect(page.getByLabel('Error', { exact: true })).toContainText('line 2, column 11');
  await expect(page.getByText(/Use console\.info/)).toBeVisible();
  expect(JSON.parse(await raw(page))).toMatchObject({
    errorCode: 'com.liveperson.faas.handler.runtime-exception',
    errorMsg: 'console.log is not a function',
    errorLogs: [
      { level: 'Error', message: 'Received Error - console.log is not a function', extras: [] },
    ],
  });
});

test('a failure that is not an Error prints the Warn entry with the original value', async ({
  page,
}) => {
  await open(page, { code: "function lambda(input, callback) { callback('bad'); }" });
  await run(page);
  expect(JSON.parse(await raw(page))).toMatchObject({
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
  page,
}) => {
  await open(page, {
    code: "async function lambda() {\n  const a = await (await fetch('https://crm.example.com/contacts/1')).json();\n  const b = await fetch('https://crm.example.com/notes', { method: 'POST', body: '{}' });\n  return [a.name, b.status];\n}",
    mocks: [{ method: 'GET', url: 'https://crm.example.com/contacts/*', body: { name: 'Ada' } }],
  });
  await run(page);
  await expect(page.getByLabel('Error', { exact: true })).toContainText(
    'No mock rule matches POST https://crm.example.com/notes',
  );
  await page.getByRole('tab', { name: 'Requests' }).click();
  await page.getByRole('button', { name: 'Add a mock for this URL' }).click();
  await run(page);
  await expect(page.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await page.getByRole('tab', { name: 'Output' }).click();
  await expect(page.getByLabel('Returned value')).toHaveText('[\n  "Ada",\n  200\n]');
});

test('updateSecret writes the secrets table', async ({ page }) => {
  await open(page, {
    code: "const { Toolbelt } = require('lp-faas-toolbelt');\nconst secrets = Toolbelt.SecretClient();\nasync function lambda(input, callback) {\n  await secrets.updateSecret({ key: 'token', value: 'rotated' });\n  callback(null, 'ok');\n}",
    secrets: [{ key: 'token', value: 'old' }],
  });
  await run(page);
  await expect(page.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('secret 1 value')).toHaveValue('rotated');
});

test('a warm instance keeps module state; a fresh one does not', async ({ page }) => {
  await open(page, {
    code: 'let runs = 0;\nasync function lambda() {\n  runs += 1;\n  return runs;\n}',
  });
  await page.getByLabel('Keep instance warm').check();
  await run(page);
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText('2');
  await page.getByLabel('Keep instance warm').uncheck();
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText('1');
});

test('Ctrl+Enter runs and Esc stops', async ({ page }) => {
  await open(page, { code: 'async function lambda() { while (true) {} }' });
  await page.getByRole('region', { name: 'Result' }).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('Run status')).toHaveText(/^Running/);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Run status')).toHaveText(/^Cancelled/);
});

test('lodash and luxon are the real libraries; other modules fail like the platform', async ({
  page,
}) => {
  await open(page, {
    code: "const _ = require('lodash');\nconst { DateTime } = require('luxon');\nasync function lambda() {\n  return [_.kebabCase('Survey Ended'), DateTime.fromMillis(0, { zone: 'utc' }).toISODate()];\n}",
  });
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText(
    '[\n  "survey-ended",\n  "1970-01-01"\n]',
  );
  await open(page, {
    code: "const jwt = require('jsonwebtoken');\nasync function lambda() { return 1; }",
  });
  await run(page);
  await expect(page.getByLabel('Error', { exact: true })).toContainText(
    "'jsonwebtoken' is available on the platform but is not available in the playground",
  );
  await expect(page.getByLabel('Error', { exact: true })).toContainText(
    'while loading the function at line 1',
  );
});
