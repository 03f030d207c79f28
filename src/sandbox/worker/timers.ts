/**
 * The timer functions user code sees: the real ones, tracked as pending work, and with errors
 * thrown inside a callback reported instead of lost.
 */
import type { PendingWork } from './pending-work';

/** The real timer functions, captured before user code can replace them. */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
};

type Callback = (...args: unknown[]) => void;

const queued: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => queued.shift()?.();
// In Node (tests) an open port would keep the process alive.
(channel.port1 as { unref?: () => void }).unref?.();

/** Calls `fn` in a new task, sooner than a zero timeout (which may wait a millisecond or more). */
export function nextTask(fn: () => void): void {
  queued.push(fn);
  channel.port2.postMessage(null);
}

/** The timer functions handed to user code. */
export interface UserTimers {
  setTimeout(callback: Callback, ms?: number, ...args: unknown[]): number;
  clearTimeout(id?: number): void;
  setInterval(callback: Callback, ms?: number, ...args: unknown[]): number;
  clearInterval(id?: number): void;
  setImmediate(callback: Callback, ...args: unknown[]): number;
  clearImmediate(id?: number): void;
}

/** Creates user timers that hold `pending` while scheduled and pass callback errors to `onError`. */
export function createUserTimers(
  pending: PendingWork,
  onError: (error: unknown) => void,
): UserTimers {
  const active = new Map<number, { handle: ReturnType<typeof setTimeout>; release: () => void }>();
  let nextId = 1;

  const schedule = (callback: Callback, ms: number, args: unknown[], repeat: boolean): number => {
    if (typeof callback !== 'function') {
      throw new TypeError(
        'The "callback" argument must be of type function. Received ' + typeof callback,
      );
    }
    const id = nextId++;
    const delay = Math.max(0, Number(ms) || 0);
    const fire = () => {
      const timer = active.get(id);
      if (!timer) return;
      if (repeat) timer.handle = realTimers.setTimeout(fire, Math.max(1, delay));
      else active.delete(id);
      try {
        callback(...args);
      } catch (error) {
        onError(error);
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
