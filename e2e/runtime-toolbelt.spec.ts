// Toolbelt clients over the mock rules: a V2 ContextServiceClient call answered by a preset added
// in one click, named in the request log; without the preset the run fails with the toolbelt's error.
import { expect, test } from './fixtures/test';

const CODE = [
  "import { Toolbelt } from 'core-functions-toolbelt';",
  "const context = Toolbelt.ContextServiceClient('my-api-key');",
  'async function lambda(input) {',
  "  return await context.getPropertyInSession('surveys', 'tier', input.payload.conversationId);",
  '}',
].join('\n');

test('a V2 ContextServiceClient call is answered by a one-click preset and named in the request log', async ({
  runner,
  page,
}) => {
  await runner.open({ runtime: 'v2', code: CODE });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText(
    'fetch failed. Cause: No mock rule matches GET https://adminlogin.liveperson.net/api/account/',
  );

  await runner.openSettings();
  await page
    .getByRole('group', { name: 'Mock presets' })
    .getByRole('button', { name: 'Context Session Store: get a property' })
    .click();
  await expect(page.getByLabel('Mock 2 URL')).toHaveValue(
    'https://z1.context.liveperson.net/v1/account/*/*/*/properties/*',
  );
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await runner.openTab('Output');
  await expect(runner.returned()).toContainText('"tier": "gold"');

  await runner.openTab('Requests');
  const requests = page.getByRole('list', { name: 'Requests' }).getByRole('listitem');
  await expect(requests).toHaveCount(2);
  await expect(requests.nth(0)).toContainText(
    'ContextServiceClient.getPropertyInSession: CSDS lookup',
  );
  await expect(requests.nth(1)).toContainText('GET https://z1.context.liveperson.net/v1/account/');
  await expect(requests.nth(1)).toContainText('ContextServiceClient.getPropertyInSession');
});
