import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../schema/platform';
import { RUNTIMES } from '../../schema/workspace';
import { nodeHarness, runInNode } from './test-support/run-in-node';

const V1 = { runtime: 'v1' } as const;
const V2 = { runtime: 'v2' } as const;

describe.each(RUNTIMES)('console inside lambda in %s', (runtime) => {
  it('writes one entry per call: message as given, the other arguments as extras', async () => {
    const code = `function lambda(input, callback) {
      console.debug("d");
      console.info({ a: 1 }, "x", 2);
      console.warn("w");
      console.error("e", new Error("inside"));
      callback(null);
    }`;
    const run = await runInNode(code, { runtime });
    expect(run.logs.map((l) => l.level)).toEqual(['Debug', 'Info', 'Warn', 'Error']);
    expect(run.logs[1]).toMatchObject({
      message: { t: 'object', ctor: null, entries: [['a', { t: 'number', v: 1 }]] },
      extras: [
        { t: 'string', v: 'x' },
        { t: 'number', v: 2 },
      ],
    });
    expect(run.logs[3]?.extras[0]).toMatchObject({ t: 'error', message: 'inside' });
    expect(typeof run.logs[0]?.timestamp).toBe('number');
    expect(run.done.moduleOutput).toEqual([]);
  });
});

describe('console methods per runtime', () => {
  it('V1 has no console.log: calling it is a runtime exception', async () => {
    const run = await runInNode(
      'function lambda(input, callback) { console.log("hi"); callback(null, 1); }',
      V1,
    );
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'TypeError',
      message: 'console.log is not a function',
    });
    expect(run.done.error?.platformCode).toBeUndefined();
  });

  it('V2 logs console.log as an Info entry', async () => {
    const run = await runInNode('async function lambda() { console.log("hi", 1); return 1; }', V2);
    expect(run.done.status).toBe('succeeded');
    expect(run.logs).toMatchObject([
      { level: 'Info', message: { t: 'string', v: 'hi' }, extras: [{ t: 'number', v: 1 }] },
    ]);
  });

  it.each(['table', 'trace', 'dir', 'group', 'time', 'assert', 'count'])(
    'V1: console.%s is not a function (the code may catch it)',
    async (method) => {
      const run = await runInNode(
        `function lambda(input, callback) {
  try { console.${method}("x"); } catch (e) { return callback(null, e.constructor.name + ': ' + e.message); }
  callback(null, 'called');
}`,
        V1,
      );
      expect(run.done.status).toBe('succeeded');
      expect(run.done.result).toEqual({
        t: 'string',
        v: `TypeError: console.${method} is not a function`,
      });
    },
  );

  it.each(['table', 'trace', 'dir', 'group', 'time', 'assert', 'count'])(
    'V2: console.%s crashes the run, even when the code catches it',
    async (method) => {
      const run = await runInNode(
        `async function lambda() { try { console.${method}("x"); } catch { } return 'caught'; }`,
        V2,
      );
      expect(run.done.status).toBe('failed');
      expect(run.done.error).toMatchObject({
        name: 'TypeError',
        message: `console.${method} is not a function`,
        code: rulesOf('v2').errorCodes.runtime,
        platformCode: rulesOf('v2').platformCodes?.runtime,
        line: 1,
      });
      expect(run.warnings.join()).toContain(`console.${method} crashes the V2 runtime`);
    },
  );
});

describe('log limits', () => {
  it('V1 answers log-limit-reached past 10 entries, keeping the result (lpf invoke has none)', async () => {
    const run = await runInNode(
      'function lambda(i, cb) { for (let n = 0; n < 11; n++) console.info(n); cb(null, "r"); }',
      V1,
    );
    expect(run.done).toMatchObject({
      status: 'failed',
      hasResult: true,
      result: { t: 'string', v: 'r' },
      error: { code: 'com.liveperson.faas.handler.log-limit-reached', name: 'LogLimit' },
    });
    expect(run.logs).toHaveLength(11);
    expect(run.warnings.join()).toMatch(/More than 10 log entries.*lpf invoke has no log limit/);
    const ten = await runInNode(
      'function lambda(i, cb) { for (let n = 0; n < 10; n++) console.info(n); cb(null); }',
      V1,
    );
    expect(ten.done.status).toBe('succeeded');
  });

  it('V1 answers log-limit-reached past 6,000 characters of message and extras', async () => {
    const long = await runInNode(
      'function lambda(i, cb) { console.info("x".repeat(3000), { y: "y".repeat(2995) }); cb(null); }',
      V1,
    );
    expect(long.done.error?.code).toBe('com.liveperson.faas.handler.log-limit-reached');
    expect(long.warnings.join()).toMatch(/More than 6,000 characters/);
    const fine = await runInNode(
      'function lambda(i, cb) { console.info("x".repeat(6000)); cb(null); }',
      V1,
    );
    expect(fine.done.status).toBe('succeeded');
    expect(fine.warnings).toEqual([]);
  });

  it('V2 keeps logs past 10 entries and 16,384 characters, and warns that this is undocumented', async () => {
    const many = await runInNode(
      'async function lambda() { for (let n = 0; n < 11; n++) console.info(n); }',
      V2,
    );
    expect(many.done.status).toBe('succeeded');
    expect(many.warnings.join()).toMatch(/More than 10 log entries.*not documented/);
    const long = await runInNode(
      'async function lambda() { console.info("x".repeat(16385)); }',
      V2,
    );
    expect(long.done.status).toBe('succeeded');
    expect(long.warnings.join()).toMatch(/More than 16,384 characters/);
    const fine = await runInNode(
      'async function lambda() { console.info("x".repeat(16384)); }',
      V2,
    );
    expect(fine.warnings).toEqual([]);
  });

  it('streams the first 1,000 entries of a flood and counts the rest', async () => {
    const { run } = nodeHarness();
    const flood = await run(
      'async function lambda() { for (let n = 0; n < 100000; n++) console.info("line " + n); return "done"; }',
      V2,
    );
    expect(flood.logs).toHaveLength(1000);
    expect(flood.done.droppedLogs).toBe(99_000);
    expect(flood.done.status).toBe('succeeded');
  });
});
