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
  indexOfText,
  jsonParse,
  jsonStringify,
  SafeMap,
  sliceText,
} from '../../lib/intrinsics';
import { capText, TEXT_CAPS } from '../../lib/message-limits';
import { toTagged, type Tagged } from '../../lib/safe-serialise';
import { rulesOf } from '../../schema/platform';
import type { MockRule, Runtime, SecretType } from '../../schema/workspace';
import type {
  LogLevel,
  ModuleOutputLine,
  RequestLogEntry,
  RunError,
  RunRequest,
  WorkerMessage,
} from '../protocol';
import { describeFailure } from './error-info';
import { consoleText } from './inspect';
import { now } from './timers';

/** Most log entries streamed to the app per run; the rest are only counted. */
export const MAX_STREAMED_LOGS = 1000;

const LOG_TAG_LIMITS = { nodes: 2000, depth: 20, string: 10_000, entries: 500 };
/** What Node's console shows of a value printed at module level: depth 2, 10,000 characters, 100 items. */
const PRINT_TAG_LIMITS = { nodes: 2000, depth: 4, string: 10_000, entries: 100 };
/** Most lines of module-level output kept per run (the protocol's bound); the rest are counted. */
export const MAX_MODULE_LINES = 200;

/** One run's services. */
export interface RunScope {
  readonly runId: number;
  /** `performance.now()` when the run started. */
  readonly startedAt: number;
  readonly mocks: readonly MockRule[];
  /** The runtime the run emulates. */
  readonly runtime: Runtime;
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
  /** Records one console call inside lambda: a log entry (a value JSON cannot carry ends the process). */
  log(level: LogLevel, args: unknown[]): void;
  /** Records one console call at module level: Node's console prints it as plain text, not a log. */
  print(stream: ModuleOutputLine['stream'], args: unknown[]): void;
  /** Records a failure that ends the run whatever lambda answers (the first one counts). */
  fail(error: RunError): void;
  /** That failure, if any. */
  readonly fatal: RunError | null;
  /** V1's log-limit-reached failure, once the run logged past the limit (V2 only warns). */
  readonly logLimit: RunError | null;
  /** What module-level console calls printed, line by line (the first MAX_MODULE_LINES). */
  readonly moduleOutput: ModuleOutputLine[];
  /** How many lines of module-level output were not kept. */
  readonly droppedModuleLines: number;
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

/**
 * The characters of one console argument as the limits count them (a string as is, any other
 * value as JSON), or the error JSON throws (a circular object, a BigInt, a throwing toJSON).
 */
function jsonChars(value: unknown): { chars: number } | { error: unknown } {
  if (typeof value === 'string') return { chars: value.length };
  try {
    const text: unknown = jsonStringify(value);
    return { chars: typeof text === 'string' ? text.length : 0 };
  } catch (error) {
    return { error };
  }
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
  const { runtime } = request;
  const rules = rulesOf(runtime);
  let fatal: RunError | null = null;
  let logLimit: RunError | null = null;
  const moduleOutput: ModuleOutputLine[] = [];
  let droppedModuleLines = 0;

  const send = (message: WorkerMessage) => {
    if (open) emit(message);
  };

  const warn = (text: string) => {
    const cut = capText(text, TEXT_CAPS.warning);
    if (!open || hasOwn(warned, cut)) return;
    warned[cut] = true;
    send({ kind: 'warning', runId, text: cut });
  };

  let overChars = false;
  /** V1 answers log-limit-reached past its limits (V1 limitations doc); V2's behaviour there is undocumented. */
  const pastLimit = (what: string) => {
    const where = `${what} in one invocation`;
    if (rules.pastLogLimit === 'fail' && logLimit === null) {
      logLimit = bare<RunError>({
        code: rules.errorCodes.logLimit,
        name: 'LogLimit',
        message: `${where}: past the V1 limit of ${rules.limits.logEntries} entries and ${countText(rules.limits.logChars)} characters.`,
        phase: 'invoke',
      });
    }
    warn(
      logLimit
        ? `${where}: the V1 platform answers ${rules.errorCodes.logLimit} and keeps only one error log (V1 limitations doc), so the run fails. lpf invoke has no log limit: it prints every log and the result (the Raw view).`
        : `${where}: the V2 platform keeps at most ${rules.limits.logEntries} entries and ${countText(rules.limits.logChars)} characters per invocation (V2 logging doc); what it does past that is not documented, so the playground keeps them all, as lpf invoke does.`,
    );
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
    runtime,
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
      for (let i = 0; i < args.length && fatal === null; i++) {
        const counted = jsonChars(args[i]);
        if ('chars' in counted) chars += counted.chars;
        else
          fatal = bare<RunError>({
            ...describeFailure(counted.error, 'invoke', runtime),
            processEnded: 'unsendable-output',
          });
      }
      if (entries === rules.limits.logEntries + 1)
        pastLimit(`More than ${rules.limits.logEntries} log entries`);
      if (chars > rules.limits.logChars && !overChars) {
        overChars = true;
        pastLimit(
          `More than ${countText(rules.limits.logChars)} characters of logs (message + extras)`,
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
      send({ kind: 'log', runId, entry: { level, message, extras, timestamp: dateNow() } });
    },
    print(stream, args) {
      if (!open) return;
      const tagged: Tagged[] = [];
      for (let i = 0; i < args.length; i++) append(tagged, toTagged(args[i], PRINT_TAG_LIMITS));
      const text = consoleText(tagged);
      for (let start = 0; start <= text.length;) {
        const newline = indexOfText(text, '\n', start);
        const end = newline < 0 ? text.length : newline;
        if (moduleOutput.length < MAX_MODULE_LINES) {
          const line = capText(sliceText(text, start, end), TEXT_CAPS.message);
          append(moduleOutput, bare({ stream, text: line }));
        } else droppedModuleLines++;
        start = end + 1;
      }
    },
    fail(error) {
      if (fatal === null) fatal = error;
    },
    get fatal() {
      return fatal;
    },
    get logLimit() {
      return logLimit;
    },
    get moduleOutput() {
      return moduleOutput;
    },
    get droppedModuleLines() {
      return droppedModuleLines;
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
