// What the runtime prints besides log entries (module-level console) and what it cannot send.
import { describe, expect, it } from 'vitest';
import { RUNTIMES } from '../../schema/workspace';
import { nodeHarness, runInNode } from './test-support/run-in-node';

const LAMBDA = {
  v1: 'function lambda(input, callback) { console.info("inside"); callback(null, "ok"); }',
  v2: 'async function lambda() { console.info("inside"); return "ok"; }',
};

describe.each(RUNTIMES)('in %s', (runtime) => {
  it('prints module-level console calls as Node does, not as log entries, once per instance', async () => {
    const code = `console.info('module-level info', { a: 1 });
console.log('log works here', [1, 'x']);
console.warn(new Map([['k', 1]]));
console.error('two\\nlines');
${LAMBDA[runtime]}`;
    const { run } = nodeHarness();
    const cold = await run(code, { runtime, keepWarm: true });
    expect(cold.done.status).toBe('succeeded');
    expect(cold.done.moduleOutput).toEqual([
      { stream: 'stdout', text: 'module-level info { a: 1 }' },
      { stream: 'stdout', text: "log works here [ 1, 'x' ]" },
      { stream: 'stderr', text: "Map(1) { 'k' => 1 }" },
      { stream: 'stderr', text: 'two' },
      { stream: 'stderr', text: 'lines' },
    ]);
    expect(cold.logs.map((l) => l.message)).toEqual([{ t: 'string', v: 'inside' }]);
    const warm = await run(code, { runtime, keepWarm: true });
    expect(warm.done.coldStart).toBe(false);
    expect(warm.done.moduleOutput).toEqual([]);
  });

  it('keeps the first 200 lines of module-level output and counts the rest', async () => {
    const run = await runInNode(
      `for (let i = 0; i < 250; i++) console.info('line ' + i);\n${LAMBDA[runtime]}`,
      { runtime },
    );
    expect(run.done.moduleOutput).toHaveLength(200);
    expect(run.done.droppedModuleLines).toBe(50);
  });

  it('keeps module-level output printed before a load failure', async () => {
    const run = await runInNode(`console.info('before'); throw new Error('at load');`, {
      runtime,
    });
    expect(run.done).toMatchObject({ status: 'failed', error: { phase: 'load' } });
    expect(run.done.moduleOutput).toEqual([{ stream: 'stdout', text: 'before' }]);
  });

  it.each([
    [
      'a circular object',
      'const o = {}; o.self = o; console.info("x", o);',
      /^Converting circular structure to JSON/,
    ],
    ['a BigInt', 'console.error({ n: 10n });', /^Do not know how to serialize a BigInt/],
  ])(
    'ends the process when a log holds %s, whatever lambda answers',
    async (_, logging, message) => {
      const code =
        runtime === 'v1'
          ? `function lambda(input, callback) { ${logging} callback(null, 'ok'); }`
          : `async function lambda() { ${logging} return 'ok'; }`;
      const run = await runInNode(code, { runtime });
      expect(run.done.status).toBe('failed');
      expect(run.done.error).toMatchObject({
        name: 'TypeError',
        processEnded: 'unsendable-output',
      });
      expect(run.done.error?.message).toMatch(message);
    },
  );

  it('ends the process when the result holds a circular object or a BigInt', async () => {
    for (const value of ['(() => { const o = {}; o.o = o; return o; })()', '{ n: 1n }']) {
      const code =
        runtime === 'v1'
          ? `function lambda(input, callback) { callback(null, ${value}); }`
          : `async function lambda() { return ${value}; }`;
      const run = await runInNode(code, { runtime });
      expect(run.done).toMatchObject({
        status: 'failed',
        error: { processEnded: 'unsendable-output', phase: 'result' },
      });
    }
  });

  it("sends the result's exact JSON text, indented by 4, cut past 5,000,000 characters", async () => {
    const run = await runInNode(
      runtime === 'v1'
        ? 'function lambda(i, cb) { cb(null, { a: [1, NaN], e: new Error("x"), m: new Map(), u: undefined }); }'
        : 'async function lambda() { return { a: [1, NaN], e: new Error("x"), m: new Map(), u: undefined }; }',
      { runtime },
    );
    expect(run.done.resultJson).toBe(
      JSON.stringify({ a: [1, null], e: {}, m: {} }, null, 4).replaceAll('\n', '\n    '),
    );
    const big = await runInNode(
      runtime === 'v1'
        ? 'function lambda(i, cb) { cb(null, "x".repeat(6000000)); }'
        : 'async function lambda() { return "x".repeat(6000000); }',
      { runtime },
    );
    expect(big.done.resultJson).toHaveLength(5_000_000);
    expect(big.done.resultJsonCut).toBe(1_000_002);
  });
});
