/**
 * One run's services: where its logs, requests, secret updates and warnings go, with the
 * platform's log limits checked and a cap on what is streamed to the app. Everything it sends
 * is built here from values it checked, with built-ins captured before user code ran, and
 * nothing is sent once the run has ended.
 */
import {
  append,
  bare,
  charCodeOf,
  countText,
  dateNow,
  hasOwn,
  jsonStringify,
  SafeMap,
} from '../../lib/intrinsics';
import { capText, TEXT_CAPS } from '../../lib/message-limits';
import { taggedToJson, toTagged, type Tagged } from '../../lib/safe-serialise';
import { PLATFORM } from '../../schema/platform';
import type { MockRule } from '../../schema/workspace';
import type { LogLevel, RequestLogEntry, RunRequest, WorkerMessage } from '../protocol';
import { now } from './timers';

/** Most log entries streamed to the app per run; the rest are only counted. */
export const MAX_STREAMED_LOGS = 1000;
/** The platform's limits per invocation. */
const PLATFORM_LIMITS = PLATFORM.limits;

const LOG_TAG_LIMITS = { nodes: 2000, depth: 20, string: 10_000, entries: 500 };

/** One run's services. */
export interface RunScope {
  readonly runId: number;
  /** `performance.now()` when the run started. */
  readonly startedAt: number;
  readonly mocks: readonly MockRule[];
  /** The value of the run's secret `key`, if it has one. */
  readSecret(key: string): string | undefined;
  /**
   * Sets the run's secret `key` and reports it to the app; false (nothing changes) unless the
   * run has that secret, the key is [A-Za-z0-9_-]{1,100} and the value fits the platform's limit.
   */
  updateSecret(key: string, value: string): boolean;
  /** Records one console call. */
  log(level: LogLevel, args: unknown[]): void;
  /** Reports a new or updated request log entry (its texts already cut, see mock-http.ts). */
  request(entry: RequestLogEntry): void;
  /** Reports a warning (each text once), cut to TEXT_CAPS.warning. */
  warn(text: string): void;
  /** A new request id. */
  nextRequestId(): number;
  /** How many log entries were not streamed. */
  readonly droppedLogs: number;
  /** Ends the run: whatever its leftover timers or promises report afterwards is dropped. */
  close(): void;
}

function charCount(message: Tagged, extras: Tagged[]): number {
  const json = (t: Tagged) => {
    if (t.t === 'string') return t.v.length;
    try {
      const text: unknown = jsonStringify(taggedToJson(t) ?? null);
      return typeof text === 'string' ? text.length : 0;
    } catch {
      return 0;
    }
  };
  let count = json(message);
  for (let i = 0; i < extras.length; i++) count += json(extras[i]!);
  return count;
}

/** Whether `key` is a secret key the platform accepts: 1 to 100 of [A-Za-z0-9_-]. */
export function isSecretKey(key: string): boolean {
  if (key.length === 0 || key.length > PLATFORM_LIMITS.secretKeyChars) return false;
  for (let i = 0; i < key.length; i++) {
    const c = charCodeOf(key, i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && !(c >= 48 && c <= 57) && c !== 95 && c !== 45) return false;
  }
  return true;
}

/** Creates the services of run `runId`, streaming through `emit`. */
export function createRunScope(
  runId: number,
  request: RunRequest,
  emit: (message: WorkerMessage) => void,
): RunScope {
  const warned = bare({} as Record<string, true>);
  const secrets = new SafeMap<string, string>();
  for (let i = 0; i < request.secrets.length; i++) {
    const { key, value } = request.secrets[i]!;
    secrets.set(key, value);
  }
  let open = true;
  let entries = 0;
  let chars = 0;
  let dropped = 0;
  let lastDroppedReport = 0;
  let requestId = 0;

  const send = (message: WorkerMessage) => {
    if (open) emit(message);
  };

  const warn = (text: string) => {
    const cut = capText(text, TEXT_CAPS.warning);
    if (!open || hasOwn(warned, cut)) return;
    warned[cut] = true;
    send({ kind: 'warning', runId, text: cut });
  };

  return {
    runId,
    startedAt: now(),
    mocks: request.mocks,
    readSecret: (key) => secrets.get(key),
    updateSecret(key, value) {
      if (!open || !isSecretKey(key) || !secrets.has(key)) return false;
      if (value.length > PLATFORM_LIMITS.secretValueChars) return false;
      secrets.set(key, value);
      send({ kind: 'secret-updated', runId, key, value });
      return true;
    },
    log(level, args) {
      if (!open) return;
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
          send({ kind: 'logs-dropped', runId, count: dropped });
        }
        return;
      }
      const message = toTagged(args.length > 0 ? args[0] : undefined, LOG_TAG_LIMITS);
      const extras: Tagged[] = [];
      for (let i = 1; i < args.length; i++) append(extras, toTagged(args[i], LOG_TAG_LIMITS));
      chars += charCount(message, extras);
      if (chars > PLATFORM_LIMITS.logChars) {
        warn(
          `Logs of this run exceed ${countText(PLATFORM_LIMITS.logChars)} characters (message + extras): the platform's limit per invocation.`,
        );
      }
      send({ kind: 'log', runId, entry: { level, message, extras, timestamp: dateNow() } });
    },
    request(entry) {
      send({ kind: 'request', runId, entry });
    },
    warn,
    nextRequestId: () => ++requestId,
    get droppedLogs() {
      return dropped;
    },
    close() {
      open = false;
    },
  };
}
