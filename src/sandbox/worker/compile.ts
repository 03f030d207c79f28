/**
 * Compiles function code the way Node loads a CommonJS module: wrapped in a function whose
 * parameters are the module's scope, evaluated as `function.js`, so stacks name that file.
 */
import { append, apply } from '../../lib/intrinsics';
import { RECORDER_PARAM, type RecorderProbe } from '../protocol';

/** The file name user code has in stack traces. */
export const SOURCE_NAME = 'function.js';
/** Lines the wrapper adds above the user's first line. */
export const HEADER_LINES = 1;

/** The names user code finds in its module scope, as in a Node CommonJS module. */
export const MODULE_PARAMS = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__importDefault',
  'console',
  'process',
  'fetch',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'global',
  'Buffer',
] as const;

/** Values for the module scope's names. */
export type ModuleScope = Record<(typeof MODULE_PARAMS)[number], unknown>;

/** Runs the module's top-level code and returns what it named `lambda` (undefined if nothing). */
export type CompiledModule = (scope: ModuleScope) => unknown;

const indirectEval = eval;

/**
 * Compiles `code` (CommonJS); throws the engine's SyntaxError when it does not parse. The user's
 * code sits in an inner function so that its own declarations may reuse the scope's names. A
 * Debug run's instrumented code also gets `recorder` as the module-scope name RECORDER_PARAM.
 */
export function compileModule(code: string, recorder?: RecorderProbe): CompiledModule {
  const params = recorder
    ? `${MODULE_PARAMS.join(', ')}, ${RECORDER_PARAM}`
    : MODULE_PARAMS.join(', ');
  const source =
    `(function (${params}) { return (function () {\n` +
    `${code}\n;return typeof lambda === 'undefined' ? undefined : lambda;\n}).call(exports); })\n` +
    `//# sourceURL=${SOURCE_NAME}`;
  const wrapper = indirectEval(source) as (...args: unknown[]) => unknown;
  // Captured built-ins only: a batch compiles the code again after the previous case's code ran.
  return (scope) => {
    const values: unknown[] = [];
    for (let i = 0; i < MODULE_PARAMS.length; i++) append(values, scope[MODULE_PARAMS[i]!]);
    if (recorder) append(values, recorder);
    return apply(wrapper, undefined, values);
  };
}
