// The playground as a newcomer meets it: honest state (unparsable JSON, out-of-date results, code
// for the other event), room for tests, one notice area, one primary button.
import { functionTemplate } from '../src/lib/function-templates';
import { expect, test } from './fixtures/test';

const ENDED = 'surveybot_messaging_survey_ended';
const STARTED = 'surveybot_messaging_survey_started';
const ENDED_RUN = /^(Succeeded|Failed|Timed out|Cancelled)/;

test('while the JSON text does not parse, the badge says so and Run refuses with the reason', async ({
  playground,
  explorer,
  page,
}) => {
  await playground.open({ code: 'async function lambda(input) { return "ran"; }' });
  await explorer.typeRawJson('{ "conversationId": "c1", ');
  const badge = page.getByText('JSON does not parse', { exact: true });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveClass(/text-red-700/);
  await expect(page.getByText('No problems', { exact: true })).toBeHidden();

  const result = page.getByRole('region', { name: 'Result' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(result.getByLabel('Run status')).toHaveText(
    /^Not run: the payload's JSON does not parse \(Line 1, column \d+: .+\)\. Fix it, or revert to the last valid payload\.$/,
  );
  await expect(result.getByLabel('Returned value')).toHaveCount(0);

  await page.getByRole('button', { name: 'Revert to last valid' }).click();
  await expect(badge).toBeHidden();
  await expect(result.getByLabel('Run status')).toHaveText('Not run yet: press Run');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(result.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await expect(result.getByLabel('Returned value')).toHaveText('"ran"');
});

test('a result from before an edit says Out of date and what changed, until the next run', async ({
  playground,
  explorer,
  editor,
  page,
}) => {
  await playground.open();
  await editor.waitUntilReady();
  const result = page.getByRole('region', { name: 'Result' });
  const stale = result.getByText(/^Out of date/);
  const run = async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(result.getByLabel('Run status')).toHaveText(ENDED_RUN, { timeout: 15_000 });
  };
  await run();
  await expect(stale).toHaveCount(0);

  await editor.goToEndOfLineWith('Toolbelt.SecretClient();');
  await editor.type(' // edited');
  await explorer.editField('closeReason', 'AGENT');
  await expect(stale).toHaveText(/^Out of date: the code and the payload changed since this run\./);
  await run();
  await expect(stale).toHaveCount(0);

  await page.getByLabel('Timeout (s)').fill('12');
  await expect(stale).toHaveText(/^Out of date: the timeout changed since this run\./);
  await page.getByRole('button', { name: 'Workspaces' }).click();
  await page
    .getByRole('dialog', { name: 'Workspaces' })
    .getByRole('button', { name: 'New workspace' })
    .click();
  await expect(stale).toHaveText(/^Out of date: another workspace is open\./);
});

test('an example of the other event offers its template, which then loads (with Undo)', async ({
  playground,
  page,
}) => {
  await playground.open();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page
    .getByRole('dialog', { name: 'Examples' })
    .getByRole('button', { name: 'Load Agent closed an urgent conversation' })
    .click();
  const notice = page.getByRole('status').filter({ hasText: 'Loaded the example' });
  await expect(notice).toContainText('The code is the Messaging Survey Ended template.');
  await notice.getByRole('button', { name: 'Load the Messaging Survey Started template' }).click();
  const loaded = page
    .getByRole('status')
    .filter({ hasText: 'Loaded the Messaging Survey Started template' });
  await expect(loaded).toBeVisible();
  expect((await playground.savedWorkspace())?.code).toBe(functionTemplate(STARTED));
  await loaded.getByRole('button', { name: 'Undo' }).click();
  expect((await playground.savedWorkspace())?.code).toBe(functionTemplate(ENDED));
});

test("a link whose code is the other event's template offers the link event's template", async ({
  playground,
  page,
}) => {
  await playground.open({ event: STARTED, code: functionTemplate(ENDED, 'v1') });
  const notice = page.getByRole('status').filter({ hasText: 'Opened a link' });
  await expect(notice).toContainText('The code is the Messaging Survey Ended template.');
  await notice.getByRole('button', { name: 'Load the Messaging Survey Started template' }).click();
  expect((await playground.savedWorkspace())?.code).toBe(functionTemplate(STARTED, 'v1'));
});

test('at 1280×720 the case editor opens as a dialog with every field and Done in view', async ({
  playground,
  suites,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await playground.open();
  await suites.newCase();
  const dialog = page.getByRole('dialog', { name: 'Edit test case' });
  await expect(dialog).toBeVisible();
  const form = dialog.getByRole('form');
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  for (const label of [
    /^Name$/,
    /^Expected status/,
    /^Returned value equals \(JSON\)$/,
    /^Returned value contains \(JSON\)$/,
    /^Error code$/,
    /^Console contains$/,
  ])
    await expect(form.getByLabel(label)).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('button', { name: 'Done' })).toBeInViewport({ ratio: 1 });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(suites.panel().getByRole('button', { name: 'New case' })).toBeFocused();
});

test('the robustness report lists what was tried by kind, with counts, when nothing fails', async ({
  playground,
  suites,
}) => {
  await playground.open({ code: "async function lambda(input) { return 'ok'; }" });
  await suites.robustnessCheck();
  const summary = await suites.report().getByRole('status').textContent();
  expect(summary).toMatch(/variants checked in .* none fails\.$/);
  const total = Number(/of ([\d,]+) variants/.exec(summary!)![1]!.replace(/,/g, ''));
  const table = suites.report().getByRole('table', { name: 'Variants tried' });
  const rows = await table
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(rows.map((r) => r[0])).toEqual([
    'Removed fields',
    'Nulls',
    'Empty values',
    'Wrong types',
    'Known values',
    'Long strings',
    'Non-ASCII text',
    'Array sizes',
  ]);
  for (const [, tried, failing] of rows) {
    expect(Number(tried!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(failing).toBe('0');
  }
  expect(rows.reduce((sum, r) => sum + Number(r[1]!.replace(/,/g, '')), 0)).toBe(total);
});

test('three notices: the latest shows with +2 older, and every Undo still works', async ({
  playground,
  explorer,
  suites,
  page,
}) => {
  await playground.open();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page
    .getByRole('dialog', { name: 'Examples' })
    .getByRole('button', { name: 'Load Agent closed an urgent conversation' })
    .click();
  await explorer.resetPayload();
  await suites.newCase();
  await suites.closeEditor();
  await suites.row('Case 1').getByRole('button', { name: 'Delete' }).click();

  const notices = page
    .getByRole('status')
    .filter({ hasText: /Loaded the example|back to the documented example|deleted/ });
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText('deleted');
  await expect(page.getByRole('button', { name: '+2 older' })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(suites.row('Case 1')).toBeVisible();

  await expect(notices).toContainText('back to the documented example');
  await page.getByRole('button', { name: '+1 older' }).click();
  const older = page.getByRole('group', { name: 'Older notices' });
  await older
    .getByRole('status')
    .filter({ hasText: 'Loaded the example' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(ENDED);
});

/** The sRGB relative luminance of an [r, g, b] colour. */
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

test('Run is the only primary-styled button, white on a blue of AA contrast', async ({
  playground,
  page,
}) => {
  await playground.open();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  const buttons = await page.getByRole('button').evaluateAll((els) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    return els
      .filter((el) => el.checkVisibility())
      .map((el) => ({
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
        bg: rgba(getComputedStyle(el).backgroundColor),
        fg: rgba(getComputedStyle(el).color),
      }));
  });
  // Primary-styled: an opaque, saturated background.
  const primary = buttons.filter(
    ({ bg }) => bg[3]! > 128 && Math.max(...bg.slice(0, 3)) - Math.min(...bg.slice(0, 3)) > 80,
  );
  expect(primary.map((b) => b.name)).toEqual(['Run']);
  const { bg, fg } = primary[0]!;
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(4.5);
});
