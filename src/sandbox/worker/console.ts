/**
 * The console user code sees. While the module's top level runs it is Node's own console (the
 * CLI swaps in its logger only afterwards): calls print plain text, not log entries. Inside
 * lambda it is the runtime's logger: the methods of the runtime's `consoleMethods` write one log
 * entry each; any other method is undefined (V1: "console.x is not a function") or crashes the
 * run (V2). Its getters run after user code, so they use only what was captured at load.
 */
import { bare, Builtins, hasOwn, SafeMap } from '../../lib/intrinsics';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { LogLevel } from '../protocol';
import { describeFailure } from './error-info';
import type { RunScope } from './run-scope';

const { defineProperty } = Reflect;

type ConsoleMethod = (...args: unknown[]) => void;

/** The methods of Node's console, each of which user code may call. */
export const NODE_CONSOLE_METHODS = [
  'debug',
  'info',
  'log',
  'warn',
  'error',
  'dir',
  'dirxml',
  'trace',
  'table',
  'group',
  'groupCollapsed',
  'groupEnd',
  'time',
  'timeEnd',
  'timeLog',
  'count',
  'countReset',
  'assert',
  'clear',
  'profile',
  'profileEnd',
  'timeStamp',
] as const;

/** The level of a logger method's entries: `log` writes Info entries (V2). */
const LEVELS = bare({
  debug: 'Debug',
  info: 'Info',
  log: 'Info',
  warn: 'Warn',
  error: 'Error',
}) as Record<string, LogLevel>;

/** Node's console streams: what goes to stdout; warn, error and trace go to stderr. */
const STDOUT = bare({ debug: true, info: true, log: true, dir: true }) as Record<string, true>;
const STDERR = bare({ warn: true, error: true, trace: true }) as Record<string, true>;

/**
 * Creates the console of an instance of `runtime`: `scope()` is the run in progress, and
 * `atModuleLevel()` says whether the module's top level is still running.
 */
export function createRuntimeConsole(
  runtime: Runtime,
  scope: () => RunScope,
  atModuleLevel: () => boolean,
): object {
  const rules = rulesOf(runtime);
  const logger = bare({}) as Record<string, ConsoleMethod>;
  for (let i = 0; i < rules.consoleMethods.length; i++) {
    const method = rules.consoleMethods[i]!;
    const level = LEVELS[method] ?? 'Info';
    logger[method] = (...args: unknown[]) => scope().log(level, args);
  }
  const names = rules.consoleMethods.join(', ');
  // V2 crashes: the run fails even when the code catches the error (lpf invoke answers the TypeError).
  const crashing =
    (method: string): ConsoleMethod =>
    () => {
      const error = new Builtins.TypeError(`console.${method} is not a function`);
      const run = scope();
      run.fail(describeFailure(error, 'invoke', runtime));
      run.warn(
        `console.${method} crashes the V2 runtime: its console has only ${names} (V2 logging doc). The run fails even if the code catches the error; lpf invoke answers TypeError "console.${method} is not a function".`,
      );
      throw error;
    };
  const node = (method: string): ConsoleMethod | undefined => {
    if (hasOwn(STDOUT, method)) return (...args: unknown[]) => scope().print('stdout', args);
    if (hasOwn(STDERR, method)) return (...args: unknown[]) => scope().print('stderr', args);
    return undefined;
  };
  const assigned = new SafeMap<string, unknown>();
  const target = {};
  for (let i = 0; i < NODE_CONSOLE_METHODS.length; i++) {
    const method = NODE_CONSOLE_METHODS[i]!;
    const atModule =
      node(method) ??
      (() =>
        scope().warn(
          `console.${method} at module level runs Node's own console.${method}: the playground does not print its output.`,
        ));
    const inLambda = hasOwn(logger, method)
      ? logger[method]
      : rules.otherConsoleMethods === 'crash'
        ? crashing(method)
        : undefined;
    defineProperty(target, method, {
      enumerable: true,
      configurable: true,
      get: () =>
        assigned.has(method) ? assigned.get(method) : atModuleLevel() ? atModule : inLambda,
      set: (value: unknown) => assigned.set(method, value),
    });
  }
  return target;
}
