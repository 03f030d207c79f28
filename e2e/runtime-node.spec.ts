// Each runtime's Node as the platform runs it: V1 lacks what Node 14 lacks, V2 (Node 22) has it,
// and a syntax error is reported as Node reports the user's file, without the harness's wrapper.
import { expect, test } from './fixtures/test';

const REPLACE_ALL = {
  v1: "function lambda(input, callback) {\n  callback(null, 'a-b'.replaceAll('-', '+'));\n}",
  v2: "async function lambda(input) {\n  return 'a-b'.replaceAll('-', '+');\n}",
};
const TYPEOF_FETCH = {
  v1: 'function lambda(input, callback) {\n  callback(null, typeof fetch);\n}',
  v2: 'async function lambda(input) {\n  return typeof fetch;\n}',
};

test('V1 lacks what Node 14 lacks; V2 has it', async ({ runner }) => {
  await runner.open({ code: REPLACE_ALL.v1, runtime: 'v1' });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText('TypeError');
  await expect(runner.error()).toContainText('"a-b".replaceAll is not a function');

  await runner.open({ code: REPLACE_ALL.v2, runtime: 'v2' });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText('a+b');

  await runner.open({ code: TYPEOF_FETCH.v1, runtime: 'v1' });
  await runner.run();
  await expect(runner.returned()).toContainText('undefined');

  await runner.open({ code: TYPEOF_FETCH.v2, runtime: 'v2' });
  await runner.run();
  await expect(runner.returned()).toContainText('function');
});

test("a stray } is reported as Node reports the user's file", async ({ runner }) => {
  await runner.open({
    code: 'function lambda(input, callback) {\n  callback(null, 1);\n}\n}',
    runtime: 'v1',
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText("Unexpected token '}'");
  await expect(runner.error()).toContainText('line 4, column 1');
});
