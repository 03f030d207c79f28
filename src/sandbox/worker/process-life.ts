/**
 * The life of one instance's process, as Node's: it ends once, on an error nothing caught, a
 * promise rejection nothing handled, or `process.exit()`. Once ended, what the instance
 * scheduled is inert (see timers.ts and the `process` object in instance.ts). The worker's own
 * events (an `error` or `unhandledrejection` nothing in user code caught) end the process of
 * the latest run's instance: one instance runs at a time in a worker.
 */
import type { ProcessEnding } from '../protocol';

/** Ends a process: why, and the error (the thrown value, the rejection reason, or the exit's). */
export type EndProcess = (ending: ProcessEnding, error: unknown) => void;

/** One instance's process. */
export class ProcessLife {
  private over = false;

  /** @param onEnd told once, when the process ends. */
  constructor(private readonly onEnd: EndProcess) {}

  /** Whether the process has ended. */
  get ended(): boolean {
    return this.over;
  }

  /** Ends the process, once: later calls do nothing. */
  end(ending: ProcessEnding, error: unknown): void {
    if (this.over) return;
    this.over = true;
    this.onEnd(ending, error);
  }
}

let latest: ProcessLife | null = null;

/** Makes `life` the process of the run in progress (the one the worker's own events end). */
export function adoptProcess(life: ProcessLife): void {
  latest = life;
}

/** Ends the process of the latest run's instance (from the worker's `error` and `unhandledrejection` events). */
export function endLatestProcess(ending: ProcessEnding, error: unknown): void {
  latest?.end(ending, error);
}
