/**
 * The check of a tagged value (see lib/safe-serialise) received from the sandbox. A result can
 * hold 10,000 nodes; a recursive zod schema took 50-290 ms on one, this walk takes a few ms. It
 * is iterative, copies nothing, and refuses any key a node of its tag does not have.
 */
import { receivedMax } from '../lib/message-limits';
import { DEFAULT_TAG_LIMITS, type Tagged } from '../lib/safe-serialise';

const MAX = {
  value: receivedMax('value'),
  key: receivedMax('key'),
  name: receivedMax('name'),
  message: receivedMax('message'),
  stack: receivedMax('stack'),
};
const NUMBER_WORDS: ReadonlySet<unknown> = new Set(['NaN', 'Infinity', '-Infinity', '-0']);
/** A count no node reaches: what a field check gives when the field is wrong. */
const BAD = -1e9;

type Node = Record<string, unknown>;

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** 1 for a field that passes `check`, BAD for one that fails. */
const field = (ok: boolean) => (ok ? 1 : BAD);
/** 0 for an absent field, else as `field`. */
const optional = (node: Node, key: string, check: (value: unknown) => boolean) =>
  Object.hasOwn(node, key) ? field(check(node[key])) : 0;

/** Queues the items of a list of at most the serialiser's entry limit; 1, or BAD when it is not one. */
function items(value: unknown, queue: unknown[]): number {
  if (!Array.isArray(value) || value.length > DEFAULT_TAG_LIMITS.entries) return BAD;
  for (let i = 0; i < value.length; i++) queue.push(value[i]);
  return 1;
}

/** Queues the pairs of a list of `[key, value]` entries (`textKeys`: keys are capped strings, else tagged). */
function pairs(value: unknown, queue: unknown[], textKeys: boolean): number {
  if (!Array.isArray(value) || value.length > DEFAULT_TAG_LIMITS.entries) return BAD;
  for (let i = 0; i < value.length; i++) {
    const pair: unknown = value[i];
    if (!Array.isArray(pair) || pair.length !== 2) return BAD;
    if (textKeys) {
      if (!isText(pair[0], MAX.key)) return BAD;
    } else queue.push(pair[0]);
    queue.push(pair[1]);
  }
  return 1;
}

/** How many of its tag's keys `node` has, all valid (its children queued); negative when one is not. */
function knownKeys(node: Node, queue: unknown[]): number {
  const { v } = node;
  switch (node.t) {
    case 'undefined':
    case 'null':
    case 'promise':
    case 'circular':
    case 'cut':
      return 1;
    case 'boolean':
      return 1 + field(typeof v === 'boolean');
    case 'number':
      return 1 + field(isNumber(v) || NUMBER_WORDS.has(v));
    case 'string':
      return 1 + field(isText(v, MAX.value)) + optional(node, 'cut', isNumber);
    case 'bigint':
    case 'regexp':
      return 1 + field(isText(v, MAX.message));
    case 'symbol':
      return 1 + field(isText(v, MAX.name));
    case 'date':
      return 1 + field(v === null || isText(v, MAX.name));
    case 'function':
      return 1 + field(isText(node.name, MAX.name));
    case 'thrown':
      return 1 + field(isText(node.message, MAX.message));
    case 'accessor':
      return 1 + field(typeof node.get === 'boolean') + field(typeof node.set === 'boolean');
    case 'array':
    case 'set':
      return 1 + items(node.items, queue) + optional(node, 'more', isNumber);
    case 'map':
      return 1 + pairs(node.entries, queue, false) + optional(node, 'more', isNumber);
    case 'object': {
      const ctor = node.ctor === null || isText(node.ctor, MAX.name);
      const json = Object.hasOwn(node, 'json') ? (queue.push(node.json), 1) : 0;
      return (
        1 + field(ctor) + pairs(node.entries, queue, true) + optional(node, 'more', isNumber) + json
      );
    }
    case 'error':
      return (
        1 +
        field(isText(node.name, MAX.name)) +
        field(isText(node.message, MAX.message)) +
        optional(node, 'stack', (stack) => isText(stack, MAX.stack)) +
        pairs(node.entries, queue, true)
      );
    default:
      return BAD;
  }
}

/**
 * Whether `value` is a tagged value as the worker sends it: each node a plain object of a known
 * tag with exactly that tag's fields, every string and list within the protocol's caps.
 */
export function isTagged(value: unknown): value is Tagged {
  const queue: unknown[] = [value];
  while (queue.length > 0) {
    const node = queue.pop();
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    const known = knownKeys(node as Node, queue);
    if (known < 1 || known !== Object.keys(node).length) return false;
  }
  return true;
}
