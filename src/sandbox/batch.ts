/**
 * The batch API the app uses: run one function against many payloads in one sandboxed worker
 * (a frame like the single run's), streaming the cases back. A watchdog gives each case its
 * timeout: a case that runs over it (a busy loop) or kills its worker is reported as such, and
 * the batch goes on from the next case in a fresh worker. Stop drops the worker at once.
 */
import { PLATFORM } from '../schema/platform';
import { librarySource } from './library-sources';
import type { BatchCase, BatchRequest, RunError } from './protocol';
import { bootFrame, type SandboxFrame } from './sandbox-frame';
import type { SandboxOptions } from './client';
import { workerScript } from './worker-script';

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

/** Creates the batch runner; it keeps one booted frame spare once used. */
export function createBatchRunner(options: SandboxOptions = {}) {
  const loadScript = options.loadWorkerScript ?? workerScript;
  const loadLibrary = options.loadLibrary ?? librarySource;
  let spare: Promise<SandboxFrame> | null = null;
  let active: { stop(): void } | null = null;
  let nextBatchId = 0;
  let disposed = false;

  const boot = () => loadScript().then((script) => bootFrame(script, options.host));
  const ensureSpare = () => {
    if (spare || disposed) return;
    const booting = boot();
    booting.catch(() => {
      if (spare === booting) spare = null;
    });
    spare = booting;
  };
  const dropSpare = () => {
    void spare?.then(
      (frame) => frame.dispose(),
      () => {},
    );
    spare = null;
  };
  const takeFrame = async (): Promise<SandboxFrame> => {
    if (disposed) throw new Error('the batch runner was disposed');
    ensureSpare();
    const frame = await (spare as Promise<SandboxFrame>);
    spare = null;
    if (frame.alive()) return frame;
    frame.dispose();
    return boot();
  };

  /** Runs the batch; each case gets `caseTimeoutMs`. Resolves when it ends; never rejects. */
  const run = (request: BatchRequest, caseTimeoutMs: number, hooks: BatchHooks) =>
    new Promise<BatchEnd>((resolve) => {
      active?.stop();
      const batchId = ++nextBatchId;
      let next = 0;
      let frame: SandboxFrame | null = null;
      let ended = false;
      let buffer: BatchCaseOutcome[] = [];
      let flushTimer: ReturnType<typeof setTimeout> | undefined;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      let armedAt = 0;
      let unwatch = () => {};

      const flush = () => {
        clearTimeout(flushTimer);
        flushTimer = undefined;
        if (buffer.length === 0) return;
        const cases = buffer;
        buffer = [];
        hooks.onCases(cases);
      };
      const report = (outcome: BatchCaseOutcome) => {
        buffer.push(outcome);
        next = outcome.index + 1;
        flushTimer ??= setTimeout(flush, FLUSH_MS);
      };
      const dropFrame = () => {
        clearTimeout(watchdog);
        unwatch();
        frame?.dispose();
        frame = null;
      };
      const end = (result: BatchEnd) => {
        if (ended) return;
        ended = true;
        dropFrame();
        flush();
        if (active === handle) active = null;
        resolve(result);
        setTimeout(ensureSpare, FLUSH_MS);
      };
      const arm = () => {
        clearTimeout(watchdog);
        armedAt = performance.now();
        watchdog = setTimeout(
          () =>
            fail({
              code: PLATFORM.errorCodes.timeout,
              name: 'Timeout',
              message: PLATFORM.timeoutMessage,
              phase: 'invoke',
            }),
          caseTimeoutMs + TIMEOUT_GRACE_MS,
        );
      };
      /** The worker is stuck on case `next`, or died: report that case and go on in a fresh worker. */
      const fail = (error: RunError) => {
        dropFrame();
        if (error.code === CRASH_CODE) dropSpare();
        report(stoppedCase(next, Math.round(performance.now() - armedAt), error));
        void start();
      };
      const crash = (message: string) =>
        fail({ code: CRASH_CODE, name: 'Crash', message, phase: 'invoke' });

      const start = async () => {
        if (next >= request.items.length) return end({ status: 'finished' });
        let booted: SandboxFrame;
        try {
          booted = await takeFrame();
        } catch (error) {
          return end({
            status: 'failed',
            detail: `The sandbox could not start: ${(error as Error).message}`,
          });
        }
        if (ended) return booted.dispose();
        frame = booted;
        booted.onCrash((message) => crash(`The worker died (${message}): out of memory?`));
        unwatch = booted.watchHeartbeat(() =>
          crash('The sandbox stopped answering: its process died, most likely out of memory.'),
        );
        booted.listen((message) => {
          if (frame !== booted) return;
          if (message.kind === 'library-request') {
            clearTimeout(watchdog);
            loadLibrary(message.name).then(
              (source) => {
                booted.post({ kind: 'library-source', name: message.name, source });
                if (frame === booted) arm();
              },
              () => crash(`The library ${message.name} could not be loaded.`),
            );
          } else if (message.kind === 'batch-case' && message.batchId === batchId) {
            if (message.case.index !== next) return;
            report(message.case);
            arm();
          } else if (message.kind === 'batch-done' && message.batchId === batchId) {
            end({ status: 'finished' });
          }
        });
        arm();
        booted.post({ kind: 'batch', batchId, request, start: next });
      };

      const handle = { stop: () => end({ status: 'stopped' }) };
      active = handle;
      void start();
    });

  return {
    run,
    /** Stops the batch in progress: its worker is dropped at once. */
    stop(): void {
      active?.stop();
    },
    /** Boots the spare frame now, so that the next batch does not wait for it. */
    warmUp(): void {
      ensureSpare();
    },
    /** Stops everything and removes every frame. */
    dispose(): void {
      disposed = true;
      active?.stop();
      dropSpare();
    },
  };
}

/** The batch runner API. */
export type BatchRunner = ReturnType<typeof createBatchRunner>;
