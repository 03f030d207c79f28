/**
 * Loads function code into an instance, as the platform does when an instance starts: the
 * module scope (require, console, process.env, fetch, timers), the libraries it names, and the
 * top-level code run once. A failure here is a load failure. Callbacks user code schedules
 * (timers, nextTick) run in the run that scheduled them, whichever run is current when they fire.
 */
import {
  append,
  apply,
  bare,
  Builtins,
  guarded,
  isInstance,
  jsonStringify,
  SafeMap,
  sliceText,
  upperText,
  countText,
} from '../../lib/intrinsics';
import type { LibraryName, RecorderProbe, RunError, RunRequest } from '../protocol';
import { rulesOf, type MissingFeature, type RuntimeRules } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import { compileModule } from './compile';
import { createRuntimeConsole } from './console';
import { describeFailure } from './error-info';
import { importDefault, requiredModules, toCommonJs } from '../../lib/module-syntax';
import { createRequire, evaluateLibrary, loadLibraries } from './modules';
import { NodeBuffer } from './node-buffer';
import { PendingWork } from './pending-work';
import { exitError } from './process-death';
import type { ProcessLife } from './process-life';
import type { RunScope } from './run-scope';
import { createUserTimers, realQueueMicrotask } from './timers';
import {
  mayUseMissingSyntax,
  nodeSyntaxError,
  type Acorn,
  type UserSyntaxError,
} from './syntax-errors';
import { createFetch } from './toolbelt/fetch';
import { createToolbeltModule } from './toolbelt/toolbelt';

/** Fetches a library's source text. */
export type LibraryLoader = (name: LibraryName) => Promise<string>;

/** A loaded function: what its code named `lambda`, kept between runs when the instance stays warm. */
export interface Instance {
  /** Identifies the code and configuration the instance was loaded with. */
  readonly key: string;
  readonly lambda: unknown;
  readonly pending: PendingWork;
  /** The instance's process: once it has ended, nothing the instance scheduled runs. */
  readonly life: ProcessLife;
  /** Points the instance's console, timers and toolbelt at the run in progress (timers keep the run that scheduled them). */
  attach(scope: RunScope): void;
}

/** The identity of an instance: its runtime, code and environment. */
export function instanceKey(request: RunRequest): string {
  return jsonStringify([request.runtime, request.code, request.env]);
}

/** The values of the variables the platform sets, by name (the record names those of a runtime). */
const PLATFORM_ENV_VALUES: Readonly<Record<string, (accountId: string) => string>> = {
  BRAND_ID: (accountId) => accountId,
  X_LIVEPERSON_BRAND_ID: (accountId) => accountId,
  X_LIVEPERSON_FUNCTION_UUID: () => '5f2d5e8a-7c1b-4d3e-9a6f-0b1c2d3e4f50',
  X_LIVEPERSON_PROJECT_ID: () => '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
  X_LIVEPERSON_CSDS_DOMAIN: () => 'adminlogin.liveperson.net',
};

/** The environment of an instance: the workspace's rows over the variables the runtime's platform sets. */
export function environmentOf(request: RunRequest): Record<string, string> {
  const payloadAccount = (request.payload as { accountId?: unknown } | null)?.accountId;
  const accountId = typeof payloadAccount === 'string' ? payloadAccount : '12345678';
  const env: Record<string, string> = {};
  const names = rulesOf(request.runtime).platformEnv;
  for (let i = 0; i < names.length; i++) {
    const value = PLATFORM_ENV_VALUES[names[i]!];
    if (value) env[names[i]!] = value(accountId);
  }
  for (let i = 0; i < request.env.length; i++) env[request.env[i]!.key] = request.env[i]!.value;
  return env;
}

/** Warnings for the environment rows that break the run's runtime limits (count, name and value length). */
export function envWarnings(request: RunRequest): string[] {
  const { envCount, envNameChars, envValueChars } = rulesOf(request.runtime).limits;
  const runtime = upperText(request.runtime);
  const warnings: string[] = [];
  const rows = request.env;
  if (envCount !== null && rows.length > envCount)
    append(
      warnings,
      `There are ${countText(rows.length)} environment variables: ${runtime} accepts at most ${countText(envCount)}.`,
    );
  for (let i = 0; i < rows.length; i++) {
    const { key, value } = rows[i]!;
    const name = key.length > 40 ? `${sliceText(key, 0, 40)}…` : key;
    if (key.length > envNameChars)
      append(
        warnings,
        `The environment variable name ${name} has ${countText(key.length)} characters: ${runtime} accepts at most ${countText(envNameChars)}.`,
      );
    if (value.length > envValueChars)
      append(
        warnings,
        `The value of the environment variable ${name} has ${countText(value.length)} characters: ${runtime} accepts at most ${countText(envValueChars)}.`,
      );
  }
  return warnings;
}

/** A load failure as the runtime reports it (no stack: the failure is in loading, not in a frame). */
function loadFailure(error: unknown, runtime: Runtime): RunError {
  const failure = describeFailure(error, 'load', runtime);
  delete failure.stack;
  return failure;
}

/** The syntax error Node reports for `code` (see syntax-errors.ts), with acorn loaded on demand. */
async function syntaxErrorOf(
  code: string,
  loadLibrary: LibraryLoader,
  engineMessage: string | null,
  missing: readonly MissingFeature[],
): Promise<UserSyntaxError | null> {
  const acorn = evaluateLibrary(await guarded(loadLibrary('acorn'))) as Acorn;
  const found = nodeSyntaxError(acorn, code, engineMessage, missing);
  return found ? bare(found) : null;
}

function lacksGlobal(rules: RuntimeRules, name: string): boolean {
  const missing = rules.missingFeatures;
  for (let i = 0; i < missing.length; i++)
    if (missing[i]!.kind === 'global' && missing[i]!.name === name) return true;
  return false;
}

/** A Debug run's code: `request.code` instrumented, and the probe it calls. */
export interface TracedCode {
  code: string;
  probe: RecorderProbe;
}

/**
 * Loads `request.code` for the run `scope` in the process `life`; resolves the instance, or the
 * load failure (`bare`, safe to await). With `traced` (a Debug run) the instrumented code runs
 * instead, once `request.code` has passed the same syntax checks as a plain run's.
 */
export async function loadInstance(
  request: RunRequest,
  scope: RunScope,
  loadLibrary: LibraryLoader,
  life: ProcessLife,
  traced?: TracedCode,
): Promise<{ instance: Instance } | { error: RunError }> {
  let current = scope;
  const captureRun = () => {
    const owner = current;
    return (task: () => void) => {
      const previous = current;
      current = owner;
      try {
        task();
      } finally {
        current = previous;
      }
    };
  };
  const pending = new PendingWork();
  const env = environmentOf(request);
  const deps = { scope: () => current, pending, env };
  const code = toCommonJs(request.code);
  const modules = requiredModules(code);

  const { libraries } = await guarded(
    loadLibraries(
      modules,
      request.runtime,
      (name) => guarded(loadLibrary(name)),
      () => pending.hold(),
    ),
  );

  const rules = rulesOf(request.runtime);
  let compiled;
  try {
    compiled = compileModule(code);
  } catch (error) {
    const failure = loadFailure(error, request.runtime);
    if (!isInstance(error, Builtins.SyntaxError)) return bare({ error: failure });
    const found = await guarded(
      syntaxErrorOf(code, loadLibrary, failure.message, rules.missingFeatures),
    );
    return bare({ error: found ? { ...failure, ...found } : failure });
  }
  if (mayUseMissingSyntax(code, rules.missingFeatures)) {
    const found = await guarded(syntaxErrorOf(code, loadLibrary, null, rules.missingFeatures));
    if (found)
      return bare({
        error: {
          ...loadFailure(new Builtins.SyntaxError(found.message), request.runtime),
          ...found,
        },
      });
  }
  if (traced) {
    try {
      compiled = compileModule(traced.code, traced.probe);
    } catch (error) {
      const failure = loadFailure(error, request.runtime);
      return bare({
        error: {
          ...failure,
          message: `The Debug run's instrumented code does not compile (a playground bug): ${failure.message}`,
        },
      });
    }
  }

  const toolbelts = new SafeMap<'v1' | 'v2', unknown>();
  const moduleObject = { exports: {} };
  let atModuleLevel = true;
  try {
    const lambda = compiled({
      exports: moduleObject.exports,
      module: moduleObject,
      require: createRequire({
        runtime: request.runtime,
        toolbelt: (version) => {
          if (!toolbelts.has(version)) toolbelts.set(version, createToolbeltModule(deps, version));
          return toolbelts.get(version);
        },
        library: (name) => libraries.get(name),
      }),
      __filename: '/function/index.js',
      __dirname: '/function',
      __importDefault: importDefault,
      console: createRuntimeConsole(
        request.runtime,
        () => current,
        () => atModuleLevel,
      ),
      process: {
        env,
        platform: 'linux',
        cwd: () => '/function',
        nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => {
          const inRun = captureRun();
          realQueueMicrotask(() => {
            if (life.ended) return;
            inRun(() => {
              try {
                apply(fn, undefined, args);
              } catch (error) {
                life.end('uncaught-error', error);
              }
            });
          });
        },
        exit: (code?: unknown) => life.end('exit', exitError(code)),
      },
      fetch: lacksGlobal(rules, 'fetch') ? undefined : createFetch(deps),
      ...createUserTimers(pending, captureRun, (error) => life.end('uncaught-error', error), life),
      global: globalThis,
      Buffer: NodeBuffer,
    });
    atModuleLevel = false;
    return bare({
      instance: {
        key: instanceKey(request),
        lambda,
        pending,
        life,
        attach: (next) => {
          current = next;
        },
      },
    });
  } catch (error) {
    return bare({ error: describeFailure(error, 'load', request.runtime) });
  }
}
