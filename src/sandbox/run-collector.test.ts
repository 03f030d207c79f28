import { describe, expect, it } from 'vitest';
import { toTagged } from '../lib/safe-serialise';
import type { LogEntry } from './protocol';
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
