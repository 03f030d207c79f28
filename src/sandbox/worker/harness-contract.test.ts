import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { runInNode } from './test-support/run-in-node';

const resultOf = (run: Awaited<ReturnType<typeof runInNode>>) =>
  run.done.result === null ? undefined : taggedToJson(run.done.result);

describe('V1: lambda(input, callback)', () => {
  it('succeeds with the value given to callback(null, result)', async () => {
    const run = await runInNode('function lambda(input, callback) { callback(null, "ok"); }');
    expect(run.done).toMatchObject({
      status: 'succeeded',
      hasResult: true,
      contract: 'v1',
      coldStart: true,
    });
    expect(resultOf(run)).toBe('ok');
  });

  it('passes input = { headers: [], payload }', async () => {
    const run = await runInNode('function lambda(input, callback) { callback(null, input); }', {
      payload: { a: 1 },
    });
    expect(resultOf(run)).toEqual({ headers: [], payload: { a: 1 } });
  });

  it('has no result for callback(null) and a null result for callback(null, null)', async () => {
    const none = await runInNode('function lambda(input, callback) { callback(null); }');
    expect(none.done).toMatchObject({ status: 'succeeded', hasResult: false, result: null });
    const nul = await runInNode('function lambda(input, callback) { callback(null, null); }');
    expect(nul.done).toMatchObject({ status: 'succeeded', hasResult: true, result: { t: 'null' } });
  });

  it('fails with callback(error)', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(new Error("nope")); }',
    );
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      name: 'Error',
      message: 'nope',
      line: 1,
    });
  });

  it('answers after an asynchronous callback', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { setTimeout(() => callback(null, 42), 10); }',
    );
    expect(resultOf(run)).toBe(42);
  });

  it('fails when an async V1 lambda rejects', async () => {
    const run = await runInNode(
      'async function lambda(input, callback) { await null; throw new RangeError("r"); }',
    );
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      name: 'RangeError',
    });
  });

  it('ignores a returned value and warns when callback also answered', async () => {
    const run = await runInNode(
      'async function lambda(input, callback) { callback(null, "cb"); return "returned"; }',
    );
    expect(resultOf(run)).toBe('cb');
    expect(run.warnings.join()).toMatch(/also returned a value/);
  });

  it('reports a lambda that returns instead of calling callback as never answering', async () => {
    const run = await runInNode('function lambda(input, callback) { return "x"; }');
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
    });
    expect(run.warnings.join()).toMatch(/returned a value but never called callback/);
  });

  it('takes the first callback call and warns about the second', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(null, 1); callback(null, 2); }',
    );
    expect(resultOf(run)).toBe(1);
    expect(run.warnings.join()).toMatch(/more than once/);
  });

  it('lets the error win over a result given with it, and says so', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(new Error("e"), "text"); }',
    );
    expect(run.done.error?.message).toBe('e');
    expect(run.warnings.join()).toMatch(/both an error and a result/);
  });

  it('calls lambda through a 2-argument wrapper with a function named callback', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(null, [arguments.length, callback.name, typeof callback]); }',
    );
    expect(resultOf(run)).toEqual([2, 'callback', 'function']);
  });

  it('awaits a Promise given to the callback: the result is what it resolves to', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(null, new Promise((r) => setTimeout(() => r({ late: 1 }), 5))); }',
    );
    expect(run.done).toMatchObject({ status: 'succeeded', contract: 'v1' });
    expect(resultOf(run)).toEqual({ late: 1 });
    expect(run.warnings).toEqual([]);
  });

  it('fails with the rejection of a Promise given to the callback', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { callback(null, Promise.reject(new Error("pr"))); }',
    );
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      message: 'pr',
    });
    expect(run.done.error?.processEnded).toBeUndefined();
  });

  it('reports an async lambda(input) on V1 as never answering, with the fix', async () => {
    const run = await runInNode('async function lambda(input) { return 1; }', { runtime: 'v1' });
    expect(run.done).toMatchObject({ status: 'failed', contract: 'v1' });
    expect(run.done.error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      name: 'Timeout',
      message: 'Lambda did not call callback within execution time limit',
      phase: 'invoke',
    });
    expect(run.warnings.join('\n')).toMatch(/returned a value but never called callback/);
    expect(run.warnings.join('\n')).toMatch(
      /takes no callback, but the V1 runtime .*declare function lambda\(input, callback\)/,
    );
  });
});

describe('V2: async lambda(input)', () => {
  it('takes the returned value as the result', async () => {
    const run = await runInNode(
      'async function lambda(input) { return { id: input.payload.conversationId }; }',
    );
    expect(run.done).toMatchObject({ status: 'succeeded', contract: 'v2' });
    expect(resultOf(run)).toEqual({ id: 'c-1' });
  });

  it('fails when lambda throws', async () => {
    const run = await runInNode('const lambda = async (input) => { throw new TypeError("t"); };');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'TypeError',
      line: 1,
    });
  });

  it('reports an await on a promise nothing settles as never answering', async () => {
    const run = await runInNode('async function lambda(input) { await new Promise(() => {}); }');
    expect(run.done.error?.code).toBe('com.liveperson.faas.handler.executiontime-exceeded');
  });

  it('warns about values JSON changes', async () => {
    const run = await runInNode(
      'async function lambda() { return { m: new Map(), p: Promise.resolve() }; }',
    );
    expect(run.warnings.join('\n')).toMatch(/contains a Promise/);
    expect(run.warnings.join('\n')).toMatch(/a Map becomes \{\}/);
  });

  it('calls lambda(input) with one argument and no callback', async () => {
    const run = await runInNode(
      'async function lambda(input, callback) { return [arguments.length, typeof callback]; }',
      { runtime: 'v2' },
    );
    expect(run.done).toMatchObject({ status: 'succeeded', contract: 'v2' });
    expect(resultOf(run)).toEqual([1, 'undefined']);
    expect(run.warnings.join()).toMatch(
      /takes a callback, but the V2 runtime calls lambda\(input\) alone.*async function lambda\(input\) \{ return result; \}/,
    );
  });

  it('fails a V1-style function as the V2 CLI does: "callback is not a function"', async () => {
    const run = await runInNode('function lambda(input, callback) { callback(null, 1); }', {
      runtime: 'v2',
    });
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'TypeError',
      message: 'callback is not a function',
      line: 1,
    });
  });

  it("reports a V2 function that never answers with V2's timeout failure", async () => {
    const run = await runInNode('async function lambda() { await new Promise(() => {}); }');
    expect(run.done.error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      platformCode: 'com.customer.faas.function.execution-exceeded',
      name: 'Timeout',
      message: 'Function did not return within execution time limit',
      phase: 'invoke',
    });
  });

  it.each(['"bad"', 'null', 'new Error("")', '{ message: "m" }'])(
    'fails on throw %s as the V2 platform documents, and says the V2 CLI prints a success',
    async (thrown) => {
      const run = await runInNode(`async function lambda() { throw ${thrown}; }`);
      expect(run.done.status).toBe('failed');
      expect(run.warnings.join()).toMatch(/the V2 CLI prints a success \(\{"result": ""\}\)/);
    },
  );

  it('says nothing of the V2 CLI for an Error with a message, nor on V1', async () => {
    const error = await runInNode('async function lambda() { throw new Error("m"); }');
    expect(error.done.status).toBe('failed');
    expect(error.warnings).toEqual([]);
    const v1 = await runInNode('function lambda(input, callback) { callback("bad"); }');
    expect(v1.done.status).toBe('failed');
    expect(v1.warnings.join()).not.toMatch(/V2 CLI/);
  });
});

describe('the function and its module', () => {
  it('fails with a ReferenceError when nothing is called lambda', async () => {
    const run = await runInNode('function handler(input, callback) { callback(null, 1); }');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'ReferenceError',
      message: 'lambda is not defined',
    });
  });

  it('runs top-level code at load and reports a failure there as a load failure', async () => {
    const run = await runInNode(
      'const x = null;\nconst y = x.field;\nfunction lambda(i, cb) { cb(null, 1); }',
    );
    expect(run.done.error).toMatchObject({ phase: 'load', name: 'TypeError', line: 2, column: 13 });
    expect(run.done.error?.stack).toMatch(/^TypeError: Cannot read property 'field' of null\n/);
    expect(run.done.error?.stack).toMatch(/function\.js:2:13/);
  });

  it('warns when the code is longer than the platform accepts', async () => {
    const code = `function lambda(i, cb) { cb(null, 1); }\n//${'x'.repeat(100_000)}`;
    const run = await runInNode(code);
    expect(run.done.status).toBe('succeeded');
    expect(run.warnings.join()).toMatch(/at most 100,000/);
  });

  it('fails when the result cannot be serialised as JSON', async () => {
    const run = await runInNode('async function lambda() { const a = {}; a.a = a; return a; }');
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      phase: 'result',
      name: 'TypeError',
      code: 'com.liveperson.faas.handler.runtime-exception',
    });
    expect(run.done).toMatchObject({ hasResult: true, result: { t: 'object' } });
  });

  it('reports a result getter that throws as a failure', async () => {
    const run = await runInNode(
      'async function lambda() { return { get x() { throw new Error("getter"); } }; }',
    );
    expect(run.done.error).toMatchObject({ phase: 'result', message: 'getter' });
  });
});
