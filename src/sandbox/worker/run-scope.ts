/**
 * One run's services: where its logs, requests, secret updates and warnings go, with the
 * platform's log limits checked and a cap on what is streamed to the app.
 */
import { taggedToJson, toTagged, type Tagged } from '../../lib/safe-serialise';
import type { MockRule } from '../../schema/workspace';
import type { LogLevel, RequestLogEntry, RunRequest, WorkerMessage } from '../protocol';

/** Most log entries streamed to the app per run; the rest are only counted. */
export const MAX_STREAMED_LOGS = 1000;
/** The platform's limits per invocation. */
export const PLATFORM_LIMITS = {
  logEntries: 10,
  logChars: 6000,
  codeChars: 100_000,
  runMs: 30_000,
};

const LOG_TAG_LIMITS = { nodes: 2000, depth: 20, string: 10_000, entries: 500 };
const { stringify } = JSON;
const now = () => performance.now();

/** One run's services. */
export interface RunScope {
  readonly runId: number;
  /** `performance.now()` when the run started. */
  readonly startedAt: number;
  /** The run's secrets table, updated by SecretClient.updateSecret. */
  readonly secrets: Map<string, string>;
  readonly mocks: readonly MockRule[];
  /** Records one console call. */
  log(level: LogLevel, args: unknown[]): void;
  /** Reports a new or updated request log entry. */
  request(entry: RequestLogEntry): void;
  /** Reports a secret written by the function. */
  secretUpdated(key: string, value: string): void;
  /** Reports a warning (each text once). */
  warn(text: string): void;
  /** A new request id. */
  nextRequestId(): number;
  /** How many log entries were not streamed. */
  readonly droppedLogs: number;
}

function charCount(message: Tagged, extras: Tagged[]): number {
  const json = (t: Tagged) => {
    if (t.t === 'string') return t.v.length;
    return stringify(taggedToJson(t) ?? null).length;
  };
  return json(message) + extras.reduce((sum, extra) => sum + json(extra), 0);
}

/** Creates the services of run `runId`, streaming through `emit`. */
export function createRunScope(
  runId: number,
  request: RunRequest,
  emit: (message: WorkerMessage) => void,
): RunScope {
  const warned = new Set<string>();
  let entries = 0;
  let chars = 0;
  let dropped = 0;
  let lastDroppedReport = 0;
  let requestId = 0;

  const warn = (text: string) => {
    if (warned.has(text)) return;
    warned.add(text);
    emit({ kind: 'warning', runId, text });
  };

  return {
    runId,
    startedAt: now(),
    secrets: new Map(request.secrets.map(({ key, value }) => [key, value])),
    mocks: request.mocks,
    log(level, args) {
      entries++;
      if (entries === PLATFORM_LIMITS.logEntries + 1) {
        warn(
          `More than ${PLATFORM_LIMITS.logEntries} log entries in one run: the platform keeps at most ${PLATFORM_LIMITS.logEntries} per invocation.`,
        );
      }
      if (entries > MAX_STREAMED_LOGS) {
        dropped++;
        const t = now();
        if (t - lastDroppedReport > 100) {
          lastDroppedReport = t;
          emit({ kind: 'logs-dropped', runId, count: dropped });
        }
        return;
      }
      const message = toTagged(args[0], LOG_TAG_LIMITS);
      const extras = args.slice(1).map((arg) => toTagged(arg, LOG_TAG_LIMITS));
      chars += charCount(message, extras);
      if (chars > PLATFORM_LIMITS.logChars) {
        warn(
          `Logs of this run exceed ${PLATFORM_LIMITS.logChars.toLocaleString('en')} characters (message + extras): the platform's limit per invocation.`,
        );
      }
      emit({ kind: 'log', runId, entry: { level, message, extras, timestamp: Date.now() } });
    },
    request(entry) {
      emit({ kind: 'request', runId, entry });
    },
    secretUpdated(key, value) {
      emit({ kind: 'secret-updated', runId, key, value });
    },
    warn,
    nextRequestId: () => ++requestId,
    get droppedLogs() {
      return dropped;
    },
  };
}
