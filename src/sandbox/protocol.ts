/**
 * The messages between the app, the sandbox frame and the worker that runs user code, and the
 * shapes of a run's request and outcome. Everything the app receives comes from the side where
 * user code runs, so it is validated here with zod. The worker imports this file for types only
 * (`import type`), which keeps zod out of its bundle.
 */
import { z } from 'zod';
import { RUNTIME_RULES } from '../schema/platform';
import type { RunFields, SecretRow } from '../schema/workspace';
import type { EventId } from '../schema/events';
import type { Tagged } from '../lib/safe-serialise';
import type { PayloadEdit } from '../lib/payload-edit';
import { DEFAULT_TAG_LIMITS } from '../lib/safe-serialise';
import { receivedMax, RESULT_JSON_CHARS } from '../lib/message-limits';
import { isTagged } from './tagged-check';

/** What the app asks the sandbox to run: a workspace's fields but its test cases (see runRequestOf). */
export type RunRequest = RunFields;

/** Log levels of the Functions runtime's console. */
export const LOG_LEVELS = ['Debug', 'Info', 'Warn', 'Error'] as const;
/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Libraries the worker may ask the app for, by name: the packages the runtimes offer (`luxon` is
 * V2's 3.x, `luxon-v1` V1's 1.x), Node's built-ins the playground implements, and acorn.
 */
export const LIBRARY_NAMES = [
  'lodash',
  'luxon',
  'luxon-v1',
  'jsonwebtoken',
  'oauth-1.0a',
  'es-toolkit',
  'crypto',
  'stream',
  'util',
  'events',
  'string_decoder',
  'querystring',
  'url',
  'acorn',
] as const;
/** A library name. */
export type LibraryName = (typeof LIBRARY_NAMES)[number];

const number = z.number();
const exactNumber = number.exactOptional();
/** Strings from the sandbox, each capped (the worker cuts them to these lengths first). */
const text = {
  value: z.string().max(receivedMax('value')),
  key: z.string().max(receivedMax('key')),
  name: z.string().max(receivedMax('name')),
  message: z.string().max(receivedMax('message')),
  stack: z.string().max(receivedMax('stack')),
  warning: z.string().max(receivedMax('warning')),
  body: z.string().max(receivedMax('body')),
};
/** A list from the sandbox, capped at the serialiser's entry limit. */
const list = <T extends z.ZodType>(item: T, max = DEFAULT_TAG_LIMITS.entries) =>
  z.array(item).max(max);

/** Zod schema of a tagged value (see lib/safe-serialise), checked by one fast walk (tagged-check). */
export const taggedSchema: z.ZodType<Tagged> = z.custom<Tagged>(isTagged, {
  message: 'not a well-formed tagged value',
});

/** One console call: `message` is the first argument, `extras` the rest, as the runtime logs them. */
export const logEntrySchema = z.object({
  level: z.enum(LOG_LEVELS),
  message: taggedSchema,
  extras: list(taggedSchema),
  timestamp: number,
});
/** One console call. */
export type LogEntry = z.infer<typeof logEntrySchema>;

/** A toolbelt client of either runtime. */
type ToolbeltClient =
  keyof typeof RUNTIME_RULES.v1.toolbeltClients | keyof typeof RUNTIME_RULES.v2.toolbeltClients;
/** What can make a request: the global fetch, or any client of either runtime's toolbelt (from the records). */
export const REQUEST_CLIENTS = [
  'fetch',
  ...new Set([
    ...Object.keys(RUNTIME_RULES.v1.toolbeltClients),
    ...Object.keys(RUNTIME_RULES.v2.toolbeltClients),
  ]),
] as ['fetch', ...ToolbeltClient[]];

/** One HTTP request made by the function (fetch or a toolbelt client). */
export const requestLogEntrySchema = z.object({
  id: number,
  client: z.enum(REQUEST_CLIENTS),
  /** The toolbelt method that made the request, e.g. `ContextServiceClient.getPropertyInSession`. */
  operation: text.name.exactOptional(),
  method: text.name,
  url: text.message,
  requestHeaders: z
    .record(text.key, text.message)
    .refine((headers) => Object.keys(headers).length <= 200, 'too many headers'),
  requestBody: text.body.exactOptional(),
  /** Index of the mock rule that answered, or null when none matched. */
  mockIndex: number.nullable(),
  status: exactNumber,
  responseBody: text.body.exactOptional(),
  error: text.message.exactOptional(),
  /** Milliseconds from the start of the run. */
  startedMs: number,
  /** Absent while the request is still waiting for its answer. */
  durationMs: exactNumber,
});
/** One HTTP request made by the function. */
export type RequestLogEntry = z.infer<typeof requestLogEntrySchema>;

/** Why the runtime's process ended during a run (the CLI then prints no JSON for it). */
export const PROCESS_ENDINGS = [
  /** An error thrown where nothing caught it (a timer, a callback). */
  'uncaught-error',
  /** A promise rejected with no handler. */
  'unhandled-rejection',
  /** The code called `process.exit()`. */
  'exit',
  /** A log or the result that the runtime cannot send (a circular object, a BigInt). */
  'unsendable-output',
] as const;
/** Why the runtime's process ended. */
export type ProcessEnding = (typeof PROCESS_ENDINGS)[number];

/** One line console output at module level printed (Node's console, not the runtime's logger). */
export const moduleOutputLineSchema = z.object({
  stream: z.enum(['stdout', 'stderr']),
  text: text.message,
});
/** One line of module-level console output. */
export type ModuleOutputLine = z.infer<typeof moduleOutputLineSchema>;

/** A failure of the function, as the runtime classifies it. */
export const runErrorSchema = z.object({
  /** The code the CLI prints: `com.liveperson.faas.handler.runtime-exception`, `...custom-failure`, `...executiontime-exceeded`. */
  code: text.name,
  /** The code the deployed platform answers with when it differs from `code` (V2: `com.customer.faas.function.*`). */
  platformCode: text.name.exactOptional(),
  /** Set when the failure ended the runtime's process instead of answering the invocation. */
  processEnded: z.enum(PROCESS_ENDINGS).exactOptional(),
  /** Error name (`TypeError`...), or `NonError` when the failure was not an Error object. */
  name: text.name,
  message: text.message,
  stack: text.stack.exactOptional(),
  /** Position in the user's code, 1-based. */
  line: exactNumber,
  column: exactNumber,
  /** When it happened: loading the code (module level), running lambda, or serialising the result. */
  phase: z.enum(['load', 'invoke', 'result']),
  /** The value passed as error when it was not an Error object (shown as the CLI's errorMsg). */
  value: taggedSchema.exactOptional(),
});
/** A failure of the function. */
export type RunError = z.infer<typeof runErrorSchema>;

/** What the worker reports at the end of a run it completed itself. */
export const runDoneSchema = z.object({
  status: z.enum(['succeeded', 'failed']),
  hasResult: z.boolean(),
  result: taggedSchema.nullable(),
  error: runErrorSchema.nullable(),
  /** V1: `lambda(input, callback)`; V2: `async lambda(input)` returning the result. */
  contract: z.enum(['v1', 'v2']).nullable(),
  coldStart: z.boolean(),
  droppedLogs: number,
  /** What console calls at module level printed as plain text (the CLI prints it before its JSON). */
  moduleOutput: list(moduleOutputLineSchema, 200).exactOptional(),
  /** How many lines of module-level output were not sent. */
  droppedModuleLines: exactNumber,
  /** The result's JSON text as the CLI prints it inside `{ "result": … }` (nested lines indented by 4), its first RESULT_JSON_CHARS. */
  resultJson: z.string().max(RESULT_JSON_CHARS).exactOptional(),
  /** How many characters of the result's JSON text were cut. */
  resultJsonCut: exactNumber,
});
/** What the worker reports at the end of a run. */
export type RunDone = z.infer<typeof runDoneSchema>;

/** One case of a batch as the worker ran it (a fresh instance each, unless the batch keeps one warm). */
export const batchCaseSchema = z.object({
  index: number,
  status: z.enum(['succeeded', 'failed']),
  durationMs: number,
  hasResult: z.boolean(),
  result: taggedSchema.nullable(),
  error: runErrorSchema.nullable(),
  /** The case's console entries, when the batch asked for them (capped). */
  logs: list(logEntrySchema, 1000),
});
/** One case of a batch as the worker ran it. */
export type BatchCase = z.infer<typeof batchCaseSchema>;

/** One case of a batch: its own payload, or edits to the batch's base payload. */
export interface BatchItem {
  event?: EventId;
  payload?: Record<string, unknown>;
  edits?: PayloadEdit[];
}

/** Many runs of one function in one worker, one after the other. */
export interface BatchRequest {
  /** The function and its configuration; `payload` is the base the items' edits apply to. */
  run: Omit<RunRequest, 'keepWarm'>;
  items: BatchItem[];
  /** Keep one instance (module state) for the whole batch instead of loading the code per case. */
  keepWarm: boolean;
  /** Report each case's console entries. */
  withLogs: boolean;
}

/** Where a secret read was served from. */
export const SECRET_READ_SOURCES = ['cache', 'store'] as const;
/** One secret read of a run: the key and where it was served from. */
export interface SecretRead {
  key: string;
  from: (typeof SECRET_READ_SOURCES)[number];
}

/**
 * The name instrumented code (a Debug run's) calls the recorder by: a parameter of its module
 * scope, given only to debug runs.
 */
export const RECORDER_PARAM = '__sfpRec';

/**
 * What instrumented code calls (the transform: sandbox/recorder; the recorder: worker/trace-recorder).
 * Ids: `fn` and `point` and `site` index the transform's ProgramMap; frames are numbered by the
 * recorder from 0 in the order they are entered.
 */
export interface RecorderProbe {
  /** Enters function `fn` (0: the module's top-level code), lexically inside frame `parent` (-1: none); returns the new frame's id. */
  e(fn: number, parent: number): number;
  /** Leaves frame `frame` (called in a `finally`: on return, throw and a generator's end alike). */
  l(frame: number): void;
  /** A step: the statement at `point` is about to run, in frame `frame`. */
  s(point: number, frame: number): void;
  /** A write: `value` was just written to the variable of write site `site`, which frame `frame` owns. */
  v(site: number, frame: number, value: unknown): void;
}

/** Bounds of one recording (chosen by measurement; the debugger states them). */
export interface TraceLimits {
  /** Most steps recorded; past it the run goes on, counted but not recorded. */
  steps: number;
  /** Most bytes of value snapshots (as JSON text) recorded. */
  bytes: number;
}

/** A Debug run: the instrumented code the worker runs instead of `request.code`, and its limits. */
export interface TraceRequest {
  code: string;
  limits: TraceLimits;
}

/** Most of each part one trace batch carries (the recorder flushes a batch when one is full). */
export const TRACE_BATCH = { steps: 2000, frames: 2000, writes: 2000, events: 500 } as const;

/** What a timeline event of the trace refers to: a message of the same run. */
export const TRACE_EVENT_KINDS = ['log', 'request', 'secret-read', 'secret-updated'] as const;
/** A timeline event's kind. */
export type TraceEventKind = (typeof TRACE_EVENT_KINDS)[number];

const index = z.number().int().min(0);
/** One write of a trace: at step `step` (the step running when it was written). */
export const traceWriteSchema = z.object({
  step: index,
  site: index,
  frame: index,
  value: taggedSchema,
});
/** One write of a trace. */
export type TraceWrite = z.infer<typeof traceWriteSchema>;

/**
 * A message of the run sent while step `step` was running: `ref` is the log's or the secret read's
 * or update's ordinal among the run's messages of that kind (from 0), or the request's id.
 */
export const traceEventSchema = z.object({
  step: index,
  kind: z.enum(TRACE_EVENT_KINDS),
  ref: index,
});
/** One timeline event of a trace. */
export type TraceEvent = z.infer<typeof traceEventSchema>;

/** How a recording ended, sent with the last batch of a run the worker finished. */
export const traceEndSchema = z.object({
  /** Steps the run executed in all (recorded or not). */
  totalSteps: index,
  /** Which limit stopped the recording, if one did. */
  cut: z.enum(['steps', 'bytes']).nullable(),
});
/** How a recording ended. */
export type TraceEnd = z.infer<typeof traceEndSchema>;

/** Part of a recording, in the order it happened; batches follow one another. */
export const traceBatchSchema = z.object({
  /** Two numbers per step: the point id, the frame id. */
  steps: z.array(index).max(2 * TRACE_BATCH.steps),
  /** Four numbers per frame entered since the last batch: function id, lexical parent frame, caller frame (-1: none), call depth (1: called by the runtime). */
  frames: z.array(z.number().int().min(-1)).max(4 * TRACE_BATCH.frames),
  writes: z.array(traceWriteSchema).max(TRACE_BATCH.writes),
  events: z.array(traceEventSchema).max(TRACE_BATCH.events),
  end: traceEndSchema.exactOptional(),
});
/** Part of a recording. */
export type TraceBatch = z.infer<typeof traceBatchSchema>;

/** Messages the worker sends to the app. */
export const workerMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('log'), runId: number, entry: logEntrySchema }),
  z.object({ kind: z.literal('logs-dropped'), runId: number, count: number }),
  z.object({ kind: z.literal('request'), runId: number, entry: requestLogEntrySchema }),
  z.object({
    kind: z.literal('secret-updated'),
    runId: number,
    key: text.key,
    /** The new value's text: JSON text for a `json` secret. */
    value: text.value,
    type: z.enum(['text', 'json']),
  }),
  /** Code read a secret: from the instance's cache (V2) or from the store; never its value. */
  z.object({
    kind: z.literal('secret-read'),
    runId: number,
    key: text.key,
    from: z.enum(SECRET_READ_SOURCES),
  }),
  z.object({ kind: z.literal('warning'), runId: number, text: text.warning }),
  /** Part of a Debug run's recording (never sent for a plain run). */
  z.object({ kind: z.literal('trace'), runId: number, batch: traceBatchSchema }),
  z.object({ kind: z.literal('done'), runId: number, done: runDoneSchema }),
  z.object({ kind: z.literal('library-request'), name: z.enum(LIBRARY_NAMES) }),
  z.object({ kind: z.literal('batch-case'), batchId: number, case: batchCaseSchema }),
  z.object({ kind: z.literal('batch-done'), batchId: number }),
]);
/** A message from the worker. */
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/** Messages the app sends to the worker. */
export type AppToWorkerMessage =
  | { kind: 'run'; runId: number; request: RunRequest; trace?: TraceRequest }
  | { kind: 'library-source'; name: LibraryName; source: string }
  /** Runs the batch's items from `start` on; each case reports as it ends. */
  | { kind: 'batch'; batchId: number; request: BatchRequest; start: number };

/** Messages the sandbox frame sends to the app over its control port. */
export const frameMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('worker-error'), message: text.message }),
  /** The frame's heartbeat: it stops when the frame's process dies (out of memory). */
  z.object({ kind: z.literal('alive') }),
]);
/** A message from the frame. */
export type FrameMessage = z.infer<typeof frameMessageSchema>;

/** The first message the app posts to a new sandbox frame, with the control and worker ports. */
export interface FrameInitMessage {
  kind: 'init';
  /** Source text of the classic worker script (the bundled harness). */
  workerScript: string;
}

/** How a run ended. */
export type RunStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'crashed';

/** Everything the app shows about a finished run. */
export interface RunOutcome {
  status: RunStatus;
  /** Milliseconds from the run request to the outcome. */
  durationMs: number;
  hasResult: boolean;
  /** The result, tagged (null when there is none). */
  result: Tagged | null;
  error: RunError | null;
  contract: 'v1' | 'v2' | null;
  coldStart: boolean;
  logs: LogEntry[];
  droppedLogs: number;
  /** What module-level console calls printed, as plain text. */
  moduleOutput: ModuleOutputLine[];
  /** How many lines of module-level output were not kept. */
  droppedModuleLines?: number;
  /** Platform limits broken and suspicious behaviour: second callback call, forgotten await... */
  warnings: string[];
  requests: RequestLogEntry[];
  /** Secrets the run wrote (SecretClient.updateSecret), one row per key, with their type. */
  secretUpdates: SecretRow[];
  /** Secrets the run read, in order, and whether each came from the instance's cache. */
  secretReads: SecretRead[];
  /** The run as the CLI prints it (`{result, logs}` or `{errorCode, errorMsg, errorLogs}`); empty when nothing would be printed. */
  raw: string;
  /** Why the CLI prints no JSON for this run (its process ended, the module failed to load), when it prints none. */
  noJson?: string;
  /** A Debug run's recording, as far as it arrived (absent for a plain run). */
  trace?: RunTrace;
}

/** The sizes of the transform's ProgramMap: a trace's ids must stay below them. */
export interface TraceBounds {
  points: number;
  sites: number;
  functions: number;
}

/** A Debug run's recording as the app received it, every batch checked against the TraceBounds. */
export interface RunTrace {
  /** Two numbers per step: point id, frame id. */
  steps: number[];
  /** Four numbers per frame: function id, lexical parent frame, caller frame, call depth. */
  frames: number[];
  writes: TraceWrite[];
  events: TraceEvent[];
  /** How the recording ended; null when the run did not finish (stopped, timed out, crashed). */
  end: TraceEnd | null;
  /** Whether a batch was refused (malformed or out of bounds): the recording stops before it. */
  refused: boolean;
}

/** A recording with nothing in it yet. */
export const emptyTrace = (): RunTrace => ({
  steps: [],
  frames: [],
  writes: [],
  events: [],
  end: null,
  refused: false,
});
