/** Test helper: frames whose "worker" is the harness in this process, with hooks to hold, crash or silence them. */
import type { SandboxFrame } from '../sandbox-frame';
import type { WorkerMessage } from '../protocol';
import { runBatch } from '../worker/batch-runner';
import { createHarness } from '../worker/harness';

/** One frame the fake booted, and what a test can do to it. */
export interface FakeFrame {
  frame: SandboxFrame;
  disposed: () => boolean;
  /** Makes its worker crash (the frame's error event). */
  crash: (message: string) => void;
  /** Makes its heartbeat stop (its process died): `alive()` turns false and a watcher hears of it. */
  lose: () => void;
  /** Makes the frame refuse its worker's next outcome as malformed (as a real frame refuses one past its budget). */
  refuseOutcome: () => void;
}

/** Boots fake frames that run single runs and batches through the harness. */
export function fakeFrames() {
  const started: FakeFrame[] = [];
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const boot = async (): Promise<SandboxFrame> => {
    await gate;
    let listener: (message: WorkerMessage) => void = () => {};
    let onMalformed: (claimedKind: unknown) => void = () => {};
    let refuseOutcome = false;
    let onCrash: (message: string) => void = () => {};
    let onLost: (() => void) | null = null;
    let disposed = false;
    let lost = false;
    const deliver = (message: WorkerMessage) =>
      queueMicrotask(() => {
        if (disposed) return;
        if (message.kind === 'done' && refuseOutcome) onMalformed('done');
        else listener(structuredClone(message));
      });
    const host = { emit: deliver, loadLibrary: async () => '' };
    const harness = createHarness(host);
    const frame: SandboxFrame = {
      post: (message) => {
        if (disposed) return;
        if (message.kind === 'run') {
          void harness
            .run(message.runId, message.request, message.trace)
            .then((done) => deliver({ kind: 'done', runId: message.runId, done }));
        } else if (message.kind === 'batch') {
          void runBatch(host, message.batchId, message.request, message.start);
        }
      },
      listen: (next, malformed = () => {}) => {
        listener = next;
        onMalformed = malformed;
      },
      onCrash: (next) => (onCrash = next),
      alive: () => !disposed && !lost,
      watchHeartbeat: (next) => {
        onLost = next;
        return () => (onLost = null);
      },
      dispose: () => {
        disposed = true;
      },
    };
    started.push({
      frame,
      disposed: () => disposed,
      crash: (message) => onCrash(message),
      lose: () => {
        lost = true;
        onLost?.();
      },
      refuseOutcome: () => {
        refuseOutcome = true;
      },
    });
    return frame;
  };
  return {
    started,
    /** Holds new frames from starting until `open()` is called. */
    hold: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    open: () => release(),
    /** Options for createSandbox, createBatchRunner or a FramePool that boot these frames. */
    options: { boot, loadWorkerScript: async () => '' },
  };
}
