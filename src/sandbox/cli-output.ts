/**
 * The run as the official CLI prints it: `{ result, logs }` on success, `{ errorCode, errorMsg,
 * errorLogs }` on failure, values serialised as JSON carries them, indented by 4.
 */
import { taggedToJson, type JsonValue, type Tagged } from '../lib/safe-serialise';
import type { LogEntry, RunError, RunStatus } from './protocol';

/** The Warn message the runtime logs for a failure that is not an Error object. */
export const INCORRECT_FORMAT_MESSAGE =
  'Received error in an incorrect format. Please provide an error object to the callback.';

/** What the CLI output is made of. */
export interface CliRun {
  status: RunStatus;
  hasResult: boolean;
  result: Tagged | null;
  error: RunError | null;
  logs: LogEntry[];
  /** Timestamp of the runtime's own final log entry on failure. */
  endedAt: number;
}

type CliLog = { level: string; message?: JsonValue; extras: JsonValue[]; timestamp: number };

function cliLog(entry: LogEntry): CliLog {
  const log: CliLog = {
    level: entry.level,
    extras: entry.extras.map((e) => taggedToJson(e) ?? null),
    timestamp: entry.timestamp,
  };
  const message = taggedToJson(entry.message);
  // JSON drops an undefined message; keep the CLI's key order (level, message, extras, timestamp).
  return message === undefined
    ? log
    : { level: log.level, message, extras: log.extras, timestamp: log.timestamp };
}

/** The CLI's printed output for a run; empty for a run that printed nothing (cancelled, crashed). */
export function cliOutput(run: CliRun): string {
  const logs = run.logs.map(cliLog);
  if (run.status === 'succeeded') {
    const result = run.hasResult && run.result ? taggedToJson(run.result) : undefined;
    return JSON.stringify({ result, logs }, null, 4);
  }
  const { error } = run;
  if (!error || run.status === 'cancelled' || run.status === 'crashed') return '';
  if (error.name === 'NonError') {
    const original = error.value ? (taggedToJson(error.value) ?? null) : null;
    const warn = {
      level: 'Warn',
      message: INCORRECT_FORMAT_MESSAGE,
      extras: [{ originalFailure: original }],
      timestamp: run.endedAt,
    };
    return JSON.stringify(
      { errorCode: error.code, errorMsg: original, errorLogs: [...logs, warn] },
      null,
      4,
    );
  }
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
