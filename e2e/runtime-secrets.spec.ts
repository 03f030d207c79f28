// Secrets as each runtime has them: JSON secrets typed in the table or brought by a link, and
// V2's instance cache, shown in the Result for each read.
import { expect, test } from './fixtures/test';

const READ_CREDS =
  "import { Toolbelt } from 'core-functions-toolbelt';\nconst sc = Toolbelt.SecretClient();\nasync function lambda(input) {\n  const { value } = await sc.readSecret('creds');\n  return value.clientId;\n}";

test('a JSON secret typed in the table reaches readSecret parsed', async ({ page, runner }) => {
  await runner.open({ runtime: 'v2', code: READ_CREDS, secrets: [] });
  await runner.openSettings();
  await page.getByRole('button', { name: 'Add secret' }).click();
  await page.getByLabel('secret 1 name').fill('creds');
  await page.getByLabel('secret 1 type').selectOption('json');
  await runner.secretValue(1).fill('{"clientId":');
  // A value that does not parse keeps its row and says why.
  await expect(runner.secretValue(1)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^not valid JSON/)).toBeVisible();
  await runner.secretValue(1).fill('{"clientId":"abc"}');
  await expect(runner.secretValue(1)).toHaveAttribute('aria-invalid', 'false');
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await runner.openTab('Output');
  await expect(runner.returned()).toHaveText('"abc"');
});

test('a #json= link whose secret value is an object opens with a JSON secret', async ({
  page,
  runner,
}) => {
  const link = {
    runtime: 'v2',
    code: READ_CREDS,
    secrets: [{ key: 'creds', value: { clientId: 'abc' } }],
  };
  await page.goto('about:blank');
  await page.goto(`/#json=${encodeURIComponent(JSON.stringify(link))}`);
  await expect(runner.status()).toHaveText(/^Not run yet/);
  await runner.openSettings();
  await expect(page.getByLabel('secret 1 type')).toHaveValue('json');
  await expect(runner.secretValue(1)).toHaveValue('{"clientId":"abc"}');
  await runner.run();
  await runner.openTab('Output');
  await expect(runner.returned()).toHaveText('"abc"');
});

test('a second read in the same V2 run is served from the instance cache, and the Result says so', async ({
  page,
  runner,
}) => {
  await runner.open({
    runtime: 'v2',
    code: "import { Toolbelt } from 'core-functions-toolbelt';\nasync function lambda() {\n  await Toolbelt.SecretClient().readSecret('token');\n  const { value } = await Toolbelt.SecretClient().readSecret('token');\n  return value;\n}",
    secrets: [{ key: 'token', value: 'abc' }],
  });
  await runner.run();
  await runner.openTab('Output');
  const reads = page.getByRole('region', { name: 'Secrets read' }).getByRole('listitem');
  await expect(reads).toHaveText([
    'token from the secret store',
    "token from the instance's cache (V2 caches reads for 5 minutes)",
  ]);
  // The list names the key, never the value.
  await expect(page.getByRole('region', { name: 'Secrets read' })).not.toContainText('abc');
});
