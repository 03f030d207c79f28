import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import { RUNTIME_RULES } from '../../schema/platform';
import { inNodeWords, nodeMessage, prepareRealm, removeFeatures, restoreRealm } from './node-realm';
import { runInNode } from './test-support/run-in-node';

const probe = (code: string) =>
  `function lambda(input, callback) { let value; try { value = ${code}; } catch (e) { value = e.constructor.name + ': ' + e.message; } if (callback) callback(null, value); return value; }`;

describe('removeFeatures', () => {
  it("removes the record's globals and methods from a realm, and leaves the rest", () => {
    const context = createContext({});
    removeFeatures(runInContext('globalThis', context) as object, RUNTIME_RULES.v1.missingFeatures);
    const seen = runInContext(
      "[typeof structuredClone, typeof ''.replaceAll, typeof [].at, typeof Object.hasOwn, typeof Promise.any, typeof AggregateError, typeof ''.padStart, typeof Object.fromEntries]",
      context,
    ) as string[];
    expect([...seen]).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'function',
      'function',
    ]);
  });
});

describe('the realm of a run', () => {
  it('keeps every feature for V2 (Node 22)', async () => {
    const run = await runInNode(
      probe(
        "[typeof fetch, typeof structuredClone, 'a-b'.replaceAll('-', '+'), [1, 2].at(-1), Object.hasOwn({ a: 1 }, 'a')]",
      ),
      { runtime: 'v2' },
    );
    expect(taggedToJson(run.done.result!)).toEqual(['function', 'function', 'a+b', 2, true]);
  });

  it('lacks in V1 the globals and methods Node 14 lacks, as the platform does', async () => {
    const run = await runInNode(
      probe(
        '[typeof fetch, typeof globalThis.fetch, typeof structuredClone, typeof AbortController, typeof atob, typeof Object.hasOwn, typeof [].at, typeof Promise.any, typeof Buffer, typeof URL]',
      ),
    );
    expect(taggedToJson(run.done.result!)).toEqual([
      ...Array<string>(8).fill('undefined'),
      'function',
      'function',
    ]);
  });

  it("fails a V1 call of a method Node 14 lacks with Node's TypeError", async () => {
    const run = await runInNode(
      "function lambda(input, callback) { callback(null, 'a-b'.replaceAll('-', '+')); }",
    );
    expect(run.done.status).toBe('failed');
    expect(run.done.error).toMatchObject({
      name: 'TypeError',
      code: RUNTIME_RULES.v1.errorCodes.runtime,
      message: '"a-b".replaceAll is not a function',
      line: 1,
    });
  });

  it('keeps Buffer working in a trimmed realm (it uses the atob and btoa captured before)', async () => {
    const run = await runInNode(
      "function lambda(input, callback) { callback(null, Buffer.from(Buffer.from('hé').toString('base64'), 'base64').toString()); }",
    );
    expect(run.done.result).toEqual({ t: 'string', v: 'hé' });
  });

  it('refuses a V2 run once the realm was trimmed for V1', () => {
    try {
      expect(prepareRealm('v1')).toBeNull();
      expect(prepareRealm('v1')).toBeNull();
      const refusal = prepareRealm('v2');
      restoreRealm();
      expect(refusal).toMatch(/set up as Node 14\.19\.0 for a V1 run and cannot run V2 code/);
    } finally {
      restoreRealm();
    }
    expect(typeof structuredClone).toBe('function');
  });
});

describe("Node 14's wording", () => {
  it.each([
    [
      "Cannot read properties of undefined (reading 'foo')",
      "Cannot read property 'foo' of undefined",
    ],
    [
      "Cannot read properties of null (reading 'Symbol(s)')",
      "Cannot read property 'Symbol(s)' of null",
    ],
    ["Cannot set properties of undefined (setting 'x')", "Cannot set property 'x' of undefined"],
    [
      'await is only valid in async functions and the top level bodies of modules',
      'await is only valid in async function',
    ],
    ['x is not a function', 'x is not a function'],
  ])('V1 words %j as %j', (message, node14) => {
    expect(nodeMessage(message, 'v1')).toBe(node14);
    expect(nodeMessage(message, 'v2')).toBe(message);
  });

  it('rewrites the first line of the stack too', () => {
    const error = {
      code: 'c',
      name: 'TypeError',
      message: "Cannot read properties of undefined (reading 'a')",
      phase: 'invoke' as const,
      stack:
        "TypeError: Cannot read properties of undefined (reading 'a')\n    at lambda (function.js:1:2)",
    };
    expect(inNodeWords(error, 'v1')).toMatchObject({
      message: "Cannot read property 'a' of undefined",
      stack: "TypeError: Cannot read property 'a' of undefined\n    at lambda (function.js:1:2)",
    });
    expect(inNodeWords(error, 'v2')).toBe(error);
  });

  it('reports a V1 property read on undefined in Node 14 words, V2 in Node 22 words', async () => {
    const code =
      'function lambda(input, callback) { callback(null, input.payload.missing.field); }';
    expect((await runInNode(code)).done.error?.message).toBe(
      "Cannot read property 'field' of undefined",
    );
    const v2 = 'async function lambda(input) { return input.payload.missing.field; }';
    expect((await runInNode(v2, { runtime: 'v2' })).done.error?.message).toBe(
      "Cannot read properties of undefined (reading 'field')",
    );
  });
});
