/**
 * Turns any JavaScript value into a JSON-safe tagged tree that says what each part was
 * (function, circular reference, BigInt, Map, Error, getter that threw...), never throwing,
 * with size limits; tagged-json.ts derives from that tree the JSON `JSON.stringify` would give.
 * It runs in the sandbox after user code, so it only calls built-ins captured at load.
 */
import {
  append,
  apply,
  Builtins,
  isArray,
  isInstance,
  min,
  objectKeys,
  ownDescriptor,
  prototypeOf,
  SafeMap,
  sliceText,
  textOf,
} from './intrinsics';
import { capText, cutNote, TEXT_CAPS } from './message-limits';

export { isPlainJson, taggedKinds, taggedToJson } from './tagged-json';

/** A `[key, value]` pair of an object-like tagged value. */
export type TaggedEntry = [string, Tagged];

/** A JSON-safe description of any JavaScript value, tagged with what it was. */
export type Tagged =
  | { t: 'undefined' }
  | { t: 'null' }
  | { t: 'boolean'; v: boolean }
  | { t: 'number'; v: number | 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { t: 'string'; v: string; cut?: number }
  | { t: 'bigint'; v: string }
  | { t: 'symbol'; v: string }
  | { t: 'function'; name: string }
  | { t: 'array'; items: Tagged[]; more?: number }
  | { t: 'object'; ctor: string | null; entries: TaggedEntry[]; more?: number; json?: Tagged }
  | { t: 'error'; name: string; message: string; stack?: string; entries: TaggedEntry[] }
  | { t: 'date'; v: string | null }
  | { t: 'map'; entries: [Tagged, Tagged][]; more?: number }
  | { t: 'set'; items: Tagged[]; more?: number }
  | { t: 'regexp'; v: string }
  | { t: 'promise' }
  | { t: 'circular' }
  | { t: 'thrown'; message: string }
  | { t: 'cut' };

/** Size limits of a tagged tree. */
export interface TagLimits {
  /** Most nodes in the whole tree. */
  nodes: number;
  /** Deepest nesting kept. */
  depth: number;
  /** Longest string kept, in characters. */
  string: number;
  /** Most entries kept per object, array, map or set. */
  entries: number;
}

/** Limits used when none are given. */
export const DEFAULT_TAG_LIMITS: TagLimits = {
  nodes: 10_000,
  depth: 40,
  string: TEXT_CAPS.value,
  entries: 2_000,
};

/** A JSON value. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// Built-ins toTagged calls on values user code made, captured before any user code runs.
const objectProto = Object.prototype;
const getter = (proto: object, name: string) =>
  ownDescriptor(proto, name)?.get as (this: unknown) => unknown;
const dateGetTime = Date.prototype.getTime;
const dateToISOString = Date.prototype.toISOString;
const mapSize = getter(Map.prototype, 'size');
const mapEntries = Map.prototype.entries;
const mapIteratorNext = (prototypeOf(new Map().entries()) as Iterator<unknown>).next;
const setSize = getter(Set.prototype, 'size');
const setValues = Set.prototype.values;
const setIteratorNext = (prototypeOf(new Set().values()) as Iterator<unknown>).next;
const regExpSource = getter(RegExp.prototype, 'source');
const regExpFlags = getter(RegExp.prototype, 'flags');
const symbolDescription = getter(Symbol.prototype, 'description');
const bigIntToString = BigInt.prototype.toString;

/** `a + b` cut like capText, without building the whole of a long `a + b`. */
function capJoin(a: string, b: string, max: number): string {
  const total = a.length + b.length;
  if (total <= max) return a + b;
  return sliceText(sliceText(a, 0, max) + sliceText(b, 0, max), 0, max) + cutNote(total - max);
}

function describeThrown(error: unknown): string {
  try {
    if (!isInstance(error, Builtins.Error)) return capText(textOf(error), TEXT_CAPS.message);
    const { name, message } = error as Error;
    return capJoin(`${textOf(name)}: `, textOf(message), TEXT_CAPS.message);
  } catch {
    return 'unknown error';
  }
}

const thrown = (error: unknown): Tagged => ({ t: 'thrown', message: describeThrown(error) });

/** Calls `read` on `value`; undefined when it throws (it is not what `read` expects). */
function attempt(read: (this: unknown) => unknown, value: object): unknown {
  try {
    return apply(read, value, []);
  } catch {
    return undefined;
  }
}

function ctorName(value: object): string | null {
  const proto = prototypeOf(value);
  if (proto === null || proto === objectProto) return null;
  const ctor: unknown = (proto as { constructor?: unknown }).constructor;
  const name: unknown = typeof ctor === 'function' ? ctor.name : undefined;
  return typeof name === 'string' && name ? capText(name, TEXT_CAPS.name) : 'Object';
}

function tagNumber(n: number): Tagged {
  if (n !== n) return { t: 'number', v: 'NaN' };
  if (n === Infinity) return { t: 'number', v: 'Infinity' };
  if (n === -Infinity) return { t: 'number', v: '-Infinity' };
  if (n === 0 && 1 / n < 0) return { t: 'number', v: '-0' };
  return { t: 'number', v: n };
}

function tagPrimitive(v: unknown, limits: TagLimits): Tagged | null {
  switch (typeof v) {
    case 'undefined':
      return { t: 'undefined' };
    case 'boolean':
      return { t: 'boolean', v };
    case 'number':
      return tagNumber(v);
    case 'string':
      return v.length > limits.string
        ? { t: 'string', v: sliceText(v, 0, limits.string), cut: v.length - limits.string }
        : { t: 'string', v };
    case 'bigint':
      return { t: 'bigint', v: capText(apply(bigIntToString, v, []) as string, TEXT_CAPS.value) };
    case 'symbol': {
      const description = apply(symbolDescription, v, []);
      return {
        t: 'symbol',
        v: typeof description === 'string' ? capText(description, TEXT_CAPS.name) : '',
      };
    }
    case 'function': {
      const name: unknown = v.name;
      return { t: 'function', name: typeof name === 'string' ? capText(name, TEXT_CAPS.name) : '' };
    }
    default:
      return v === null ? { t: 'null' } : null;
  }
}

/**
 * Describes `value` as a tagged tree; never throws, whatever getters or proxies do, and never
 * calls a built-in user code may have replaced. Every string is cut: string values to
 * `limits.string` (with a `cut` count), keys, names, messages and stacks to TEXT_CAPS.
 */
export function toTagged(value: unknown, limits: TagLimits = DEFAULT_TAG_LIMITS): Tagged {
  let nodes = 0;
  const ancestors = new SafeMap<object, true>();

  const tagEntries = (obj: object, depth: number): { entries: TaggedEntry[]; more?: number } => {
    const keys = objectKeys(obj);
    const entries: TaggedEntry[] = [];
    const count = min(keys.length, limits.entries);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let item: Tagged;
      try {
        item = tag((obj as Record<string, unknown>)[key], depth + 1, key);
      } catch (error) {
        item = thrown(error);
      }
      append(entries, [capText(key, TEXT_CAPS.key), item]);
    }
    return keys.length > limits.entries
      ? { entries, more: keys.length - limits.entries }
      : { entries };
  };

  const tagArray = (list: unknown[], depth: number): Tagged => {
    const raw: unknown = list.length;
    const length = typeof raw === 'number' && raw > 0 ? min(raw, 2 ** 32 - 1) : 0;
    const items: Tagged[] = [];
    for (let i = 0; i < min(length, limits.entries); i++) {
      let item: Tagged;
      try {
        item = tag(list[i], depth + 1, textOf(i));
      } catch (error) {
        item = thrown(error);
      }
      append(items, item);
    }
    return length > limits.entries
      ? { t: 'array', items, more: length - limits.entries }
      : { t: 'array', items };
  };

  /** The entries of a Map, or the items of a Set, read with the built-in iterators. */
  const tagCollection = (obj: object, depth: number, size: number, map: boolean): Tagged => {
    const iterator = apply(map ? mapEntries : setValues, obj, []);
    const next = map ? mapIteratorNext : setIteratorNext;
    const entries: [Tagged, Tagged][] = [];
    const items: Tagged[] = [];
    for (let n = 0; n < limits.entries; n++) {
      const step = apply(next, iterator, []) as IteratorResult<unknown>;
      if (step.done) break;
      if (!map) append(items, tag(step.value, depth + 1, ''));
      else {
        const pair = step.value as unknown[];
        append(entries, [tag(pair[0], depth + 1, ''), tag(pair[1], depth + 1, '')]);
      }
    }
    const more = size - (map ? entries.length : items.length);
    if (map) return more > 0 ? { t: 'map', entries, more } : { t: 'map', entries };
    return more > 0 ? { t: 'set', items, more } : { t: 'set', items };
  };

  const tagError = (obj: Error, depth: number): Tagged => {
    const name = capText(textOf(obj.name), TEXT_CAPS.name);
    const message = capText(textOf(obj.message), TEXT_CAPS.message);
    const { entries } = tagEntries(obj, depth);
    const stack: unknown = obj.stack;
    return typeof stack === 'string'
      ? { t: 'error', name, message, entries, stack: capText(stack, TEXT_CAPS.stack) }
      : { t: 'error', name, message, entries };
  };

  const tagObject = (obj: object, depth: number, key: string): Tagged => {
    if (isArray(obj)) return tagArray(obj, depth);
    if (isInstance(obj, Builtins.Date)) {
      const time = attempt(dateGetTime, obj);
      if (typeof time === 'number')
        return { t: 'date', v: time !== time ? null : (apply(dateToISOString, obj, []) as string) };
    }
    if (isInstance(obj, Builtins.Error)) return tagError(obj as Error, depth);
    const mapCount = isInstance(obj, Builtins.Map) ? attempt(mapSize, obj) : undefined;
    if (typeof mapCount === 'number') return tagCollection(obj, depth, mapCount, true);
    const setCount = isInstance(obj, Builtins.Set) ? attempt(setSize, obj) : undefined;
    if (typeof setCount === 'number') return tagCollection(obj, depth, setCount, false);
    if (isInstance(obj, Builtins.RegExp)) {
      const source = attempt(regExpSource, obj);
      if (typeof source === 'string') {
        const flags = textOf(apply(regExpFlags, obj, []));
        return { t: 'regexp', v: `/${capText(source, TEXT_CAPS.message)}/${flags}` };
      }
    }
    if (isInstance(obj, Builtins.Promise)) return { t: 'promise' };
    const ctor = ctorName(obj);
    const described = tagEntries(obj, depth);
    const toJSON: unknown = (obj as { toJSON?: unknown }).toJSON;
    if (typeof toJSON !== 'function') return { t: 'object', ctor, ...described };
    return {
      t: 'object',
      ctor,
      ...described,
      json: tag(apply(toJSON, obj, [key]), depth + 1, key),
    };
  };

  const tag = (v: unknown, depth: number, key: string): Tagged => {
    nodes++;
    if (nodes > limits.nodes || depth > limits.depth) return { t: 'cut' };
    const primitive = tagPrimitive(v, limits);
    if (primitive) return primitive;
    const obj = v as object;
    if (ancestors.has(obj)) return { t: 'circular' };
    ancestors.set(obj, true);
    try {
      return tagObject(obj, depth, key);
    } catch (error) {
      return thrown(error);
    } finally {
      ancestors.delete(obj);
    }
  };

  try {
    return tag(value, 0, '');
  } catch (error) {
    return thrown(error);
  }
}
