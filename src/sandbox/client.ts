/**
 * The sandbox API the app uses: run a function in an isolated frame + worker, stop it, and get
 * its outcome. A spare instance is booted ahead of time so that a run never waits for a worker
 * to start; a watchdog ends a run at its timeout by dropping its frame, and the main thread
 * never waits on user code.
 */
import { librarySource } from './library-sources';
import type { LibraryName, RunOutcome, RunRequest, WorkerMessage } from './protocol';
import { RunCollector, type RunProgress } from './run-collector';
import { bootFrame, type SandboxFrame } from './sandbox-frame';
import { workerScript } from './worker-script';

/** What one run belongs to, and its callbacks. */
export interface RunHooks {
  /** The workspace the run belongs to: a warm instance is never shared between workspaces. */
  workspaceId?: string;
  /** Called (at most every 50 ms) with what has arrived so far: logs, requests, warnings. */
  onProgress?(progress: RunProgress): void;
}

/** What a warm instance was loaded with: reused only for the same workspace, code, environment and secrets. */
const warmKey = (request: RunRequest, workspaceId: string) =>
  JSON.stringify([workspaceId, request.code, request.env, request.secrets]);

/** Where the sandbox gets its worker script and library sources (replaceable in tests). */
export interface SandboxOptions {
  loadWorkerScript?: () => Promise<string>;
  loadLibrary?: (name: LibraryName) => Promise<string>;
  /** Element the hidden frames are appended to. */
  host?: HTMLElement;
  /** Starts an instance (replaceable in tests); by default an isolated frame and worker. */
  boot?: (script: Promise<string>) => Promise<SandboxFrame>;
}

const PROGRESS_INTERVAL_MS = 50;
const AFTER_RUN_DELAY_MS = 30;

interface ActiveRun {
  frame: SandboxFrame;
  end(outcome: RunOutcome): void;
  collector: RunCollector;
}

/** Creates the sandbox; its spare instance boots on `warmUp()` or with the first run. */
export function createSandbox(options: SandboxOptions = {}) {
  const loadScript = options.loadWorkerScript ?? workerScript;
  const loadLibrary = options.loadLibrary ?? librarySource;
  const boot = options.boot ?? ((script: Promise<string>) => bootFrame(script, options.host));
  let spare: Promise<SandboxFrame> | null = null;
  /** The spare once booted, so that a run can be posted without waiting a turn. */
  let spareReady: SandboxFrame | null = null;
  let warm: { frame: SandboxFrame; key: string } | null = null;
  let active: ActiveRun | null = null;
  let nextRunId = 0;
  /** Counts run starts and stops: a run whose instance is still starting checks it has not been stopped. */
  let lastStart = 0;
  let disposed = false;

  const ensureSpare = () => {
    if (disposed || spare) return;
    // The frame starts (a new process, maybe) while the script is fetched.
    const booting = boot(loadScript());
    booting.then(
      (frame) => {
        if (spare === booting) spareReady = frame;
      },
      () => {
        if (spare === booting) spare = null;
      },
    );
    spare = booting;
  };

  /** The frame for `request` if one is ready now: the warm one, or the booted spare. */
  const readyFrame = (request: RunRequest, key: string): SandboxFrame | null => {
    if (request.keepWarm && warm?.frame.alive() && warm.key === key) return warm.frame;
    if (!spareReady?.alive()) return null;
    const frame = spareReady;
    warm?.frame.dispose();
    warm = null;
    spare = spareReady = null;
    return frame;
  };

  const takeFrame = async (request: RunRequest, key: string): Promise<SandboxFrame> => {
    const ready = readyFrame(request, key);
    if (ready) return ready;
    warm?.frame.dispose();
    warm = null;
    ensureSpare();
    const booted = await (spare as Promise<SandboxFrame>);
    spare = spareReady = null;
    if (booted.alive()) return booted;
    // Its process died meanwhile (another frame of the same process ran out of memory).
    booted.dispose();
    return boot(loadScript());
  };

  /** Drops the spare and warm instances: after a crash, their process may be gone too. */
  const dropIdle = () => {
    warm?.frame.dispose();
    warm = null;
    void spare?.then(
      (frame) => frame.dispose(),
      () => {},
    );
    spare = spareReady = null;
  };

  const stopActive = (status: 'cancelled' | 'timed-out' | 'crashed', detail?: string) => {
    const run = active;
    if (!run) return;
    run.frame.dispose();
    if (warm?.frame === run.frame) warm = null;
    if (status === 'crashed') dropIdle();
    run.end(run.collector.stop(status, detail));
  };

  return {
    /** Runs `request` on a fresh instance (or the warm one) and resolves its outcome; never rejects. */
    async run(request: RunRequest, hooks: RunHooks = {}): Promise<RunOutcome> {
      stopActive('cancelled');
      const start = ++lastStart;
      const collector = new RunCollector(new Set(request.secrets.map((s) => s.key)));
      const key = warmKey(request, hooks.workspaceId ?? '');
      // A ready frame is used at once, so that the request is posted before the caller renders.
      let frame = readyFrame(request, key);
      try {
        frame ??= await takeFrame(request, key);
      } catch (error) {
        return collector.stop(
          'crashed',
          `The sandbox could not start: ${(error as Error).message}`,
        );
      }
      if (disposed || start !== lastStart) {
        // Stopped (or replaced) while its instance was starting: keep that instance as the spare.
        if (!disposed && !spare) spare = Promise.resolve((spareReady = frame));
        else frame.dispose();
        return collector.stop('cancelled');
      }
      const runId = ++nextRunId;
      const spareTimer = setTimeout(ensureSpare, 100);
      let progressTimer: ReturnType<typeof setTimeout> | undefined;

      const outcome = await new Promise<RunOutcome>((resolve) => {
        const run: ActiveRun = {
          frame,
          collector,
          end: (result) => {
            if (active === run) active = null;
            unwatch();
            clearTimeout(watchdog);
            clearTimeout(progressTimer);
            resolve(result);
          },
        };
        active = run;
        const watchdog = setTimeout(
          () =>
            stopActive(
              'timed-out',
              `Stopped at the timeout of ${request.timeoutMs.toLocaleString('en')} ms.`,
            ),
          request.timeoutMs,
        );
        frame.onCrash((message) =>
          stopActive(
            'crashed',
            `The worker running the function died (${message}): out of memory?`,
          ),
        );
        const unwatch = frame.watchHeartbeat(() =>
          stopActive(
            'crashed',
            'The sandbox running the function stopped answering: its process died, most likely out of memory.',
          ),
        );
        const malformed = (claimedKind: unknown) => {
          if (active !== run) return;
          if (claimedKind !== 'done') collector.malformed();
          else
            stopActive(
              'crashed',
              'The sandbox sent an outcome too large or malformed to show (a result with too many long strings?): the run is not shown as a success.',
            );
        };
        frame.listen((message: WorkerMessage) => {
          if (active !== run) return;
          if (message.kind === 'library-request') {
            loadLibrary(message.name).then(
              (source) => frame.post({ kind: 'library-source', name: message.name, source }),
              () => stopActive('crashed', `The library ${message.name} could not be loaded.`),
            );
            return;
          }
          if (!('runId' in message) || message.runId !== runId) return;
          if (message.kind === 'done') {
            run.end(collector.finish(message.done));
          } else if (collector.add(message) && hooks.onProgress && progressTimer === undefined) {
            progressTimer = setTimeout(() => {
              progressTimer = undefined;
              if (active === run) hooks.onProgress?.(collector.snapshot());
            }, PROGRESS_INTERVAL_MS);
          }
        }, malformed);
        frame.post({ kind: 'run', runId, request });
      });

      clearTimeout(spareTimer);
      const finished = outcome.status === 'succeeded' || outcome.status === 'failed';
      if (finished && request.keepWarm) {
        // The instance has seen its own secret updates: the workspace will hold them next time.
        const secrets = request.secrets.map(
          (row) => outcome.secretUpdates.find((u) => u.key === row.key) ?? row,
        );
        warm = { frame, key: warmKey({ ...request, secrets }, hooks.workspaceId ?? '') };
      }
      // Housekeeping after the caller has shown the outcome: it is not on the way to the result.
      setTimeout(() => {
        if (finished && warm?.frame !== frame) frame.dispose();
        ensureSpare();
      }, AFTER_RUN_DELAY_MS);
      return outcome;
    },
    /** Stops the run in progress; its outcome is reported as cancelled. */
    stop(): void {
      lastStart++;
      stopActive('cancelled');
    },
    /** Drops the warm instance (its module state and timers): the next run loads the code afresh. */
    dropWarm(): void {
      if (warm && warm.frame !== active?.frame) warm.frame.dispose();
      warm = null;
    },
    /** Starts the spare instance now (otherwise it starts with the first run). */
    warmUp(): void {
      ensureSpare();
    },
    /** Stops everything and removes every frame. */
    dispose(): void {
      disposed = true;
      lastStart++;
      stopActive('cancelled');
      dropIdle();
    },
  };
}

/** The sandbox API. */
export type Sandbox = ReturnType<typeof createSandbox>;
