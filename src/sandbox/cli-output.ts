/**
 * The run as the official CLI (`lpf invoke`) prints it: `{ result, logs }` on success,
 * `{ errorCode, errorMsg, errorLogs }` on failure, values serialised as JSON carries them,
 * indented by 4, with the legacy error codes in both runtimes; or why it prints no JSON at all.
 */
import { countText } from '../lib/intrinsics';
import { RESULT_JSON_CHARS } from '../lib/message-limits';
import {
  taggedToJson,
  taggedToMarkedJson,
  type JsonValue,
  type Tagged,
} from '../lib/safe-serialise';
import type { Runtime } from '../schema/workspace';
import type { LogEntry, ProcessEnding, RunError, RunStatus } from './protocol';

/** The Warn message the runtime logs for a failure that is not an Error object. */
export const INCORRECT_FORMAT_MESSAGE =
  'Received error in an incorrect format. Please provide an error object to the callback.';

/** What the CLI output is made of. */
export interface CliRun {
  status: RunStatus;
  runtime: Runtime;
  hasResult: boolean;
  result: Tagged | null;
  /** The result's JSON text as the worker serialised it, indented as it stands in the output. */
  resultJson?: string;
  /** How many characters of `resultJson` were cut. */
  resultJsonCut?: number;
  error: RunError | null;
  logs: LogEntry[];
  /** Timestamp of the runtime's own final log entry on failure. */
  endedAt: number;
}

type CliLog = { level: string; message?: JsonValue; extras: JsonValue[]; timestamp: number };

/** Why a process ended, as the Raw view says it. */
const ENDINGS: Record<ProcessEnding, string> = {
  'uncaught-error': 'uncaught error',
  'unhandled-rejection': 'unhandled promise rejection',
  exit: 'process.exit() was called',
  'unsendable-output': 'a log or the result that JSON cannot carry',
};

/** Stands for the result while the output is built; the exact text replaces it. */
const RESULT_SLOT = '\u0000result\u0000';

function cliLog(entry: LogEntry): CliLog {
  const log: CliLog = {
    level: entry.level,
    extras: entry.extras.map((e) => taggedToMarkedJson(e) ?? null),
    timestamp: entry.timestamp,
  };
  const message = taggedToMarkedJson(entry.message);
  // JSON drops an undefined message; keep the CLI's key order (level, message, extras, timestamp).
  return message === undefined
    ? log
    : { level: log.level, message, extras: log.extras, timestamp: log.timestamp };
}

/** Why the CLI prints no JSON for `run` (its process ended, or the module never loaded), else null. */
export function cliSilence(run: Pick<CliRun, 'error' | 'status'>): string | null {
  const { error } = run;
  if (!error || run.status === 'cancelled' || run.status === 'crashed') return null;
  if (error.processEnded) return `its process ended (${ENDINGS[error.processEnded]})`;
  if (error.phase !== 'load') return null;
  return error.name === 'SyntaxError'
    ? 'its process ended loading the function (a syntax error: Node prints it on stderr)'
    : 'its process ended loading the function (an uncaught error at module level)';
}

/** The success output, with the result's exact JSON text when the worker sent it. */
function success(run: CliRun, logs: CliLog[], result?: JsonValue): string {
  if (result !== undefined) return JSON.stringify({ result, logs }, null, 4);
  if (run.resultJson === undefined) {
    const tagged = run.hasResult && run.result ? taggedToMarkedJson(run.result) : undefined;
    return JSON.stringify({ result: tagged, logs }, null, 4);
  }
  const cut = run.resultJsonCut
    ? `\n    [… the playground cut ${countText(run.resultJsonCut)} characters here: the result's JSON has ${countText(RESULT_JSON_CHARS + run.resultJsonCut)} characters and the Raw view keeps the first ${countText(RESULT_JSON_CHARS)}]`
    : '';
  const text = JSON.stringify({ result: RESULT_SLOT, logs }, null, 4);
  const at = text.indexOf(JSON.stringify(RESULT_SLOT));
  const value = run.resultJson + cut;
  return text.slice(0, at) + value + text.slice(at + JSON.stringify(RESULT_SLOT).length);
}

/** Whether a failure value is an object with a truthy `message` (the CLI logs it and answers success). */
function messageOf(value: JsonValue | null): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !!value.message;
}

/** A failure that is not an Error with a message, as each runtime's CLI wrapper formats it. */
function nonError(run: CliRun, error: RunError, logs: CliLog[]): string {
  const original = error.value ? (taggedToJson(error.value) ?? null) : null;
  const at = run.endedAt;
  if (messageOf(original))
    return success(
      run,
      [...logs, { level: 'Error', message: original, extras: [], timestamp: at }],
      '',
    );
  // V2's wrapper has no "incorrect format" branch: nothing is logged and the call prints success.
  if (run.runtime === 'v2') return success(run, logs, '');
  const warn = {
    level: 'Warn',
    message: INCORRECT_FORMAT_MESSAGE,
    extras: [{ originalFailure: original }],
    timestamp: at,
  };
  // A falsy original failure fails the parent's check: it prints success with the Warn entry as logged.
  if (!original) {
    const logged = {
      ...warn,
      message: { errorMsg: INCORRECT_FORMAT_MESSAGE, errorCode: error.code },
    };
    return success(run, [...logs, logged], '');
  }
  return JSON.stringify(
    { errorCode: error.code, errorMsg: original, errorLogs: [...logs, warn] },
    null,
    4,
  );
}

/** The CLI's printed JSON for a run; empty for a run that printed none (cancelled, crashed, process ended). */
export function cliOutput(run: CliRun): string {
  const logs = run.logs.map(cliLog);
  const { error } = run;
  if (run.status === 'succeeded') return success(run, logs);
  if (!error || run.status === 'cancelled' || run.status === 'crashed') return '';
  if (cliSilence(run)) return '';
  // The CLI has no log limit (cli-facts §7): it prints the run as if the platform's limit did not exist.
  if (error.name === 'LogLimit') return success(run, logs);
  if (error.name === 'NonError') return nonError(run, error, logs);
  if (run.runtime === 'v2' && error.message === '' && error.name !== 'Timeout')
    return success(run, logs, '');
  const errorLogs =
    error.name === 'Timeout'
      ? logs
      : [
          ...logs,
          {
            level: 'Error',
            message: `Received Error - ${error.message}`,
            extras: [],
            timestamp: run.endedAt,
          },
        ];
  return JSON.stringify({ errorCode: error.code, errorMsg: error.message, errorLogs }, null, 4);
}
