/**
 * The batch API the app uses: run one function against many payloads in one sandboxed worker
 * (a frame from a pool like the single run's), streaming the cases back. A watchdog gives each
 * case its timeout: a case that runs over it (a busy loop) or kills its worker is reported as
 * such, and the batch goes on from the next case in a fresh worker. Stop drops the worker at once.
 */
import type { SandboxOptions } from './client';
import { FramePool } from './frame-pool';
import { librarySource } from './library-sources';
import type { BatchCase, BatchRequest, LibraryName, RunError, WorkerMessage } from './protocol';
import type { SandboxFrame } from './sandbox-frame';
import { timeoutError } from '../lib/timeout-error';

/** A case as the app reports it: what the worker said, or how the app ended it. */
export type BatchCaseOutcome = Omit<BatchCase, 'status'> & {
  status: BatchCase['status'] | 'timed-out' | 'crashed';
};

/** Callbacks of one batch. */
export interface BatchHooks {
  /** The cases that ended since the last call, in order; called at most every 50 ms. */
  onCases(cases: BatchCaseOutcome[]): void;
}

/** How a batch ended: every case ran, the user stopped it, or the sandbox could not start. */
export interface BatchEnd {
  status: 'finished' | 'stopped' | 'failed';
  /** Why it failed. */
  detail?: string;
}

/** How often ended cases are handed to the app. */
const FLUSH_MS = 50;
/** Slack on each case's timeout for the messages between app and worker. */
const TIMEOUT_GRACE_MS = 100;
/** The error code of a case whose worker died. */
const CRASH_CODE = 'playground.sandbox-crashed';

const stoppedCase = (index: number, durationMs: number, error: RunError): BatchCaseOutcome => ({
  index,
  status: error.code === CRASH_CODE ? 'crashed' : 'timed-out',
  durationMs,
  hasResult: false,
  result: null,
  error,
  logs: [],
});

/** What one batch runs, and who hears of it. */
interface BatchJob {
  batchId: number;
  request: BatchRequest;
  caseTimeoutMs: number;
  hooks: BatchHooks;
  loadLibrary: (name: LibraryName) => Promise<string>;
  /** Called once, when the batch ends. */
  onEnd(end: BatchEnd): void;
}

/** One batch in progress: the frame running it, the watchdog on its current case, the cases not yet handed over. */
class BatchRun {
  /** The index of the case the worker is on. */
  private next = 0;
  private frame: SandboxFrame | null = null;
  private ended = false;
  private buffer: BatchCaseOutcome[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private watchdog: ReturnType<typeof setTimeout> | undefined = undefined;
  private armedAt = 0;
  private unwatch = () => {};

  constructor(
    private readonly job: BatchJob,
    private readonly pool: FramePool,
  ) {}

  /** Runs the cases from `next` on, in a frame from the pool; ends the batch once none is left. */
  async start(): Promise<void> {
    if (this.next >= this.job.request.items.length) return this.end({ status: 'finished' });
    let booted: SandboxFrame;
    try {
      booted = await this.pool.take();
    } catch (error) {
      return this.end({
        status: 'failed',
        detail: `The sandbox could not start: ${(error as Error).message}`,
      });
    }
    if (this.ended) return this.pool.giveBack(booted);
    this.frame = booted;
    this.unwatch = this.pool.watch(booted, (detail) => this.crash(detail));
    booted.listen((message) => {
      if (this.frame === booted) this.onMessage(booted, message);
    });
    this.arm();
    booted.post({
      kind: 'batch',
      batchId: this.job.batchId,
      request: this.job.request,
      start: this.next,
    });
  }

  /** Ends the batch: its frame is dropped and the cases it holds are handed over. */
  end(result: BatchEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.dropFrame();
    this.flush();
    this.job.onEnd(result);
  }

  private onMessage(frame: SandboxFrame, message: WorkerMessage): void {
    const { batchId } = this.job;
    if (message.kind === 'library-request') {
      // Loading a library is not the case's time: its watchdog waits.
      clearTimeout(this.watchdog);
      this.job.loadLibrary(message.name).then(
        (source) => {
          frame.post({ kind: 'library-source', name: message.name, source });
          if (this.frame === frame) this.arm();
        },
        () => {
          if (this.frame === frame) this.crash(`The library ${message.name} could not be loaded.`);
        },
      );
    } else if (message.kind === 'batch-case' && message.batchId === batchId) {
      if (message.case.index !== this.next) return;
      this.report(message.case);
      this.arm();
    } else if (message.kind === 'batch-done' && message.batchId === batchId) {
      this.end({ status: 'finished' });
    }
  }

  private report(outcome: BatchCaseOutcome): void {
    this.buffer.push(outcome);
    this.next = outcome.index + 1;
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.buffer.length === 0) return;
    const cases = this.buffer;
    this.buffer = [];
    this.job.hooks.onCases(cases);
  }

  /** Gives the current case its time: past it, the case is reported as timed out. */
  private arm(): void {
    clearTimeout(this.watchdog);
    this.armedAt = performance.now();
    this.watchdog = setTimeout(
      () => this.fail(timeoutError(this.job.request.run.runtime)),
      this.job.caseTimeoutMs + TIMEOUT_GRACE_MS,
    );
  }

  private crash(message: string): void {
    this.fail({ code: CRASH_CODE, name: 'Crash', message, phase: 'invoke' });
  }

  /** The worker is stuck on case `next`, or died: report that case and go on in a fresh worker. */
  private fail(error: RunError): void {
    this.dropFrame();
    this.report(stoppedCase(this.next, Math.round(performance.now() - this.armedAt), error));
    void this.start();
  }

  private dropFrame(): void {
    clearTimeout(this.watchdog);
    this.unwatch();
    if (this.frame) this.pool.release(this.frame);
    this.frame = null;
  }
}

/** Creates the batch runner; it keeps one booted frame spare once used. */
export function createBatchRunner(options: SandboxOptions = {}) {
  const pool = new FramePool(options);
  const loadLibrary = options.loadLibrary ?? librarySource;
  let active: BatchRun | null = null;
  let nextBatchId = 0;

  return {
    /** Runs the batch; each case gets `caseTimeoutMs`. Resolves when it ends; never rejects. */
    run: (request: BatchRequest, caseTimeoutMs: number, hooks: BatchHooks) =>
      new Promise<BatchEnd>((resolve) => {
        active?.end({ status: 'stopped' });
        const batch: BatchRun = new BatchRun(
          {
            batchId: ++nextBatchId,
            request,
            caseTimeoutMs,
            hooks,
            loadLibrary,
            onEnd: (end) => {
              if (active === batch) active = null;
              resolve(end);
              setTimeout(() => pool.fill(), FLUSH_MS);
            },
          },
          pool,
        );
        active = batch;
        void batch.start();
      }),
    /** Stops the batch in progress: its worker is dropped at once. */
    stop(): void {
      active?.end({ status: 'stopped' });
    },
    /** Boots the spare frame now, so that the next batch does not wait for it. */
    warmUp(): void {
      pool.fill();
    },
    /** Stops everything and removes every frame. */
    dispose(): void {
      active?.end({ status: 'stopped' });
      pool.dispose();
    },
  };
}

/** The batch runner API. */
export type BatchRunner = ReturnType<typeof createBatchRunner>;
