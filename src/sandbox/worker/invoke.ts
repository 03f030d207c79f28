/**
 * Calls `lambda` under the platform's contract and waits for its answer: V1
 * (`lambda(input, callback)`: only the callback counts) or V2 (`async lambda(input)`: the returned
 * value is the result). Reports misuse (second callback call, callback plus returned value) and
 * notices when a function can never answer. User code's promises are awaited through promises
 * of the harness's own, so that what user code put on Promise.prototype never sees the harness's
 * callbacks; the completion is resolved `bare`, so no `then` user code defines can divert it.
 */
import { bare, Builtins, guarded } from '../../lib/intrinsics';
import { errorSummary } from './error-info';
import type { PendingWork } from './pending-work';
import { nextTask, realTimers } from './timers';

/** How a call of lambda ended. */
export type Completion =
  | { kind: 'result'; value: unknown }
  | { kind: 'error'; error: unknown }
  | { kind: 'never'; reason: string };

/** How long nothing may be pending before an unanswered call is declared unable to answer. */
export const NEVER_ANSWERS_GRACE_MS = 250;

/** Which contract a lambda follows: V1 when it takes a callback parameter. */
export function contractOf(lambda: (...args: unknown[]) => unknown): 'v1' | 'v2' {
  return lambda.length >= 2 ? 'v1' : 'v2';
}

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

/** Calls lambda with `input` and resolves how it ended (a `bare` Completion). */
export function invokeLambda(
  lambda: (...args: unknown[]) => unknown,
  input: unknown,
  pending: PendingWork,
  warn: (text: string) => void,
): Promise<Completion> {
  const v1 = contractOf(lambda) === 'v1';
  return new Builtins.Promise((resolve) => {
    let completion: Completion | null = null;
    let returned = false;
    let returnedValue: unknown;
    let callbackCalls = 0;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;

    const settle = (value: Completion) => {
      if (completion) return;
      completion = value;
      unsubscribe();
      if (idleTimer !== undefined) realTimers.clearTimeout(idleTimer);
      // Answer on the next task, so that a second callback call in the same turn is still seen.
      nextTask(() => resolve(bare(value)));
    };

    const neverReason = () =>
      returnedValue !== undefined
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

    const callback = (error?: unknown, value?: unknown) => {
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
      } else {
        settle({ kind: 'result', value });
      }
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

    let result: unknown;
    try {
      result = lambda(input, callback);
    } catch (error) {
      if (completion) failedAfterAnswer(error);
      else settle({ kind: 'error', error });
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
        if (completion) failedAfterAnswer(error);
        else settle({ kind: 'error', error });
      });
    } else {
      afterReturn(result);
    }
  });
}
