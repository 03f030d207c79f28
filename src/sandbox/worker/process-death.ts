/**
 * What the playground reports when the runtime's process ends (an error nothing caught, a
 * rejection nothing handled, `process.exit()`): the failure of a run that got no answer, and
 * the notes on what the platform and its CLI do then. It runs after user code, so it uses
 * built-ins captured at load only.
 */
import { Builtins, defineOwn, jsonStringify, textOf } from '../../lib/intrinsics';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { ProcessEnding, RunError } from '../protocol';
import { describeFailure, errorSummary } from './error-info';

/** The error `process.exit(code)` ends a process with; its stack points at the call in the user's code. */
export function exitError(code: unknown): Error {
  const shown =
    typeof code === 'number' ? textOf(code) : typeof code === 'string' ? jsonStringify(code) : '';
  const error = new Builtins.Error(`process.exit(${shown}) ended the runtime's process`);
  defineOwn(error, 'name', 'ProcessExit');
  return error;
}

/** The failure of a run whose process ended before its answer reached the runtime. */
export function endedFailure(
  ending: ProcessEnding,
  error: unknown,
  phase: RunError['phase'],
  runtime: Runtime,
): RunError {
  return { ...describeFailure(error, phase, runtime), processEnded: ending };
}

const CAUSES: Record<ProcessEnding, string> = {
  'uncaught-error': 'an error nothing caught',
  'unhandled-rejection': 'a promise rejection nothing handled',
  exit: 'process.exit()',
  'unsendable-output': 'output the runtime cannot send',
};

/** What ended the process, in words: "a promise rejection nothing handled: Error: late (line 2, column 40)". */
function causeOf(ending: ProcessEnding, error: unknown): string {
  return `${CAUSES[ending]}: ${errorSummary(error)}`;
}

/** Where V1's platform and its CLI differ on unhandled rejections, the playground follows the CLI. */
function rejectionNote(ending: ProcessEnding, runtime: Runtime): string {
  if (ending !== 'unhandled-rejection' || runtime !== 'v1') return '';
  return ` On the V1 platform, Node ${rulesOf('v1').nodeVersion} would only print a warning and go on; the newest V1 CLI runs on Node 20 or later, which ends the process, and the playground follows the CLI. Await or catch every promise to be safe on both.`;
}

/** The note of a run whose process ended before it answered. */
export function endedBeforeAnswer(ending: ProcessEnding, error: unknown, runtime: Runtime): string {
  return `The runtime's process ended (${causeOf(ending, error)}) before the function's answer reached the runtime: the invocation got no answer, and the CLI prints no JSON for it.${rejectionNote(ending, runtime)}`;
}

/** The note of a run whose process ended after it answered. */
export function endedAfterAnswer(ending: ProcessEnding, error: unknown, runtime: Runtime): string {
  return `The runtime's process ended after the function answered (${causeOf(ending, error)}): the answer stands, but the instance is gone, so the next invocation meets a cold start.${rejectionNote(ending, runtime)}`;
}
