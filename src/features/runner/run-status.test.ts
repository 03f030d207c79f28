import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../../sandbox/protocol';
import { formatDuration, outcomeStatus, runningStatus } from './run-status';

const outcome = (status: RunOutcome['status'], durationMs: number) =>
  ({ status, durationMs }) as RunOutcome;

describe('run status', () => {
  it('formats durations', () => {
    expect([
      formatDuration(3.4),
      formatDuration(1250),
      formatDuration(30_000),
      formatDuration(12_340),
    ]).toEqual(['3 ms', '1.25 s', '30 s', '12.3 s']);
  });

  it('starts with the words the contract names', () => {
    expect(outcomeStatus(outcome('succeeded', 4))).toBe('Succeeded in 4 ms');
    expect(outcomeStatus(outcome('failed', 4))).toMatch(/^Failed/);
    expect(outcomeStatus(outcome('crashed', 4))).toMatch(/^Failed after 4 ms: the worker/);
    expect(outcomeStatus(outcome('timed-out', 30_000))).toBe('Timed out after 30 s');
    expect(outcomeStatus(outcome('cancelled', 500))).toBe('Cancelled after 500 ms');
    expect(runningStatus(0)).toMatch(/^Running/);
    const ended = {
      ...outcome('failed', 4),
      error: { code: 'c', name: 'TypeError', message: 'm', phase: 'invoke', processEnded: 'exit' },
    } as RunOutcome;
    expect(outcomeStatus(ended)).toBe("Failed in 4 ms: the runtime's process ended");
  });
});
