// Measures (prints, asserts no time) what recording costs: a hand-instrumented 100,000-iteration
// loop against the plain loop, with the recorder alone and through the harness.
import { describe, expect, it } from 'vitest';
import { taggedToJson } from '../../lib/safe-serialise';
import type { TraceBatch } from '../protocol';
import { runInNode } from './test-support/run-in-node';
import { createTraceRecorder } from './trace-recorder';

const N = 100_000;
const SUM = (N * (N - 1)) / 2;
const PLAIN = `function lambda(input, callback) {
  let sum = 0;
  for (let i = 0; i < ${N}; i++) sum += i;
  callback(null, sum);
}`;
const INSTRUMENTED = `function lambda(input, callback) { const f = __sfpRec.e(1, -1); try {
  __sfpRec.s(0, f); let sum = 0; __sfpRec.v(0, f, sum);
  __sfpRec.s(1, f); for (let i = 0; i < ${N}; i++) { __sfpRec.s(2, f); sum += i; __sfpRec.v(0, f, sum); }
  __sfpRec.s(3, f); callback(null, sum);
} finally { __sfpRec.l(f); } }`;

/** The best of `runs` timings of `fn`, in milliseconds. */
function best(runs: number, fn: () => void): number {
  let least = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

describe('the cost of recording', () => {
  it('of the recorder alone, per step', () => {
    const plain = () => {
      let sum = 0;
      for (let i = 0; i < N; i++) sum += i;
      return sum;
    };
    const recorded = (steps: number, withWrites = true) => {
      const batches: TraceBatch[] = [];
      const { probe, finish } = createTraceRecorder({
        limits: { steps, bytes: 50_000_000 },
        send: (b) => batches.push(b),
      });
      const f = probe.e(1, -1);
      let sum = 0;
      for (let i = 0; i < N; i++) {
        probe.s(2, f);
        sum += i;
        if (withWrites) probe.v(0, f, sum);
      }
      probe.l(f);
      finish();
      return { sum, batches };
    };
    expect(plain()).toBe(SUM);
    expect(recorded(N).sum).toBe(SUM);
    expect(recorded(N).batches.at(-1)?.end).toEqual({ totalSteps: N, cut: null });
    const plainMs = best(5, plain);
    const fullMs = best(5, () => recorded(N + 1));
    const cutMs = best(5, () => recorded(10_000));
    const stepsOnlyMs = best(5, () => recorded(N + 1, false));
    const ns = (ms: number) => (((ms - plainMs) * 1e6) / N).toFixed(0);
    console.log(
      `recorder alone, ${N} iterations (a step and a write each): plain ${plainMs.toFixed(2)} ms; ` +
        `recorded ${fullMs.toFixed(2)} ms (${ns(fullMs)} ns per step); ` +
        `steps alone ${stepsOnlyMs.toFixed(2)} ms (${ns(stepsOnlyMs)} ns per step); ` +
        `cut at 10,000 steps ${cutMs.toFixed(2)} ms (${ns(cutMs)} ns per step)`,
    );
  });

  it('of a Debug run through the harness', async () => {
    const timed = async (trace?: { steps: number }) => {
      let least = Infinity;
      let result: unknown;
      for (let r = 0; r < 3; r++) {
        const start = performance.now();
        const run = await runInNode(
          PLAIN,
          { runtime: 'v1' },
          trace
            ? { code: INSTRUMENTED, limits: { steps: trace.steps, bytes: 50_000_000 } }
            : undefined,
        );
        least = Math.min(least, performance.now() - start);
        result = taggedToJson(run.done.result!);
      }
      return { ms: least, result };
    };
    const plain = await timed();
    const full = await timed({ steps: N + 10 });
    const cut = await timed({ steps: 10_000 });
    expect([plain.result, full.result, cut.result]).toEqual([SUM, SUM, SUM]);
    console.log(
      `harness run, ${N} iterations: plain ${plain.ms.toFixed(1)} ms; debug ${full.ms.toFixed(1)} ms ` +
        `(×${(full.ms / plain.ms).toFixed(1)}); debug cut at 10,000 steps ${cut.ms.toFixed(1)} ms (×${(cut.ms / plain.ms).toFixed(1)})`,
    );
  });
});
