// User code runs in an opaque-origin frame's worker: these attempts, made from inside a function,
// must not reach the app, its storage, the network or other tabs; after each, a normal run works.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { linkHash } from './fixtures/playground';
import { NORMAL_RUN } from './fixtures/runner';
import { expect, test } from './fixtures/test';

/** A server on 127.0.0.1 that counts every connection and request it receives. */
async function startWitness(): Promise<{
  url: string;
  hits: () => string[];
  close: () => Promise<void>;
}> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
    res.end('reached');
  });
  server.on('connection', () => hits.push('connection'));
  server.on('upgrade', (req, socket) => {
    hits.push(`upgrade ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => [...hits],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('the app storage is out of reach: localStorage, IndexedDB, cookies, Cache Storage', async ({
  page,
  runner,
}) => {
  await runner.open({ code: 'async function lambda() { return 1; }' });
  await page.evaluate(async () => {
    localStorage.setItem('e2e-secret', 's3cret-local');
    document.cookie = 'e2e=s3cret-cookie; path=/';
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('app-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => {
        const tx = open.result.transaction('s', 'readwrite');
        tx.objectStore('s').put('s3cret-idb', 'k');
        tx.oncomplete = () => resolve();
      };
      open.onerror = () => reject(open.error);
    });
    const cache = await caches.open('app-cache');
    await cache.put('/secret', new Response('s3cret-cache'));
  });
  await runner.open({
    code: `async function lambda() {
  const found = [];
  const attempt = async (name, read) => {
    try { found.push(name + ': ' + JSON.stringify(await read())); } catch (error) { found.push(name + ' blocked: ' + error.name); }
  };
  await attempt('localStorage', () => self.localStorage.getItem('e2e-secret'));
  await attempt('indexedDB', () => new Promise((resolve, reject) => {
    const open = indexedDB.open('app-db');
    open.onsuccess = () => { const get = open.result.transaction('s').objectStore('s').get('k'); get.onsuccess = () => resolve(get.result); };
    open.onerror = () => reject(open.error);
  }));
  await attempt('cookies', () => self.document.cookie);
  await attempt('caches', async () => (await (await caches.open('app-cache')).match('/secret')).text());
  return found;
}`,
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText('localStorage blocked');
  await expect(runner.returned()).toContainText('indexedDB blocked');
  await expect(runner.returned()).not.toContainText('s3cret');
  expect(await page.evaluate(() => localStorage.getItem('e2e-secret'))).toBe('s3cret-local');
  await runner.expectNormalRun();
});

test('the network is closed: fetch, XHR, WebSocket, EventSource, importScripts, sendBeacon', async ({
  page,
  runner,
}) => {
  const witness = await startWitness();
  try {
    await runner.open({
      payload: { url: witness.url },
      code: `async function lambda(input) {
  const url = input.payload.url;
  const tries = [];
  const attempt = async (name, go) => {
    try { await go(); tries.push(name + ' got through'); } catch (error) { tries.push(name + ' failed: ' + error.name); }
  };
  const settle = (target, ok) => new Promise((resolve, reject) => {
    target.onerror = () => reject(new Error('error event'));
    target[ok] = resolve;
    setTimeout(() => reject(new Error('no answer')), 1500);
  });
  await attempt('fetch', () => self.fetch(url + '/fetch'));
  await attempt('mocked fetch', () => fetch(url + '/mocked-fetch'));
  await attempt('XMLHttpRequest', () => { const xhr = new XMLHttpRequest(); xhr.open('GET', url + '/xhr'); const done = settle(xhr, 'onload'); xhr.send(); return done; });
  await attempt('WebSocket', () => settle(new WebSocket(url.replace('http', 'ws') + '/ws'), 'onopen'));
  await attempt('EventSource', () => settle(new EventSource(url + '/sse'), 'onopen'));
  await attempt('importScripts', () => importScripts(url + '/script.js'));
  await attempt('sendBeacon', () => { if (!navigator.sendBeacon(url + '/beacon', 'x')) throw new Error('refused'); });
  return tries;
}`,
    });
    await runner.run();
    await expect(runner.status()).toHaveText(/^Succeeded/);
    await expect(runner.returned()).not.toContainText('got through');
    await page.waitForTimeout(500);
    expect(witness.hits()).toEqual([]);
    await runner.expectNormalRun();
    expect(witness.hits()).toEqual([]);
  } finally {
    await witness.close();
  }
});

test('other tabs and the app are out of reach: BroadcastChannel, parent, top, forged messages', async ({
  page,
  runner,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await runner.open({
    code: `async function lambda() {
  const seen = [];
  new BroadcastChannel('app-channel').postMessage('from the function');
  for (const name of ['parent', 'top', 'window', 'document', 'opener']) seen.push(name + ': ' + typeof self[name]);
  try { parent.document.body.innerHTML = 'owned'; } catch (error) { seen.push('parent blocked: ' + error.name); }
  self.postMessage({ kind: 'worker-error', message: 'forged crash' });
  self.postMessage({ kind: 'done', runId: 1, done: { status: 'succeeded', result: { t: 'string', v: 'forged' } } });
  console.info('<img src=x onerror="alert(1)">');
  return seen;
}`,
  });
  const received = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const channel = new BroadcastChannel('app-channel');
        channel.onmessage = () => count++;
        setTimeout(() => resolve(count), 2500);
      }),
  );
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText('parent: undefined');
  await expect(runner.returned()).toContainText('parent blocked: ReferenceError');
  await expect(runner.returned()).not.toContainText('forged');
  await expect(runner.console()).toContainText('<img src=x onerror="alert(1)">');
  expect(await received).toBe(0);
  expect(dialogs).toEqual([]);
  await expect(page.locator('body')).not.toHaveText('owned');
  await runner.expectNormalRun();
});

test('a busy loop is stopped at the timeout and the page stays responsive', async ({
  page,
  runner,
}) => {
  await runner.open({ code: 'async function lambda() { while (true) {} }', timeoutMs: 1500 });
  // Measure the busy loop, not the app's own start-up (Monaco's first load).
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true', {
    timeout: 30_000,
  });
  await runner.start();
  await expect(runner.status()).toHaveText(/^Running/);
  const started = Date.now();
  await page.evaluate(() => 1 + 1);
  expect(Date.now() - started).toBeLessThan(500);
  await expect(runner.status()).toHaveText(/^Timed out/, { timeout: 10_000 });
  await expect(runner.error()).toContainText('com.liveperson.faas.handler.executiontime-exceeded');
  await runner.expectNormalRun();
});

test('Stop cancels a run', async ({ runner }) => {
  await runner.open({ code: 'async function lambda() { while (true) {} }' });
  await runner.start();
  await expect(runner.status()).toHaveText(/^Running/);
  await runner.stop();
  await expect(runner.status()).toHaveText(/^Cancelled/);
  await runner.expectNormalRun();
});

test('deep recursion fails like the platform', async ({ runner }) => {
  await runner.open({
    code: 'function f() { return f(); }\nasync function lambda() { return f(); }',
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText('com.liveperson.faas.handler.custom-failure');
  await expect(runner.error()).toContainText('Maximum call stack size exceeded');
  await runner.expectNormalRun();
});

// When the sandbox frame's process dies of the memory bomb, Playwright reports the whole page as
// crashed (it treats a crashed out-of-process frame as a page crash) and refuses to drive it, while
// the app's tab lives on. So the tab drives itself: it waits for the bomb's end, opens a normal
// function, runs it, and writes what it saw into its title, which the test reads over CDP.
test('a memory bomb ends without taking the app down', async ({ browser, page, runner }) => {
  test.setTimeout(120_000);
  await runner.open({
    code: 'async function lambda() { const hoard = []; while (true) hoard.push(new Array(1e6).fill(Math.random())); }',
    timeoutMs: 30_000,
  });
  await page.evaluate(async (normalHash) => {
    const text = (label: string) =>
      document.querySelector(`[aria-label="${label}"]`)?.textContent ?? '';
    const until = async (ok: () => boolean, ms: number) => {
      for (const start = Date.now(); !ok() && Date.now() - start < ms;)
        await new Promise((r) => setTimeout(r, 100));
    };
    const run = () =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run')?.click();
    void (async () => {
      await until(() => text('Run status').startsWith('Running'), 10_000);
      await until(() => !text('Run status').startsWith('Running'), 60_000);
      const bomb = text('Run status');
      location.hash = normalHash;
      await new Promise((r) => setTimeout(r, 300));
      run();
      await until(() => text('Run status').startsWith('Succeeded'), 15_000);
      document.title = ['autopilot', bomb, text('Run status'), text('Returned value')].join('|');
    })();
  }, linkHash(NORMAL_RUN));
  await runner.start();
  const cdp = await browser.newBrowserCDPSession();
  let title = '';
  for (const start = Date.now(); !title.startsWith('autopilot') && Date.now() - start < 90_000;) {
    await new Promise((r) => setTimeout(r, 500));
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; title: string }[];
    };
    title =
      targetInfos.find((t) => t.type === 'page' && t.title.startsWith('autopilot'))?.title ?? '';
  }
  const [, bomb, normal, returned] = title.split('|');
  expect(bomb).toMatch(/^(Failed|Timed out)/);
  expect(normal).toMatch(/^Succeeded/);
  expect(returned).toContain('"conversationId": "normal-1"');
});

test('a flood of 100,000 log lines is capped in the console', async ({ runner }) => {
  await runner.open({
    code: "async function lambda() { for (let i = 0; i < 100000; i++) console.info('line ' + i); return 'flooded'; }",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.consoleEntries()).toHaveCount(1000);
  await expect(runner.hint('99,000 more entries were not shown')).toBeVisible();
  await expect(runner.hint(/More than 10 log entries/)).toBeVisible();
  await runner.expectNormalRun();
});

test('a result getter that throws fails the run, and nothing else', async ({ runner }) => {
  await runner.open({
    code: "async function lambda() { return { ok: 1, get boom() { throw new Error('getter exploded'); } }; }",
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Failed/);
  await expect(runner.error()).toContainText('getter exploded');
  await expect(runner.returned()).toContainText('[Thrown: Error: getter exploded]');
  await runner.expectNormalRun();
});

test('a __proto__ key in the result is shown as data and pollutes nothing', async ({
  page,
  runner,
}) => {
  await runner.open({
    code: 'async function lambda() { return JSON.parse(\'{"__proto__": {"polluted": "yes"}, "ok": 1}\'); }',
  });
  await runner.run();
  await expect(runner.status()).toHaveText(/^Succeeded/);
  await expect(runner.returned()).toContainText('"__proto__": {');
  await expect(runner.returned()).toContainText('"polluted": "yes"');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await runner.raw()).toContain('"__proto__": {');
  await runner.expectNormalRun();
});
