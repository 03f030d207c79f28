import { describe, expect, it } from 'vitest';
import { toTagged } from '../lib/safe-serialise';
import type { LogEntry, TraceBatch } from './protocol';
import { COLLECTOR_LIMITS, malformedWarning, RunCollector } from './run-collector';

const entry = (n: number): LogEntry => ({
  level: 'Info',
  message: toTagged(`line ${n}`),
  extras: [],
  timestamp: n,
});

describe('RunCollector', () => {
  it('keeps the first logs and counts the rest, with what the worker dropped', () => {
    const collector = new RunCollector();
    for (let n = 0; n < COLLECTOR_LIMITS.logs + 5; n++)
      collector.add({ kind: 'log', runId: 1, entry: entry(n) });
    collector.add({ kind: 'logs-dropped', runId: 1, count: 10 });
    const outcome = collector.finish({
      status: 'succeeded',
      hasResult: false,
      result: null,
      error: null,
      contract: 'v1',
      coldStart: true,
      droppedLogs: 20,
    });
    expect(outcome.logs).toHaveLength(COLLECTOR_LIMITS.logs);
    expect(outcome.droppedLogs).toBe(25);
    expect(JSON.parse(outcome.raw).logs).toHaveLength(COLLECTOR_LIMITS.logs);
  });

  it('updates a request entry by id and keeps warnings once', () => {
    const collector = new RunCollector();
    const request = {
      id: 1,
      client: 'fetch' as const,
      method: 'GET',
      url: 'https://x',
      requestHeaders: {},
      mockIndex: 0,
      startedMs: 0,
    };
    collector.add({ kind: 'request', runId: 1, entry: request });
    collector.add({ kind: 'request', runId: 1, entry: { ...request, status: 200, durationMs: 3 } });
    collector.add({ kind: 'warning', runId: 1, text: 'w' });
    collector.add({ kind: 'warning', runId: 1, text: 'w' });
    const snapshot = collector.snapshot();
    expect(snapshot.requests).toEqual([{ ...request, status: 200, durationMs: 3 }]);
    expect(snapshot.warnings).toEqual(['w']);
  });

  it('reports a timed-out run with the logs that arrived and the platform timeout error', () => {
    const collector = new RunCollector();
    collector.add({ kind: 'log', runId: 1, entry: entry(1) });
    const outcome = collector.stop('timed-out', 'Stopped at the timeout of 100 ms.');
    expect(outcome).toMatchObject({
      status: 'timed-out',
      hasResult: false,
      error: { code: 'com.liveperson.faas.handler.executiontime-exceeded' },
    });
    expect(outcome.warnings).toEqual(['Stopped at the timeout of 100 ms.']);
    expect(JSON.parse(outcome.raw)).toMatchObject({
      errorCode: 'com.liveperson.faas.handler.executiontime-exceeded',
      errorLogs: [{ message: 'line 1' }],
    });
    expect(new RunCollector().stop('cancelled')).toMatchObject({
      status: 'cancelled',
      error: null,
      raw: '',
    });
  });

  it("reports a timed-out run with its runtime's timeout: V1's message, V2's message and platform code", () => {
    expect(new RunCollector(new Set(), 'v1').stop('timed-out').error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      name: 'Timeout',
      message: 'Lambda did not call callback within execution time limit',
      phase: 'invoke',
    });
    expect(new RunCollector(new Set(), 'v2').stop('timed-out').error).toEqual({
      code: 'com.liveperson.faas.handler.executiontime-exceeded',
      platformCode: 'com.customer.faas.function.execution-exceeded',
      name: 'Timeout',
      message: 'Function did not return within execution time limit',
      phase: 'invoke',
    });
  });

  it('keeps only secret updates of keys the run was given, valid as secrets-table rows', () => {
    const collector = new RunCollector(new Set(['token', 'other']));
    const update = (key: string, value: string, type: 'text' | 'json' = 'text') =>
      collector.add({ kind: 'secret-updated', runId: 1, key, value, type });
    update('token', 'first');
    update('token', 'second');
    update('other', '{"a":1}', 'json');
    update('unknown', 'x');
    update('bad key!', 'x');
    update('other', 'v'.repeat(16_384));
    update('other', '{oops', 'json');
    collector.malformed();
    const outcome = collector.stop('cancelled');
    expect(outcome.secretUpdates).toEqual([
      { key: 'token', value: 'second' },
      { key: 'other', value: '{"a":1}', type: 'json' },
    ]);
    expect(outcome.warnings).toContain(malformedWarning(5));
    expect(malformedWarning(4)).toMatch(/^4 messages from the sandbox were malformed/);
  });

  it('keeps the secret reads of keys the run was given, never a value', () => {
    const collector = new RunCollector(new Set(['token']));
    collector.add({ kind: 'secret-read', runId: 1, key: 'token', from: 'store' });
    collector.add({ kind: 'secret-read', runId: 1, key: 'token', from: 'cache' });
    collector.add({ kind: 'secret-read', runId: 1, key: 'forged', from: 'cache' });
    const outcome = collector.stop('cancelled');
    expect(outcome.secretReads).toEqual([
      { key: 'token', from: 'store' },
      { key: 'token', from: 'cache' },
    ]);
    expect(outcome.warnings).toContain(malformedWarning(1));
  });
});

describe('RunCollector of a Debug run', () => {
  const bounds = { points: 10, sites: 4, functions: 3 };
  const limits = { steps: 6, bytes: 1000 };
  const batch = (parts: Partial<TraceBatch> = {}): TraceBatch => ({
    steps: [],
    frames: [],
    writes: [],
    events: [],
    ...parts,
  });
  const message = (b: TraceBatch) => ({ kind: 'trace' as const, runId: 1, batch: b });
  const debugCollector = () => new RunCollector(new Set(), 'v2', { bounds, limits });
  const FIRST = batch({
    frames: [0, -1, -1, 1, 1, 0, 0, 2],
    steps: [0, 0, 3, 1],
    writes: [{ step: 1, site: 2, frame: 1, value: { t: 'number', v: 1 } }],
    events: [{ step: 1, kind: 'log', ref: 0 }],
  });

  it('appends batches in order and puts the trace on the outcome', () => {
    const collector = debugCollector();
    expect(collector.add(message(FIRST))).toBe(false);
    collector.add(message(batch({ steps: [4, 1], end: { totalSteps: 9, cut: 'steps' } })));
    const outcome = collector.stop('timed-out');
    expect(outcome.trace).toEqual({
      steps: [0, 0, 3, 1, 4, 1],
      frames: FIRST.frames,
      writes: FIRST.writes,
      events: FIRST.events,
      end: { totalSteps: 9, cut: 'steps' },
      refused: false,
    });
    expect(outcome.warnings).toEqual([]);
  });

  const REFUSED: [string, TraceBatch][] = [
    ['a point past the map', batch({ frames: [0, -1, -1, 1], steps: [10, 0] })],
    ['a step in a frame not entered', batch({ frames: [0, -1, -1, 1], steps: [0, 2] })],
    ['a function past the map', batch({ frames: [3, -1, -1, 1] })],
    ['a parent not entered before', batch({ frames: [0, 1, -1, 1] })],
    ['a caller not entered before', batch({ frames: [0, -1, 1, 1] })],
    ['a depth below 1', batch({ frames: [0, -1, -1, 0] })],
    ['half a step', batch({ frames: [0, -1, -1, 1], steps: [0] })],
    [
      'a write past the steps',
      batch({
        frames: [0, -1, -1, 1],
        steps: [0, 0],
        writes: [{ step: 2, site: 0, frame: 0, value: { t: 'null' } }],
      }),
    ],
    [
      'a site past the map',
      batch({
        frames: [0, -1, -1, 1],
        steps: [0, 0],
        writes: [{ step: 0, site: 4, frame: 0, value: { t: 'null' } }],
      }),
    ],
    ['an event past the steps', batch({ events: [{ step: 1, kind: 'log', ref: 0 }] })],
    ['more steps than the limit', batch({ frames: [0, -1, -1, 1], steps: Array(14).fill(0) })],
    [
      'an end below the steps',
      batch({ frames: [0, -1, -1, 1], steps: [0, 0], end: { totalSteps: 0, cut: null } }),
    ],
  ];
  // Each comes after a batch with frame 0 and step 0.
  it.each(REFUSED)(
    'refuses a batch with %s, counts it once and keeps what came before',
    (_, bad) => {
      const collector = debugCollector();
      collector.add(message(batch({ frames: [0, -1, -1, 1], steps: [0, 0] })));
      collector.add(message(bad));
      collector.add(message(batch({ steps: [0, 0] })));
      const trace = collector.finish({
        status: 'succeeded',
        hasResult: false,
        result: null,
        error: null,
        contract: 'v2',
        coldStart: true,
        droppedLogs: 0,
      }).trace!;
      expect(trace.refused).toBe(true);
      expect(trace.steps).toEqual([0, 0]);
      expect(collector.snapshot().warnings).toEqual([malformedWarning(1)]);
    },
  );

  it('refuses writes out of order, a batch after the end, and any trace of a plain run', () => {
    const collector = debugCollector();
    collector.add(message(FIRST));
    collector.add(
      message(
        batch({ steps: [4, 1], writes: [{ step: 0, site: 0, frame: 0, value: { t: 'null' } }] }),
      ),
    );
    expect(collector.stop('cancelled').trace).toMatchObject({ refused: true, steps: FIRST.steps });

    const ended = debugCollector();
    ended.add(message(batch({ end: { totalSteps: 0, cut: null } })));
    ended.add(message(batch()));
    expect(ended.stop('cancelled').trace).toMatchObject({ refused: true, end: { totalSteps: 0 } });

    const plain = new RunCollector();
    plain.add(message(FIRST));
    expect(plain.stop('cancelled')).not.toHaveProperty('trace');
    expect(plain.snapshot().warnings).toEqual([malformedWarning(1)]);
  });
});
