import { rulesOf } from '../../schema/platform';
import { RUNTIMES, type Runtime } from '../../schema/workspace';

// The globals function code sees, per runtime, as an extra lib. The editor's own lib is the
// ECMAScript library alone (monaco-setup.ts), so what a runtime's Node has beyond it is declared
// here: V2 (Node 22) takes the DOM lib's fetch, AbortController, structuredClone…; V1 (Node 14)
// gets only what Node 14 has, and a console of the record's methods (no `log`).

const TOOLBELTS = new Set<string>(RUNTIMES.map((r) => rulesOf(r).toolbeltModule));

/** What the platform's variables hold, for their hovers (the names come from the record). */
const ENV_DESCRIPTIONS: Readonly<Record<string, string>> = {
  BRAND_ID: 'the brand (account) id',
  X_LIVEPERSON_BRAND_ID: 'the brand (account) id',
  X_LIVEPERSON_FUNCTION_UUID: "the function's id",
  X_LIVEPERSON_PROJECT_ID: "the project's id",
  X_LIVEPERSON_CSDS_DOMAIN: 'the CSDS domain of the account',
};

const processEnv = (runtime: Runtime) => `declare var process: {
  env: {
    [name: string]: string | undefined;
${rulesOf(runtime)
  .platformEnv.map(
    (name) => `    /** Set by the platform: ${ENV_DESCRIPTIONS[name] ?? 'a platform value'}. */
    ${name}?: string;`,
  )
  .join('\n')}
  };
};`;

const BUFFER = `type BufferEncoding = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii' | 'ucs2' | 'utf16le';
/** Node's byte buffer. */
interface Buffer extends Uint8Array {
  toString(encoding?: BufferEncoding, start?: number, end?: number): string;
  toJSON(): { type: 'Buffer'; data: number[] };
  equals(other: Uint8Array): boolean;
}
declare var Buffer: {
  from(data: string, encoding?: BufferEncoding): Buffer;
  from(data: ArrayBuffer | ArrayLike<number>): Buffer;
  alloc(size: number, fill?: number | string): Buffer;
  concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
  isBuffer(value: unknown): value is Buffer;
  byteLength(value: string | ArrayBuffer | ArrayBufferView, encoding?: BufferEncoding): number;
};`;

/** The web globals Node 14 has: its console (of the record's methods), timers, URL and text coding. */
const node14Globals = (
  runtime: Runtime,
) => `/** The ${runtime.toUpperCase()} runtime's logger: ${rulesOf(runtime)
  .consoleMethods.map((m) => `console.${m}`)
  .join(', ')}; nothing else. */
interface Console {
${rulesOf(runtime)
  .consoleMethods.map((m) => `  ${m}(message?: any, ...extras: any[]): void;`)
  .join('\n')}
}
declare var console: Console;
/** A Node timer. */
interface NodeTimer { ref(): this; unref(): this; hasRef(): boolean; refresh(): this }
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): NodeTimer;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): NodeTimer;
declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): NodeTimer;
declare function clearTimeout(timer: NodeTimer | undefined): void;
declare function clearInterval(timer: NodeTimer | undefined): void;
declare function clearImmediate(timer: NodeTimer | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare var global: typeof globalThis;
/** A URL's query string. */
declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][]);
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(callback: (value: string, name: string) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}
/** A parsed URL (WHATWG). */
declare class URL {
  constructor(input: string, base?: string | URL);
  hash: string; host: string; hostname: string; href: string; password: string; pathname: string;
  port: string; protocol: string; search: string; username: string;
  readonly origin: string;
  readonly searchParams: URLSearchParams;
  toJSON(): string;
  toString(): string;
}
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
/** Named by the shared toolbelt typings for V2's LpClient; V1 has no fetch to make one. */
interface RequestInit {}
/** Named by the shared toolbelt typings for V2's LpClient; V1 has no fetch to make one. */
interface Response {}`;

/** Node 22's web globals: the DOM lib's (fetch, AbortController, structuredClone, console.log…). */
const NODE22_GLOBALS = `/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): number;
declare function clearImmediate(timer: number | undefined): void;
declare var global: typeof globalThis;`;

const libraries = (runtime: Runtime) =>
  rulesOf(runtime)
    .modules.filter((m) => !TOOLBELTS.has(m))
    .map((m) => `declare module '${m}';\ndeclare module '${m}/*';`)
    .join('\n');

/**
 * Declarations of a runtime's Node that the ECMAScript lib lacks: its web globals and console,
 * `process.env` with the variables the platform sets, `Buffer`, and the libraries it offers
 * (typed loosely: their full typings would weigh more than the editor).
 */
export function runtimeGlobals(runtime: Runtime): string {
  const web = rulesOf(runtime).missingFeatures.some((f) => f.name === 'fetch')
    ? node14Globals(runtime)
    : NODE22_GLOBALS;
  return `${web}\n${processEnv(runtime)}\n${BUFFER}\n${libraries(runtime)}\n`;
}
