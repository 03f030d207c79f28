/**
 * Warnings where code meets a runtime it does not fit: a lambda written for the other contract,
 * and V2 failures the V2 CLI would print as a success. It runs after user code, so it uses
 * built-ins captured at load only.
 */
import { Builtins, isInstance } from '../../lib/intrinsics';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';

/** The warning for a lambda whose parameters do not fit the runtime's contract, with the fix; null if they fit. */
export function contractWarning(runtime: Runtime, lambdaLength: number): string | null {
  const takesCallback = lambdaLength >= 2;
  if (rulesOf(runtime).callbackPassed) {
    return takesCallback
      ? null
      : 'lambda takes no callback, but the V1 runtime calls lambda(input, callback) and answers only through the callback (a returned value is ignored): declare function lambda(input, callback) and call callback(null, result).';
  }
  return takesCallback
    ? 'lambda takes a callback, but the V2 runtime calls lambda(input) alone: callback is undefined there, and calling it fails with "callback is not a function". Return the result instead: async function lambda(input) { return result; }.'
    : null;
}

/** Whether `error` is an Error with a message: the only failure the V2 CLI prints as one. */
function isErrorWithMessage(error: unknown): boolean {
  try {
    return isInstance(error, Builtins.Error) && !!(error as Error).message;
  } catch {
    return false;
  }
}

/** The warning for a V2 failure that is not an Error with a message (the V2 CLI prints a success for it); null otherwise. */
export function nonErrorWarning(runtime: Runtime, error: unknown): string | null {
  if (runtime !== 'v2' || isErrorWithMessage(error)) return null;
  return 'This failure is not an Error with a message: the V2 platform documents a throw as a failure, which the playground follows, but the V2 CLI prints a success ({"result": ""}) for it. Throw an Error with a message: throw new Error("what went wrong").';
}
