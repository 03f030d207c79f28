import { describe, expect, it } from 'vitest';
import { createBatchRunner, type BatchCaseOutcome } from './batch';
import type { BatchRequest } from './protocol';
import { fakeFrames } from './test-support/fake-frames';
import { makeRequest } from './worker/test-support/run-in-node';

/** A batch of `code` over payloads `{ n }` for each of `ns`. */
function batchOf(code: string, ns: number[]): BatchRequest {
  const { keepWarm: _k, ...run } = makeRequest(code);
  return { run, items: ns.map((n) => ({ payload: { n } })), keepWarm: false, withLogs: false };
}

/** A runner over fake frames, and the cases it reported. */
function fakeRunner() {
  const frames = fakeFrames();
  const cases: BatchCaseOutcome[] = [];
  const runner = createBatchRunner(frames.options);
  const run = (request: BatchRequest, caseTimeoutMs = 5000) =>
    runner.run(request, caseTimeoutMs, { onCases: (chunk) => cases.push(...chunk) });
  return { ...frames, runner, run, cases };
}

const slowOnTwo =
  'async function lambda(input) { if (input.payload.n === 2) await new Promise((r) => setTimeout(r, 1500)); return input.payload.n; }';

describe('createBatchRunner', () => {
  it('runs every case in one frame and reports them in order', async () => {
    const { run, cases, started } = fakeRunner();
    const end = await run(
      batchOf('async function lambda(input) { return input.payload.n * 2; }', [1, 2, 3]),
    );
    expect(end).toEqual({ status: 'finished' });
    expect(cases.map((c) => [c.index, c.status, c.result])).toEqual([
      [0, 'succeeded', { t: 'number', v: 2 }],
      [1, 'succeeded', { t: 'number', v: 4 }],
      [2, 'succeeded', { t: 'number', v: 6 }],
    ]);
    expect(started).toHaveLength(1);
  });

  it('times a case out and goes on from the next case in a fresh frame', async () => {
    const { run, cases, started } = fakeRunner();
    const end = await run(batchOf(slowOnTwo, [1, 2, 3]), 100);
    expect(batchOf(slowOnTwo, []).run.runtime).toBe('v2');
    expect(end).toEqual({ status: 'finished' });
    expect(cases.map((c) => [c.index, c.status])).toEqual([
      [0, 'succeeded'],
      [1, 'timed-out'],
      [2, 'succeeded'],
    ]);
    expect(cases[1]?.error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      platformCode: 'com.customer.faas.function.execution-exceeded',
      name: 'Timeout',
      message: 'Function did not return within execution time limit',
      phase: 'invoke',
    });
    expect(started[0]?.disposed()).toBe(true);
    expect(cases[2]?.result).toEqual({ t: 'number', v: 3 });
  });

  it("gives a V1 case that runs over its time V1's timeout failure", async () => {
    const { run, cases } = fakeRunner();
    const slowV1 =
      'function lambda(input, callback) { setTimeout(() => callback(null, 1), 1500); }';
    await run(batchOf(slowV1, [1]), 100);
    expect(cases[0]?.error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      name: 'Timeout',
      message: 'Lambda did not call callback within execution time limit',
      phase: 'invoke',
    });
  });

  it('reports the case whose worker crashed, and goes on in a fresh frame', async () => {
    const { run, cases, started } = fakeRunner();
    const ending = run(batchOf(slowOnTwo, [1, 2, 3]));
    await expect.poll(() => cases.length).toBe(1);
    started[0]?.crash('out of memory');
    expect(await ending).toEqual({ status: 'finished' });
    expect(cases.map((c) => [c.index, c.status])).toEqual([
      [0, 'succeeded'],
      [1, 'crashed'],
      [2, 'succeeded'],
    ]);
    expect(cases[1]?.error?.message).toMatch(/died \(out of memory\)/);
  });

  it('reports a case whose frame stopped answering as crashed', async () => {
    const { run, cases, started } = fakeRunner();
    const ending = run(batchOf(slowOnTwo, [1, 2]));
    await expect.poll(() => cases.length).toBe(1);
    started[0]?.lose();
    expect(await ending).toEqual({ status: 'finished' });
    expect(cases[1]).toMatchObject({ index: 1, status: 'crashed' });
    expect(cases[1]?.error?.message).toMatch(/stopped answering/);
  });

  it('stops at once, and a new batch stops the one in progress', async () => {
    const { run, runner, cases, started } = fakeRunner();
    const first = run(batchOf(slowOnTwo, [1, 2]));
    await expect.poll(() => cases.length).toBe(1);
    const second = run(batchOf(slowOnTwo, [1, 2]));
    expect(await first).toEqual({ status: 'stopped' });
    expect(started[0]?.disposed()).toBe(true);
    await expect.poll(() => cases.length).toBe(2);
    runner.stop();
    expect(await second).toEqual({ status: 'stopped' });
    expect(started[1]?.disposed()).toBe(true);
    expect(cases.map((c) => c.index)).toEqual([0, 0]);
  });

  it('fails a batch started after dispose', async () => {
    const { run, runner } = fakeRunner();
    runner.dispose();
    expect(await run(batchOf(slowOnTwo, [1]))).toEqual({
      status: 'failed',
      detail: 'The sandbox could not start: the sandbox was disposed',
    });
  });
});
