// Test suites: saved cases checked by Run all, and the robustness check over payload variants.
import { expect, test } from './fixtures/test';

test('the robustness check reports a function that reads ttr.ttrType under the path ttr', async ({
  playground,
  suites,
}) => {
  await playground.open({
    code: 'async function lambda(input) {\n  return input.payload.ttr.ttrType;\n}',
  });
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

test('a failing case shows what it expected beside what it got, and opens with its payload', async ({
  playground,
  explorer,
  suites,
  page,
}) => {
  await playground.open({
    code: 'async function lambda(input) {\n  return { closedBy: input.payload.closeReason };\n}',
  });
  await suites.runOnce();
  await suites.newCase();
  await expect(suites.editor().getByLabel('Returned value equals (JSON)')).toHaveValue(
    /"closedBy": "CONSUMER"/,
  );
  await suites.closeEditor();

  await explorer.editField('closeReason', 'AGENT');
  await suites.runOnce();
  await suites.newCase();
  await suites.editField('Returned value equals (JSON)', '{"closedBy": ');
  await expect(suites.editor().getByText(/^Not valid JSON/)).toBeVisible();
  await suites.editField('Returned value equals (JSON)', '{"closedBy": "SYSTEM"}');
  await expect(suites.editor().getByText(/^Not valid JSON/)).toBeHidden();
  await suites.closeEditor();

  await suites.runAll();
  await expect(suites.panel().getByRole('status')).toHaveText('1 of 2 cases passed.');
  await expect(suites.row('Case 1:')).toContainText('Passed');
  const failing = suites.row('Case 2:');
  await expect(failing).toContainText('Failed');
  await expect(failing).toContainText('Returned value equals');
  await expect(failing).toContainText('Expected{"closedBy":"SYSTEM"}');
  await expect(failing).toContainText('Actual{"closedBy":"AGENT"}');

  await explorer.editField('closeReason', 'SYSTEM');
  await failing.getByRole('button', { name: 'Load payload' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Payload of "Case 2:' });
  await expect(notice).toBeVisible();
  expect((await playground.savedWorkspace())?.payload).toMatchObject({ closeReason: 'AGENT' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  expect((await playground.savedWorkspace())?.payload).toMatchObject({ closeReason: 'SYSTEM' });
});

test('the robustness check stops when the unchanged payload already runs past the timeout', async ({
  playground,
  suites,
}) => {
  await playground.open({
    code: 'function lambda(input, callback) {\n  while (true) {}\n}',
    timeoutMs: 1000,
  });
  await suites.robustnessCheck();
  await expect(suites.report()).toContainText(
    'The unchanged payload already runs past 1,000 ms: the check stopped. Fix that first.',
  );
  await expect(suites.progress()).toBeHidden();
});

const SPIN_ON_SYSTEM =
  "function lambda(input, callback) {\n  if (input.payload.closeReason === 'SYSTEM') while (true) {}\n  callback(null, 'ok');\n}";

test('a case that runs past the timeout is reported, and the batch goes on in a fresh worker', async ({
  playground,
  explorer,
  suites,
}) => {
  await playground.open({ code: SPIN_ON_SYSTEM, timeoutMs: 1000 });
  await explorer.editField('closeReason', 'SYSTEM');
  await suites.newCase();
  await explorer.editField('closeReason', 'AGENT');
  await suites.newCase();
  await suites.closeEditor();

  await suites.runAll();
  const spinning = suites.row('Case 1:');
  await expect(spinning).toContainText('Failed');
  await expect(spinning).toContainText(
    'Actualtimes out: Timeout: Lambda did not call callback within execution time limit',
  );
  await expect(suites.row('Case 2:')).toContainText('Passed');
});

test('Stop batch ends a long batch and the app stays responsive', async ({
  playground,
  explorer,
  suites,
  page,
}) => {
  await playground.open({ code: SPIN_ON_SYSTEM });
  await suites.newCase();
  await explorer.editField('closeReason', 'SYSTEM');
  await suites.newCase();
  await suites.newCase();
  await suites.closeEditor();

  await suites.startRunAll();
  await expect(suites.progress()).toBeVisible();
  await expect(suites.panel()).toContainText('1 / 3');
  // The page answers while the worker spins.
  const frameMs = await page.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - start)));
  });
  expect(frameMs).toBeLessThan(200);
  await suites.stopBatch();
  await expect(suites.progress()).toBeHidden();
  await expect(suites.panel().getByRole('status')).toHaveText(
    '1 of 1 cases passed. Stopped after 1 of 3.',
  );
  await expect(suites.row('Case 2:')).toContainText('Not run');

  await explorer.editField('closeReason', 'AGENT');
  await suites.runOnce();
  await expect(page.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await expect(page.getByLabel('Returned value')).toHaveText('"ok"');
});
