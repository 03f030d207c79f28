/**
 * One run's services: where its logs, requests, secret updates and warnings go, with the
 * platform's log limits checked and a cap on what is streamed to the app. Everything it sends
 * is built here from values it checked, with built-ins captured before user code ran, and
 * nothing is sent once the run has ended.
 */
import {
  append,
  bare,
  countText,
  dateNow,
  execPattern,
  hasOwn,
  jsonParse,
  jsonStringify,
  SafeMap,
} from '../../lib/intrinsics';
import { capText, TEXT_CAPS } from '../../lib/message-limits';
import { taggedToJson, toTagged, type Tagged } from '../../lib/safe-serialise';
import { PLATFORM, rulesOf } from '../../schema/platform';
import type { MockRule, Runtime, SecretType } from '../../schema/workspace';
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
  /**
   * The value of the run's secret `key` as the store gives it (a JSON secret parsed anew each
   * time), or `missing`; throws a SyntaxError when a JSON secret's text does not parse.
   */
  readSecret(key: string): unknown;
  /**
   * Sets the run's secret `key` to `text` (JSON text for a `json` secret) and reports it to the
   * app; false (nothing changes) unless the run has that secret, the key is one the runtime
   * accepts and the text fits its limit.
   */
  updateSecret(key: string, text: string, type: SecretType): boolean;
  /** Reports that code read secret `key`, from the instance's cache or from the store (never its value). */
  secretRead(key: string, from: 'cache' | 'store'): void;
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

/** What `readSecret` gives for a key the run has no secret for. */
export const MISSING_SECRET: unique symbol = Symbol('missing secret');
/** Most secret reads reported to the app per run. */
export const MAX_REPORTED_SECRET_READS = 100;

const SECRET_KEY_PATTERNS = {
  v1: secretKeyPattern('v1'),
  v2: secretKeyPattern('v2'),
};
function secretKeyPattern(runtime: Runtime): RegExp {
  const rules = rulesOf(runtime);
  return new RegExp(`^[${rules.secretKeyChars}]{1,${rules.limits.secretKeyChars}}$`);
}

/** Whether `key` is a secret key runtime `runtime` accepts (1 to 100 of [A-Za-z0-9_-]). */
export function isSecretKey(key: string, runtime: Runtime): boolean {
  return execPattern(SECRET_KEY_PATTERNS[runtime], key) !== null;
}

/** Creates the services of run `runId`, streaming through `emit`. */
export function createRunScope(
  runId: number,
  request: RunRequest,
  emit: (message: WorkerMessage) => void,
): RunScope {
  const warned = bare({} as Record<string, true>);
  const secrets = new SafeMap<string, { text: string; type: SecretType }>();
  for (let i = 0; i < request.secrets.length; i++) {
    const { key, value, type } = request.secrets[i]!;
    secrets.set(key, bare({ text: value, type: type ?? 'text' }));
  }
  const secretLimit = rulesOf(request.runtime).limits.secretValueChars;
  let secretReads = 0;
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

  for (let i = 0; i < request.secrets.length; i++) {
    const { key, value, type } = request.secrets[i]!;
    if (type !== 'json') continue;
    try {
      jsonParse(value);
    } catch {
      warn(
        `Secret ${capText(key, TEXT_CAPS.key)} is typed JSON but its value is not valid JSON: reading it fails. Fix it in Settings.`,
      );
    }
  }

  return {
    runId,
    startedAt: now(),
    mocks: request.mocks,
    readSecret(key) {
      const secret = secrets.get(key);
      if (!secret) return MISSING_SECRET;
      return secret.type === 'json' ? jsonParse(secret.text) : secret.text;
    },
    updateSecret(key, text, type) {
      if (!open || !isSecretKey(key, request.runtime) || !secrets.has(key)) return false;
      if (text.length > secretLimit) return false;
      secrets.set(key, bare({ text, type }));
      send({ kind: 'secret-updated', runId, key, value: text, type });
      return true;
    },
    secretRead(key, from) {
      if (++secretReads > MAX_REPORTED_SECRET_READS) return;
      send({ kind: 'secret-read', runId, key: capText(key, TEXT_CAPS.key), from });
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
