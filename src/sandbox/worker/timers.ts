/**
 * The timer functions user code sees: the real ones, tracked as pending work, each callback run
 * in the run that scheduled it, an error thrown inside a callback handed to the instance (it ends
 * the process, as in Node), and every callback inert once the instance's process has ended. Also the clock and task queue the harness itself uses, captured before user code runs.
 */
import { apply, bare, max, SafeMap } from '../../lib/intrinsics';
import type { PendingWork } from './pending-work';

/** The real timer functions, captured before user code can replace them. */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
};

const clock = globalThis.performance;
const clockNow = clock.now;
/** `performance.now()`, with the built-in method. */
export const now = (): number => apply(clockNow, clock, []) as number;

/** The real `queueMicrotask`. */
export const realQueueMicrotask = globalThis.queueMicrotask.bind(globalThis);

const toNumber = Number;
const postMessage = MessagePort.prototype.postMessage;
const queued = bare({} as Record<number, () => void>);
let head = 0;
let tail = 0;
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  if (head === tail) return;
  const task = queued[head]!;
  delete queued[head++];
  task();
};
// In Node (tests) an open port would keep the process alive.
(channel.port1 as { unref?: () => void }).unref?.();

/** Calls `fn` in a new task, sooner than a zero timeout (which may wait a millisecond or more). */
export function nextTask(fn: () => void): void {
  queued[tail++] = fn;
  apply(postMessage, channel.port2, [null]);
}

/** Captures the run in progress; the function it returns runs a task in that run, whichever run is current then. */
export type RunCapture = () => (task: () => void) => void;

type Callback = (...args: unknown[]) => void;

/** The timer functions handed to user code. */
export interface UserTimers {
  setTimeout(callback: Callback, ms?: number, ...args: unknown[]): number;
  clearTimeout(id?: number): void;
  setInterval(callback: Callback, ms?: number, ...args: unknown[]): number;
  clearInterval(id?: number): void;
  setImmediate(callback: Callback, ...args: unknown[]): number;
  clearImmediate(id?: number): void;
}

/**
 * Creates user timers that hold `pending` while scheduled, run each callback in the run that
 * scheduled it (`captureRun`), pass callback errors to `onError` (inside that run too), and
 * drop every callback once `life` has ended.
 */
export function createUserTimers(
  pending: PendingWork,
  captureRun: RunCapture,
  onError: (error: unknown) => void,
  life: { readonly ended: boolean },
): UserTimers {
  const active = new SafeMap<
    number,
    { handle: ReturnType<typeof setTimeout>; release: () => void }
  >();
  let nextId = 1;

  const schedule = (callback: Callback, ms: unknown, args: unknown[], repeat: boolean): number => {
    if (typeof callback !== 'function') {
      throw new TypeError(
        'The "callback" argument must be of type function. Received ' + typeof callback,
      );
    }
    const id = nextId++;
    const delay = max(0, toNumber(ms) || 0);
    const inRun = captureRun();
    const call = () => {
      try {
        apply(callback, undefined, args);
      } catch (error) {
        onError(error);
      }
    };
    const fire = () => {
      const timer = active.get(id);
      if (!timer) return;
      if (life.ended) {
        active.delete(id);
        timer.release();
        return;
      }
      if (repeat) timer.handle = realTimers.setTimeout(fire, max(1, delay));
      else active.delete(id);
      try {
        inRun(call);
      } finally {
        if (!repeat) timer.release();
      }
    };
    active.set(id, { handle: realTimers.setTimeout(fire, delay), release: pending.hold() });
    return id;
  };

  const clear = (id?: number) => {
    const timer = id === undefined ? undefined : active.get(id);
    if (!timer || id === undefined) return;
    realTimers.clearTimeout(timer.handle);
    active.delete(id);
    timer.release();
  };

  return {
    setTimeout: (callback, ms = 0, ...args) => schedule(callback, ms, args, false),
    clearTimeout: clear,
    setInterval: (callback, ms = 0, ...args) => schedule(callback, ms, args, true),
    clearInterval: clear,
    setImmediate: (callback, ...args) => schedule(callback, 0, args, false),
    clearImmediate: clear,
  };
}
