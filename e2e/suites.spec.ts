// Test suites: saved cases checked by Run all, and the robustness check over payload variants.
import { expect, test } from './fixtures/suites';

test('the robustness check reports a function that reads ttr.ttrType under the path ttr', async ({
  playground,
  suites,
}) => {
  await playground.open({ code: 'async function lambda(input) {\n  return input.payload.ttr.ttrType;\n}' });
  await suites.robustnessCheck();
  const ttr = suites.reportGroup('ttr');
  await expect(ttr).toContainText("Cannot read properties of undefined (reading 'ttrType')");
  await expect(ttr).toContainText("Cannot read properties of null (reading 'ttrType')");
  await expect(suites.report().getByRole('heading')).toHaveText(['ttr']);

  await ttr.getByRole('button', { name: 'Open the payload with ttr removed' }).click();
  const saved = await playground.savedWorkspace();
  expect(saved?.payload).not.toHaveProperty('ttr');
  expect(saved?.payload).toHaveProperty('conversationId');
});
