/**
 * The harness: runs a RunRequest the way the LivePerson Functions runtime would and reports
 * the run (streamed logs, requests, warnings, then the result or the failure). Pure of any
 * worker or DOM API, so it runs in Node for tests; `entry.ts` wires it into the worker.
 * What it reports is built with built-ins captured before user code ran; the RunDone it resolves
 * is `bare` (no prototype), so no `then` user code puts on Object.prototype can divert it.
 */
import { bare, Builtins, countText, guarded, inSet, jsonStringify } from '../../lib/intrinsics';
import { taggedKinds, toTagged, type Tagged } from '../../lib/safe-serialise';
import { PLATFORM } from '../../schema/platform';
import type { LibraryName, RunDone, RunError, RunRequest, WorkerMessage } from '../protocol';
import { describeFailure, errorSummary, neverAnswered } from './error-info';
import { envWarnings, instanceKey, loadInstance, type Instance } from './instance';
import { contractOf, invokeLambda, type Completion } from './invoke';
import { inNodeWords, prepareRealm } from './node-realm';
import { createRunScope, type RunScope } from './run-scope';
import { now } from './timers';

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
const structuredCopy = structuredClone;

/** The end of a run the harness itself failed (a bug, or user code that broke it). */
export function harnessFailure(error: unknown): RunDone {
  return bare({
    status: 'failed',
    hasResult: false,
    result: null,
    error: { ...describeFailure(error, 'invoke'), code: 'playground.harness-failure' },
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
    droppedLogs: scope.droppedLogs,
  });
}

function resultWarnings(tagged: Tagged, scope: RunScope): void {
  if (tagged.t === 'promise') {
    scope.warn('The result is a Promise (a missing await?): the platform serialises it as {}.');
    return;
  }
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

function finish(
  completion: Completion,
  contract: RunDone['contract'],
  coldStart: boolean,
  scope: RunScope,
): RunDone {
  if (completion.kind === 'never') {
    scope.warn(completion.reason);
    return failed(neverAnswered(), contract, coldStart, scope);
  }
  if (completion.kind === 'error')
    return failed(describeFailure(completion.error, 'invoke'), contract, coldStart, scope);
  const { value } = completion;
  try {
    jsonStringify(value);
  } catch (error) {
    scope.warn(
      `The platform sends the result as JSON, and this one cannot be serialised: ${errorSummary(error)}.`,
    );
    return bare({
      ...failed(describeFailure(error, 'result'), contract, coldStart, scope),
      hasResult: true,
      result: toTagged(value),
    });
  }
  const result = toTagged(value);
  resultWarnings(result, scope);
  const hasResult = value !== undefined;
  return bare({
    status: 'succeeded',
    hasResult,
    result: hasResult ? result : null,
    error: null,
    contract,
    coldStart,
    droppedLogs: scope.droppedLogs,
  });
}

/** Creates a harness; it keeps the last instance loaded, for warm runs of the same code. */
export function createHarness(host: HarnessHost) {
  let instance: Instance | null = null;
  let current: RunScope | null = null;

  const runIn = async (scope: RunScope, request: RunRequest): Promise<RunDone> => {
    if (request.code.length > PLATFORM.limits.codeChars) {
      scope.warn(
        `The code has ${countText(request.code.length)} characters: the platform accepts at most ${countText(PLATFORM.limits.codeChars)}.`,
      );
    }
    const envProblems = envWarnings(request);
    for (let i = 0; i < envProblems.length; i++) scope.warn(envProblems[i]!);
    const coldStart = instance?.key !== instanceKey(request);
    if (!instance || coldStart) {
      instance = null;
      const loaded = await guarded(loadInstance(request, scope, (name) => host.loadLibrary(name)));
      if ('error' in loaded) return failed(loaded.error, null, true, scope);
      instance = loaded.instance;
    } else {
      instance.attach(scope);
    }
    const { lambda } = instance;
    if (typeof lambda !== 'function') {
      const error =
        lambda === undefined
          ? new ReferenceError('lambda is not defined')
          : new TypeError('lambda is not a function');
      return failed(describeFailure(error, 'invoke'), null, coldStart, scope);
    }
    const contract = contractOf(lambda as (...args: unknown[]) => unknown);
    if (contract === 'v2' && instance.usesV1Toolbelt) {
      scope.warn(
        'This code uses lp-faas-toolbelt (V1) but lambda takes no callback: the V1 runtime would wait for a callback that never comes.',
      );
    }
    const input = { headers: [], payload: structuredCopy(request.payload) };
    const completion = await guarded(
      invokeLambda(lambda as (...args: unknown[]) => unknown, input, instance.pending, scope.warn),
    );
    if (now() - scope.startedAt > PLATFORM.limits.runMs) {
      scope.warn(
        `This run took more than ${PLATFORM.limits.runMs / 1000} s: the platform stops a function at ${PLATFORM.limits.runMs / 1000} s.`,
      );
    }
    return finish(completion, contract, coldStart, scope);
  };

  return {
    /**
     * Runs `request` as run `runId` and resolves its end (`bare`: safe to await). The run's
     * scope closes then: what its leftover timers report later is dropped.
     */
    async run(runId: number, request: RunRequest): Promise<RunDone> {
      const scope = createRunScope(runId, request, host.emit);
      current = scope;
      try {
        // Run 0 is port-service.ts's warm-up: it runs harness code only and must not trim the realm.
        const refusal = host.trimsRealm && runId !== 0 ? prepareRealm(request.runtime) : null;
        if (refusal) return harnessFailure(new Builtins.Error(refusal));
        const done = await guarded(runIn(scope, request));
        if (done.error) done.error = inNodeWords(done.error, request.runtime);
        return done;
      } finally {
        scope.close();
      }
    },
    /** Reports a promise rejection nothing handled, as a warning of the current run. */
    reportUnhandledRejection(reason: unknown): void {
      current?.warn(
        `Unhandled promise rejection: ${errorSummary(reason)}. A promise failed and nothing awaited or caught it.`,
      );
    },
    /** Reports an error thrown where nothing could catch it, as a warning of the current run. */
    reportUncaughtError(error: unknown): void {
      current?.warn(`Uncaught error: ${errorSummary(error)}.`);
    },
  };
}

/** The harness API. */
export type Harness = ReturnType<typeof createHarness>;
