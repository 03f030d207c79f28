import { describe, expect, it } from 'vitest';
import { createSandbox } from './client';
import { fakeFrames } from './test-support/fake-frames';
import { makeRequest } from './worker/test-support/run-in-node';

/** Instances whose "worker" is a harness in this process, with hooks to start and kill them. */
function fakeInstances() {
  const frames = fakeFrames();
  return { ...frames, sandbox: createSandbox(frames.options) };
}

const quick = "async function lambda() { return 'ok'; }";
const slow = 'async function lambda() { await new Promise((r) => setTimeout(r, 1500)); return 1; }';

describe('createSandbox', () => {
  it('runs each request on a fresh instance and keeps a spare ready', async () => {
    const { sandbox, started } = fakeInstances();
    sandbox.warmUp();
    const first = await sandbox.run(makeRequest(quick));
    expect(first).toMatchObject({ status: 'succeeded', result: { t: 'string', v: 'ok' } });
    expect(first.raw).toContain('"result": "ok"');
    await sandbox.run(makeRequest(quick));
    await new Promise((r) => setTimeout(r, 50));
    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(started[0]?.disposed()).toBe(true);
  });

  it('keeps the instance warm for the same code when asked', async () => {
    const { sandbox } = fakeInstances();
    const counter = 'let n = 0;\nasync function lambda() { n += 1; return n; }';
    await sandbox.run(makeRequest(counter, { keepWarm: true }));
    const second = await sandbox.run(makeRequest(counter, { keepWarm: true }));
    expect(second).toMatchObject({ coldStart: false, result: { t: 'number', v: 2 } });
    const fresh = await sandbox.run(makeRequest(counter));
    expect(fresh).toMatchObject({ coldStart: true, result: { t: 'number', v: 1 } });
  });

  it('never shares a warm instance between workspaces, secrets, or after dropWarm', async () => {
    const { sandbox } = fakeInstances();
    const counter = 'let n = 0;\nasync function lambda() { n += 1; return n; }';
    const warm = (secrets: { key: string; value: string }[] = []) =>
      makeRequest(counter, { keepWarm: true, secrets });
    await sandbox.run(warm(), { workspaceId: 'a' });
    expect(await sandbox.run(warm(), { workspaceId: 'b' })).toMatchObject({ coldStart: true });
    expect(await sandbox.run(warm(), { workspaceId: 'b' })).toMatchObject({ coldStart: false });
    const changed = await sandbox.run(warm([{ key: 'k', value: 'v' }]), { workspaceId: 'b' });
    expect(changed).toMatchObject({ coldStart: true, result: { t: 'number', v: 1 } });
    sandbox.dropWarm();
    const dropped = await sandbox.run(warm([{ key: 'k', value: 'v' }]), { workspaceId: 'b' });
    expect(dropped).toMatchObject({ coldStart: true, result: { t: 'number', v: 1 } });
  });

  it('keeps the trace so far of a Debug run that timed out, and never uses the warm instance', async () => {
    const { sandbox } = fakeInstances();
    const counter = 'let n = 0;\nasync function lambda() { n += 1; return n; }';
    await sandbox.run(makeRequest(counter, { keepWarm: true }));
    const instrumented = `async function lambda() { const f = __sfpRec.e(1, -1); try {
  __sfpRec.s(0, f); let n = 1; __sfpRec.v(0, f, n);
  __sfpRec.s(1, f); await new Promise((r) => setTimeout(r, 1500));
  __sfpRec.s(2, f); return n;
} finally { __sfpRec.l(f); } }`;
    const trace = {
      request: { code: instrumented, limits: { steps: 1000, bytes: 100_000 } },
      bounds: { points: 3, sites: 1, functions: 2 },
    };
    const outcome = await sandbox.run(makeRequest(slow, { timeoutMs: 300, keepWarm: true }), {
      trace,
    });
    expect(outcome.status).toBe('timed-out');
    expect(outcome.trace).toEqual({
      steps: [0, 0, 1, 0],
      frames: [1, -1, -1, 1],
      writes: [{ step: 0, site: 0, frame: 0, value: { t: 'number', v: 1 } }],
      events: [],
      end: null,
      refused: false,
    });
    // The warm instance was left aside and is still there for the plain run.
    const warm = await sandbox.run(makeRequest(counter, { keepWarm: true }));
    expect(warm).toMatchObject({ coldStart: false, result: { t: 'number', v: 2 } });
    expect(warm.trace).toBeUndefined();
    const quickTrace = {
      ...trace,
      request: { ...trace.request, code: instrumented.replace('1500', '1') },
    };
    const finished = await sandbox.run(makeRequest(slow, { keepWarm: true }), {
      trace: quickTrace,
    });
    expect(finished).toMatchObject({
      status: 'succeeded',
      coldStart: true,
      result: { t: 'number', v: 1 },
    });
    expect(finished.trace).toMatchObject({ end: { totalSteps: 3, cut: null }, refused: false });
  });

  it('times a run out and drops its instance', async () => {
    const { sandbox, started } = fakeInstances();
    const outcome = await sandbox.run(makeRequest(slow, { timeoutMs: 100 }));
    expect(outcome).toMatchObject({
      status: 'timed-out',
      error: { code: 'com.liveperson.faas.handler.executiontime-exceeded' },
    });
    expect(outcome.warnings).toEqual(['Stopped at the timeout of 100 ms.']);
    expect(started[0]?.disposed()).toBe(true);
    expect((await sandbox.run(makeRequest(quick))).status).toBe('succeeded');
  });

  it('cancels on stop, also while the instance is still starting', async () => {
    const { sandbox, hold, open } = fakeInstances();
    const running = sandbox.run(makeRequest(slow));
    await new Promise((r) => setTimeout(r, 20));
    sandbox.stop();
    expect((await running).status).toBe('cancelled');
    hold();
    const waiting = sandbox.run(makeRequest(quick));
    sandbox.stop();
    open();
    expect(await waiting).toMatchObject({ status: 'cancelled', raw: '' });
    expect((await sandbox.run(makeRequest(quick))).status).toBe('succeeded');
  });

  it('reports a crashed worker and recovers', async () => {
    const { sandbox, started } = fakeInstances();
    const running = sandbox.run(makeRequest(slow));
    await new Promise((r) => setTimeout(r, 20));
    started[0]?.crash('out of memory');
    const outcome = await running;
    expect(outcome.status).toBe('crashed');
    expect(outcome.warnings.join()).toMatch(/died \(out of memory\)/);
    expect((await sandbox.run(makeRequest(quick))).status).toBe('succeeded');
  });

  it('fails a run at once when its outcome is refused as malformed, never as a success', async () => {
    const { sandbox, started } = fakeInstances();
    sandbox.warmUp();
    await new Promise((r) => setTimeout(r, 20));
    for (const { refuseOutcome } of started) refuseOutcome();
    const outcome = await sandbox.run(makeRequest(quick, { timeoutMs: 10_000 }));
    expect(outcome.status).toBe('crashed');
    expect(outcome.durationMs).toBeLessThan(5_000);
    expect(outcome.warnings.join()).toMatch(/outcome too large or malformed/);
  });

  it('cancels a run when a new one starts, and streams progress', async () => {
    const { sandbox } = fakeInstances();
    const first = sandbox.run(makeRequest(slow));
    const progress: number[] = [];
    const second = sandbox.run(
      makeRequest(
        "async function lambda() { console.info('a'); await new Promise((r) => setTimeout(r, 120)); return 2; }",
      ),
      {
        onProgress: (p) => progress.push(p.logs.length),
      },
    );
    expect((await first).status).toBe('cancelled');
    expect(await second).toMatchObject({ status: 'succeeded', logs: [{ level: 'Info' }] });
    expect(progress).toContain(1);
  });
});
