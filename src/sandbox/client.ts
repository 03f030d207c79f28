/**
 * The sandbox API the app uses: run a function in an isolated frame + worker, stop it, and get
 * its outcome. Frames come from a pool that boots a spare ahead of time, so that a run never
 * waits for a worker to start; a watchdog ends a run at its timeout by dropping its frame, and
 * the main thread never waits on user code.
 */
import { FramePool, type FramePoolOptions } from './frame-pool';
import { librarySource } from './library-sources';
import type {
  LibraryName,
  RunOutcome,
  RunRequest,
  TraceBounds,
  TraceRequest,
  WorkerMessage,
} from './protocol';
import { userPositions, type UserColumn } from './recorder/user-positions';
import { RunCollector, type RunProgress } from './run-collector';
import type { SandboxFrame } from './sandbox-frame';

/** What one run belongs to, and its callbacks. */
export interface RunHooks {
  /** The workspace the run belongs to: a warm instance is never shared between workspaces. */
  workspaceId?: string;
  /** Called (at most every 50 ms) with what has arrived so far: logs, requests, warnings. */
  onProgress?(progress: RunProgress): void;
  /**
   * Makes it a Debug run: the worker runs `request` (the instrumented code) and records it; the
   * trace's ids must stay within `bounds`; `userColumn` maps its failure's columns back to the
   * user's code. A Debug run never uses nor keeps the warm instance.
   */
  trace?: { request: TraceRequest; bounds: TraceBounds; userColumn?: UserColumn };
}

/** What a warm instance was loaded with: reused only for the same workspace, runtime, code, environment and secrets. */
const warmKey = (request: RunRequest, workspaceId: string) =>
  JSON.stringify([workspaceId, request.runtime, request.code, request.env, request.secrets]);

/** Where the sandbox gets its worker script, frames and library sources (replaceable in tests). */
export interface SandboxOptions extends FramePoolOptions {
  loadLibrary?: (name: LibraryName) => Promise<string>;
}

const PROGRESS_INTERVAL_MS = 50;
const AFTER_RUN_DELAY_MS = 30;
const SPARE_DELAY_MS = 100;

type StopStatus = 'cancelled' | 'timed-out' | 'crashed';

interface ActiveRun {
  frame: SandboxFrame;
  end(outcome: RunOutcome): void;
  collector: RunCollector;
}

/** The single-run sandbox: one run at a time, on a fresh frame or the warm one. */
class SingleRunSandbox {
  private readonly pool: FramePool;
  private readonly loadLibrary: (name: LibraryName) => Promise<string>;
  private warm: { frame: SandboxFrame; key: string } | null = null;
  private active: ActiveRun | null = null;
  private nextRunId = 0;
  /** Counts run starts and stops: a run whose instance is still starting checks it has not been stopped. */
  private lastStart = 0;

  constructor(options: SandboxOptions) {
    this.pool = new FramePool(options);
    this.loadLibrary = options.loadLibrary ?? librarySource;
  }

  async run(request: RunRequest, hooks: RunHooks): Promise<RunOutcome> {
    this.stopActive('cancelled');
    const start = ++this.lastStart;
    const { trace } = hooks;
    const collector = new RunCollector(
      new Set(request.secrets.map((s) => s.key)),
      request.runtime,
      trace ? { bounds: trace.bounds, limits: trace.request.limits } : undefined,
    );
    const key = warmKey(request, hooks.workspaceId ?? '');
    // A ready frame is used at once, so that the request is posted before the caller renders.
    let frame = this.readyFrame(request, key, !trace);
    if (!frame) {
      if (!trace) this.dropWarm();
      try {
        frame = await this.pool.take();
      } catch (error) {
        return collector.stop(
          'crashed',
          `The sandbox could not start: ${(error as Error).message}`,
        );
      }
    }
    if (start !== this.lastStart) {
      // Stopped (or replaced) while its instance was starting: keep that instance as the spare.
      this.pool.giveBack(frame);
      return collector.stop('cancelled');
    }
    const spareTimer = setTimeout(() => this.pool.fill(), SPARE_DELAY_MS);
    const outcome = await this.execute(frame, request, collector, hooks);
    clearTimeout(spareTimer);
    const keepWarm = request.keepWarm && !trace;
    this.afterRun(frame, { ...request, keepWarm }, outcome, hooks.workspaceId ?? '');
    return outcome;
  }

  stop(): void {
    this.lastStart++;
    this.stopActive('cancelled');
  }

  dropWarm(): void {
    if (this.warm && this.warm.frame !== this.active?.frame) this.pool.release(this.warm.frame);
    this.warm = null;
  }

  warmUp(): void {
    this.pool.fill();
  }

  dispose(): void {
    this.lastStart++;
    this.stopActive('cancelled');
    this.pool.dispose();
    this.warm = null;
  }

  /**
   * The frame for `request` if one is ready now: the warm one (when `useWarm`), or the booted
   * spare, which replaces the warm one unless the warm one is left aside (a Debug run).
   */
  private readyFrame(request: RunRequest, key: string, useWarm: boolean): SandboxFrame | null {
    const warm = this.warm;
    if (useWarm && request.keepWarm && warm?.frame.alive() && warm.key === key) return warm.frame;
    const frame = this.pool.takeReady();
    if (frame && useWarm) this.dropWarm();
    return frame;
  }

  private stopActive(status: StopStatus, detail?: string): void {
    const run = this.active;
    if (!run) return;
    this.pool.release(run.frame);
    if (this.warm?.frame === run.frame) this.warm = null;
    run.end(run.collector.stop(status, detail));
  }

  /** Posts the run to `frame` and resolves its outcome: the worker's, or how the app ended it. */
  private execute(
    frame: SandboxFrame,
    request: RunRequest,
    collector: RunCollector,
    hooks: RunHooks,
  ): Promise<RunOutcome> {
    const runId = ++this.nextRunId;
    let progressTimer: ReturnType<typeof setTimeout> | undefined;
    return new Promise<RunOutcome>((resolve) => {
      const run: ActiveRun = {
        frame,
        collector,
        end: (result) => {
          if (this.active === run) this.active = null;
          unwatch();
          clearTimeout(watchdog);
          clearTimeout(progressTimer);
          resolve(result);
        },
      };
      this.active = run;
      const timeout = `Stopped at the timeout of ${request.timeoutMs.toLocaleString('en')} ms.`;
      const watchdog = setTimeout(() => this.stopActive('timed-out', timeout), request.timeoutMs);
      const unwatch = this.pool.watch(frame, (detail) => this.stopActive('crashed', detail));
      const onMessage = (message: WorkerMessage) => {
        if (message.kind === 'library-request') return this.serveLibrary(frame, message.name);
        if (!('runId' in message) || message.runId !== runId) return;
        if (message.kind === 'done') {
          const { done } = message;
          const column = hooks.trace?.userColumn;
          if (column && done.error) done.error = userPositions(done.error, column);
          run.end(collector.finish(done));
        } else if (collector.add(message) && hooks.onProgress && progressTimer === undefined) {
          progressTimer = setTimeout(() => {
            progressTimer = undefined;
            if (this.active === run) hooks.onProgress?.(collector.snapshot());
          }, PROGRESS_INTERVAL_MS);
        }
      };
      frame.listen(
        (message) => {
          if (this.active === run) onMessage(message);
        },
        (claimedKind) => {
          if (this.active !== run) return;
          if (claimedKind !== 'done') collector.malformed();
          else
            this.stopActive(
              'crashed',
              'The sandbox sent an outcome too large or malformed to show (a result with too many long strings?): the run is not shown as a success.',
            );
        },
      );
      const trace = hooks.trace ? { trace: hooks.trace.request } : {};
      frame.post({ kind: 'run', runId, request, ...trace });
    });
  }

  /** Answers the worker's request for a library's source; a library that cannot load ends the run. */
  private serveLibrary(frame: SandboxFrame, name: LibraryName): void {
    this.loadLibrary(name).then(
      (source) => frame.post({ kind: 'library-source', name, source }),
      () => this.stopActive('crashed', `The library ${name} could not be loaded.`),
    );
  }

  /** Keeps a finished run's frame warm if asked, and readies the next spare once the outcome is shown. */
  private afterRun(
    frame: SandboxFrame,
    request: RunRequest,
    outcome: RunOutcome,
    workspaceId: string,
  ): void {
    const finished = outcome.status === 'succeeded' || outcome.status === 'failed';
    if (finished && request.keepWarm) {
      // The instance has seen its own secret updates: the workspace will hold them next time.
      const secrets = request.secrets.map(
        (row) => outcome.secretUpdates.find((u) => u.key === row.key) ?? row,
      );
      this.warm = { frame, key: warmKey({ ...request, secrets }, workspaceId) };
    }
    // Housekeeping after the caller has shown the outcome: it is not on the way to the result.
    setTimeout(() => {
      if (finished && this.warm?.frame !== frame) this.pool.release(frame);
      this.pool.fill();
    }, AFTER_RUN_DELAY_MS);
  }
}

/** Creates the sandbox; its spare instance boots on `warmUp()` or with the first run. */
export function createSandbox(options: SandboxOptions = {}) {
  const sandbox = new SingleRunSandbox(options);
  return {
    /** Runs `request` on a fresh instance (or the warm one) and resolves its outcome; never rejects. */
    run: (request: RunRequest, hooks: RunHooks = {}): Promise<RunOutcome> =>
      sandbox.run(request, hooks),
    /** Stops the run in progress; its outcome is reported as cancelled. */
    stop: (): void => sandbox.stop(),
    /** Drops the warm instance (its module state and timers): the next run loads the code afresh. */
    dropWarm: (): void => sandbox.dropWarm(),
    /** Starts the spare instance now (otherwise it starts with the first run). */
    warmUp: (): void => sandbox.warmUp(),
    /** Stops everything and removes every frame. */
    dispose: (): void => sandbox.dispose(),
  };
}

/** The sandbox API. */
export type Sandbox = ReturnType<typeof createSandbox>;
