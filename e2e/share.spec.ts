import { expect, test } from './fixtures/test';

const code = `async function lambda(input) {
  console.info('closed by', input.payload.closeReason);
  return { id: input.payload.conversationId, first: input.payload.firstConversation };
}`;

test('share, open the link in a fresh browser context, press Run, get the same result', async ({
  playground,
  page,
  browser,
}) => {
  await playground.open({
    code,
    payload: { conversationId: 'shared-1', closeReason: 'AGENT', firstConversation: false },
  });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByLabel('Run status')).toHaveText(/^Succeeded/);
  const returned = await result.getByLabel('Returned value').textContent();

  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#s=/);
  expect(page.url()).toBe(link);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('status').filter({ hasText: 'Opened a link' })).toBeVisible();
  const otherResult = other.getByRole('region', { name: 'Result' });
  await other.waitForTimeout(300);
  await expect(otherResult.getByLabel('Run status')).toHaveText('Not run yet: press Run');
  await other.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(otherResult.getByLabel('Run status')).toHaveText(/^Succeeded/);
  await expect(otherResult.getByLabel('Returned value')).toHaveText(returned!);
  await context.close();
});

test('a corrupted share link shows an alert and the previous workspace is intact after reload', async ({
  playground,
  page,
}) => {
  await playground.open({ code, payload: { conversationId: 'mine' } });
  const before = await playground.savedWorkspace();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('button', { name: 'Close' }).click();
  const hash = link.slice(link.indexOf('#'));
  await playground.pasteLink(hash.slice(0, hash.length - 7) + (hash.endsWith('A') ? 'B' : 'A'));
  await expect(playground.alerts()).toContainText('This link could not be opened');
  await playground.reload();
  expect(await playground.savedWorkspace()).toEqual(before);
});
