import { describe, expect, it } from 'vitest';
import { buildRecording, lastBelow, limitsText, partText } from './recording';
import {
  LIMITS,
  MapBuilder,
  num,
  outcomeOf,
  sampleProgram,
  sampleRecording,
  str,
  TraceBuilder,
} from './test-support/trace-builder';

describe('buildRecording', () => {
  it('lays steps out in typed arrays with their frames, depths and lines', () => {
    const r = sampleRecording();
    expect(r.count).toBe(13);
    expect([...r.lines]).toEqual([1, 7, 8, 9, 3, 4, 8, 9, 3, 4, 8, 11, 12]);
    expect([...r.depths]).toEqual([1, 1, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 1]);
    expect([...r.frameCaller]).toEqual([-1, -1, 1, 1]);
    // Steps per frame: frame 2 (the first add call) ran steps 4 and 5.
    expect([...r.frameSteps.slice(r.frameStepStart[2]!, r.frameStepStart[3]!)]).toEqual([4, 5]);
    expect(r.part).toEqual({ kind: 'all', recorded: 13 });
  });

  it('sorts writes by step and indexes them by (slot, frame) and by site', () => {
    const m = new MapBuilder();
    const x = m.slot(0, 'x', 'let');
    const site = m.site(x, 1);
    const point = m.point(1, 0);
    const t = new TraceBuilder();
    const frame = t.enter(0, -1, -1, 1);
    t.step(point, frame);
    t.step(point, frame);
    t.trace.writes.push(
      { step: 1, site, frame, value: num(2) },
      { step: 0, site, frame, value: num(1) },
    );
    const r = buildRecording({
      map: m.map,
      trace: t.end(),
      outcome: outcomeOf(t.trace),
      limits: LIMITS,
    });
    expect(r.writes.map((w) => w.step)).toEqual([0, 1]);
    expect(r.writesBySlotFrame.get(`${x}:${frame}`)).toEqual([0, 1]);
    expect(r.writesBySite[site]).toEqual([0, 1]);
  });

  it('stops at the first step outside the map or the frames, and drops writes past it', () => {
    const { map, trace } = sampleProgram();
    trace.steps.splice(6, 0, 999, 0);
    trace.refused = true;
    const r = buildRecording({ map, trace, outcome: outcomeOf(trace), limits: LIMITS });
    expect(r.count).toBe(3);
    expect(r.writes.every((w) => w.step < 3)).toBe(true);
    expect(r.part).toEqual({ kind: 'refused', recorded: 3 });
  });

  it('keeps frames only up to one whose parent or caller is not an earlier frame (no cycles)', () => {
    const { map, trace } = sampleProgram();
    // Frame 2 (the first add call) claims itself as its lexical parent.
    trace.frames[4 * 2 + 1] = 2;
    const r = buildRecording({ map, trace, outcome: outcomeOf(trace), limits: LIMITS });
    expect(r.frameFn.length).toBe(2);
    expect(r.count).toBe(4);
  });

  it('joins events with the outcome: logs, requests by id (once), secret reads and updates, the result', () => {
    const m = new MapBuilder();
    const point = m.point(1, 0);
    const t = new TraceBuilder();
    const frame = t.enter(0, -1, -1, 1);
    t.step(point, frame);
    t.event('log', 0);
    t.step(point, frame);
    t.event('request', 7);
    t.event('request', 7);
    t.event('secret-read', 0);
    t.step(point, frame);
    t.event('secret-updated', 0);
    t.event('secret-updated', 1);
    const outcome = outcomeOf(t.end(), {
      result: { t: 'object', ctor: null, entries: [['ok', { t: 'boolean', v: true }]] },
      logs: [{ level: 'Warn', message: str('count'), extras: [num(3)], timestamp: 0 }],
      requests: [
        {
          id: 7,
          client: 'fetch',
          method: 'GET',
          url: 'https://x.test/a',
          requestHeaders: {},
          mockIndex: 0,
          status: 200,
          startedMs: 0,
          durationMs: 1,
        },
      ],
      secretReads: [{ key: 'token', from: 'store' }],
      secretUpdates: [{ key: 'token', value: 'b' }],
    });
    const r = buildRecording({ map: m.map, trace: t.trace, outcome, limits: LIMITS });
    expect(r.timeline.map((e) => [e.step, e.kind, e.text])).toEqual([
      [0, 'log', 'count 3'],
      [1, 'request', 'GET https://x.test/a → 200 (mock #1)'],
      [1, 'secret-read', 'read secret token from the store'],
      [2, 'secret-updated', 'updated a secret (token)'],
      [2, 'secret-updated', 'updated a secret (token)'],
      [2, 'result', '{ok: true}'],
    ]);
    expect(r.logSteps.get(0)).toBe(0);
    expect(r.requestSteps.get(7)).toBe(1);
  });

  it("names the n-th update's key when each update has its own row, and puts an error at the last step", () => {
    const m = new MapBuilder();
    const point = m.point(1, 0);
    const t = new TraceBuilder();
    const frame = t.enter(0, -1, -1, 1);
    t.step(point, frame);
    t.event('secret-updated', 0);
    t.event('secret-updated', 1);
    t.step(point, frame);
    const outcome = outcomeOf(t.end(), {
      status: 'failed',
      hasResult: false,
      result: null,
      error: { code: 'x', name: 'TypeError', message: 'boom', phase: 'invoke' },
      secretUpdates: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
    });
    const r = buildRecording({ map: m.map, trace: t.trace, outcome, limits: LIMITS });
    expect(r.timeline.map((e) => [e.step, e.text])).toEqual([
      [0, 'updated secret a'],
      [0, 'updated secret b'],
      [1, 'TypeError: boom'],
    ]);
  });

  it('says which part was recorded', () => {
    const { map, trace } = sampleProgram();
    trace.end = { totalSteps: 50_000, cut: 'bytes' };
    const cut = buildRecording({ map, trace, outcome: outcomeOf(trace), limits: LIMITS });
    expect(partText(cut.part)).toBe(
      'Recorded the first 13 of 50,000 steps (the snapshot size limit); the run went on to its end.',
    );
    trace.end = null;
    const stopped = buildRecording({
      map,
      trace,
      outcome: outcomeOf(trace, { status: 'timed-out' }),
      limits: LIMITS,
    });
    expect(partText(stopped.part)).toBe('Recorded 13 steps, up to the timeout.');
    expect(partText({ kind: 'stopped', status: 'cancelled', recorded: 2 })).toBe(
      'Recorded 2 steps, up to the Stop.',
    );
    expect(limitsText(LIMITS)).toBe('Records at most 10,000 steps and 4 MB of values.');
  });
});

describe('lastBelow', () => {
  it('finds the last index whose entry is below the limit, within a range', () => {
    const sorted = [1, 3, 3, 8, 12];
    expect(lastBelow(sorted, 3)).toBe(0);
    expect(lastBelow(sorted, 4)).toBe(2);
    expect(lastBelow(sorted, 1)).toBe(-1);
    expect(lastBelow(sorted, 100, 1, 3)).toBe(2);
    expect(lastBelow(sorted, 2, 1, 3)).toBe(-1);
  });
});
