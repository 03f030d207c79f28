/**
 * `require` for function code: the toolbelt modules, lodash and luxon (the real libraries,
 * loaded only when the code names them), and the platform's answers for everything else.
 */
import { RUNTIME_RULES } from '../../schema/platform';
import type { LibraryName } from '../protocol';

/** Modules the platform offers that the playground cannot. */
const PLATFORM_ONLY: ReadonlySet<string> = new Set(
  [...RUNTIME_RULES.v1.modules, ...RUNTIME_RULES.v2.modules].filter(
    (m) =>
      !(
        [...RUNTIME_RULES.v1.emulatedModules, ...RUNTIME_RULES.v2.emulatedModules] as string[]
      ).includes(m),
  ),
);

const NODE_BUILTINS = new Set(
  (
    'assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path ' +
    'perf_hooks process querystring readline stream string_decoder timers tls tty url util v8 vm worker_threads zlib'
  ).split(' '),
);

/** The library a module name refers to (`lodash`, `lodash/get`, `luxon`), and the export it picks. */
export function libraryOf(name: string): { library: LibraryName; member?: string } | null {
  if (name === 'luxon') return { library: 'luxon' };
  if (name === 'lodash') return { library: 'lodash' };
  const sub = /^lodash\/([\w$]+?)(?:\.js)?$/.exec(name);
  return sub?.[1] ? { library: 'lodash', member: sub[1] } : null;
}

/** Evaluates a library's CommonJS or UMD source and returns its exports. */
export function evaluateLibrary(source: string): unknown {
  const module = { exports: {} as unknown };
  const factory = new Function('module', 'exports', 'define', source) as (
    m: unknown,
    e: unknown,
    d: unknown,
  ) => void;
  factory(module, module.exports, undefined);
  return module.exports;
}

function moduleError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** What `require` resolves toolbelt modules and libraries with. */
export interface ModuleSources {
  /** The toolbelt module: `v1` is `lp-faas-toolbelt`, `v2` is `core-functions-toolbelt`. */
  toolbelt(version: 'v1' | 'v2'): unknown;
  /** A library's exports, if it was loaded before the code ran. */
  library(name: LibraryName): unknown;
  /** Node's Buffer, also the export of `buffer`. */
  buffer: unknown;
}

/** Creates the `require` function of function code. */
export function createRequire(sources: ModuleSources): (name: unknown) => unknown {
  return function require(name: unknown): unknown {
    if (typeof name !== 'string') {
      throw new TypeError(
        `The "id" argument must be of type string. Received ${name === null ? 'null' : typeof name}`,
      );
    }
    if (name === 'lp-faas-toolbelt') return sources.toolbelt('v1');
    if (name === 'core-functions-toolbelt') return sources.toolbelt('v2');
    if (name === 'buffer' || name === 'node:buffer') return { Buffer: sources.buffer };
    const lib = libraryOf(name);
    if (lib) {
      const exports = sources.library(lib.library);
      if (exports === undefined) {
        throw moduleError(
          `'${name}' is loaded only when the code names it literally: write require('${lib.library}')`,
          'MODULE_NOT_LOADED',
        );
      }
      if (!lib.member) return exports;
      const member = (exports as Record<string, unknown>)[lib.member];
      if (member === undefined)
        throw moduleError(`Cannot find module '${name}'`, 'MODULE_NOT_FOUND');
      return member;
    }
    if (PLATFORM_ONLY.has(name)) {
      throw moduleError(
        `'${name}' is available on the platform but is not available in the playground`,
        'MODULE_NOT_AVAILABLE',
      );
    }
    if (NODE_BUILTINS.has(name.replace(/^node:/, '').split('/')[0] ?? '')) {
      throw moduleError(
        `Node's built-in module '${name}' is not available in the playground`,
        'MODULE_NOT_AVAILABLE',
      );
    }
    throw moduleError(`Cannot find module '${name}'`, 'MODULE_NOT_FOUND');
  };
}
