// Attacks on the user's saved work and on the page, each made from a function's code as a link
// could bring it: the safe outcome is asserted, then a normal run, then the saved workspaces.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { longestTaskCpuMs } from './fixtures/main-thread';
import { expect, test } from './fixtures/test';

const ENDED = /^(Succeeded|Failed|Timed out|Cancelled)/;
const STATE_KEY = 'survey-playground:state';

interface Seeded {
  name: string;
  code: string;
  secrets?: { key: string; value: string }[];
  keepWarm?: boolean;
  timeoutMs?: number;
}

/** Saved state of version 4 with the given workspaces, the first one open. */
function savedState(workspaces: Seeded[]) {
  return {
    version: 4,
    state: {
      currentId: 'w0',
      ui: { theme: 'light', sidebarWidth: 420 },
      workspaces: workspaces.map((w, i) => ({
        id: `w${i}`,
        name: w.name,
        updatedAt: 1_700_000_000_000 + i,
        workspace: {
          event: 'surveybot_messaging_survey_ended',
          payload: { conversationId: `conv-${i}` },
          code: w.code,
          env: [],
          secrets: w.secrets ?? [],
          mocks: [],
          timeoutMs: w.timeoutMs ?? 30_000,
          keepWarm: w.keepWarm ?? false,
          cases: [],
        },
      })),
    },
  };
}

/** Opens the app on a saved state of these workspaces, and watches the page's long tasks (see settle). */
async function openWith(page: Page, workspaces: Seeded[]) {
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
      const longest = { ms: 0 };
      (window as unknown as { longestTask: typeof longest }).longestTask = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    },
    [STATE_KEY, JSON.stringify(savedState(workspaces))] as const,
  );
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
}

const status = (page: Page) => page.getByLabel('Run status');

async function run(page: Page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveText(ENDED, { timeout: 20_000 });
}

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Workspaces' }).click();
  await page
    .getByRole('dialog', { name: 'Workspaces' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('dialog', { name: 'Workspaces' })).toBeHidden();
}

/** The saved secrets of each workspace, by name, once the app's batched write has landed. */
async function savedSecrets(page: Page): Promise<Record<string, unknown>> {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  return page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as ReturnType<typeof savedState>;
    return Object.fromEntries(saved.state.workspaces.map((w) => [w.name, w.workspace.secrets]));
  }, STATE_KEY);
}

/**
 * Waits until the app's start is over (the editor has shown its first checks, and then the main
 * thread has run no long task for half a second: the sandbox's boot and Monaco's late work are
 * done), so that what is measured next is only what follows.
 */
async function settle(page: Page) {
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true', {
    timeout: 30_000,
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('editor-checked').length > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  await page.waitForFunction(
    async () => {
      const longest = (window as unknown as { longestTask: { ms: number } }).longestTask;
      longest.ms = 0;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return longest.ms === 0;
    },
    null,
    { timeout: 30_000 },
  );
}

/** A plain run in the open workspace answers, and after a reload every workspace is listed. */
async function expectIntact(page: Page, names: string[]) {
  await page.reload();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Workspaces' }).click();
  const list = page
    .getByRole('dialog', { name: 'Workspaces' })
    .getByRole('list', { name: 'Saved workspaces' });
  await expect(list.getByRole('listitem')).toHaveCount(names.length);
  for (const name of names) await expect(list).toContainText(name);
  await page
    .getByRole('dialog', { name: 'Workspaces' })
    .getByRole('button', { name: 'Close' })
    .click();
}

const TOOLBELT =
  "const { Toolbelt } = require('lp-faas-toolbelt');\nconst secrets = Toolbelt.SecretClient();\n";
const NORMAL =
  "function lambda(input, callback) {\n  console.info('normal run');\n  callback(null, { ok: input.payload.conversationId });\n}";

test('a secret update lands in the workspace that ran, even after switching away', async ({
  page,
}) => {
  await openWith(page, [
    {
      name: 'Alpha',
      code: `${TOOLBELT}async function lambda(input, callback) {\n  await new Promise((r) => setTimeout(r, 1500));\n  await secrets.updateSecret({ key: 'token', value: 'rotated-by-alpha' });\n  callback(null, 'ok');\n}`,
      secrets: [{ key: 'token', value: 'alpha-token' }],
    },
    { name: 'Beta', code: NORMAL, secrets: [{ key: 'token', value: 'beta-token' }] },
  ]);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveText(/^Running/);
  await switchTo(page, 'Beta');
  await expect(status(page)).toHaveText(/^Succeeded/, { timeout: 10_000 });
  await expect(page.getByRole('region', { name: 'Result' })).toContainText(
    'updateSecret changed token in workspace Alpha.',
  );
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('secret 1 value')).toHaveValue('beta-token');
  expect(await savedSecrets(page)).toEqual({
    Alpha: [{ key: 'token', value: 'rotated-by-alpha' }],
    Beta: [{ key: 'token', value: 'beta-token' }],
  });
  await page.getByRole('tab', { name: 'Output' }).click();
  await run(page);
  await expect(page.getByLabel('Returned value')).toContainText('conv-1');
  await expectIntact(page, ['Alpha', 'Beta']);
});

for (const how of ['stopped', 'timed out'] as const) {
  test(`a run that is ${how} writes no secret back`, async ({ page }) => {
    const tail =
      how === 'stopped' ? 'await new Promise((r) => setTimeout(r, 20_000));' : 'while (true) {}';
    await openWith(page, [
      {
        name: 'Alpha',
        code: `${TOOLBELT}async function lambda(input, callback) {\n  await secrets.updateSecret({ key: 'token', value: 'rotated' });\n  console.info('updated');\n  ${tail}\n  callback(null, 'ok');\n}`,
        secrets: [{ key: 'token', value: 'alpha-token' }],
        timeoutMs: how === 'stopped' ? 30_000 : 1500,
      },
    ]);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    if (how === 'stopped') {
      await expect(page.getByRole('log', { name: 'Console' })).toContainText('updated');
      await page.getByRole('button', { name: 'Stop' }).click();
    }
    await expect(status(page)).toHaveText(how === 'stopped' ? /^Cancelled/ : /^Timed out/, {
      timeout: 10_000,
    });
    await expect(page.getByRole('region', { name: 'Result' })).toContainText(
      'were not saved to workspace Alpha',
    );
    expect(await savedSecrets(page)).toEqual({ Alpha: [{ key: 'token', value: 'alpha-token' }] });
    await expectIntact(page, ['Alpha']);
  });
}

test('code that wraps Function.prototype.call cannot reach the port, forge an outcome or write a bad secret', async ({
  page,
}) => {
  const attack = `${TOOLBELT}const ports = [];
for (const [owner, name] of [[Function.prototype, 'call'], [Function.prototype, 'apply'], [Reflect, 'apply']]) {
  const real = owner[name];
  owner[name] = function (...args) {
    for (const arg of args) if (arg && typeof arg === 'object' && typeof arg.postMessage === 'function' && arg !== self) ports.push(arg);
    return real.bind(this)(...args);
  };
}
async function lambda(input, callback) {
  console.info('trigger a send');
  try { await secrets.updateSecret({ key: 'bad key!', value: 'x' }); } catch (e) { console.warn('refused', e.message); }
  await new Promise((r) => setTimeout(r, 50));
  for (const port of ports) for (let runId = 0; runId < 50; runId++) {
    port.postMessage({ kind: 'secret-updated', runId, key: 'bad key!', value: 'v'.repeat(1e6) });
    port.postMessage({ kind: 'done', runId, done: { status: 'succeeded', hasResult: true, result: { t: 'string', v: 'forged' }, error: null, contract: 'v1', coldStart: true, droppedLogs: 0 } });
  }
  callback(null, { honest: true, ports: ports.length });
}`;
  await openWith(page, [
    { name: 'Alpha', code: attack, secrets: [{ key: 'token', value: 'alpha-token' }] },
    { name: 'Beta', code: NORMAL },
  ]);
  await run(page);
  await expect(page.getByLabel('Returned value')).toContainText('"ports": 0');
  await expect(page.getByLabel('Returned value')).toContainText('"honest": true');
  await expect(page.getByRole('region', { name: 'Result' })).not.toContainText('forged');
  expect(await savedSecrets(page)).toEqual({
    Alpha: [{ key: 'token', value: 'alpha-token' }],
    Beta: [],
  });
  await expectIntact(page, ['Alpha', 'Beta']);
  await switchTo(page, 'Beta');
  await run(page);
  await expect(page.getByLabel('Returned value')).toContainText('conv-1');
});

test('a warm instance is never shared between workspaces, and old timers stay out of later runs', async ({
  page,
}) => {
  const code = `${TOOLBELT}let cached = null;\nlet started = false;\nasync function lambda(input, callback) {\n  if (!started) {\n    started = true;\n    setInterval(() => console.info('interval of', cached), 20);\n  }\n  if (cached === null) cached = (await secrets.readSecret('token')).value;\n  await new Promise((r) => setTimeout(r, 150));\n  callback(null, cached);\n}`;
  await openWith(page, [
    { name: 'Alpha', code, keepWarm: true, secrets: [{ key: 'token', value: 'alpha-token' }] },
    { name: 'Beta', code, keepWarm: true, secrets: [{ key: 'token', value: 'beta-token' }] },
  ]);
  const consoleLog = page.getByRole('log', { name: 'Console' });
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText('"alpha-token"');
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText('"alpha-token"');
  await expect(consoleLog).not.toContainText('interval of');
  await switchTo(page, 'Beta');
  await run(page);
  await expect(page.getByLabel('Returned value')).toHaveText('"beta-token"');
  await expect(consoleLog).not.toContainText('alpha-token');
  await expectIntact(page, ['Alpha', 'Beta']);
});

const HUGE: [string, string, RegExp][] = [
  [
    'error message',
    "async function lambda() { throw new Error('x'.repeat(20_000_000)); }",
    /^Failed/,
  ],
  [
    'non-Error failure value',
    "function lambda(input, callback) { callback('y'.repeat(20_000_000)); }",
    /^Failed/,
  ],
  [
    'object key',
    "async function lambda() { return { ['k'.repeat(20_000_000)]: 1 }; }",
    /^Succeeded/,
  ],
  [
    'error passed to console',
    "async function lambda() { console.error(new Error('z'.repeat(20_000_000))); return 'ok'; }",
    /^Succeeded/,
  ],
  [
    'warning text',
    "function lambda(input, callback) { setTimeout(() => { throw new Error('w'.repeat(20_000_000)); }, 0); setTimeout(() => callback(null, 'ok'), 50); }",
    ENDED,
  ],
];

for (const [what, code, expected] of HUGE) {
  test(`a 20-million-character ${what} is cut, and the page never freezes`, async ({ page }) => {
    await openWith(page, [
      { name: 'Alpha', code },
      { name: 'Beta', code: NORMAL },
    ]);
    await settle(page);
    const longest = await longestTaskCpuMs(page, async () => {
      await run(page);
      await expect(status(page)).toHaveText(expected);
      await expect(page.getByRole('region', { name: 'Result' })).toContainText(/more characters/);
    });
    expect(longest).toBeLessThan(200);
    await switchTo(page, 'Beta');
    await run(page);
    await expect(page.getByLabel('Returned value')).toContainText('conv-1');
    await expectIntact(page, ['Alpha', 'Beta']);
  });
}

test('the Raw tab of a 4-million-character result lays out its start, downloads all of it, and the page never freezes', async ({
  page,
}) => {
  const code =
    "async function lambda() { return Array.from({ length: 200 }, (_, i) => String(i).padEnd(20_000, 'x')); }";
  await openWith(page, [{ name: 'Alpha', code }]);
  await run(page);
  await expect(status(page)).toHaveText(/^Succeeded/);
  await settle(page);
  const longest = await longestTaskCpuMs(page, async () => {
    await page.getByRole('tab', { name: 'Raw' }).click();
    await expect(page.getByRole('region', { name: 'Result' })).toContainText(
      /… [\d,]+ more characters are not shown here/,
    );
  });
  expect((await page.getByLabel('Raw result').textContent())?.length).toBeLessThanOrEqual(100_000);
  expect(longest).toBeLessThan(200);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    result: string[];
  };
  expect(saved.result).toHaveLength(200);
  expect(saved.result[199]).toBe('199'.padEnd(20_000, 'x'));
});

test('a result of 40 million characters in 2,000 strings is cut as a whole, and the page never freezes', async ({
  page,
}) => {
  await openWith(page, [
    {
      name: 'Alpha',
      code: "async function lambda() { return Array.from({ length: 2000 }, (_, i) => String(i).padEnd(20_000, 'x')); }",
    },
    { name: 'Beta', code: NORMAL },
  ]);
  await settle(page);
  const longest = await longestTaskCpuMs(page, async () => {
    await run(page);
    await expect(status(page)).toHaveText(/^Succeeded/);
    await expect(page.getByRole('region', { name: 'Result' })).toContainText(
      /… [\d,]+ more characters of this value are not shown here/,
    );
  });
  const shown = await page.getByLabel('Returned value').textContent();
  expect(shown?.length).toBeLessThanOrEqual(50_000);
  expect(longest).toBeLessThan(200);
  await switchTo(page, 'Beta');
  await run(page);
  await expect(page.getByLabel('Returned value')).toContainText('conv-1');
  await expectIntact(page, ['Alpha', 'Beta']);
});
