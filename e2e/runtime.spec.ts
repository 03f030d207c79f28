// The runtime setting: chosen beside the event, saved with the workspace, carried by links, and
// inferred from the code when a link does not say.
import { expect, test } from './fixtures/test';

test('the runtime is chosen beside the event, saved, and carried by links', async ({
  playground,
  page,
}) => {
  const runtime = page.getByRole('combobox', { name: 'Runtime' });
  await playground.open();
  await expect(runtime).toHaveValue('v2');
  const options = await runtime.getByRole('option').allTextContents();
  expect(options.map((o) => o.slice(0, 2))).toEqual(['V1', 'V2']);
  await runtime.selectOption('v1');
  expect((await playground.savedWorkspace())?.runtime).toBe('v1');
  await playground.reload();
  await expect(runtime).toHaveValue('v1');

  await playground.pasteLink(
    `#json=${encodeURIComponent(JSON.stringify({ runtime: 'v2', code: 'function lambda(input, callback) { callback(null, 1); }' }))}`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Opened a link' })).toContainText(
    'the runtime',
  );
  await expect(runtime).toHaveValue('v2');

  await playground.pasteLink(
    `#json=${encodeURIComponent(JSON.stringify({ code: "const { Toolbelt } = require('lp-faas-toolbelt');\nasync function lambda() { return 1; }" }))}`,
  );
  await expect(runtime).toHaveValue('v1');
});
