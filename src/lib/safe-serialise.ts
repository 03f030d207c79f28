/**
 * Turns any JavaScript value into a JSON-safe tagged tree that says what each part was
 * (function, circular reference, BigInt, Map, Error, getter that threw...), never throwing,
 * with size limits; and derives from that tree the JSON that `JSON.stringify` would give.
 */

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
  string: 20_000,
  entries: 2_000,
};

/** A JSON value. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function ctorName(value: object): string | null {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return null;
  const ctor: unknown = (proto as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
}

function tagNumber(n: number): Tagged {
  if (Number.isNaN(n)) return { t: 'number', v: 'NaN' };
  if (n === Infinity) return { t: 'number', v: 'Infinity' };
  if (n === -Infinity) return { t: 'number', v: '-Infinity' };
  if (Object.is(n, -0)) return { t: 'number', v: '-0' };
  return { t: 'number', v: n };
}

/** Describes `value` as a tagged tree; never throws, whatever getters or proxies do. */
export function toTagged(value: unknown, limits: TagLimits = DEFAULT_TAG_LIMITS): Tagged {
  let nodes = 0;
  const ancestors = new Set<object>();

  const tagObjectEntries = (
    obj: object,
    depth: number,
  ): { entries: TaggedEntry[]; more?: number } => {
    const keys = Object.keys(obj);
    const entries: TaggedEntry[] = [];
    for (const key of keys.slice(0, limits.entries)) {
      let item: Tagged;
      try {
        item = tag((obj as Record<string, unknown>)[key], depth + 1, key);
      } catch (error) {
        item = { t: 'thrown', message: describeThrown(error) };
      }
      entries.push([key, item]);
    }
    return keys.length > limits.entries
      ? { entries, more: keys.length - limits.entries }
      : { entries };
  };

  const tagObject = (obj: object, depth: number, key: string): Tagged => {
    if (Array.isArray(obj)) {
      const items: Tagged[] = [];
      const length = obj.length;
      for (let i = 0; i < Math.min(length, limits.entries); i++) {
        try {
          items.push(tag((obj as unknown[])[i], depth + 1, String(i)));
        } catch (error) {
          items.push({ t: 'thrown', message: describeThrown(error) });
        }
      }
      return length > limits.entries
        ? { t: 'array', items, more: length - limits.entries }
        : { t: 'array', items };
    }
    if (obj instanceof Date) {
      const time = obj.getTime();
      return { t: 'date', v: Number.isNaN(time) ? null : obj.toISOString() };
    }
    if (obj instanceof Error) {
      const tagged: Tagged = {
        t: 'error',
        name: String(obj.name),
        message: String(obj.message),
        entries: tagObjectEntries(obj, depth).entries,
      };
      if (typeof obj.stack === 'string') tagged.stack = obj.stack;
      return tagged;
    }
    if (obj instanceof Map) {
      const entries: [Tagged, Tagged][] = [];
      for (const [k, v] of obj) {
        if (entries.length >= limits.entries) break;
        entries.push([tag(k, depth + 1, ''), tag(v, depth + 1, '')]);
      }
      const more = obj.size - entries.length;
      return more > 0 ? { t: 'map', entries, more } : { t: 'map', entries };
    }
    if (obj instanceof Set) {
      const items: Tagged[] = [];
      for (const v of obj) {
        if (items.length >= limits.entries) break;
        items.push(tag(v, depth + 1, ''));
      }
      const more = obj.size - items.length;
      return more > 0 ? { t: 'set', items, more } : { t: 'set', items };
    }
    if (obj instanceof RegExp) return { t: 'regexp', v: String(obj) };
    if (obj instanceof Promise) return { t: 'promise' };
    const ctor = ctorName(obj);
    const tagged: Tagged = { t: 'object', ctor, ...tagObjectEntries(obj, depth) };
    const toJSON: unknown = (obj as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') tagged.json = tag(toJSON.call(obj, key), depth + 1, key);
    return tagged;
  };

  const tag = (v: unknown, depth: number, key: string): Tagged => {
    nodes++;
    if (nodes > limits.nodes || depth > limits.depth) return { t: 'cut' };
    switch (typeof v) {
      case 'undefined':
        return { t: 'undefined' };
      case 'boolean':
        return { t: 'boolean', v };
      case 'number':
        return tagNumber(v);
      case 'string':
        return v.length > limits.string
          ? { t: 'string', v: v.slice(0, limits.string), cut: v.length - limits.string }
          : { t: 'string', v };
      case 'bigint':
        return { t: 'bigint', v: v.toString() };
      case 'symbol':
        return { t: 'symbol', v: v.description ?? '' };
      case 'function':
        return { t: 'function', name: typeof v.name === 'string' ? v.name : '' };
      default:
        break;
    }
    if (v === null) return { t: 'null' };
    const obj = v as object;
    if (ancestors.has(obj)) return { t: 'circular' };
    ancestors.add(obj);
    try {
      return tagObject(obj, depth, key);
    } catch (error) {
      return { t: 'thrown', message: describeThrown(error) };
    } finally {
      ancestors.delete(obj);
    }
  };

  return tag(value, 0, '');
}

/** The JSON `JSON.stringify` would give for the tagged value (`undefined` where it gives nothing). */
export function taggedToJson(value: Tagged): JsonValue | undefined {
  switch (value.t) {
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'null':
    case 'thrown':
      return null;
    case 'boolean':
      return value.v;
    case 'number':
      if (value.v === '-0') return 0;
      return typeof value.v === 'number' ? value.v : null;
    case 'string':
    case 'bigint':
    case 'date':
      return value.v;
    case 'array':
      return value.items.map((item) => taggedToJson(item) ?? null);
    case 'object':
      if (value.json) return taggedToJson(value.json);
      return entriesToJson(value.entries);
    case 'error':
      return entriesToJson(value.entries);
    case 'map':
    case 'set':
    case 'regexp':
    case 'promise':
      return {};
    case 'circular':
      return '[Circular]';
    case 'cut':
      return '[…]';
  }
}

function entriesToJson(entries: TaggedEntry[]): JsonValue {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of entries) {
    const json = taggedToJson(item);
    if (json !== undefined)
      Object.defineProperty(out, key, {
        value: json,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** Whether a tagged value is plain JSON data that survives `JSON.stringify` unchanged. */
export function isPlainJson(value: Tagged): boolean {
  switch (value.t) {
    case 'null':
    case 'boolean':
      return true;
    case 'number':
      return typeof value.v === 'number';
    case 'string':
      return value.cut === undefined;
    case 'array':
      return value.more === undefined && value.items.every(isPlainJson);
    case 'object':
      return (
        value.ctor === null &&
        value.more === undefined &&
        !value.json &&
        value.entries.every(([, v]) => isPlainJson(v))
      );
    default:
      return false;
  }
}

/** The kinds of nodes in a tagged tree (for example `promise`, `function`, `circular`). */
export function taggedKinds(value: Tagged, into: Set<string> = new Set()): Set<string> {
  into.add(value.t === 'object' && value.ctor !== null ? `instance:${value.ctor}` : value.t);
  switch (value.t) {
    case 'array':
    case 'set':
      for (const item of value.items) taggedKinds(item, into);
      break;
    case 'object':
    case 'error':
      for (const [, item] of value.entries) taggedKinds(item, into);
      break;
    case 'map':
      for (const [k, v] of value.entries) {
        taggedKinds(k, into);
        taggedKinds(v, into);
      }
      break;
    default:
      break;
  }
  return into;
}
