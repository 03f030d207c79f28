/**
 * Collects a Debug run's trace batches in the app: each batch is checked against the
 * transform's ProgramMap sizes, the recording's limits and what came before, then appended.
 * The first batch that fails a check stops the recording there (the trace says it was refused).
 */
import {
  emptyTrace,
  type RunTrace,
  type TraceBatch,
  type TraceBounds,
  type TraceLimits,
} from './protocol';

/** The least a write counts for in the recorder's byte limit: more writes than bytes / this are forged. */
export const MIN_WRITE_BYTES = 20;

/** Appends `items` to `list` one by one (no spread of a big array onto the stack). */
function appendAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]!);
}

/** Whether the numbers are in order (each at least the previous, from `after`). */
function inOrder(steps: readonly { step: number }[], after: number): boolean {
  let last = after;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i]!.step < last) return false;
    last = steps[i]!.step;
  }
  return true;
}

/** One Debug run's recording as it arrives. */
export class TraceCollector {
  private readonly trace = emptyTrace();

  constructor(
    private readonly bounds: TraceBounds,
    private readonly limits: TraceLimits,
  ) {}

  /** Takes a batch; false when it is refused (the recording stops before it), or comes after one. */
  add(batch: TraceBatch): boolean {
    if (this.trace.refused) return false;
    if (!this.acceptable(batch)) {
      this.trace.refused = true;
      return false;
    }
    const t = this.trace;
    appendAll(t.steps, batch.steps);
    appendAll(t.frames, batch.frames);
    appendAll(t.writes, batch.writes);
    appendAll(t.events, batch.events);
    if (batch.end) t.end = batch.end;
    return true;
  }

  /** Whether a batch was refused. */
  get refused(): boolean {
    return this.trace.refused;
  }

  /** The recording so far. */
  result(): RunTrace {
    return { ...this.trace };
  }

  private acceptable(batch: TraceBatch): boolean {
    const t = this.trace;
    const { bounds, limits } = this;
    if (t.end || batch.steps.length % 2 !== 0 || batch.frames.length % 4 !== 0) return false;
    const framesBefore = t.frames.length / 4;
    const frames = framesBefore + batch.frames.length / 4;
    const steps = t.steps.length / 2 + batch.steps.length / 2;
    if (steps > limits.steps || frames > limits.steps) return false;
    if (t.writes.length + batch.writes.length > limits.bytes / MIN_WRITE_BYTES) return false;
    if (t.events.length + batch.events.length > limits.steps) return false;
    for (let i = 0; i < batch.frames.length; i += 4) {
      const id = framesBefore + i / 4;
      const [fn, parent, caller, depth] = batch.frames.slice(i, i + 4) as [
        number,
        number,
        number,
        number,
      ];
      if (fn < 0 || fn >= bounds.functions || parent >= id || caller >= id || depth < 1)
        return false;
    }
    for (let i = 0; i < batch.steps.length; i += 2)
      if (batch.steps[i]! >= bounds.points || batch.steps[i + 1]! >= frames) return false;
    for (const write of batch.writes)
      if (write.step >= steps || write.site >= bounds.sites || write.frame >= frames) return false;
    for (const event of batch.events) if (event.step >= steps) return false;
    const lastWrite = t.writes.at(-1)?.step ?? 0;
    const lastEvent = t.events.at(-1)?.step ?? 0;
    if (!inOrder(batch.writes, lastWrite) || !inOrder(batch.events, lastEvent)) return false;
    return !batch.end || batch.end.totalSteps >= steps;
  }
}
