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
  max,
  min,
  objectKeys,
  SafeMap,
  sliceText,
  textOf,
} from './intrinsics';
import { capText, TEXT_CAPS } from './message-limits';
import {
  accessorNode,
  accessorOf,
  attempt,
  ctorName,
  dataProperty,
  READ,
  tagPrimitive,
  thrown,
} from './tag-leaves';

export { isPlainJson, taggedKinds, taggedToJson, taggedToMarkedJson } from './tagged-json';

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
  | { t: 'cut' }
  /** An accessor property, not read (TagLimits.dataOnly): whether it has a getter and a setter. */
  | { t: 'accessor'; get: boolean; set: boolean };

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
  /** Most characters of string values and keys in the whole tree; past it strings are cut to nothing (with their `cut` count). */
  chars?: number;
  /**
   * Read own data properties only and never call user code a read could run: an accessor is
   * described as `accessor`, names and constructors come from data properties, `toJSON` and
   * stacks are skipped (V8 formats one lazily, with Error.prepareStackTrace) (snapshots of a Debug run must not change what code does).
   */
  dataOnly?: boolean;
}

/** Limits used when none are given. */
export const DEFAULT_TAG_LIMITS: TagLimits = {
  nodes: 10_000,
  depth: 40,
  string: TEXT_CAPS.value,
  entries: 2_000,
  chars: 250_000,
};

/** A JSON value. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Describes `value` as a tagged tree; never throws, whatever getters or proxies do, and never
 * calls a built-in user code may have replaced. Every string is cut: string values to
 * `limits.string` (with a `cut` count), keys, names, messages and stacks to TEXT_CAPS.
 */
export function toTagged(value: unknown, limits: TagLimits = DEFAULT_TAG_LIMITS): Tagged {
  let nodes = 0;
  let chars = 0;
  /** `text` cut to the room left in the character budget (and to `cap`); counts what it keeps. */
  const spend = (text: string, cap: number): { v: string; cut?: number } => {
    const room = max(0, min(cap, (limits.chars ?? DEFAULT_TAG_LIMITS.chars!) - chars));
    chars += min(text.length, room);
    return text.length > room
      ? { v: sliceText(text, 0, room), cut: text.length - room }
      : { v: text };
  };
  const ancestors = new SafeMap<object, true>();
  const { dataOnly } = limits;
  /** `obj[key]`; with dataOnly an own accessor gives a marker (see accessorOf) instead of being called. */
  const read = (obj: object, key: string | number): unknown =>
    dataOnly ? accessorOf(obj, key) : (obj as Record<string | number, unknown>)[key];
  /** `obj[key]` looked up the prototype chain; with dataOnly only a data property counts. */
  const lookup = (obj: object, key: string): unknown =>
    dataOnly ? dataProperty(obj, key) : (obj as Record<string, unknown>)[key];
  /** `String(v)`; with dataOnly, undefined (an accessor) and an object (its toString is user code) give ''. */
  const textFrom = (v: unknown): string =>
    dataOnly &&
    (v === undefined || (v !== null && (typeof v === 'object' || typeof v === 'function')))
      ? ''
      : textOf(v);

  const tagEntries = (obj: object, depth: number): { entries: TaggedEntry[]; more?: number } => {
    const keys = objectKeys(obj);
    const entries: TaggedEntry[] = [];
    const count = min(keys.length, limits.entries);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let item: Tagged;
      try {
        item = tag(read(obj, key), depth + 1, key);
      } catch (error) {
        item = thrown(error);
      }
      const kept = spend(key, TEXT_CAPS.key);
      append(entries, [kept.cut ? capText(key, kept.v.length) : key, item]);
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
        item = tag(read(list, i), depth + 1, textOf(i));
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
    const iterator = apply(map ? READ.mapEntries : READ.setValues, obj, []);
    const next = map ? READ.mapIteratorNext : READ.setIteratorNext;
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
    const name = capText(textFrom(lookup(obj, 'name')), TEXT_CAPS.name);
    const message = capText(textFrom(lookup(obj, 'message')), TEXT_CAPS.message);
    const { entries } = tagEntries(obj, depth);
    // Even its descriptor formats a stack lazily, with Error.prepareStackTrace (user code).
    const stack: unknown = dataOnly ? undefined : obj.stack;
    return typeof stack === 'string'
      ? { t: 'error', name, message, entries, stack: capText(stack, TEXT_CAPS.stack) }
      : { t: 'error', name, message, entries };
  };

  const tagObject = (obj: object, depth: number, key: string): Tagged => {
    if (isArray(obj)) return tagArray(obj, depth);
    if (isInstance(obj, Builtins.Date)) {
      const time = attempt(READ.dateGetTime, obj);
      if (typeof time === 'number')
        return {
          t: 'date',
          v: time !== time ? null : (apply(READ.dateToISOString, obj, []) as string),
        };
    }
    if (isInstance(obj, Builtins.Error)) return tagError(obj as Error, depth);
    const mapCount = isInstance(obj, Builtins.Map) ? attempt(READ.mapSize, obj) : undefined;
    if (typeof mapCount === 'number') return tagCollection(obj, depth, mapCount, true);
    const setCount = isInstance(obj, Builtins.Set) ? attempt(READ.setSize, obj) : undefined;
    if (typeof setCount === 'number') return tagCollection(obj, depth, setCount, false);
    if (isInstance(obj, Builtins.RegExp)) {
      const source = attempt(READ.regExpSource, obj);
      if (typeof source === 'string') {
        const flags = textOf(apply(READ.regExpFlags, obj, []));
        return { t: 'regexp', v: `/${capText(source, TEXT_CAPS.message)}/${flags}` };
      }
    }
    if (isInstance(obj, Builtins.Promise)) return { t: 'promise' };
    const ctor = ctorName(obj, dataOnly);
    const described = tagEntries(obj, depth);
    const toJSON: unknown = dataOnly ? undefined : (obj as { toJSON?: unknown }).toJSON;
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
    if (typeof v === 'string') return { t: 'string', ...spend(v, limits.string) };
    const accessor = dataOnly ? accessorNode(v) : null;
    if (accessor) return accessor;
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
