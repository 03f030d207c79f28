/**
 * `require` for function code, per runtime: the toolbelt modules, the packages the runtime offers
 * and the Node built-ins the playground implements (real libraries, bundled for the browser and
 * loaded only when the code names them), and Node's answers for everything else.
 */
import { addToSet, bare, guarded, inSet, SafeMap } from '../../lib/intrinsics';
import { RUNTIME_RULES } from '../../schema/platform';
import { LIBRARY_NAMES, type LibraryName, type RunRequest } from '../protocol';
import { bufferModule } from './node-buffer';
import { realQueueMicrotask } from './timers';

type Runtime = RunRequest['runtime'];

/** The module file function code runs as, in Node's "Require stack". */
export const FUNCTION_FILE = '/function/index.js';

/** Node's built-in modules the playground implements, each by the library of its name. */
const NODE_LIBRARIES: ReadonlySet<string> = new Set<LibraryName>([
  'crypto',
  'stream',
  'util',
  'events',
  'string_decoder',
  'querystring',
  'url',
]);

const NODE_BUILTINS: ReadonlySet<string> = new Set(
  (
    'assert async_hooks buffer child_process cluster crypto dgram diagnostics_channel dns events fs ' +
    'http http2 https inspector module net os path perf_hooks process punycode querystring readline ' +
    'repl stream string_decoder timers tls trace_events tty url util v8 vm wasi worker_threads zlib'
  ).split(' '),
);

/** Why a module the runtime offers is not emulated, for those that have a reason to give. */
const NOT_EMULATED: Readonly<Record<string, string>> = {
  jsforce:
    "'jsforce' is not emulated in the playground: Salesforce connections cannot be made from here. Mock your Salesforce calls with fetch/HTTPClient.",
};

const FunctionCtor = Function;
// A bundle's own `require("x")` calls (not `module.require(...)`, which lodash probes for Node).
const BUNDLE_REQUIRE = /(?<![.\w$])require\(\s*["']([^"'\n]+)["']\s*\)/g;

/** The library that implements module `name` in `runtime` (`lodash/get`: lodash, export `get`). */
export function libraryOf(
  name: string,
  runtime: Runtime,
): { library: LibraryName; member?: string } | null {
  const builtin = name.replace(/^node:/, '');
  if (NODE_LIBRARIES.has(builtin)) return { library: builtin as LibraryName };
  const emulated: readonly string[] = RUNTIME_RULES[runtime].emulatedModules;
  const sub = /^lodash\/([\w$]+?)(?:\.js)?$/.exec(name);
  if (sub?.[1] && emulated.includes('lodash')) return { library: 'lodash', member: sub[1] };
  if (!emulated.includes(name)) return null;
  // V1 bundles luxon 1.28, V2 luxon 3.x (docs/research/cli-facts.md §10).
  if (name === 'luxon') return { library: runtime === 'v1' ? 'luxon-v1' : 'luxon' };
  return (LIBRARY_NAMES as readonly string[]).includes(name)
    ? { library: name as LibraryName }
    : null;
}

function moduleError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Node's error for a module that does not resolve from the function's file. */
export function moduleNotFound(name: string): Error {
  return Object.assign(
    new Error(`Cannot find module '${name}'\nRequire stack:\n- ${FUNCTION_FILE}`),
    { code: 'MODULE_NOT_FOUND', requireStack: [FUNCTION_FILE] },
  );
}

// What the libraries see as `process`: Node 14's version, so that jsonwebtoken skips the key
// details (curve, modulus length) the crypto shim's KeyObject does not carry.
const libraryProcess = {
  env: {},
  version: 'v14.19.0',
  versions: { node: '14.19.0' },
  platform: 'linux',
  browser: true,
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) =>
    realQueueMicrotask(() => fn(...args)),
};

/** Evaluates a library's CommonJS or UMD source, with `require` for the built-ins it uses, and returns its exports. */
export function evaluateLibrary(source: string, require?: (name: string) => unknown): unknown {
  const module = { exports: {} as unknown };
  const factory = new FunctionCtor(
    'module',
    'exports',
    'require',
    'process',
    'Buffer',
    'global',
    'define',
    source,
  ) as (...args: unknown[]) => void;
  factory(
    module,
    module.exports,
    require,
    libraryProcess,
    bufferModule.Buffer,
    globalThis,
    undefined,
  );
  return module.exports;
}

/**
 * Loads the libraries `modules` need in `runtime`, each after the built-ins its source requires
 * (`load` fetches a source text; `hold` marks the wait as pending work); resolves them by name
 * (`bare`, safe to await).
 */
export async function loadLibraries(
  modules: readonly string[],
  runtime: Runtime,
  load: (name: LibraryName) => Promise<string>,
  hold: () => () => void,
): Promise<{ libraries: SafeMap<LibraryName, unknown> }> {
  const libraries = new SafeMap<LibraryName, unknown>();
  const started = new Set<LibraryName>();
  const requireBuiltin = (name: string): unknown => {
    const builtin = name.replace(/^node:/, '');
    if (builtin === 'buffer') return bufferModule;
    const loaded = NODE_LIBRARIES.has(builtin) ? libraries.get(builtin as LibraryName) : undefined;
    if (loaded === undefined) throw moduleNotFound(name);
    return loaded;
  };
  const loadOne = async (name: LibraryName): Promise<void> => {
    if (inSet(started, name)) return;
    addToSet(started, name);
    const release = hold();
    try {
      const source = await guarded(load(name));
      const deps = [...source.matchAll(BUNDLE_REQUIRE)];
      for (let i = 0; i < deps.length; i++) {
        const builtin = deps[i]![1]!.replace(/^node:/, '');
        if (NODE_LIBRARIES.has(builtin)) await guarded(loadOne(builtin as LibraryName));
      }
      libraries.set(name, evaluateLibrary(source, requireBuiltin));
    } finally {
      release();
    }
  };
  for (let i = 0; i < modules.length; i++) {
    const library = libraryOf(modules[i]!, runtime)?.library;
    if (library) await guarded(loadOne(library));
  }
  return bare({ libraries });
}

/** What `require` resolves toolbelt modules and libraries with. */
export interface ModuleSources {
  /** The runtime the code runs in: which modules exist. */
  runtime: Runtime;
  /** The toolbelt module: `v1` is `lp-faas-toolbelt`, `v2` is `core-functions-toolbelt`. */
  toolbelt(version: 'v1' | 'v2'): unknown;
  /** A library's exports, if it was loaded before the code ran. */
  library(name: LibraryName): unknown;
}

/** Creates the `require` function of function code. */
export function createRequire(sources: ModuleSources): (name: unknown) => unknown {
  const rules = RUNTIME_RULES[sources.runtime];
  const offered: readonly string[] = rules.modules;
  return function require(name: unknown): unknown {
    if (typeof name !== 'string') {
      throw new TypeError(
        `The "id" argument must be of type string. Received ${name === null ? 'null' : typeof name}`,
      );
    }
    // Both toolbelts answer in both runtimes: which one a runtime offers is the toolbelt's to say.
    if (name === 'lp-faas-toolbelt') return sources.toolbelt('v1');
    if (name === 'core-functions-toolbelt') return sources.toolbelt('v2');
    if (name === 'buffer' || name === 'node:buffer') return bufferModule;
    const lib = libraryOf(name, sources.runtime);
    if (lib) {
      const exports = sources.library(lib.library);
      if (exports === undefined) {
        throw moduleError(
          `'${name}' is loaded only when the code names it literally: write require('${name}')`,
          'MODULE_NOT_LOADED',
        );
      }
      if (!lib.member) return exports;
      const member = (exports as Record<string, unknown>)[lib.member];
      if (member === undefined) throw moduleNotFound(name);
      return member;
    }
    if (offered.includes(name)) {
      throw moduleError(
        NOT_EMULATED[name] ??
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
    throw moduleNotFound(name);
  };
}
