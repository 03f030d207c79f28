// Console, logs, error codes and the Raw view, each as the chosen runtime has them.
import { expect, test } from './fixtures/test';

test('V2 logs console.log as Info; V1 fails with "console.log is not a function"', async ({
  runner,
}) => {
  await runner.open({
    runtime: 'v2',
    code: "async function lambda(input) {\n  console.log('hi');\n  return 'ok';\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.consoleEntries()).toHaveCount(1);
  await expect(runner.consoleEntries().first()).toHaveText(/^\[Info\] hi/);

  await runner.open({
    runtime: 'v1',
    code: "function lambda(input, callback) {\n  console.log('hi');\n  callback(null, 'ok');\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText('console.log is not a function');
});

test('the Raw view shows the exact JSON of a 50,000-character result, with Copy and Download', async ({
  runner,
  page,
}) => {
  await runner.open({
    runtime: 'v2',
    code: "async function lambda(input) {\n  return { text: 'x'.repeat(50000), list: [1, 2] };\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  const expected = JSON.stringify(
    { result: { text: 'x'.repeat(50_000), list: [1, 2] }, logs: [] },
    null,
    4,
  );
  await runner.openTab('Raw');
  await expect(page.getByLabel('Raw result')).toHaveText(expected, { useInnerText: false });
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});

test('a V2 failure shows the com.customer code beside the legacy one; Raw prints the legacy one', async ({
  runner,
}) => {
  await runner.open({
    runtime: 'v2',
    code: "async function lambda(input) {\n  throw new Error('boom');\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText(
    'com.customer.faas.function.threw-error (legacy: com.liveperson.faas.handler.custom-failure)',
  );
  const raw = await runner.raw();
  expect(JSON.parse(raw)).toMatchObject({
    errorCode: 'com.liveperson.faas.handler.custom-failure',
    errorMsg: 'boom',
  });
  expect(raw).not.toContain('com.customer');
});
