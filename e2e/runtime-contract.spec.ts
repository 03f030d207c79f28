// The function contract and the process's death as each runtime has them: a Promise given to
// the V1 callback is awaited, and a process that ends before the answer fails the run.
import { expect, test } from './fixtures/test';

test('a Promise given to the V1 callback shows what it resolves to', async ({ runner }) => {
  await runner.open({
    runtime: 'v1',
    code: 'function lambda(input, callback) {\n  callback(null, new Promise((r) => setTimeout(() => r({ resolved: true }), 10)));\n}',
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText('"resolved": true');
});

test('a rejection in a timer ends the V2 process: Failed with the error, never Succeeded', async ({
  runner,
}) => {
  await runner.open({
    runtime: 'v2',
    code: "async function lambda(input) {\n  setTimeout(() => Promise.reject(new Error('late')), 0);\n  await new Promise((r) => setTimeout(r, 50));\n  return 'answered';\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText('late');
  await expect(runner.hint(/runtime's process ended .*the invocation got no answer/)).toBeVisible();
  await expect(runner.returned()).toHaveCount(0);
});

test('process.exit() fails the run', async ({ runner }) => {
  await runner.open({
    runtime: 'v1',
    code: "function lambda(input, callback) {\n  callback(null, 'r');\n  process.exit(1);\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText("process.exit(1) ended the runtime's process");
});
