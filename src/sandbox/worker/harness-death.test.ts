import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import type { Runtime } from '../../schema/workspace';
import { nodeHarness, runInNode, type NodeRun } from './test-support/run-in-node';
import { trapRejections } from './test-support/trap-rejections';

let untrap = () => {};
beforeAll(() => (untrap = trapRejections()));
afterAll(() => untrap());

const PLATFORM_CODES: Record<Runtime, { custom?: string; runtime?: string }> = {
  v1: {},
  v2: {
    custom: 'com.customer.faas.function.threw-error',
    runtime: 'com.customer.faas.function.js-runtime-error',
  },
};

/** `body` as a lambda of `runtime` that answers with "late" after 50 ms (line 2 on is the body). */
const answering = (runtime: Runtime, body: string) =>
  runtime === 'v1'
    ? `function lambda(input, callback) {\n${body}\n  setTimeout(() => callback(null, 'late'), 50);\n}`
    : `async function lambda(input) {\n${body}\n  await new Promise((r) => setTimeout(r, 50));\n  return 'late';\n}`;

const warnings = (run: NodeRun) => run.warnings.join('\n');

describe.each(['v1', 'v2'] as const)('the %s process ends as Node does', (runtime) => {
  const run = (code: string) => runInNode(code, { runtime });

  it.each([
    ['a timer', "  setTimeout(() => { throw new Error('in timer'); }, 1);"],
    ['setImmediate', "  setImmediate(() => { throw new Error('in timer'); });"],
    ['process.nextTick', "  process.nextTick(() => { throw new Error('in timer'); });"],
  ])('fails at once on an error thrown in %s before the answer', async (_where, body) => {
    const ended = await run(answering(runtime, body));
    expect(ended.done).toMatchObject({ status: 'failed', hasResult: false });
    expect(ended.done.error).toMatchObject({
      processEnded: 'uncaught-error',
      name: 'Error',
      message: 'in timer',
      line: 2,
      code: 'com.liveperson.faas.handler.custom-failure',
    });
    expect(ended.done.error?.platformCode).toBe(PLATFORM_CODES[runtime].custom);
    expect(warnings(ended)).toMatch(
      /process ended \(an error nothing caught: Error: in timer \(line 2, column \d+\)\) before the function's answer .*no JSON/,
    );
  });

  it('fails at once on a promise rejection nothing handled, with the note for the runtime', async () => {
    const ended = await run(
      answering(runtime, "  setTimeout(() => Promise.reject(new TypeError('late')), 0);"),
    );
    expect(ended.done.status).toBe('failed');
    expect(ended.done.error).toMatchObject({
      processEnded: 'unhandled-rejection',
      name: 'TypeError',
      message: 'late',
      line: 2,
      code: 'com.liveperson.faas.handler.runtime-exception',
    });
    expect(ended.done.error?.platformCode).toBe(PLATFORM_CODES[runtime].runtime);
    expect(warnings(ended)).toMatch(/a promise rejection nothing handled: TypeError: late/);
    if (runtime === 'v1')
      expect(warnings(ended)).toMatch(/Node 14\.19\.0 would only print a warning.*follows the CLI/);
    else expect(warnings(ended)).not.toMatch(/Node 14/);
  });

  it('takes a rejection handled before the end of its turn as handled, as Node does', async () => {
    const handled = await run(
      answering(
        runtime,
        "  const p = Promise.reject(new Error('x'));\n  Promise.resolve().then(() => p.catch(() => {}));",
      ),
    );
    expect(handled.done.status).toBe('succeeded');
    expect(taggedToJson(handled.done.result!)).toBe('late');
  });

  it('ends the process on process.exit(code), even right after the answer in the same turn', async () => {
    const code =
      runtime === 'v1'
        ? "function lambda(input, callback) {\n  callback(null, 'r');\n  process.exit(3);\n  console.info('after exit');\n}"
        : "async function lambda(input) {\n  Promise.resolve().then(() => process.exit(3));\n  console.info('before');\n  return 'r';\n}";
    const ended = await run(code);
    expect(ended.done).toMatchObject({ status: 'failed', hasResult: false });
    expect(ended.done.error).toMatchObject({
      processEnded: 'exit',
      name: 'ProcessExit',
      message: "process.exit(3) ended the runtime's process",
      line: runtime === 'v1' ? 3 : 2,
    });
    expect(ended.logs.map((l) => l.message)).toEqual(
      runtime === 'v1' ? [] : [{ t: 'string', v: 'before' }],
    );
    expect(warnings(ended)).toMatch(/process ended \(process\.exit\(\): ProcessExit/);
  });

  it('reports process.exit() at module level as a load failure', async () => {
    const ended = await run(`process.exit();\n${answering(runtime, '')}`);
    expect(ended.done.error).toMatchObject({
      processEnded: 'exit',
      phase: 'load',
      message: "process.exit() ended the runtime's process",
      line: 1,
    });
  });
});

describe('after the process ended', () => {
  it('runs nothing the function scheduled before process.exit()', async () => {
    const { run } = nodeHarness();
    const exited = await run(
      "async function lambda() {\n  setTimeout(() => { globalThis.afterExit = 'ran'; }, 5);\n  process.exit(1);\n}",
    );
    expect(exited.done.error?.processEnded).toBe('exit');
    // A later run (a new instance) waits past that timer and reads what it left.
    const later = await run(
      'async function lambda() { await new Promise((r) => setTimeout(r, 40)); return String(globalThis.afterExit); }',
    );
    expect(taggedToJson(later.done.result!)).toBe('undefined');
  });

  it("fails a warm run when the previous run's leftover timer throws during it", async () => {
    const { run } = nodeHarness();
    const code = `let runs = 0;
async function lambda() {
  if (++runs === 1) setTimeout(() => { throw new Error('left over'); }, 20);
  else await new Promise((r) => setTimeout(r, 60));
  return runs;
}`;
    expect((await run(code, { keepWarm: true })).done.status).toBe('succeeded');
    const second = await run(code, { keepWarm: true });
    expect(second.done).toMatchObject({ status: 'failed', coldStart: false });
    expect(second.done.error).toMatchObject({ processEnded: 'uncaught-error', line: 3 });
  });

  it('keeps the answer of a run whose process ended after it, and starts the next run cold', async () => {
    const { run } = nodeHarness();
    const code = `async function lambda() {
  setTimeout(() => { globalThis.crashedAfter = true; throw new Error('after'); }, 20);
  return 'answered';
}`;
    const first = await run(code, { keepWarm: true });
    expect(first.done.status).toBe('succeeded');
    expect(taggedToJson(first.done.result!)).toBe('answered');
    await expect.poll(() => (globalThis as { crashedAfter?: boolean }).crashedAfter).toBe(true);
    const second = await run(code, { keepWarm: true });
    expect(second.done).toMatchObject({ status: 'succeeded', coldStart: true });
    expect(warnings(second)).toMatch(
      /process ended after the function answered \(an error nothing caught: Error: after.*next invocation meets a cold start/,
    );
  });
});
