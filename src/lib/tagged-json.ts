/**
 * Reads a tagged tree (see safe-serialise.ts): the JSON `JSON.stringify` would give for it,
 * whether it is plain JSON, and which kinds of values it holds. The sandbox harness calls
 * taggedToJson and taggedKinds after user code ran, so they walk the tree with index loops and
 * captured built-ins only.
 */
import type { JsonValue, Tagged, TaggedEntry } from './safe-serialise';
import { addToSet, append, Builtins, defineOwn, hasOwn } from './intrinsics';

/** Whether taggedToJson marks in the JSON where the serialiser cut a value (see taggedToMarkedJson). */
let markCuts = false;

/**
 * The JSON of the tagged value with a visible marker wherever the serialiser cut it (a string's
 * tail, an array's or an object's last entries): for views that must never cut silently.
 */
export function taggedToMarkedJson(value: Tagged): JsonValue | undefined {
  markCuts = true;
  try {
    return taggedToJson(value);
  } finally {
    markCuts = false;
  }
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
      return markCuts && value.cut
        ? `${value.v}[… the playground cut ${value.cut} more characters here]`
        : value.v;
    case 'bigint':
    case 'date':
      return value.v;
    case 'array': {
      const out: JsonValue[] = [];
      for (let i = 0; i < value.items.length; i++)
        append(out, taggedToJson(value.items[i]!) ?? null);
      if (markCuts && value.more)
        append(out, `[… the playground cut ${value.more} more items here]`);
      return out;
    }
    case 'object': {
      if (hasOwn(value, 'json') && value.json) return taggedToJson(value.json);
      const out = entriesToJson(value.entries);
      if (markCuts && value.more)
        defineOwn(out as object, '[…]', `the playground cut ${value.more} more keys here`);
      return out;
    }
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
    case 'accessor':
      return '[Accessor]';
  }
}

function entriesToJson(entries: TaggedEntry[]): JsonValue {
  const out: { [key: string]: JsonValue } = {};
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const json = taggedToJson(entry[1]);
    if (json !== undefined) defineOwn(out, entry[0], json);
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
export function taggedKinds(value: Tagged, into: Set<string> = new Builtins.Set()): Set<string> {
  addToSet(into, value.t === 'object' && value.ctor !== null ? `instance:${value.ctor}` : value.t);
  switch (value.t) {
    case 'array':
    case 'set':
      for (let i = 0; i < value.items.length; i++) taggedKinds(value.items[i]!, into);
      break;
    case 'object':
    case 'error':
      for (let i = 0; i < value.entries.length; i++) taggedKinds(value.entries[i]![1], into);
      break;
    case 'map':
      for (let i = 0; i < value.entries.length; i++) {
        taggedKinds(value.entries[i]![0], into);
        taggedKinds(value.entries[i]![1], into);
      }
      break;
    default:
      break;
  }
  return into;
}
