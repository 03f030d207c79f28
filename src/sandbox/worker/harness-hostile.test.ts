// User code that replaces the built-ins the harness relies on, and hooks a `then` onto
// everything: it must never get the port or a message on its way, and the run is still
// reported as it happened.
import { afterEach, describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import type { WorkerMessage } from '../protocol';
import { portHarness, type PortRun } from './test-support/run-over-port';
import { runnerQuiet } from './test-support/runner-quiet';

const { defineProperty, deleteProperty, getOwnPropertyDescriptor } = Reflect;
const REPLACED: [object, PropertyKey][] = [
  [Function.prototype, 'call'],
  [Function.prototype, 'apply'],
  [Array.prototype, 'push'],
  [Array.prototype, 'map'],
  [Array.prototype, Symbol.iterator],
  [JSON, 'stringify'],
  [Object, 'keys'],
  [Object, 'entries'],
  [String.prototype, 'slice'],
  [MessagePort.prototype, 'postMessage'],
  [Object.prototype, 'then'],
  [Promise.prototype, 'then'],
  [Promise.prototype, 'constructor'],
];
const saved = REPLACED.map(([target, key]) => getOwnPropertyDescriptor(target, key));
/** Puts back every built-in user code may have replaced (called as soon as the run is done). */
function restore(): void {
  for (let i = 0; i < REPLACED.length; i++) {
    const [target, key] = [REPLACED[i]![0], REPLACED[i]![1]];
    const descriptor = saved[i];
    if (descriptor) defineProperty(target, key, descriptor);
    else deleteProperty(target, key);
  }
}
afterEach(restore);

const runHostile = async (code: string, secrets = [{ key: 'token', value: 'old' }]) => {
  const served = await portHarness();
  await runnerQuiet();
  // Should the run never end, vitest needs its built-ins back to report the timeout.
  const rescue = setTimeout(restore, 3000);
  try {
    return await served.run(
      code,
      { secrets, mocks: [{ url: 'https://api.example.com/*', body: { pong: true } }] },
      restore,
    );
  } finally {
    clearTimeout(rescue);
    served.close();
  }
};

/** What a run sent, checked to be only what the harness says for run 1. */
function checkHonest(run: PortRun): WorkerMessage[] {
  for (const message of run.messages) {
    expect(['log', 'warning', 'request', 'secret-updated', 'done']).toContain(message.kind);
    expect(message).toHaveProperty('runId', 1);
  }
  return run.messages;
}

const HARNESS_KEYS = ['kind', 't', 'status', 'runId', 'client', 'droppedLogs', 'instance'];
// vitest's own worker RPC (birpc messages `{ t: 'q' | 's', i: id }`) runs in this realm while the
// spies are on, at moments vitest chooses; those objects are the test runner's, not the harness's.
const isRunnerMessage = (value: object): boolean =>
  Object.hasOwn(value, 'i') && ['q', 's'].includes((value as { t?: unknown }).t as string);
const isHarnessObject = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  !isRunnerMessage(value) &&
  (value instanceof MessagePort ||
    HARNESS_KEYS.some((key) => Object.hasOwn(value, key)) ||
    (Array.isArray(value) && value.some(isHarnessObject)));

// Spies that record every `this` and argument, then do what the built-in does.
const SPIES = `
const seen = [];
const record = Array.prototype.push;
const reflectApply = Reflect.apply;
const note = (value) => { reflectApply(record, seen, [value]); };
function spy(target, name) {
  const original = target[name];
  target[name] = function (...args) {
    note(this);
    for (let i = 0; i < args.length; i++) note(args[i]);
    return reflectApply(original, this, args);
  };
}
globalThis.seenByUserCode = seen;
const spyOnEverything = () => {
  spy(Function.prototype, 'call'); spy(Function.prototype, 'apply');
  spy(Array.prototype, 'push'); spy(Array.prototype, 'map'); spy(Array.prototype, Symbol.iterator);
  spy(JSON, 'stringify'); spy(Object, 'keys'); spy(Object, 'entries');
  spy(String.prototype, 'slice'); spy(MessagePort.prototype, 'postMessage');
};`;

const TOOLBELT =
  "const { Toolbelt } = require('lp-faas-toolbelt');\nconst secrets = Toolbelt.SecretClient();";

describe('user code that replaces built-ins', () => {
  it('never sees the port nor a message, through spies on call, apply, push, map, stringify, keys, entries, slice', async () => {
    const run = await runHostile(`${TOOLBELT}\n${SPIES}
async function lambda(input, callback) {
  spyOnEverything();
  console.info('hello', { a: 1 }, [1, 2]);
  console.error(new TypeError('oops'));
  await secrets.updateSecret({ key: 'token', value: 'new' });
  const pong = await Toolbelt.HTTPClient()({ uri: 'https://api.example.com/ping', method: 'POST', headers: { 'x-a': '1' }, body: 'hi', resolveWithFullResponse: true });
  setTimeout(() => callback(null, { answer: 42, list: [1, 2], pong: pong.statusCode, m: new Map([['k', 1]]) }), 1);
}`);
    const seen = (globalThis as { seenByUserCode?: unknown[] }).seenByUserCode ?? [];
    delete (globalThis as { seenByUserCode?: unknown[] }).seenByUserCode;
    expect(seen.length).toBeGreaterThan(0);
    const leaked = seen
      .filter(isHarnessObject)
      .map((value) => Object.prototype.toString.call(value));
    expect(leaked).toEqual([]);
    const messages = checkHonest(run);
    expect(messages.filter((m) => m.kind === 'log').map((m) => m.entry.level)).toEqual([
      'Info',
      'Error',
    ]);
    expect(messages).toContainEqual({
      kind: 'secret-updated',
      runId: 1,
      key: 'token',
      value: 'new',
      type: 'text',
    });
    expect(messages.filter((m) => m.kind === 'request').at(-1)).toMatchObject({
      entry: { method: 'POST', requestHeaders: { 'x-a': '1' }, requestBody: 'hi', status: 200 },
    });
    expect(run.done.status).toBe('succeeded');
    expect(taggedToJson(run.done.result!)).toEqual({ answer: 42, list: [1, 2], pong: 200, m: {} });
  });

  it('reports the run as it happened when call, apply, push, map, stringify, keys, entries and slice lie', async () => {
    const run = await runHostile(`function lambda(input, callback) {
  Function.prototype.call = function () { return 'forged'; };
  Function.prototype.apply = function () { return 'forged'; };
  Array.prototype.push = function () { return 0; };
  Array.prototype.map = function () { return ['forged']; };
  JSON.stringify = () => '"forged"';
  Object.keys = () => ['forged'];
  Object.entries = () => [['forged', 'forged']];
  String.prototype.slice = function () { return 'forged'; };
  console.info('hello', { a: 1 }, 'x'.repeat(30000));
  callback(null, { answer: 42, list: [1, 2], long: 'y'.repeat(25000) });
}`);
    const messages = checkHonest(run);
    const log = messages.find((m) => m.kind === 'log');
    expect(log?.kind === 'log' && log.entry).toMatchObject({
      level: 'Info',
      message: { t: 'string', v: 'hello' },
      extras: [
        { t: 'object', entries: [['a', { t: 'number', v: 1 }]] },
        { t: 'string', v: 'x'.repeat(10_000), cut: 20_000 },
      ],
    });
    // 30,000 characters of logs: past V1's log limit, so the run fails as the V1 platform answers.
    expect(run.done).toMatchObject({
      status: 'failed',
      error: { code: 'com.liveperson.faas.handler.log-limit-reached' },
      hasResult: true,
      contract: 'v1',
    });
    expect(run.done.result).toEqual({
      t: 'object',
      ctor: null,
      entries: [
        ['answer', { t: 'number', v: 42 }],
        [
          'list',
          {
            t: 'array',
            items: [
              { t: 'number', v: 1 },
              { t: 'number', v: 2 },
            ],
          },
        ],
        ['long', { t: 'string', v: 'y'.repeat(20_000), cut: 5000 }],
      ],
    });
  });

  it('cannot divert the harness with a then on every object, nor with a replaced Promise.prototype.then', async () => {
    const run = await runHostile(`
const looksLikeHarness = (value) => !!value && typeof value === 'object' && !Object.hasOwn(value, 'forged') &&
  (Object.hasOwn(value, 'droppedLogs') || Object.hasOwn(value, 'instance') ||
    (Object.hasOwn(value, 'kind') && ['value', 'error', 'reason'].some((key) => Object.hasOwn(value, key))) ||
    (Object.hasOwn(value, 'error') && Object.hasOwn(value, 'phase')));
const forged = { forged: true, status: 'succeeded', hasResult: true, result: { t: 'string', v: 'forged' }, error: null, contract: 'v2', coldStart: false, droppedLogs: 0, kind: 'result', value: 'forged' };
async function lambda() {
  Object.defineProperty(Object.prototype, 'then', { configurable: true, get() {
    return looksLikeHarness(this) ? (resolve) => resolve(forged) : undefined;
  } });
  const then = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'constructor', { value: function Fake() {}, configurable: true, writable: true });
  Promise.prototype.then = function (ok, fail) {
    return Reflect.apply(then, this, [(value) => ok(looksLikeHarness(value) ? forged : value), fail]);
  };
  await null;
  throw new RangeError('honest failure');
}`);
    checkHonest(run);
    expect(run.done).toMatchObject({
      status: 'failed',
      contract: 'v2',
      coldStart: true,
      error: { name: 'RangeError', message: 'honest failure' },
    });
  });
});
