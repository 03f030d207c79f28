/**
 * Runs a batch in the worker: each item's payload through the harness, one after the other,
 * each case reported as soon as it ends (so the app's watchdog always knows which case is
 * running, and nothing finished is lost when it drops a busy worker). By default every case
 * loads the code afresh (a cold start: module state never leaks from one case to the next).
 */
import { append, guarded } from '../../lib/intrinsics';
import { applyPayloadEdits } from '../../lib/payload-edit';
import type { BatchRequest, LogEntry, RunDone, WorkerMessage } from '../protocol';
import { createHarness, harnessFailure, type HarnessHost } from './harness';
import { now } from './timers';

/** Most console entries reported per case. */
export const BATCH_LOGS_PER_CASE = 50;

/** Runs `request`'s items from `start` on, reporting each case and then the batch's end through `host`. */
export async function runBatch(
  host: HarnessHost,
  batchId: number,
  request: BatchRequest,
  start: number,
): Promise<void> {
  let logs: LogEntry[] = [];
  const harnessHost: HarnessHost = {
    emit: (message: WorkerMessage) => {
      if (request.withLogs && message.kind === 'log' && logs.length < BATCH_LOGS_PER_CASE)
        append(logs, message.entry);
    },
    loadLibrary: (name) => host.loadLibrary(name),
    trimsRealm: host.trimsRealm === true,
  };
  let harness = createHarness(harnessHost);
  for (let index = start; index < request.items.length; index++) {
    const item = request.items[index]!;
    logs = [];
    if (!request.keepWarm) harness = createHarness(harnessHost);
    const payload = item.payload ?? applyPayloadEdits(request.run.payload, item.edits ?? []);
    const startedAt = now();
    let done: RunDone;
    try {
      done = await guarded(
        harness.run(index + 1, {
          ...request.run,
          event: item.event ?? request.run.event,
          payload,
          keepWarm: request.keepWarm,
        }),
      );
    } catch (error) {
      done = harnessFailure(error);
    }
    host.emit({
      kind: 'batch-case',
      batchId,
      case: {
        index,
        status: done.status,
        durationMs: now() - startedAt,
        hasResult: done.hasResult,
        result: done.result,
        error: done.error,
        logs,
      },
    });
  }
  host.emit({ kind: 'batch-done', batchId });
}
