/**
 * Built-ins captured when this module loads, before any user code can replace them, and helpers
 * that call them without a lookup user code could intercept: no `.call` or `.apply`, no method
 * looked up on a prototype, no assignment an inherited setter could catch. The sandbox harness
 * uses them wherever it runs after user code.
 */

const { apply: reflectApply, defineProperty, setPrototypeOf } = Reflect;
const StringCtor = String;
const stringSlice = String.prototype.slice;
const stringIndexOf = String.prototype.indexOf;
const stringCharCodeAt = String.prototype.charCodeAt;
const stringToUpperCase = String.prototype.toUpperCase;
const stringToLowerCase = String.prototype.toLowerCase;
const numberToLocaleString = Number.prototype.toLocaleString;
const regExpExec = RegExp.prototype.exec;
const functionHasInstance = Function.prototype[Symbol.hasInstance];
const mapProto = Map.prototype;
const { get: mapGet, set: mapSet, has: mapHas, delete: mapDelete } = mapProto;

/** `Reflect.apply`: calls `fn` with `thisArg` and the arguments in `args`. */
export const apply = reflectApply;
/** `Object.keys`. */
export const objectKeys = Object.keys;
/** `Object.hasOwn`. */
export const hasOwn = Object.hasOwn;
/** `Reflect.getPrototypeOf`. */
export const prototypeOf = Reflect.getPrototypeOf;
/** `Reflect.getOwnPropertyDescriptor`. */
export const ownDescriptor = Reflect.getOwnPropertyDescriptor;
/** `Array.isArray`. */
export const isArray = Array.isArray;
/** `JSON.stringify`. */
export const jsonStringify = JSON.stringify;
/** `JSON.parse`. */
export const jsonParse = JSON.parse;
/** `Math.max`, `Math.min` and `Math.round`. */
export const { max, min, round } = Math;
/** `atob` and `btoa`: a V1 run removes the globals (Node 14 lacks them), Buffer and the toolbelt keep these. */
export const { atob, btoa } = globalThis;
/** `Date.now`. */
export const dateNow = Date.now;
/** `structuredClone` (a V1 run removes the global: Node 14 lacks it). */
export const structuredCopy = structuredClone;
/** The constructors the harness compares values with. */
export const Builtins = {
  Error,
  TypeError,
  SyntaxError,
  ReferenceError,
  Promise,
  Map,
  Set,
  Date,
  RegExp,
} as const;

/** `value` with no prototype: reading a property it lacks, or resolving a promise with it, runs no user code. */
export function bare<T extends object>(value: T): T {
  setPrototypeOf(value, null);
  return value;
}

const slot = bare({
  value: undefined as unknown,
  writable: true,
  enumerable: true,
  configurable: true,
});

/** Sets `target[key]` as an own data property: no setter user code put on a prototype runs. */
export function defineOwn(target: object, key: PropertyKey, value: unknown): void {
  slot.value = value;
  defineProperty(target, key, slot);
  slot.value = undefined;
}

/**
 * `promise`, safe to await after user code replaced Promise.prototype.constructor and then:
 * `await` takes a promise whose own constructor is the built-in one as it is, without calling
 * its `then`. Resolve it only with primitives or `bare` objects (an object's `then` is looked up).
 */
export function guarded<T>(promise: Promise<T>): Promise<T> {
  defineOwn(promise, 'constructor', Builtins.Promise);
  return promise;
}

/** Adds `item` at the end of `list` (an own property: no setter user code put on Array.prototype runs). */
export function append<T>(list: T[], item: T): void {
  defineOwn(list, list.length, item);
}

/** Whether `value` has `ctor.prototype` in its prototype chain (`instanceof` without `Symbol.hasInstance`). */
export function isInstance(
  value: unknown,
  ctor: abstract new (...args: never[]) => unknown,
): boolean {
  return apply(functionHasInstance, ctor, [value]) as boolean;
}

/** `String(value)`. */
export function textOf(value: unknown): string {
  return StringCtor(value);
}

/** `text.slice(start, end)`. */
export function sliceText(text: string, start: number, end?: number): string {
  return apply(stringSlice, text, [start, end]) as string;
}

/** `text.indexOf(search, from)`. */
export function indexOfText(text: string, search: string, from = 0): number {
  return apply(stringIndexOf, text, [search, from]) as number;
}

/** `text.charCodeAt(index)`. */
export function charCodeOf(text: string, index: number): number {
  return apply(stringCharCodeAt, text, [index]) as number;
}

/** `text.toUpperCase()`. */
export function upperText(text: string): string {
  return apply(stringToUpperCase, text, []) as string;
}

/** `text.toLowerCase()`. */
export function lowerText(text: string): string {
  return apply(stringToLowerCase, text, []) as string;
}

/** `n.toLocaleString('en')`: 19,999,980. */
export function countText(n: number): string {
  return apply(numberToLocaleString, n, ['en']) as string;
}

/** `pattern.exec(text)`, with the built-in exec whatever user code put on RegExp.prototype. */
export function execPattern(pattern: RegExp, text: string): RegExpExecArray | null {
  return apply(regExpExec, pattern, [text]) as RegExpExecArray | null;
}

/** A Map whose reads and writes use the built-in methods whatever user code put on Map.prototype. */
export class SafeMap<K, V> {
  private readonly map = new Builtins.Map<K, V>();

  /** `map.get(key)`. */
  get(key: K): V | undefined {
    return apply(mapGet, this.map, [key]) as V | undefined;
  }
  /** `map.has(key)`. */
  has(key: K): boolean {
    return apply(mapHas, this.map, [key]) as boolean;
  }
  /** `map.set(key, value)`. */
  set(key: K, value: V): void {
    apply(mapSet, this.map, [key, value]);
  }
  /** `map.delete(key)`. */
  delete(key: K): void {
    apply(mapDelete, this.map, [key]);
  }
}

const { add: setAdd, has: setHas } = Set.prototype;

/** `set.add(value)`, with the built-in method. */
export function addToSet<T>(set: Set<T>, value: T): void {
  apply(setAdd, set, [value]);
}

/** `set.has(value)`, with the built-in method. */
export function inSet<T>(set: Set<T>, value: T): boolean {
  return apply(setHas, set, [value]) as boolean;
}
