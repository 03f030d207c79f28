/**
 * The harness: runs a RunRequest the way the run's runtime (V1 or V2) would and reports the run
 * (streamed logs, requests, warnings, then the result or the failure). The instance's process
 * ends as Node's does (process-life.ts): before the answer, the run fails at once; after it, the
 * instance is dropped. Pure of any worker or DOM API, so it runs in Node for tests; `entry.ts`
 * wires it into the worker.
 * What it reports is built with built-ins captured before user code ran; the RunDone it resolves
 * is `bare` (no prototype), so no `then` user code puts on Object.prototype can divert it.
 */
import {
  bare,
  Builtins,
  countText,
  guarded,
  inSet,
  jsonStringify,
  sliceText,
  structuredCopy,
} from '../../lib/intrinsics';
import { RESULT_JSON_CHARS } from '../../lib/message-limits';
import { taggedKinds, toTagged, type Tagged } from '../../lib/safe-serialise';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type {
  LibraryName,
  ProcessEnding,
  RunDone,
  RunError,
  RunRequest,
  TraceRequest,
  WorkerMessage,
} from '../protocol';
import { timeoutError } from '../../lib/timeout-error';
import { describeFailure, errorSummary } from './error-info';
import { envWarnings, instanceKey, loadInstance, type Instance } from './instance';
import { invokeLambda, type Completion, type Invocation } from './invoke';
import { endedAfterAnswer, endedBeforeAnswer, endedFailure } from './process-death';
import { inNodeWords, prepareRealm } from './node-realm';
import { adoptProcess, ProcessLife } from './process-life';
import { createRunScope, type RunScope } from './run-scope';
import { contractWarning, nonErrorWarning } from './runtime-warnings';
import { now } from './timers';
import { createTraceRecorder, traceEventRefs, type TraceRecorder } from './trace-recorder';

/** What the harness needs from where it runs. */
export interface HarnessHost {
  /** Streams a message to the app. */
  emit(message: WorkerMessage): void;
  /** Fetches a library's source text. */
  loadLibrary(name: LibraryName): Promise<string>;
  /**
   * Whether a run may trim the realm to its runtime's Node version (node-realm.ts): the worker's
   * own realm, or a test's that puts it back (restoreRealm); other tests share vitest's realm.
   */
  trimsRealm?: boolean;
}

const JSON_CHANGES: readonly (readonly [kind: string, change: string])[] = [
  ['map', 'a Map becomes {}'],
  ['set', 'a Set becomes {}'],
  ['error', 'an Error becomes {} (send error.message instead)'],
  ['function', 'functions are dropped'],
];

/** The end of a run the harness itself failed (a bug, or user code that broke it). */
export function harnessFailure(error: unknown): RunDone {
  const { platformCode: _, ...described } = describeFailure(error, 'invoke', 'v1');
  return bare({
    status: 'failed',
    hasResult: false,
    result: null,
    error: { ...described, code: 'playground.harness-failure' },
    contract: null,
    coldStart: true,
    droppedLogs: 0,
  });
}

function failed(
  error: RunError,
  contract: RunDone['contract'],
  coldStart: boolean,
  scope: RunScope,
): RunDone {
  return bare({
    status: 'failed',
    hasResult: false,
    result: null,
    error,
    contract,
    coldStart,
    ...ended(scope),
  });
}

/** What every end of a run reports from its scope: dropped logs and module-level output. */
function ended(
  scope: RunScope,
): Pick<RunDone, 'droppedLogs' | 'moduleOutput' | 'droppedModuleLines'> {
  const output = { droppedLogs: scope.droppedLogs, moduleOutput: scope.moduleOutput };
  return scope.droppedModuleLines > 0
    ? { ...output, droppedModuleLines: scope.droppedModuleLines }
    : output;
}

/** What JSON puts before the result in `{ "result": … }` indented by 4. */
const RESULT_PREFIX = '{\n    "result": ';

/**
 * The result's JSON text as it stands in the CLI's output (inside `{ "result": … }`, so nested
 * lines indented by 4), cut to RESULT_JSON_CHARS; none when JSON gives nothing. `wrapped` is
 * the JSON of `{ result }`: indenting here spares the page a pass over a text of millions.
 */
function resultText(wrapped: unknown): Pick<RunDone, 'resultJson' | 'resultJsonCut'> {
  if (typeof wrapped !== 'string' || wrapped.length <= RESULT_PREFIX.length) return {};
  const json = sliceText(wrapped, RESULT_PREFIX.length, wrapped.length - 2);
  if (json.length <= RESULT_JSON_CHARS) return { resultJson: json };
  return {
    resultJson: sliceText(json, 0, RESULT_JSON_CHARS),
    resultJsonCut: json.length - RESULT_JSON_CHARS,
  };
}

function resultWarnings(tagged: Tagged, scope: RunScope): void {
  const kinds = taggedKinds(tagged);
  if (inSet(kinds, 'promise'))
    scope.warn('The result contains a Promise (a missing await?): JSON turns it into {}.');
  let changes = '';
  for (let i = 0; i < JSON_CHANGES.length; i++) {
    const entry = JSON_CHANGES[i]!;
    if (inSet(kinds, entry[0])) changes = changes ? `${changes}; ${entry[1]}` : entry[1];
  }
  if (changes) scope.warn(`The platform sends the result as JSON, which changes it: ${changes}.`);
}

/**
 * The end of a run from how lambda completed, as the runtime reports it: a failure that ended the
 * process (a V2 console crash, a log or a result JSON cannot carry) comes first, then lambda's own
 * failure, then V1's log-limit-reached over a success; the result's exact JSON text rides along.
 */
function finish(
  completion: Completion,
  contract: Runtime,
  coldStart: boolean,
  scope: RunScope,
): RunDone {
  const { runtime } = scope;
  if (scope.fatal) return failed(scope.fatal, contract, coldStart, scope);
  if (completion.kind === 'never') {
    scope.warn(completion.reason);
    return failed(timeoutError(contract), contract, coldStart, scope);
  }
  if (completion.kind === 'ended') {
    const error = endedFailure(completion.ending, completion.error, 'invoke', contract);
    return failed(error, contract, coldStart, scope);
  }
  if (completion.kind === 'error') {
    const warning = nonErrorWarning(contract, completion.error);
    if (warning) scope.warn(warning);
    return failed(
      describeFailure(completion.error, 'invoke', contract),
      contract,
      coldStart,
      scope,
    );
  }
  const { value } = completion;
  let json: unknown;
  try {
    json = jsonStringify(bare({ result: value }), null, 4);
  } catch (error) {
    scope.warn(
      `The runtime sends the result as JSON, and this one cannot be serialised: ${errorSummary(error)}. The process dies while sending it: lpf invoke prints no JSON.`,
    );
    const failure = describeFailure(error, 'result', runtime);
    return bare({
      ...failed({ ...failure, processEnded: 'unsendable-output' }, contract, coldStart, scope),
      hasResult: true,
      result: toTagged(value),
    });
  }
  const result = toTagged(value);
  resultWarnings(result, scope);
  const hasResult = value !== undefined;
  const answer = {
    hasResult,
    result: hasResult ? result : null,
    contract,
    coldStart,
    ...ended(scope),
    ...resultText(json),
  };
  if (scope.logLimit) return bare({ ...answer, status: 'failed', error: scope.logLimit });
  return bare({ ...answer, status: 'succeeded', error: null });
}

/** The run in progress: its scope, runtime, instance's process and call of lambda. */
interface ActiveRun {
  scope: RunScope;
  runtime: Runtime;
  life: ProcessLife | null;
  invocation: Invocation | null;
  /** How the process ended before lambda was called (at load). */
  ended: { ending: ProcessEnding; error: unknown } | null;
  /** A Debug run's instrumented code and recorder. */
  traced: { code: string; recorder: TraceRecorder } | null;
}

/** `emit`, with a timeline event recorded for each log, first request of an id, secret read and update. */
function tracedEmit(
  emit: (message: WorkerMessage) => void,
  recorder: TraceRecorder,
): (message: WorkerMessage) => void {
  const refs = traceEventRefs();
  return (message) => {
    const { kind } = message;
    if (kind === 'log' || kind === 'secret-read' || kind === 'secret-updated')
      recorder.event(kind, refs.next(kind)!);
    else if (kind === 'request') {
      const ref = refs.next(kind, message.entry.id);
      if (ref !== null) recorder.event(kind, ref);
    }
    emit(message);
  };
}

/** Creates a harness; it keeps the last instance loaded, for warm runs of the same code. */
export function createHarness(host: HarnessHost) {
  let instance: Instance | null = null;
  let active: ActiveRun | null = null;
  /** How the last instance's process ended after its run had been reported, told to the next run. */
  let lateNote: string | null = null;
  /** The runtime of the latest run (an instance's key includes its runtime). */
  let latestRuntime: Runtime = 'v1';

  const processEnded = (life: ProcessLife, ending: ProcessEnding, error: unknown) => {
    const run = active?.life === life ? active : null;
    if (run && (!run.invocation || run.invocation.end({ kind: 'ended', ending, error }))) {
      // Before the answer: the run fails, and nothing of the function is heard of after this.
      run.ended = run.invocation ? null : { ending, error };
      run.scope.warn(endedBeforeAnswer(ending, error, run.runtime));
      run.scope.close();
      if (instance?.life === life) instance = null;
      return;
    }
    // A Debug run's instance is never `instance`, but its run hears of a late ending all the same.
    if (instance?.life !== life && !run?.traced) return;
    if (instance?.life === life) instance = null;
    const note = endedAfterAnswer(ending, error, latestRuntime);
    if (run) run.scope.warn(note);
    else lateNote = note;
  };

  const runIn = async (run: ActiveRun, request: RunRequest): Promise<RunDone> => {
    const { scope, runtime, traced } = run;
    const rules = rulesOf(runtime);
    latestRuntime = runtime;
    if (lateNote) scope.warn(lateNote);
    lateNote = null;
    if (request.code.length > rules.limits.codeChars) {
      scope.warn(
        `The code has ${countText(request.code.length)} characters: the platform accepts at most ${countText(rules.limits.codeChars)}.`,
      );
    }
    const envProblems = envWarnings(request);
    for (let i = 0; i < envProblems.length; i++) scope.warn(envProblems[i]!);
    // A Debug run loads its own instance, which is never kept warm for later runs.
    const coldStart = traced !== null || instance?.key !== instanceKey(request);
    let loadedInstance: Instance;
    if (!instance || coldStart) {
      instance = null;
      const life: ProcessLife = new ProcessLife((ending, error) =>
        processEnded(life, ending, error),
      );
      run.life = life;
      adoptProcess(life);
      const load = (name: LibraryName) => host.loadLibrary(name);
      const probe = traced ? { code: traced.code, probe: traced.recorder.probe } : undefined;
      const loaded = await guarded(loadInstance(request, scope, load, life, probe));
      if (run.ended) {
        const { ending, error } = run.ended;
        return failed(endedFailure(ending, error, 'load', runtime), null, true, scope);
      }
      if ('error' in loaded) return failed(loaded.error, null, true, scope);
      loadedInstance = loaded.instance;
      if (!traced) instance = loadedInstance;
    } else {
      loadedInstance = instance;
      run.life = instance.life;
      adoptProcess(instance.life);
      instance.attach(scope);
    }
    const { lambda } = loadedInstance;
    if (typeof lambda !== 'function') {
      const error =
        lambda === undefined
          ? new ReferenceError('lambda is not defined')
          : new TypeError('lambda is not a function');
      return failed(describeFailure(error, 'invoke', request.runtime), null, coldStart, scope);
    }
    const warning = contractWarning(runtime, (lambda as { length: number }).length);
    if (warning) scope.warn(warning);
    const input = { headers: [], payload: structuredCopy(request.payload) };
    const invocation = invokeLambda(lambda as (...args: unknown[]) => unknown, input, {
      callbackPassed: rules.callbackPassed,
      pending: loadedInstance.pending,
      warn: scope.warn,
    });
    run.invocation = invocation;
    invocation.start();
    const completion = await guarded(invocation.done);
    if (now() - scope.startedAt > rules.limits.runMs) {
      scope.warn(
        `This run took more than ${rules.limits.runMs / 1000} s: the platform stops a function at ${rules.limits.runMs / 1000} s.`,
      );
    }
    return finish(completion, runtime, coldStart, scope);
  };

  return {
    /**
     * Runs `request` as run `runId` and resolves its end (`bare`: safe to await). The run's
     * scope closes then: what its leftover timers report later is dropped. With `trace` (a
     * Debug run) it runs the instrumented code on a fresh instance and streams its recording
     * (`trace` messages), the last batch before it resolves.
     */
    async run(runId: number, request: RunRequest, trace?: TraceRequest): Promise<RunDone> {
      const recorder = trace
        ? createTraceRecorder({
            limits: trace.limits,
            send: (batch) => host.emit({ kind: 'trace', runId, batch }),
          })
        : null;
      const emit = recorder ? tracedEmit(host.emit, recorder) : host.emit;
      const scope = createRunScope(runId, request, emit);
      const run: ActiveRun = {
        scope,
        runtime: request.runtime,
        life: null,
        invocation: null,
        ended: null,
        traced: trace && recorder ? { code: trace.code, recorder } : null,
      };
      active = run;
      try {
        // Run 0 is port-service.ts's warm-up: it runs harness code only and must not trim the realm.
        const refusal = host.trimsRealm && runId !== 0 ? prepareRealm(request.runtime) : null;
        if (refusal) return harnessFailure(new Builtins.Error(refusal));
        const done = await guarded(runIn(run, request));
        if (done.error) done.error = inNodeWords(done.error, request.runtime);
        return done;
      } finally {
        recorder?.finish();
        scope.close();
        if (active === run) active = null;
      }
    },
  };
}

/** The harness API. */
export type Harness = ReturnType<typeof createHarness>;
