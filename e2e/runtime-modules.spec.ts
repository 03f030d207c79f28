// The modules each runtime offers, run for real in the sandbox: Node's crypto, jsonwebtoken, and
// Node's answer for a module the chosen runtime does not have.
import { expect, test } from './fixtures/test';

test('crypto gives the HMAC Node gives', async ({ runner }) => {
  await runner.open({
    runtime: 'v2',
    code: "import crypto from 'crypto';\nexport async function lambda() {\n  return crypto.createHmac('sha256', 'k').update('m').digest('hex');\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toHaveText(
    '"b60090e3052297aeb5a080889ce2fc4bca957e756faeb4df7d31800ca1e771ec"',
  );
});

test('jsonwebtoken signs and verifies a token in V1', async ({ runner }) => {
  await runner.open({
    runtime: 'v1',
    code: "const jwt = require('jsonwebtoken');\nfunction lambda(input, callback) {\n  const token = jwt.sign({ a: 1 }, 'secret', { algorithm: 'HS256', noTimestamp: true });\n  callback(null, [token, jwt.verify(token, 'secret').a]);\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText(
    '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhIjoxfQ.',
  );
  await expect(runner.returned()).toContainText('1');
});

test('lodash is not a V2 module: the load fails as Node does', async ({ runner }) => {
  await runner.open({
    runtime: 'v2',
    code: "import _ from 'lodash';\nexport async function lambda() {\n  return _.chunk([1, 2], 1);\n}",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText("Cannot find module 'lodash'");
  await expect(runner.error()).toContainText('Require stack:');
});
