/**
 * The leaves of a tagged tree (see safe-serialise.ts): primitives, functions, constructor names
 * and values whose reading threw, every text cut to TEXT_CAPS; and the built-ins toTagged reads
 * Dates, Maps, Sets and RegExps with. All captured when this module loads, before user code runs.
 */
import {
  apply,
  bare,
  Builtins,
  hasOwn,
  isInstance,
  ownDescriptor,
  prototypeOf,
  sliceText,
  textOf,
} from './intrinsics';
import { capText, cutNote, TEXT_CAPS } from './message-limits';
import type { TagLimits, Tagged } from './safe-serialise';

const objectProto = Object.prototype;
const getter = (proto: object, name: string) =>
  ownDescriptor(proto, name)?.get as (this: unknown) => unknown;
/** The built-in methods and getters toTagged reads Dates, Maps, Sets and RegExps with. */
export const READ = {
  dateGetTime: Date.prototype.getTime,
  dateToISOString: Date.prototype.toISOString,
  mapSize: getter(Map.prototype, 'size'),
  mapEntries: Map.prototype.entries,
  mapIteratorNext: (prototypeOf(new Map().entries()) as Iterator<unknown>).next,
  setSize: getter(Set.prototype, 'size'),
  setValues: Set.prototype.values,
  setIteratorNext: (prototypeOf(new Set().values()) as Iterator<unknown>).next,
  regExpSource: getter(RegExp.prototype, 'source'),
  regExpFlags: getter(RegExp.prototype, 'flags'),
};
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

/** The node of a value whose reading threw `error`. */
export const thrown = (error: unknown): Tagged => ({ t: 'thrown', message: describeThrown(error) });

/** Calls `read` on `value`; undefined when it throws (it is not what `read` expects). */
export function attempt(read: (this: unknown) => unknown, value: object): unknown {
  try {
    return apply(read, value, []);
  } catch {
    return undefined;
  }
}

/** Markers accessorOf gives for an accessor with a getter only, a setter only, or both. */
const ACCESSOR_MARKS = [bare({}), bare({}), bare({})] as const;

/** The value of own property `key` of `obj`, or a marker when it is an accessor (never called). */
export function accessorOf(obj: object, key: string | number): unknown {
  const descriptor = ownDescriptor(obj, key);
  if (!descriptor) return undefined;
  if (hasOwn(descriptor, 'value')) return descriptor.value;
  const get = descriptor.get !== undefined;
  const set = descriptor.set !== undefined;
  return ACCESSOR_MARKS[get && set ? 2 : get ? 0 : 1];
}

/** The node of a marker accessorOf gave; null for any other value. */
export function accessorNode(value: unknown): Tagged | null {
  if (value === ACCESSOR_MARKS[0]) return { t: 'accessor', get: true, set: false };
  if (value === ACCESSOR_MARKS[1]) return { t: 'accessor', get: false, set: true };
  if (value === ACCESSOR_MARKS[2]) return { t: 'accessor', get: true, set: true };
  return null;
}

/**
 * The value of data property `key` of `obj` or of the first prototype that has `key`;
 * undefined when that property is an accessor or none has it (no getter is called).
 */
export function dataProperty(obj: object, key: string): unknown {
  let holder: object | null = obj;
  for (let hops = 0; holder !== null && hops < 1000; hops++) {
    const descriptor = ownDescriptor(holder, key);
    if (descriptor) return hasOwn(descriptor, 'value') ? descriptor.value : undefined;
    holder = prototypeOf(holder);
  }
  return undefined;
}

/**
 * The constructor name of an instance (null for a plain or null-prototype object), cut to
 * TEXT_CAPS.name; with `dataOnly`, read from data properties only (no getter is called).
 */
export function ctorName(value: object, dataOnly = false): string | null {
  const proto = prototypeOf(value);
  if (proto === null || proto === objectProto) return null;
  const ctor: unknown = dataOnly
    ? dataProperty(proto, 'constructor')
    : (proto as { constructor?: unknown }).constructor;
  const name: unknown =
    typeof ctor !== 'function' ? undefined : dataOnly ? dataProperty(ctor, 'name') : ctor.name;
  return typeof name === 'string' && name ? capText(name, TEXT_CAPS.name) : 'Object';
}

function tagNumber(n: number): Tagged {
  if (n !== n) return { t: 'number', v: 'NaN' };
  if (n === Infinity) return { t: 'number', v: 'Infinity' };
  if (n === -Infinity) return { t: 'number', v: '-Infinity' };
  if (n === 0 && 1 / n < 0) return { t: 'number', v: '-0' };
  return { t: 'number', v: n };
}

/** The node of a primitive or a function, every text cut; null for an object. */
export function tagPrimitive(v: unknown, limits: TagLimits): Tagged | null {
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
      const name: unknown = limits.dataOnly ? dataProperty(v, 'name') : v.name;
      return { t: 'function', name: typeof name === 'string' ? capText(name, TEXT_CAPS.name) : '' };
    }
    default:
      return v === null ? { t: 'null' } : null;
  }
}
