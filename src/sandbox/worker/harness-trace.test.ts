// Debug runs through the harness, with code instrumented by hand the way the transform does it
// (probes on the statements' own lines): the outcome is the plain run's, and the recording
// carries the steps, frames, writes and timeline events.
import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import type { TraceBatch, TraceLimits } from '../protocol';
import { runInNode, type NodeRun } from './test-support/run-in-node';
import { portHarness } from './test-support/run-over-port';
import { runnerQuiet } from './test-support/runner-quiet';

const { defineProperty, deleteProperty, getOwnPropertyDescriptor } = Reflect;
const HOSTILE_KEYS = ['0', '1', '2', 'end', 'step', 'value', 'steps'];
const REPLACED: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [Array.prototype, 'slice'],
  [Array.prototype, 'constructor'],
  [Function.prototype, 'call'],
  [Function.prototype, 'apply'],
  ...HOSTILE_KEYS.flatMap((key): [object, PropertyKey][] => [
    [Array.prototype, key],
    [Object.prototype, key],
  ]),
];
const saved = REPLACED.map(([target, key]) => getOwnPropertyDescriptor(target, key));
/** Puts back what the hostile code replaced (as soon as its run is done). */
function restore(): void {
  for (let i = 0; i < REPLACED.length; i++) {
    const [target, key] = REPLACED[i]!;
    const descriptor = saved[i];
    if (descriptor) defineProperty(target, key, descriptor);
    else deleteProperty(target, key);
  }
}

const LIMITS: TraceLimits = { steps: 50_000, bytes: 2_000_000 };

/** The batches joined, as the app keeps them. */
function joined(batches: TraceBatch[]) {
  return {
    steps: batches.flatMap((b) => b.steps),
    frames: batches.flatMap((b) => b.frames),
    writes: batches.flatMap((b) => b.writes),
    events: batches.flatMap((b) => b.events),
    ends: batches.flatMap((b) => (b.end ? [b.end] : [])),
  };
}

/** What a plain run and a Debug run must share: all but timestamps and the trace. */
const comparable = (run: NodeRun) => ({
  done: run.done,
  logs: run.logs.map(({ timestamp: _, ...entry }) => entry),
  warnings: run.warnings,
  requests: run.requests.map(({ startedMs: _, durationMs: __, ...entry }) => entry),
  secretUpdates: run.secretUpdates,
  secretReads: run.secretReads,
});

const SECRETS = [{ key: 'token', value: 'old' }];
const MOCKS = [{ url: 'https://api.example.com/*', body: { pong: true } }];
const V2 = { runtime: 'v2' as const, secrets: SECRETS, mocks: MOCKS };

const PLAIN = `const { Toolbelt } = require('core-functions-toolbelt');
const secrets = Toolbelt.SecretClient();
async function lambda(input) {
  console.info('start', input.payload.conversationId);
  const { value } = await secrets.readSecret('token');
  await secrets.updateSecret({ key: 'token', value: value + '!' });
  const response = await fetch('https://api.example.com/ping');
  const body = await response.json();
  return { body, value };
}`;

// Points: 0-1 module statements, 2-7 lambda's. Sites: 0 secrets, 1 value, 2 response, 3 body.
const INSTRUMENTED = `const m = __sfpRec.e(0, -1); __sfpRec.s(0, m); const { Toolbelt } = require('core-functions-toolbelt');
__sfpRec.s(1, m); const secrets = Toolbelt.SecretClient(); __sfpRec.v(0, m, secrets);
async function lambda(input) { const f = __sfpRec.e(1, m); try {
  __sfpRec.s(2, f); console.info('start', input.payload.conversationId);
  __sfpRec.s(3, f); const { value } = await secrets.readSecret('token'); __sfpRec.v(1, f, value);
  __sfpRec.s(4, f); await secrets.updateSecret({ key: 'token', value: value + '!' });
  __sfpRec.s(5, f); const response = await fetch('https://api.example.com/ping'); __sfpRec.v(2, f, response);
  __sfpRec.s(6, f); const body = await response.json(); __sfpRec.v(3, f, body);
  __sfpRec.s(7, f); return { body, value };
} finally { __sfpRec.l(f); } }
__sfpRec.l(m);`;

describe('a Debug run', () => {
  it('has the plain run outcome, and records steps, frames, writes and events', async () => {
    const plain = await runInNode(PLAIN, V2);
    const debug = await runInNode(PLAIN, V2, { code: INSTRUMENTED, limits: LIMITS });
    expect(plain.done.status).toBe('succeeded');
    expect(comparable(debug)).toEqual(comparable(plain));
    expect(plain.batches).toEqual([]);

    const trace = joined(debug.batches);
    expect(trace.steps).toEqual([0, 0, 1, 0, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1]);
    // The module (depth 1), then lambda called by the runtime: caller -1, depth 1.
    expect(trace.frames).toEqual([0, -1, -1, 1, 1, 0, -1, 1]);
    expect(trace.writes.map((w) => [w.step, w.site, w.frame])).toEqual([
      [1, 0, 0],
      [3, 1, 1],
      [5, 2, 1],
      [6, 3, 1],
    ]);
    expect(trace.writes[1]!.value).toEqual({ t: 'string', v: 'old' });
    expect(taggedToJson(trace.writes[3]!.value)).toEqual({ pong: true });
    // One request event although the request is reported twice (sent, then answered).
    expect(debug.requests).toHaveLength(1);
    expect(trace.events).toEqual([
      { step: 2, kind: 'log', ref: 0 },
      { step: 3, kind: 'secret-read', ref: 0 },
      { step: 4, kind: 'secret-updated', ref: 0 },
      { step: 5, kind: 'request', ref: debug.requests[0]!.id },
    ]);
    expect(trace.ends).toEqual([{ totalSteps: 8, cut: null }]);
    expect(debug.batches.at(-1)!.end).toBeDefined();
  });

  it('fails as the plain run does, at the same line', async () => {
    const plain = `function lambda(input, callback) {
  const list = null;
  callback(null, list.length);
}`;
    const instrumented = `function lambda(input, callback) { const f = __sfpRec.e(1, -1); try {
  __sfpRec.s(0, f); const list = null; __sfpRec.v(0, f, list);
  __sfpRec.s(1, f); callback(null, list.length);
} finally { __sfpRec.l(f); } }`;
    const plainRun = await runInNode(plain);
    const debugRun = await runInNode(plain, {}, { code: instrumented, limits: LIMITS });
    expect(plainRun.done.error).toMatchObject({ name: 'TypeError', line: 3 });
    expect(debugRun.done.status).toBe(plainRun.done.status);
    expect(debugRun.done.error).toMatchObject({
      name: plainRun.done.error!.name,
      message: plainRun.done.error!.message,
      line: 3,
    });
    expect(joined(debugRun.batches).ends).toEqual([{ totalSteps: 2, cut: null }]);
  });

  it('checks the syntax of the user code, not of the instrumented code', async () => {
    // V1 (Node 14) lacks ??=: both runs fail alike although the instrumented code is valid.
    const plain = 'let x; x ??= 1;\nfunction lambda(input, callback) { callback(null, x); }';
    const plainRun = await runInNode(plain, { runtime: 'v1' });
    const debugRun = await runInNode(
      plain,
      { runtime: 'v1' },
      { code: 'function lambda(input, callback) { callback(null, 1); }', limits: LIMITS },
    );
    expect(plainRun.done.error?.name).toBe('SyntaxError');
    const { value: _, ...debugError } = debugRun.done.error!;
    const { value: __, ...plainError } = plainRun.done.error!;
    expect(debugError).toEqual(plainError);
    expect(debugRun.batches).toEqual([
      { steps: [], frames: [], writes: [], events: [], end: { totalSteps: 0, cut: null } },
    ]);
  });

  it('records a 100,000-iteration loop up to its limit and counts the rest', async () => {
    const plain = `function lambda(input, callback) {
  let sum = 0;
  for (let i = 0; i < 100000; i++) sum += i;
  callback(null, sum);
}`;
    const instrumented = `function lambda(input, callback) { const f = __sfpRec.e(1, -1); try {
  __sfpRec.s(0, f); let sum = 0; __sfpRec.v(0, f, sum);
  __sfpRec.s(1, f); for (let i = 0; i < 100000; i++) { __sfpRec.s(2, f); sum += i; __sfpRec.v(0, f, sum); }
  __sfpRec.s(3, f); callback(null, sum);
} finally { __sfpRec.l(f); } }`;
    const run = await runInNode(
      plain,
      {},
      { code: instrumented, limits: { ...LIMITS, steps: 10_000 } },
    );
    expect(taggedToJson(run.done.result!)).toBe(4_999_950_000);
    const trace = joined(run.batches);
    expect(trace.steps).toHaveLength(2 * 10_000);
    // One write before the loop, then one per iteration: the 10,000th step is the 9,998th iteration's.
    expect(trace.writes).toHaveLength(9_999);
    expect(trace.ends).toEqual([{ totalSteps: 100_003, cut: 'steps' }]);
    for (const batch of run.batches) expect(batch.steps.length).toBeLessThanOrEqual(4000);

    const byBytes = await runInNode(
      plain,
      {},
      { code: instrumented, limits: { steps: 1e6, bytes: 3000 } },
    );
    expect(joined(byBytes.batches).ends).toEqual([{ totalSteps: 100_003, cut: 'bytes' }]);
    expect(joined(byBytes.batches).writes.length).toBeLessThan(200);
  });
});

describe('a Debug run of hostile code', () => {
  it('never calls a getter, survives a throwing one, and hands out nothing of the harness', async () => {
    const plain = 'function lambda(input, callback) { callback(null, 1); }';
    const instrumented = `let calls = 0;
const counted = { get n() { calls++; return 1; } };
const throwing = { get boom() { throw new Error('no'); } };
function lambda(input, callback) { const f = __sfpRec.e(1, -1); try {
  __sfpRec.s(0, f);
  __sfpRec.v(0, 0, throwing);
  __sfpRec.v(0, f, counted);
  const probe = __sfpRec;
  callback(null, {
    calls,
    proto: Object.getPrototypeOf(probe) === null,
    keys: Object.keys(probe).sort(),
    own: Object.getOwnPropertyNames(probe.s).sort(),
    constructible: (() => { try { new probe.s(); return true; } catch { return false; } })(),
  });
} finally { __sfpRec.l(f); } }`;
    const run = await runInNode(plain, {}, { code: instrumented, limits: LIMITS });
    expect(taggedToJson(run.done.result!)).toEqual({
      calls: 0,
      proto: true,
      keys: ['e', 'l', 's', 'v'],
      own: ['length', 'name'],
      constructible: false,
    });
    expect(joined(run.batches).writes.map((w) => w.value)).toEqual([
      { t: 'object', ctor: null, entries: [['boom', { t: 'accessor', get: true, set: false }]] },
      { t: 'object', ctor: null, entries: [['n', { t: 'accessor', get: true, set: false }]] },
    ]);
  });

  it('records as it should after push, call, apply, slice and an index setter are replaced', async () => {
    const plain = 'function lambda(input, callback) { callback(null, 1); }';
    const instrumented = `const seen = [];
const keep = Array.prototype.push;
const note = (value) => { Reflect.apply(keep, seen, [value]); };
function lambda(input, callback) { const f = __sfpRec.e(1, -1); try {
  Array.prototype.push = function (...args) { note(this); return 0; };
  Function.prototype.call = function () { note(this); return 0; };
  Function.prototype.apply = function () { note(this); return 0; };
  Array.prototype.slice = function () { note(this); return []; };
  Object.defineProperty(Array.prototype, 'constructor', { value: function Fake() { note(this); }, configurable: true, writable: true });
  for (const key of ${JSON.stringify(HOSTILE_KEYS)}) {
    const setter = () => Object.setPrototypeOf({ set(v) { note(this); }, configurable: true }, null);
    Object.defineProperty(Array.prototype, key, setter());
    Object.defineProperty(Object.prototype, key, setter());
  }
  for (let i = 0; i < 3; i++) { __sfpRec.s(i, f); __sfpRec.v(0, f, [i]); }
  const g = __sfpRec.e(2, f); __sfpRec.s(3, g); __sfpRec.l(g);
  callback(null, seen.length);
} finally { __sfpRec.l(f); } }`;
    const served = await portHarness();
    await runnerQuiet();
    const rescue = setTimeout(restore, 3000);
    let run;
    try {
      run = await served.run(plain, {}, restore, { code: instrumented, limits: LIMITS });
    } finally {
      restore();
      clearTimeout(rescue);
      served.close();
    }
    expect(run.done).toMatchObject({ status: 'succeeded', error: null });
    expect(taggedToJson(run.done.result!)).toBe(0);
    const trace = joined(run.messages.flatMap((m) => (m.kind === 'trace' ? [m.batch] : [])));
    expect(trace.steps).toEqual([0, 0, 1, 0, 2, 0, 3, 1]);
    expect(trace.frames).toEqual([1, -1, -1, 1, 2, 0, 0, 2]);
    expect(trace.writes.map((w) => taggedToJson(w.value))).toEqual([[0], [1], [2]]);
    expect(trace.ends).toEqual([{ totalSteps: 4, cut: null }]);
  });
});
