import { describe, expect, it } from 'vitest';
import { TRACE_BATCH, type TraceBatch } from '../protocol';
import { createTraceRecorder, FLUSH_MS, traceEventRefs } from './trace-recorder';

const BIG = { steps: 1_000_000, bytes: 10_000_000 };

function recording(limits = BIG) {
  const batches: TraceBatch[] = [];
  const recorder = createTraceRecorder({ limits, send: (batch) => batches.push(batch) });
  const all = () => ({
    steps: batches.flatMap((b) => b.steps),
    frames: batches.flatMap((b) => b.frames),
    writes: batches.flatMap((b) => b.writes),
    events: batches.flatMap((b) => b.events),
    ends: batches.flatMap((b) => (b.end ? [b.end] : [])),
  });
  return { recorder, probe: recorder.probe, batches, all };
}

describe('createTraceRecorder', () => {
  it('numbers frames in entry order, with callers, depths and the current frame', () => {
    const { recorder, probe, all } = recording();
    const module = probe.e(0, -1);
    probe.s(0, module);
    probe.l(module);
    // lambda, called by the runtime once the module is done: caller -1, depth 1.
    const lambda = probe.e(1, module);
    probe.s(1, lambda);
    const inner = probe.e(2, lambda);
    probe.s(2, inner);
    const innermost = probe.e(3, inner);
    probe.l(innermost);
    probe.l(inner);
    // Back in lambda: the next call's caller is lambda again.
    const sibling = probe.e(2, lambda);
    probe.l(sibling);
    recorder.finish();
    expect([module, lambda, inner, innermost, sibling]).toEqual([0, 1, 2, 3, 4]);
    expect(all().frames).toEqual([
      ...[0, -1, -1, 1],
      ...[1, 0, -1, 1],
      ...[2, 1, 1, 2],
      ...[3, 2, 2, 3],
      ...[2, 1, 1, 2],
    ]);
    expect(all().steps).toEqual([0, 0, 1, 1, 2, 2]);
    expect(all().ends).toEqual([{ totalSteps: 3, cut: null }]);
  });

  it('follows an await: the caller resumes as current, the resumed frame calls with its own depth', () => {
    const { recorder, probe, all } = recording();
    const lambda = probe.e(1, -1);
    probe.s(0, lambda);
    const helper = probe.e(2, lambda); // async helper, suspends at an await without leaving
    probe.s(1, helper);
    probe.s(2, lambda); // lambda goes on while helper waits
    const other = probe.e(3, lambda);
    probe.l(other);
    probe.s(3, helper); // helper resumes
    const fromHelper = probe.e(4, helper);
    probe.l(fromHelper);
    probe.l(helper);
    recorder.finish();
    expect(all().frames.slice(8)).toEqual([...[3, 0, 0, 2], ...[4, 1, 1, 3]]);
  });

  it('keeps writes and events at the latest step, and nothing before the first step', () => {
    const { recorder, probe, all } = recording();
    const frame = probe.e(0, -1);
    probe.v(0, frame, 'too early');
    recorder.event('log', 0);
    probe.s(0, frame);
    probe.v(1, frame, 41);
    probe.s(1, frame);
    probe.v(2, frame, { a: [1, 'x'] });
    recorder.event('request', 7);
    recorder.finish();
    expect(all().writes).toEqual([
      { step: 0, site: 1, frame: 0, value: { t: 'number', v: 41 } },
      {
        step: 1,
        site: 2,
        frame: 0,
        value: {
          t: 'object',
          ctor: null,
          entries: [
            [
              'a',
              {
                t: 'array',
                items: [
                  { t: 'number', v: 1 },
                  { t: 'string', v: 'x' },
                ],
              },
            ],
          ],
        },
      },
    ]);
    expect(all().events).toEqual([{ step: 1, kind: 'request', ref: 7 }]);
  });

  it('stops recording at the step limit, flushes at once, and counts the rest', () => {
    const { recorder, probe, batches, all } = recording({ steps: 10, bytes: BIG.bytes });
    const frame = probe.e(0, -1);
    for (let i = 0; i < 10; i++) probe.s(i, frame);
    expect(batches).toHaveLength(0);
    probe.s(10, frame);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.steps).toHaveLength(20);
    for (let i = 0; i < 100; i++) probe.s(i, frame);
    probe.v(0, frame, 1);
    recorder.event('log', 0);
    expect(probe.e(1, frame)).toBe(-1);
    recorder.finish();
    expect(all().steps).toHaveLength(20);
    expect(all().writes).toEqual([]);
    expect(all().events).toEqual([]);
    expect(all().ends).toEqual([{ totalSteps: 111, cut: 'steps' }]);
  });

  it('stops recording at the byte limit', () => {
    const { recorder, probe, all } = recording({ steps: 1000, bytes: 999 });
    const frame = probe.e(0, -1);
    probe.s(0, frame);
    probe.v(0, frame, 'a'.repeat(100));
    probe.v(0, frame, 'b'.repeat(200));
    probe.v(0, frame, 'c'.repeat(200));
    probe.v(0, frame, 'd'.repeat(200));
    probe.v(0, frame, 'e'.repeat(200));
    probe.s(1, frame);
    recorder.finish();
    const { writes, steps, ends } = all();
    expect(writes.map((w) => (w.value.t === 'string' ? w.value.v[0] : ''))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(steps).toEqual([0, 0]);
    expect(ends).toEqual([{ totalSteps: 2, cut: 'bytes' }]);
  });

  it('sends a batch when a part is full', () => {
    const { recorder, probe, batches } = recording();
    const frame = probe.e(0, -1);
    for (let i = 0; i < TRACE_BATCH.steps * 2 + 5; i++) probe.s(i % 7, frame);
    expect(batches.map((b) => b.steps.length)).toEqual([
      2 * TRACE_BATCH.steps,
      2 * TRACE_BATCH.steps,
    ]);
    for (let i = 0; i < TRACE_BATCH.writes; i++) probe.v(0, frame, i);
    expect(batches[2]!.writes).toHaveLength(TRACE_BATCH.writes);
    expect(batches[2]!.steps).toHaveLength(10);
    recorder.finish();
    expect(batches[3]).toEqual({
      steps: [],
      frames: [],
      writes: [],
      events: [],
      end: { totalSteps: TRACE_BATCH.steps * 2 + 5, cut: null },
    });
  });

  it('sends what it has every FLUSH_MS while steps come', () => {
    const { probe, batches } = recording();
    const frame = probe.e(0, -1);
    for (let i = 0; i < 300; i++) probe.s(0, frame);
    expect(batches).toHaveLength(0);
    // A busy loop: no timer could fire, the recorder looks at the clock itself.
    const until = performance.now() + FLUSH_MS + 5;
    while (performance.now() < until);
    for (let i = 0; i < 300; i++) probe.s(0, frame);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.steps).toHaveLength(2 * 512);
  });

  it('sends what waits within FLUSH_MS while code is idle (an await)', async () => {
    const { recorder, probe, batches } = recording();
    probe.s(0, probe.e(0, -1));
    expect(batches).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS + 20));
    expect(batches).toEqual([{ steps: [0, 0], frames: [0, -1, -1, 1], writes: [], events: [] }]);
    recorder.close();
  });

  it('ignores every call once closed or finished', () => {
    const { recorder, probe, batches } = recording();
    const frame = probe.e(0, -1);
    probe.s(0, frame);
    recorder.close();
    probe.s(1, frame);
    probe.v(0, frame, 1);
    recorder.event('log', 0);
    expect(probe.e(1, frame)).toBe(-1);
    recorder.finish();
    expect(batches).toEqual([]);

    const other = recording();
    other.probe.s(0, other.probe.e(0, -1));
    other.recorder.finish();
    other.probe.s(1, 0);
    other.recorder.finish();
    expect(other.batches).toHaveLength(1);
  });

  it('snapshots values without calling getters and survives a throwing one', () => {
    const { recorder, probe, all } = recording();
    let calls = 0;
    const watched = {
      get secret() {
        calls++;
        throw new Error('read me not');
      },
      plain: 1,
    };
    const frame = probe.e(0, -1);
    probe.s(0, frame);
    probe.v(0, frame, watched);
    recorder.finish();
    expect(calls).toBe(0);
    expect(all().writes[0]!.value).toEqual({
      t: 'object',
      ctor: null,
      entries: [
        ['secret', { t: 'accessor', get: true, set: false }],
        ['plain', { t: 'number', v: 1 }],
      ],
    });
  });

  it('is a bare object of closures', () => {
    const { probe } = recording();
    expect(Object.getPrototypeOf(probe)).toBeNull();
    expect(Object.keys(probe).sort()).toEqual(['e', 'l', 's', 'v']);
  });
});

describe('traceEventRefs', () => {
  it('counts each kind from 0 and gives each request id once', () => {
    const refs = traceEventRefs();
    expect([refs.next('log'), refs.next('log'), refs.next('secret-read')]).toEqual([0, 1, 0]);
    expect([refs.next('request', 3), refs.next('request', 3), refs.next('request', 4)]).toEqual([
      3,
      null,
      4,
    ]);
    expect(refs.next('secret-updated')).toBe(0);
  });
});
