/**
 * Calls `lambda` under the run's runtime contract and waits for its answer: V1 calls
 * `lambda(input, callback)` (only the callback counts, a Promise given to it is awaited), V2
 * calls `lambda(input)` with no callback (the returned value is the result). Reports misuse
 * (second callback call, callback plus returned value) and notices when a function can never
 * answer. User code's promises are awaited through promises of the harness's own, so that what
 * user code put on Promise.prototype never sees the harness's callbacks; the completion is
 * resolved `bare`, so no `then` user code defines can divert it.
 */
import { apply, bare, Builtins, guarded } from '../../lib/intrinsics';
import type { ProcessEnding } from '../protocol';
import { errorSummary } from './error-info';
import type { PendingWork } from './pending-work';
import { nextTask, realTimers } from './timers';

/** How a call of lambda ended. */
export type Completion =
  | { kind: 'result'; value: unknown }
  | { kind: 'error'; error: unknown }
  | { kind: 'never'; reason: string }
  /** The runtime's process ended before the answer reached the runtime. */
  | { kind: 'ended'; ending: ProcessEnding; error: unknown };

/** A call of lambda in progress. */
export interface Invocation {
  /** Resolves how the call ended (a `bare` Completion). */
  readonly done: Promise<Completion>;
  /** Calls lambda (once): what it does from then on, `end` included, counts for this call. */
  start(): void;
  /**
   * Ends the call with `completion` at once, even after lambda answered, as long as that answer
   * has not been delivered; false (nothing changes) once it has. Later callback calls are inert.
   */
  end(completion: Completion): boolean;
}

/** How to call lambda: the runtime's contract, the instance's pending work, the run's warnings. */
export interface InvokeOptions {
  /** Whether the runtime passes a callback (V1) or calls `lambda(input)` alone (V2). */
  callbackPassed: boolean;
  pending: PendingWork;
  warn: (text: string) => void;
}

/** How long nothing may be pending before an unanswered call is declared unable to answer. */
export const NEVER_ANSWERS_GRACE_MS = 250;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  !!value &&
  (typeof value === 'object' || typeof value === 'function') &&
  typeof (value as { then?: unknown }).then === 'function';

/** Waits for `value` (anything user code returned) as `await` would, then calls `onValue` or `onError`. */
async function whenSettled(
  value: unknown,
  onValue: (value: unknown) => void,
  onError: (error: unknown) => void,
): Promise<void> {
  let settled: unknown;
  try {
    settled = await guarded(new Builtins.Promise((resolve) => resolve(value)));
  } catch (error) {
    onError(error);
    return;
  }
  onValue(settled);
}

/** Prepares the call of lambda with `input` under the contract of `options`; see Invocation. */
export function invokeLambda(
  lambda: (...args: unknown[]) => unknown,
  input: unknown,
  { callbackPassed: v1, pending, warn }: InvokeOptions,
): Invocation {
  let resolve: (completion: Completion) => void = () => {};
  const done = new Builtins.Promise<Completion>((r) => (resolve = r));
  let completion: Completion | null = null;
  let delivered = false;
  let ended = false;
  let returned = false;
  let returnedValue: unknown;
  let awaitingPromise = false;
  let callbackCalls = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const deliver = () => {
    if (delivered || !completion) return;
    delivered = true;
    resolve(bare(completion));
  };
  const stopWatching = () => {
    unsubscribe();
    if (idleTimer !== undefined) realTimers.clearTimeout(idleTimer);
  };
  const settle = (value: Completion) => {
    if (completion) return;
    completion = value;
    stopWatching();
    // Answer on the next task, so that a second callback call in the same turn is still seen.
    nextTask(deliver);
  };

  const neverReason = () =>
    awaitingPromise
      ? 'lambda gave callback a promise that nothing will ever settle: the platform awaits it until the time limit.'
      : returnedValue !== undefined
        ? 'lambda returned a value but never called callback: V1 functions (with a callback parameter) answer with callback(null, result); the returned value is ignored.'
        : v1
          ? 'lambda finished without calling callback, and nothing it waits for is left: the platform would wait until the time limit.'
          : 'lambda awaits a promise that nothing will ever settle: the platform would wait until the time limit.';

  const checkIdle = () => {
    if (completion || !pending.idle || (v1 && !returned)) return;
    if (idleTimer !== undefined) realTimers.clearTimeout(idleTimer);
    idleTimer = realTimers.setTimeout(() => {
      if (!completion && pending.idle) settle({ kind: 'never', reason: neverReason() });
    }, NEVER_ANSWERS_GRACE_MS);
  };
  const unsubscribe = pending.onIdle(checkIdle);

  // A property key names the function "callback", whatever the bundler calls the variable.
  const { callback } = {
    callback: (error?: unknown, value?: unknown): void => {
      if (ended) return;
      callbackCalls++;
      if (callbackCalls > 1) {
        warn(
          'callback was called more than once: the platform takes the first call and ignores the others.',
        );
        return;
      }
      if (error !== undefined && error !== null) {
        if (value !== undefined)
          warn(
            'callback got both an error and a result: the error wins and the result is dropped.',
          );
        settle({ kind: 'error', error });
      } else if (isThenable(value)) {
        // The runtime resolves its promise with the value, so a Promise given here is awaited.
        awaitingPromise = true;
        void whenSettled(
          value,
          (settled) => settle({ kind: 'result', value: settled }),
          (reason) => settle({ kind: 'error', error: reason }),
        );
      } else {
        settle({ kind: 'result', value });
      }
    },
  };

  const afterReturn = (value: unknown) => {
    returned = true;
    returnedValue = value;
    if (value !== undefined && callbackCalls > 0) {
      warn(
        'lambda called callback and also returned a value: with a callback, only the callback counts and the returned value is ignored.',
      );
    }
    checkIdle();
  };
  const failedAfterAnswer = (error: unknown) => {
    warn(
      `lambda failed after it had answered, and the failure was ignored: ${errorSummary(error)}`,
    );
  };
  const failed = (error: unknown) => {
    if (completion) failedAfterAnswer(error);
    else settle({ kind: 'error', error });
  };

  const start = () => {
    let result: unknown;
    try {
      result = apply(lambda, undefined, v1 ? [input, callback] : [input]);
    } catch (error) {
      failed(error);
      return;
    }
    if (!v1) {
      void whenSettled(
        result,
        (value) => settle({ kind: 'result', value }),
        (error) => settle({ kind: 'error', error }),
      );
      checkIdle();
    } else if (isThenable(result)) {
      void whenSettled(result, afterReturn, (error) => {
        returned = true;
        failed(error);
      });
    } else {
      afterReturn(result);
    }
  };

  let started = false;
  return bare({
    done,
    start() {
      if (started) return;
      started = true;
      start();
    },
    end(value: Completion): boolean {
      if (delivered) return false;
      ended = true;
      completion = value;
      stopWatching();
      deliver();
      return true;
    },
  });
}
