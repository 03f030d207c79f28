// Every string the worker sends is cut there, however long user code makes it: each kind with a
// 20,000,000-character input fits what the app accepts (receivedMax) and says how much it cut.
import { describe, expect, it } from 'vitest';
import { receivedMax, TEXT_CAPS } from '../../lib/message-limits';
import type { Tagged } from '../../lib/safe-serialise';
import { runInNode } from './test-support/run-in-node';

const N = 20_000_000;
const NOTE = /… 19,9\d\d,\d{3} more characters$/;
/** A note whose count depends on how the text was put together (a stack holds name and message; a warning holds a message already cut). */
const ANY_NOTE = /… \d[\d,]* more characters$/;

function expectCut(text: string | undefined, kind: keyof typeof TEXT_CAPS, note = NOTE): void {
  expect(text?.length).toBeLessThanOrEqual(receivedMax(kind));
  expect(text).toMatch(note);
}

const entry = (tagged: Tagged | null | undefined, index = 0) => {
  if (tagged?.t !== 'object') throw new Error(`not an object: ${tagged?.t}`);
  return tagged.entries[index]!;
};

describe('strings the worker cuts', () => {
  it('cuts object keys, function, class and symbol names, regexp sources and BigInt digits', async () => {
    const run = await runInNode(`function lambda(input, callback) {
  const long = (c) => c.repeat(${N});
  const f = function () {};
  Object.defineProperty(f, 'name', { value: long('f') });
  class C {}
  Object.defineProperty(C, 'name', { value: long('c') });
  callback(null, { [long('k')]: 1, f, c: new C(), s: Symbol(long('s')), r: new RegExp(long('r'), 'g'), b: 10n ** 30000n });
}`);
    const result = run.done.result;
    expectCut(entry(result, 0)[0], 'key');
    const [f, c, s, r, b] = [1, 2, 3, 4, 5].map((i) => entry(result, i)[1]);
    expectCut(f?.t === 'function' ? f.name : undefined, 'name');
    expectCut(c?.t === 'object' ? (c.ctor ?? undefined) : undefined, 'name');
    expectCut(s?.t === 'symbol' ? s.v : undefined, 'name');
    expectCut(
      r?.t === 'regexp' ? r.v : undefined,
      'message',
      /… 19,9\d\d,\d{3} more characters\/g$/,
    );
    expectCut(b?.t === 'bigint' ? b.v : undefined, 'value', /… 10,001 more characters$/);
  });

  it('cuts string values with a cut count, in results and in logs', async () => {
    const run = await runInNode(
      `function lambda(input, callback) { const x = 'x'.repeat(${N}); console.info(x, { x }); callback(null, x); }`,
    );
    expect(run.done.result).toEqual({
      t: 'string',
      v: 'x'.repeat(TEXT_CAPS.value),
      cut: N - TEXT_CAPS.value,
    });
    const { message, extras } = run.logs[0]!;
    expect(message).toMatchObject({ t: 'string', cut: N - 10_000 });
    expect(message.t === 'string' && message.v.length).toBe(10_000);
    expect(extras[0]).toMatchObject({
      t: 'object',
      entries: [['x', { t: 'string', cut: N - 10_000 }]],
    });
  });

  it("cuts an error's name, message and stack, in the failure and in its value", async () => {
    const run = await runInNode(`function lambda(input, callback) {
  const error = new Error('m'.repeat(${N}));
  error.name = 'n'.repeat(${N});
  callback(error);
}`);
    const { error } = run.done;
    expectCut(error?.name, 'name');
    expectCut(error?.message, 'message');
    expectCut(error?.stack, 'stack', ANY_NOTE);
    const value = error?.value;
    if (value?.t !== 'error') throw new Error('not a tagged error');
    expectCut(value.name, 'name');
    expectCut(value.message, 'message');
    expectCut(value.stack, 'stack', ANY_NOTE);
  });

  it('cuts a failure that is not an Error, as a string and as JSON', async () => {
    const text = await runInNode(
      `function lambda(input, callback) { callback('v'.repeat(${N})); }`,
    );
    expectCut(text.done.error?.message, 'message');
    expect(text.done.error?.value).toMatchObject({ t: 'string', cut: N - TEXT_CAPS.value });
    const object = await runInNode(
      `function lambda(input, callback) { callback({ reason: 'v'.repeat(${N}) }); }`,
    );
    expect(object.done.error?.message.length).toBeLessThanOrEqual(receivedMax('message'));
    expect(object.done.error?.message).toMatch(/^\{"reason":"vvv.*… \d+ more characters$/);
  });

  it('cuts errors given to the console', async () => {
    const run = await runInNode(`function lambda(input, callback) {
  const error = new TypeError('m'.repeat(${N}));
  error.name = 'n'.repeat(${N});
  console.error(error);
  callback(null);
}`);
    const logged = run.logs[0]?.message;
    if (logged?.t !== 'error') throw new Error('not a tagged error');
    expectCut(logged.name, 'name');
    expectCut(logged.message, 'message');
    expectCut(logged.stack, 'stack', ANY_NOTE);
  });

  it('cuts warnings', async () => {
    const run = await runInNode(`function lambda(input, callback) {
  setTimeout(() => { throw new Error('w'.repeat(${N})); }, 1);
  setTimeout(() => callback(null), 5);
}`);
    expect(run.warnings).toHaveLength(1);
    expectCut(run.warnings[0], 'warning', ANY_NOTE);
  });

  it('cuts what the request log shows: method, URL, header names and values, bodies, error', async () => {
    const run = await runInNode(
      `async function lambda() {
  const long = (c) => c.repeat(${N});
  await fetch('https://api.test/a', { method: long('m'), headers: { [long('h')]: long('v') }, body: long('b') });
  await fetch('https://none.test/' + long('u')).catch(() => {});
}`,
      { mocks: [{ url: 'https://api.test/*', body: 'r'.repeat(N) }], runtime: 'v2' },
    );
    const [answered, failed] = run.requests;
    expectCut(answered?.method, 'key');
    const [name, value] = Object.entries(answered?.requestHeaders ?? {}).find(
      ([k]) => k !== 'content-type',
    )!;
    expectCut(name, 'key');
    expectCut(value, 'value');
    expectCut(answered?.requestBody, 'body');
    expectCut(answered?.responseBody, 'body');
    expectCut(failed?.url, 'message');
    expectCut(failed?.error, 'message', ANY_NOTE);
  });
});
