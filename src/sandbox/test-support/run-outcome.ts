/** Test helper: run outcomes with every field set, so that a test writes only what it is about. */
import type { RunOutcome } from '../protocol';

/** A succeeded V2 outcome with no result and no messages; `fields` override any part. */
export function runOutcome(fields: Partial<RunOutcome> = {}): RunOutcome {
  return {
    status: 'succeeded',
    durationMs: 4,
    hasResult: false,
    result: null,
    error: null,
    contract: 'v2',
    coldStart: true,
    logs: [],
    droppedLogs: 0,
    moduleOutput: [],
    warnings: [],
    requests: [],
    secretUpdates: [],
    secretReads: [],
    raw: '',
    ...fields,
  };
}
