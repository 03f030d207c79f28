/**
 * Loads function code into an instance, as the platform does when an instance starts: the
 * module scope (require, console, process.env, fetch, timers), the libraries it names, and the
 * top-level code run once. A failure here is a load failure. Callbacks user code schedules
 * (timers, nextTick) run in the run that scheduled them, whichever run is current when they fire.
 */
import {
  apply,
  bare,
  Builtins,
  guarded,
  isInstance,
  jsonStringify,
  SafeMap,
} from '../../lib/intrinsics';
import type { LibraryName, RunError, RunRequest } from '../protocol';
import { compileModule } from './compile';
import { createRuntimeConsole } from './console';
import { describeFailure } from './error-info';
import { importDefault, requiredModules, toCommonJs } from './module-syntax';
import { createRequire, evaluateLibrary, loadLibraries } from './modules';
import { NodeBuffer } from './node-buffer';
import { PendingWork } from './pending-work';
import { exitError } from './process-death';
import type { ProcessLife } from './process-life';
import type { RunScope } from './run-scope';
import { createUserTimers, realQueueMicrotask } from './timers';
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

/** The environment of an instance: the workspace's rows over the variables the platform sets. */
export function environmentOf(request: RunRequest): Record<string, string> {
  const accountId = (request.payload as { accountId?: unknown } | null)?.accountId;
  const env: Record<string, string> = {
    X_LIVEPERSON_BRAND_ID: typeof accountId === 'string' ? accountId : '12345678',
    X_LIVEPERSON_FUNCTION_UUID: '5f2d5e8a-7c1b-4d3e-9a6f-0b1c2d3e4f50',
    X_LIVEPERSON_PROJECT_ID: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
    X_LIVEPERSON_CSDS_DOMAIN: 'adminlogin.liveperson.net',
  };
  for (let i = 0; i < request.env.length; i++) env[request.env[i]!.key] = request.env[i]!.value;
  return env;
}

async function syntaxErrorPosition(
  code: string,
  loadLibrary: LibraryLoader,
): Promise<{ line: number; column: number } | null> {
  try {
    const acorn = evaluateLibrary(await guarded(loadLibrary('acorn'))) as {
      parse(code: string, options: object): unknown;
    };
    acorn.parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowHashBang: true,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    if (loc) return bare({ line: loc.line, column: loc.column + 1 });
  }
  return null;
}

/**
 * Loads `request.code` for the run `scope` in the process `life`; resolves the instance, or the
 * load failure (`bare`, safe to await).
 */
export async function loadInstance(
  request: RunRequest,
  scope: RunScope,
  loadLibrary: LibraryLoader,
  life: ProcessLife,
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

  let compiled;
  try {
    compiled = compileModule(code);
  } catch (error) {
    const failure = describeFailure(error, 'load', request.runtime);
    delete failure.stack;
    if (!isInstance(error, Builtins.SyntaxError)) return bare({ error: failure });
    const position = await guarded(syntaxErrorPosition(code, loadLibrary));
    return bare({ error: { ...failure, ...position } });
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
      fetch: createFetch(deps),
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
