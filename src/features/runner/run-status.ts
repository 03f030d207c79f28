/** The words of the run status line. */
import type { RunOutcome } from '../../sandbox/protocol';

/** A duration as people read it: `3 ms`, `1.25 s`, `30 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${seconds >= 10 ? seconds.toFixed(1).replace(/\.0$/, '') : seconds.toFixed(2).replace(/\.?0+$/, '')} s`;
}

/** The status line of a finished run: it starts with Succeeded, Failed, Timed out or Cancelled. */
export function outcomeStatus(outcome: RunOutcome): string {
  const duration = formatDuration(outcome.durationMs);
  switch (outcome.status) {
    case 'succeeded':
      return `Succeeded in ${duration}`;
    case 'failed':
      return outcome.error?.processEnded
        ? `Failed in ${duration}: the runtime's process ended`
        : `Failed in ${duration}`;
    case 'timed-out':
      return `Timed out after ${duration}`;
    case 'cancelled':
      return `Cancelled after ${duration}`;
    case 'crashed':
      return `Failed after ${duration}: the worker running the function crashed`;
  }
}

/** The status line of a run in progress. */
export function runningStatus(elapsedMs: number): string {
  return `Running… ${formatDuration(elapsedMs)}`;
}
